/**
 * Names with "and" inside: "Bosnia and Herzegovina", "Trinidad and Tobago", "Jammu and Kashmir". Two capitalised runs
 * joined by a lower-case "and" become one run when a gazetteer entry is named by words ending the first and starting
 * the second with the "and" between; otherwise "Iraq and Syria" stay two runs. Without this, "Trinidad" alone was the
 * Bolivian city and "Antigua" the Guatemalan one.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** Words of each side the joined name may take. */
const SIDE = 3;

function joined(text: string, tokens: Token[], a: Run, b: Run, gaz: NameIndex): boolean {
  for (let i = Math.max(a.from, a.to - SIDE + 1); i <= a.to; i++) {
    if (!tokens[i].cap) continue;
    for (let j = Math.min(b.to, b.from + SIDE - 1); j >= b.from; j--) {
      if (tokens[j].cap && gaz.hasExact(foldExact(text.slice(tokens[i].start, tokens[j].end)))) return true;
    }
  }
  return false;
}

export function joinAndNames(text: string, tokens: Token[], runs: Run[], gaz: NameIndex): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    const and = prev ? tokens[prev.to + 1] : undefined;
    if (
      prev &&
      and &&
      r.from === prev.to + 2 &&
      and.lower === 'and' &&
      and.contiguous &&
      tokens[r.from].contiguous &&
      joined(text, tokens, prev, r, gaz)
    ) {
      out[out.length - 1] = { from: prev.from, to: r.to };
      continue;
    }
    out.push(r);
  }
  return out;
}
