/**
 * Audit of the eighteenth session's events code: a running total is no toll update, and the session's new masking and
 * clause-cutting steps stay linear on 50 KB of adversarial text (no timing: a hang fails on vitest's timeout).
 * Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { maskedText } from '../../src/events/masked-text.js';
import { opensEvent } from '../../src/events/own-place-verb.js';
import { blankRelativeAsides } from '../../src/events/relative-asides.js';
import { splitSettlementCause } from '../../src/events/settlement-cause.js';
import { splitClauses } from '../../src/events/sentences.js';
import { hasTrigger } from '../../src/events/taxonomy.js';
import { namesUnknownPlace } from '../../src/events/unknown-name.js';
import { pipelineEvents } from './pipeline-helpers.js';

const one = (s: string, day = '2026-03-12') => pipelineEvents(s, day);

describe('a toll over a span is a running total, not the last event’s update (toll-update.ts)', () => {
  test('"The death toll has risen to 300 since the unrest began" leaves the attack at five', () => {
    const evs = one(
      'Gunmen killed five people in a market in Kindu on Monday. The death toll has risen to 300 since the unrest began in January.',
    );
    expect(evs.map((e) => e.fatalities)).toEqual([5]);
  });
  test('"The toll rose to 300 this year" leaves the attack at five', () => {
    const evs = one(
      'Gunmen killed five people in a market in Kindu on Monday. The toll rose to 300 this year, according to a monitor.',
    );
    expect(evs.map((e) => e.fatalities)).toEqual([5]);
  });
  test('"The toll later rose to 16" still raises the attack (the rule kept)', () => {
    const evs = one(
      'Gunmen killed five people in a market in Kindu on Monday. The toll later rose to 16, a doctor said.',
    );
    expect(evs.map((e) => e.fatalities)).toEqual([16]);
  });
});

describe('a backdrop written first ends at its comma (backdrop.ts)', () => {
  test('"As clashes intensified in Gao on Sunday, gunmen killed four soldiers" is the killing, with its four dead', () => {
    const evs = one('As clashes intensified in Gao on Sunday, gunmen killed four soldiers.');
    expect(evs.map((e) => e.fatalities)).toEqual([4]);
  });
  test('", as fighting intensified across the north, officials said" is still no event of its own', () => {
    const evs = one(
      'Gunmen attacked a base near Gao on Sunday, as fighting intensified across the north, officials said.',
    );
    expect(evs).toHaveLength(1);
  });
});

const KB50 = 50_000;
const fill = (unit: string) => unit.repeat(Math.ceil(KB50 / unit.length)).slice(0, KB50);
const span = (text: string) => ({ start: 0, end: text.length, text });

describe('the session’s masking and cutting steps on 50 KB of adversarial text', () => {
  test('grievances, hedges and long spans blanked keep the length (masked-text.ts)', () => {
    for (const unit of [
      'protests against killings ',
      'protested against the ',
      'what the army called ',
      'after years of ',
    ]) {
      const text = fill(unit);
      expect(maskedText(text).length).toBe(text.length);
    }
    expect(maskedText(`protests against ${' '.repeat(KB50)}`).length).toBe(KB50 + 17);
  });
  test('concessions blanked over a run of commas and spaces (relative-asides.ts)', () => {
    expect(blankRelativeAsides(fill(', despite '), 0).trim()).toBe('');
    expect(blankRelativeAsides(`,${' '.repeat(KB50)}x`, 0).length).toBe(KB50 + 2);
  });
  test('a settlement and its cause cut once in a long run of deals (settlement-cause.ts)', () => {
    const parts = splitSettlementCause([span(fill('agreed a ceasefire deal after clashes '))]);
    expect(parts).toHaveLength(2);
  });
  test('clauses of a 50 KB sentence of "killed … and" conjuncts (own-place-verb.ts)', () => {
    const text = fill('Gunmen killed three in Kindu and ');
    expect(splitClauses(span(text), opensEvent, hasTrigger).length).toBeGreaterThan(100);
    expect(splitClauses(span(fill('killed and ')), opensEvent, hasTrigger).length).toBeGreaterThan(0);
  });
  test('an unknown name after a locative in 50 KB of names (unknown-name.ts)', () => {
    expect(namesUnknownPlace(fill('in Abc '), new Set(['Abc']))).toBe(false);
    expect(namesUnknownPlace(fill('in the town of '), new Set())).toBe(false);
  });
});
