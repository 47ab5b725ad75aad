/**
 * Session 22: the RSF's home ground (data/actors.json countries, actor-home.ts). Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { actorHomes, placeActorsAtHome } from '../../src/events/actor-home.js';
import type { ResolvedMention, ScoredCandidate } from '../../src/types.js';

const cand = (name: string, countryCode: string, featureCode = 'PPL', population = 0): ScoredCandidate =>
  ({
    geonameid: name.length * 1000 + countryCode.charCodeAt(0) + featureCode.length,
    name,
    lat: 0,
    lon: 0,
    featureClass: featureCode.startsWith('PPL') ? 'P' : 'A',
    featureCode,
    countryCode,
    admin1: '',
    admin1Name: '',
    population,
    score: 1,
    reasons: [],
    match: 'exact',
  }) as unknown as ScoredCandidate;
const mention = (text: string, start: number, place: ScoredCandidate, alternatives: ScoredCandidate[]) =>
  ({ text, start, end: start + text.length, role: 'place', place, alternatives }) as unknown as ResolvedMention;

describe("the RSF's home ground", () => {
  test('the RSF fights in Sudan (data/actors.json)', () => {
    expect([...actorHomes('RSF fighters attacked the town')]).toEqual(['SD']);
  });

  test('a town of an RSF story resolved abroad moves to its Sudanese namesake', () => {
    const m = mention('Umm Kadada', 26, cand('Umm Kadada', 'XX', 'PPL'), [cand('Umm Kadada', 'SD', 'PPL')]);
    expect(placeActorsAtHome('RSF fighters attacked Umm Kadada', [m])[0].place?.countryCode).toBe('SD');
  });
});
