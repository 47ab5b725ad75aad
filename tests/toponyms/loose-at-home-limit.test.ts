/**
 * The wider search of loose-at-home.ts reaches past the resolver's own candidate limit, whatever that limit is: with
 * `maxCandidates` above the fixed depth, the "wider" search was the narrower one (session audit). A fake gazetteer.
 */
import { describe, expect, it } from 'vitest';
import { applyLooseAtHome } from '../../src/resolve/loose-at-home.js';
import type { CandidateSource } from '../../src/resolve/options.js';
import type { Candidate, ResolvedMention, ScoredCandidate } from '../../src/types.js';

const cand = (id: number, name: string, cc: string, lon: number, match: 'exact' | 'loose', prior = 0.1): Candidate => ({
  geonameid: id,
  name,
  featureClass: 'P',
  featureCode: 'PPL',
  countryCode: cc,
  admin1: '01',
  admin1Name: 'A',
  population: 0,
  lat: 10,
  lon,
  kind: 'point',
  source: 'geonames',
  match,
  prior,
});
const scored = (c: Candidate): ScoredCandidate => ({ ...c, score: 1, reasons: [] });
const mention = (text: string, start: number, place: Candidate | null, alternatives: Candidate[] = []) =>
  ({
    start,
    end: start + text.length,
    text,
    role: 'place',
    place: place && scored(place),
    alternatives: alternatives.map(scored),
  }) as ResolvedMention;

/** 150 loose namesakes abroad spelled otherwise, then the home village by a pinned town. */
const namesakes = [
  ...Array.from({ length: 150 }, (_, i) => cand(1000 + i, `Zarqa ${i}`, 'TR', 30 + i / 100, 'loose')),
  cand(9, 'Zarqa', 'JO', 36.001, 'loose'),
];
const source: CandidateSource = {
  lookup: (_name, options) => namesakes.slice(0, options?.limit ?? 25),
  country: () => null,
};
const town = cand(1, 'Town', 'JO', 36, 'exact', 0.8);
const held = cand(2, 'Qarqa', 'TR', 31, 'exact');
const mentions = [...[0, 10, 20, 30].map((s) => mention('Town', s, town)), mention('Zarqa', 40, null, [held])];

describe('the wider search of a held name', () => {
  it('with 120 candidates per name, looks deeper than 120 for the home village', () => {
    const out = applyLooseAtHome(mentions, source, 120);
    expect(out[4].place?.geonameid).toBe(9);
  });
});
