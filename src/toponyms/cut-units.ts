/**
 * "Maru Local Government Area", "Tsafe LGA": a Nigerian (or Australian) local government area is written with its
 * unit capitalised after the name. The unit is no part of the place's name (GeoNames has Maru, Tsafe) and no
 * organisation ("Government" heads organisations elsewhere): the run is cut around it, and the name before it is an
 * admin area.
 */
import type { Run } from './people.js';
import type { Token } from './tokenize.js';

/** The number of tokens of a unit starting at token k ("Local Government Area", "LGA"), or 0. */
function unitAt(tokens: Token[], k: number, to: number): number {
  const t = tokens[k];
  if (t.text === 'LGA' || t.text === 'LGAs') return 1;
  if (t.lower !== 'local' || k + 2 > to || tokens[k + 1].lower !== 'government') return 0;
  const area = tokens[k + 2].lower;
  return area === 'area' || area === 'areas' ? 3 : 0;
}

/** Whether the text writes such a unit at all (one pass over the tokens: most texts do not, and their runs are then
 * left alone). */
export function anyUnit(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].cap && unitAt(tokens, k, tokens.length - 1)) return true;
  return false;
}

/** The parts of `run` around the units written in it; the last token of a part written right before a unit goes into
 * `before`. Most runs hold no unit and come back as they are. */
export function cutUnits(tokens: Token[], run: Run, before: Set<number>): Run[] {
  let out: Run[] | null = null;
  let from = run.from;
  for (let k = run.from; k <= run.to; k++) {
    const n = unitAt(tokens, k, run.to);
    if (!n) continue;
    out ??= [];
    if (k > from) {
      out.push({ from, to: k - 1 });
      before.add(k - 1);
    }
    // "… Area of Zamfara State": the next part starts at its first capitalised word.
    from = k + n;
    while (from <= run.to && !tokens[from].cap) from++;
    k = from - 1;
  }
  if (!out) return [run];
  if (from <= run.to) out.push({ from, to: run.to });
  return out;
}
