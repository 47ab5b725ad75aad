/**
 * Organisation and facility names that hold a place word, read from the shape of the capitalised run (the head word of
 * an organisation inside the run is handled by classifyRun): the place inside is role `in_organisation`.
 * - an organisation head opening the run before "of": "Alliance of Sahel States", "University of Toronto";
 * - an armed group's name opening a longer run: "Islamic State West Africa Province" (data/actors.json names);
 * - a name no entry spells whole, written before a facility noun: "the Aden Adde airport", "the Khor Mor gas field",
 *   "the Cano Limon-Covenas oil pipeline".
 */
import { foldExact } from '../gazetteer/fold.js';
import { lexicon } from './lexicon.js';
import type { Mention } from '../types.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** Organisation heads that also name places or streets: "Port of Spain", "Bridge of Allan". */
const PLACE_HEADS = new Set(['port', 'street', 'road', 'avenue', 'square', 'bridge', 'dam']);

/** Heads of public bodies before "of" that the word lists lack: "Government of National Unity", "Chamber of Commerce". */
const BODY_HEADS = new Set(['government', 'chamber']);

/** Lower-case nouns of a facility named by the run before them ("gas field" and "oil field" end with "field"). */
const FACILITY = new Set([
  'airport',
  'airfield',
  'airbase',
  'field',
  'refinery',
  'terminal',
  'stadium',
  'prison',
  'pipeline',
]);
const FACILITY_KIND = new Set(['gas', 'oil', 'air', 'military', 'army', 'naval']);

function facilityAfter(tokens: Token[], to: number): boolean {
  const a = tokens[to + 1];
  if (!a || a.cap || !a.contiguous) return false;
  if (FACILITY.has(a.lower)) return true;
  const b = tokens[to + 2];
  return FACILITY_KIND.has(a.lower) && !!b && b.contiguous && (b.lower === 'base' || FACILITY.has(b.lower));
}

/** The first token of the run that is part of an organisation or facility name (by the run's shape, not its head
 * word), or -1. */
export function organisationFrom(text: string, tokens: Token[], run: Run, gaz: NameIndex): number {
  const { to } = run;
  let from = run.from;
  if (to <= from) return -1;
  // "The Government of National Unity" at a sentence start: the article is not the head.
  const lead = tokens[from].lower === 'the' && from + 2 <= to ? from + 1 : from;
  const head = tokens[lead].lower;
  if (
    tokens[lead + 1].lower === 'of' &&
    (lexicon().orgHeads.has(head) || BODY_HEADS.has(head)) &&
    !PLACE_HEADS.has(head)
  )
    return from;
  // A group's name is at most four words; the run must go on after it ("The Islamic State Sahel Province" too).
  for (let k = lead; k < to && k < lead + 4; k++) {
    if (lexicon().groupNames.has(foldExact(text.slice(tokens[lead].start, tokens[k].end))) && tokens[k + 1].cap)
      return from;
  }
  if (!facilityAfter(tokens, to)) return -1;
  // "Mogadishu's Aden Adde airport": the facility's name starts after the possessive.
  for (let k = from; k < to; k++) if (POSSESSIVE.test(text.slice(tokens[k].end, tokens[k + 1].start))) from = k + 1;
  if (to <= from) return -1;
  return gaz.hasExact(foldExact(text.slice(tokens[from].start, tokens[to].end))) ? -1 : from;
}

const POSSESSIVE = /^['’ʼ]s?\s/;

/** " People's Republic" (either apostrophe) right after a name. */
const REPUBLIC_AFTER = /^ People['’]s (?:Democratic )?Republic\b/;

/** "the Donetsk People's Republic", "the Luhansk People's Republic": a self-proclaimed state named after a place is a
 * party (role in_organisation), not the place: events do not pin the city it is named after. */
export function markNamedRepublics(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    // Cheap first: a blank then a capital "P" after the name.
    if (m.role !== 'place' || text.charCodeAt(m.end + 1) !== 80 || text.charCodeAt(m.end) !== 32) continue;
    if (REPUBLIC_AFTER.test(text.slice(m.end, m.end + 32))) m.role = 'in_organisation';
  }
}
