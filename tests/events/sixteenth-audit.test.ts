/**
 * Defects found by an audit of the sixteenth session's code (elided conjuncts, accused killings, place tolls, the
 * home part of a country). Invented sentences; the real pipeline where the rules need the gazetteer.
 */
import { describe, expect, test } from 'vitest';
import { pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-03-12') => pipelineEvents(s, day);

describe('an elided conjunct is only a place, a day or "area" (elided-event.ts)', () => {
  test('"…, and in Y the market reopened" has a subject and verb of its own: no clash in Y', () => {
    const got = one('Fighting broke out in Gao on Monday, and in Timbuktu the market reopened.');
    expect(got.map((e) => e.location)).toEqual(['Gao']);
  });
  test('"…, and in Y schools stayed closed": no shelling in Y', () => {
    const got = one('Shelling hit Kherson on Monday, and in Odesa schools stayed closed.');
    expect(got.map((e) => e.location)).toEqual(['Kherson']);
  });
  test('"…, and continued near Y on Tuesday" still places the event in Y', () => {
    const got = one('Clashes erupted in Gao on Monday, and continued near Timbuktu on Tuesday.');
    expect(got.map((e) => e.location).sort()).toEqual(['Gao', 'Timbuktu']);
  });
});
