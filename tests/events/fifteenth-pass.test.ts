/**
 * Rules from the fifteenth hand review (six invented page captures: Israeli raids in southern Syria, Sweida, a West
 * Bank raid with settler attacks, Gaza strikes and an aid site, Sudan drone strikes and a camp shelled, a Tunis mass
 * trial). Invented sentences; the real pipeline where the rule needs the gazetteer, the unit where it does not.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../src/events/actors.js';
import { aftermathCaption } from '../../src/events/aftermath-caption.js';
import { recallStart } from '../../src/events/recalled.js';
import { classify } from '../../src/events/taxonomy.js';
import type { EventProperties } from '../../src/types.js';
import { pipelineEvents } from './pipeline-helpers.js';

const line = (e: EventProperties) => `${e.sub_event_type} @ ${e.location} ${e.country} f${e.fatalities}`;
const type = (s: string) => classify(s)?.sub_event_type ?? null;

describe('bare troops in a territory without an army (data/actors.json territory_armies)', () => {
  test('"troops" in the Palestinian territories are Israeli forces; in Syria they stay Syrian', () => {
    expect(findActors('Troops detained nine men overnight.', 'PS').map((h) => h.name)).toContain(
      'Military Forces of Israel',
    );
    expect(findActors('Troops detained nine men overnight.', 'SY').map((h) => h.name)).toContain(
      'Military Forces of Syria',
    );
  });
  test('Palestinian police stay Palestinian', () => {
    expect(findActors('Police detained a suspect.', 'PS').map((h) => h.name)).toContain('Police Forces of Palestine');
  });
});

describe('names beside the event place (side-names.ts)', () => {
  test('the hospital that counted the dead is not a second place of the shooting', () => {
    const evs = pipelineEvents(
      'Israeli troops opened fire on people waiting near a flour depot in Rafah early on Monday, killing six people and wounding dozens, Nasser hospital in Khan Younis said.',
      '2026-02-10',
    );
    expect(evs.map(line)).toEqual(['Attack @ Rafaḩ Palestine f6']);
  });
  test('"In southern Gaza, … in Rafah": the town, not also the city the region is named after', () => {
    const evs = pipelineEvents(
      'In southern Gaza, Israeli troops opened fire on a crowd in Rafah on Monday, killing five people.',
      '2026-02-10',
    );
    expect(evs.map(line)).toEqual(['Attack @ Rafaḩ Palestine f5']);
  });
});

describe('history and tallies (recalled.ts, cumulative guard)', () => {
  test('a sentence opening "A year earlier," recalls history', () => {
    expect(recallStart('A year earlier, a drone strike on a car killed two men.')).toBe(0);
    expect(recallStart('Two years ago, gunmen stormed the village.')).toBe(0);
    expect(recallStart('A day earlier, gunmen stormed the village.')).toBe(-1);
  });
  test('"has since carried out hundreds of air strikes" is a running tally', () => {
    expect(type('The air force has since carried out hundreds of air strikes on military sites.')).toBeNull();
  });
  test('"struck more than 80 targets across the enclave over the past day" is a tally of targets', () => {
    expect(type('The army said it had struck more than 80 targets across the enclave over the past day.')).toBeNull();
    expect(type('The army said it had struck a weapons depot near the port.')).toBe('Air/drone strike');
  });
});

describe('no event in courts, trials and talks (taxonomy.json)', () => {
  test('a sentence "for an attempted assassination" several words after "sentenced" is the charge', () => {
    expect(
      type('A court sentenced three men to 15 years in prison on Monday for an attempted assassination of a judge.'),
    ).toBeNull();
  });
  test('a trial that "targets" critics is no attack; a gunman who targets a Minister is', () => {
    expect(type('The mass trial, which rights groups say targets President Ruto’s critics, ended.')).toBeNull();
    expect(type('A gunman targets Minister Okoro outside his home.')).not.toBeNull();
  });
  test('talks that are under way are no agreement; talks held on a day are', () => {
    expect(type('Officials say they are holding indirect talks with the rebels through mediators.')).toBeNull();
    expect(type('The two sides held indirect talks on Tuesday.')).toBe('Agreement');
  });
});

describe('military sites demolished (taxonomy.json looting)', () => {
  test('"blew up a former army position" is property destruction; "blew up the ceasefire" is not', () => {
    expect(type('Soldiers blew up a former Syrian army position near the village.')).toBe(
      'Looting/property destruction',
    );
    expect(type('The row blew up the coalition talks.')).toBeNull();
  });
});

describe('a lone gunman (taxonomy.json vac-attack, actors.json generic)', () => {
  test('"an unidentified gunman shot and wounded a lawmaker" is an attack by an unidentified armed group', () => {
    const evs = pipelineEvents('An unidentified gunman shot and wounded a lawmaker in Blida on Sunday.', '2026-03-03');
    expect(evs.map((e) => `${e.sub_event_type} @ ${e.location} ${e.actor1}`)).toEqual([
      'Attack @ Blida Unidentified Armed Group (Algeria)',
    ]);
  });
});

describe('places that are not the event site (context.ts)', () => {
  test('"transferred for questioning in Israel" is where detainees were taken', () => {
    const evs = pipelineEvents(
      'Israeli troops raided a village near Quneitra on Tuesday. The army said its soldiers had arrested several suspects in the area and transferred them for questioning in Israel.',
      '2026-04-02',
    );
    expect(evs.map((e) => e.country)).not.toContain('Israel');
    expect(evs.map((e) => e.sub_event_type)).toContain('Arrests');
  });
  test('"strikes on the defense ministry in X" place the strikes in X', () => {
    const [e] = pipelineEvents(
      'Israel carried out strikes on the defense ministry in Damascus on Friday.',
      '2026-04-04',
    );
    expect(e.location).toBe('Damascus');
  });
  test('"on the highway to X" names the road\'s far end, not the site', () => {
    const evs = pipelineEvents(
      'Gunmen kidnapped a trader on the highway to Damascus on Monday, residents of Sweida said.',
      '2026-04-04',
    );
    expect(evs.map((e) => e.location)).not.toContain('Damascus');
  });
});

describe('a funeral caption (aftermath-caption.ts)', () => {
  test('mourners and funerals illustrate the aftermath, not an event', () => {
    expect(
      aftermathCaption('Mourners carry the body of a man killed in a raid during his funeral in Jenin on Sunday.'),
    ).toBe(true);
    expect(aftermathCaption('Smoke rises after an air strike on Jenin on Sunday.')).toBe(false);
  });
});

describe('a lead clause that sums up a later incident (lead-echo.ts)', () => {
  test('"troops also opened fire … in the south" is the shooting told later at Khan Younis', () => {
    const evs = pipelineEvents(
      'GAZA CITY: Israeli strikes killed 10 people in Jabalia on Tuesday, as troops also opened fire near an aid point in the south.\nIn Khan Younis, troops opened fire on people waiting for flour on Tuesday, killing four.',
      '2026-05-06',
    );
    expect(evs.some((e) => e.geo_precision === 3 && e.fatalities === 0)).toBe(false);
    expect(evs.map((e) => e.location)).toContain('Khān Yūnis');
  });
});
