/**
 * Rules from the fourteenth review (short incident reports from Afghanistan, Pakistan, Iraq, Somalia, Nigeria, Yemen,
 * DR Congo, the Sahel, Ukraine, Myanmar and Colombia, in the style of UCDP's sources). Invented sentences; the real
 * pipeline where the rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { actorHomes, placeActorsAtHome } from '../../src/events/actor-home.js';
import { classify, hasTrigger } from '../../src/events/taxonomy.js';
import type { ResolvedMention, ScoredCandidate } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const sub = (clause: string) => classify(clause)?.sub_event_type ?? null;

describe('headline verbs in the present tense (data/taxonomy.json)', () => {
  test('"shoot dead" tells a killing', () => {
    const [e] = pipelineEvents('Masked men shoot dead a shopkeeper in Kandahar late on Friday', '2025-02-15');
    expect([e?.sub_event_type, e?.iso, e?.date_start]).toEqual(['Attack', 'AF', '2025-02-14']);
  });
  test('"battle" with an armed subject or object is fighting; with other words it is not', () => {
    expect(sub('Police battle militants on the outskirts of Peshawar')).toBe('Armed clash');
    expect(sub('Soldiers battle for a third day in the hills')).toBe('Armed clash');
    expect(hasTrigger('Farmers battle drought and rising prices')).toBe(false);
  });
  test('an armed group that "seizes" a named town overtakes it; police seizing goods do not', () => {
    expect(sub('Jihadists seize Ansongo after a night of fighting')).toBe('Non-state actor overtakes territory');
    expect(sub('Police seize Toyota pickups at the port')).not.toBe('Non-state actor overtakes territory');
  });
  test('"open fire on bus" is an attack on civilians', () => {
    expect(sub('Gunmen open fire on bus carrying traders')).toBe('Attack');
  });
});

describe('victims and weapons (data/taxonomy.json)', () => {
  test('elders and vaccinators are civilians', () => {
    expect(sub('Gunmen kill two clan elders at a market')).toBe('Attack');
    expect(sub('Gunmen kill three vaccinators on their rounds')).toBe('Attack');
  });
  test('an "explosive attack" is a remote explosive', () => {
    expect(sub('A soldier died in an explosive attack on a patrol')).toBe('Remote explosive/landmine/IED');
  });
  test('a missile or rocket strike is shelling/missile, "air and missile strikes" an air strike', () => {
    expect(sub('A missile strike on a railway station killed 12')).toBe('Shelling/artillery/missile attack');
    expect(sub('A rocket strike hit the market')).toBe('Shelling/artillery/missile attack');
    expect(sub('Air and missile strikes on the town killed four')).toBe('Air/drone strike');
  });
});

const cand = (name: string, countryCode: string, featureCode = 'PPL', score = 1): ScoredCandidate =>
  ({
    geonameid: name.length * 1000 + countryCode.charCodeAt(0),
    name,
    featureClass: featureCode.startsWith('PPL') ? 'P' : 'A',
    featureCode,
    countryCode,
    admin1: '',
    admin1Name: '',
    population: 1000,
    lat: 0,
    lon: 0,
    kind: 'point',
    source: 'geonames',
    score,
    reasons: [],
  }) as unknown as ScoredCandidate;
const mention = (text: string, start: number, place: ScoredCandidate, alternatives: ScoredCandidate[]) =>
  ({ text, start, end: start + text.length, role: 'place', place, alternatives }) as unknown as ResolvedMention;

describe("an armed group's home ground (actor-home.ts, data/actors.json countries)", () => {
  test('a named group with countries gives them; an unlisted text gives none', () => {
    expect([...actorHomes('Al-Shabaab fighters stormed a base')].sort()).toEqual(['KE', 'SO']);
    expect(actorHomes('Gunmen stormed a base').size).toBe(0);
  });
  test("a place resolved abroad moves to its namesake in the group's country", () => {
    const text = 'M23 rebels shelled Kalehe';
    const m = mention('Kalehe', 19, cand('Kalehe', 'XX', 'ADM1', 2), [cand('Kalehe', 'CD', 'PPL', 0.5)]);
    const [got] = placeActorsAtHome(text, [m]);
    expect(got.place?.countryCode).toBe('CD');
    expect(got.alternatives.map((a) => a.countryCode)).toContain('XX');
  });
  test('a namesake read only through a loose spelling does not displace a name spelled as written', () => {
    const text = 'M23 rebels shelled Kalehe';
    const loose = { ...cand('Kaleha', 'CD', 'PPL', 0.5), match: 'loose' } as ScoredCandidate;
    const m = mention('Kalehe', 19, { ...cand('Kalehe', 'XX', 'PPL', 2), match: 'exact' } as ScoredCandidate, [loose]);
    expect(placeActorsAtHome(text, [m])[0].place?.countryCode).toBe('XX');
  });
  test('a country the text places something in by itself stays', () => {
    const text = 'M23 rebels shelled Kalehe near Sarnia';
    const k = mention('Kalehe', 19, cand('Kalehe', 'XX', 'ADM1', 2), [cand('Kalehe', 'CD')]);
    const s = mention('Sarnia', 31, cand('Sarnia', 'XX'), []);
    expect(placeActorsAtHome(text, [k, s])[0].place?.countryCode).toBe('XX');
  });
  test('the real pipeline: ADF rebels in Beni are in North Kivu', () => {
    const [e] = pipelineEvents('ADF rebels kill nine farmers in Beni on Thursday', '2025-06-13');
    expect([e?.iso, e?.location, e?.sub_event_type]).toEqual(['CD', 'Beni', 'Attack']);
  });
});

describe('command names (data/actors.json)', () => {
  test('"AFRICOM said it conducted an airstrike": US Africa Command is the United States\' military', () => {
    const [e] = pipelineEvents(
      'AFRICOM said it conducted an airstrike near Bosaso on Friday, killing three militants.',
      '2025-11-12',
    );
    expect(e?.actor1).toBe('Military Forces of the United States');
  });
});
