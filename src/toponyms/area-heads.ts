/**
 * Admin-unit words written after names, beyond the one name before them (recognize.ts reads "the Gao region"):
 * - "the border provinces of Jazan and Najran", "several counties, including Benton and Stearns": a plural unit word
 *   then "of" or "including" before a list makes every item an admin area (class hint A);
 * - "the Belgorod, Bryansk and Voronezh regions", "the Kalbajar and Lachin districts": a plural unit word after a
 *   list makes every item of the list an admin area (class hint A), not only the last one, and not its towns (also
 *   with "the" and a word or two between: "Sao Paulo and Minas Gerais the worst-hit states"); "the
 *   Ravi and Chenab rivers" makes every item a river (class hint H), not a town spelled like it; so does a plural
 *   unit word and "of" before the list ("the border provinces of Jazan and Najran");
 * - "the village of Moura in the Mopti region", "Nasir in Upper Nile state": a place written "in" an area named with
 *   its unit word lies in that area, as "Dumayr (Rural Damascus)" does (Mention.context, resolve/written-context.ts).
 */
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';
import type { Token } from './tokenize.js';

const PLURAL_UNIT = /^ (regions|provinces|states|districts|governorates|oblasts|counties|rivers)\b/;
/** …or with "the" and a word or two between: "Sao Paulo and Minas Gerais the worst-hit states". */
const PLURAL_UNIT_LATER =
  /^,? the (?:\p{Ll}[\p{L}-]* ){1,2}(regions|provinces|states|districts|governorates|oblasts|counties)\b/u;
const SINGULAR_UNIT = /^ (region|province|state|governorate|district|oblast)\b/;
const LIST_GAP = /^(?:,|, and|, or| and| or),? $/;
const OF_BEFORE = /(?: of | of the )$/;
/** " in the ", or, after the first item of a list, the list's other names then " in the " ("the villages of
 * Rivnopillia and Yablukove in the Zaporizhzhia region": every item lies in the area, named by the gazetteer or not). */
const IN_AREA = /^(?:(?:,|,? and) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)* in (?:the )?$/u;

/** A plural unit word and "of" right before a name: "the border provinces of Jazan and Najran". */
const PLURAL_UNIT_OF =
  /\b(?:regions|provinces|states|districts|governorates|oblasts|counties|departments) of (?:the )?$/;

const SIDE_DISTRICTS_OF =
  /\b(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)? (?:districts|neighbou?rhoods) of (?:the )?$/i;

/** A plural unit word then "including" right before a name: "several counties, including Benton and Stearns". */
const PLURAL_UNIT_INCLUDING =
  /\b(?:regions|provinces|states|districts|governorates|oblasts|counties|departments),? including $/;

export function markAreaHeads(text: string, mentions: Mention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // Cheap first: the name follows "of " (or "of the "), or "including ".
    if (m.role !== 'place') continue;
    const near = text.slice(Math.max(0, m.start - 10), m.start);
    if (OF_BEFORE.test(near)) {
      if (!PLURAL_UNIT_OF.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
      // "the northern districts of Pokrovsk": a side's districts of one name are parts of a city.
      const next = mentions[k + 1];
      const listed = next?.role === 'place' && LIST_GAP.test(text.slice(m.end, next.start));
      if (!listed && SIDE_DISTRICTS_OF.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    } else if (
      !near.endsWith('including ') ||
      !PLURAL_UNIT_INCLUDING.test(text.slice(Math.max(0, m.start - 28), m.start))
    )
      continue;
    // The name and the names listed after it are all admin areas.
    m.classHint = 'A';
    for (let j = k + 1; j < mentions.length; j++) {
      const item = mentions[j];
      if (item.role !== 'place' || !LIST_GAP.test(text.slice(mentions[j - 1].end, item.start))) break;
      item.classHint = 'A';
    }
  }
  for (let k = 1; k < mentions.length; k++) {
    const last = mentions[k];
    if (last.role !== 'place') continue;
    const after = text.slice(last.end, last.end + 16);
    const plural = PLURAL_UNIT.exec(after) ?? PLURAL_UNIT_LATER.exec(text.slice(last.end, last.end + 48));
    if (plural) {
      // The list before the unit word: two items at least, each a place, joined by commas, "and" or "or".
      let first = k;
      while (
        first > 0 &&
        mentions[first - 1].role === 'place' &&
        LIST_GAP.test(text.slice(mentions[first - 1].end, mentions[first].start))
      )
        first--;
      if (first === k) continue;
      const hint = plural[1] === 'rivers' ? 'H' : 'A';
      for (let j = first; j <= k; j++) mentions[j].classHint = hint;
      continue;
    }
    const inner = mentions[k - 1];
    if (
      SINGULAR_UNIT.test(after) &&
      inner.role === 'place' &&
      !inner.context &&
      IN_AREA.test(text.slice(inner.end, last.start))
    ) {
      inner.context = last.text;
      // The earlier items of the same list lie there too.
      for (let j = k - 1; j > 0; j--) {
        const item = mentions[j - 1];
        if (item.role !== 'place' || item.context || !LIST_GAP.test(text.slice(item.end, mentions[j].start))) break;
        item.context = last.text;
      }
    }
  }
}

/** "the Middle Shabelle region", "the Shabelle river": the feature class that a lower-case admin-unit word or "river"
 * right after the name's last token asks for (A or H), or ''. */
export function unitClassAfter(tokens: Token[], to: number): string {
  const a = tokens[to + 1];
  if (!a || a.cap || !a.contiguous) return '';
  return a.lower === 'river' ? 'H' : UNIT_WORD.has(a.lower) ? 'A' : '';
}
const UNIT_WORD = new Set(['region', 'province', 'state', 'governorate', 'district', 'oblast']);

/** A name no entry spells is read as a place only because of the unit word after it when a spelling of it names a
 * feature of that class ("Middle Shabelle" → Middle Shabele, an ADM1): not a country, not any loose namesake (a
 * slum's "district" or a "state game area" is no reason to read a town or a country abroad). */
export function unitFits(span: string, cls: string, gaz: NameIndex): boolean {
  return gaz.lookup(span, { limit: 25 }).some((c) => c.featureClass === cls && !c.featureCode.startsWith('PCL'));
}

/** After a name: more items of a list and then a plural unit word ("Plateau and Zamfara states", "Kharkiv, Sumy and
 * Poltava regions"), or its own unit word ("Haiti's Centre department"). */
const LIST_THEN_UNIT =
  /^(?:(?:(?:,|,? and|,? or) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})+ (?:regions|provinces|states|oblasts|governorates|departments)| (?:department|region|province|state|governorate|oblast))\b/u;
/** The plural unit word after the list's last item ("Kachin, Karenni and Chin states"): the item before it is a name. */
const UNITS_AFTER_LAST = /^ (?:regions|provinces|states|oblasts|governorates|departments)\b/;
const ITEM_BEFORE = /\p{Lu}[\p{L}'’-]*(?:,|,? and|,? or) $/u;

/** The last item of a list of areas, right before its plural unit word: "Kachin, Karenni and Chin states". */
function lastItemBeforeUnits(text: string, end: number, span: string): boolean {
  if (!UNITS_AFTER_LAST.test(text.slice(end, end + 16))) return false;
  const start = end - span.length;
  return ITEM_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** First letters of "and", "or" and the unit words. */
const UNIT_OR_JOIN_START = new Set([...'aodrpsg'].map((ch) => ch.charCodeAt(0)));

/** A common word ("Plateau", "Centre", "Chin") written as an item of a list of first-level areas (the last one too,
 * before its plural unit word), or before a unit word, is a
 * place when it names one: one of its exact entries is a province (ADM1). */
export function itemOfUnitList(text: string, end: number, span: string, gaz: NameIndex): boolean {
  // Cheap first: a comma, or a space then "and", "or" or a lower-case unit word (recognition asks for every name).
  const c = text.charCodeAt(end);
  if (c !== 44 && !(c === 32 && UNIT_OR_JOIN_START.has(text.charCodeAt(end + 1)))) return false;
  if (!LIST_THEN_UNIT.test(text.slice(end, end + 80)) && !lastItemBeforeUnits(text, end, span)) return false;
  return gaz.lookup(span, { limit: 25, loose: false }).some((c) => c.featureCode === 'ADM1');
}
