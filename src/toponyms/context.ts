/**
 * Admin context written beside a name: "Dumayr (Rural Damascus)", "DUMAYR, Syria:", "Alexandria, La." — the second
 * name narrows the first (Mention.context). Lists of places ("Iraq, Iran, and Syria") are not context.
 */
import type { Candidate, Mention } from '../types.js';
import { LIST_GAP } from './list-items.js';
import type { NameIndex } from './people.js';

/** 0 country, 1 province, 2 district, 3 anything else (towns, rivers, unknown names). */
function adminRank(c: Candidate): number {
  if (c.featureCode.startsWith('PCL')) return 0;
  if (c.featureCode === 'ADM1') return 1;
  if (c.featureCode === 'ADM2') return 2;
  return 3;
}

/** "Georgia, Iraq, Iran and Syria", "Indiana, Illinois, New Jersey": inside a list, a name written after
 * another of the same or a lower rank is the next item, not the area containing the first. */
function listItems(text: string, gaz: NameIndex, mentions: Mention[], k: number): boolean {
  const prev = mentions[k - 1];
  const next = mentions[k + 2];
  const inList =
    (prev && LIST_GAP.test(text.slice(prev.end, mentions[k].start))) ||
    (next && LIST_GAP.test(text.slice(mentions[k + 1].end, next.start)));
  if (!inList) return false;
  const first = gaz.lookup(mentions[k].text, { limit: 1, loose: false })[0];
  // The same query as the resolver's (memoised); its exact matches come first.
  const outer = gaz.lookup(mentions[k + 1].text, { limit: 25 }).filter((c) => c.match === 'exact');
  if (outer.length === 0) return false;
  // A spelling no entry has exactly ("Mais al-Jabal, Blida and Aitaroun") ranks as a town.
  const rank = first ? adminRank(first) : 3;
  if (rank <= Math.min(...outer.map(adminRank))) return true;
  // "in Kyiv, Kharkiv, Dnipro and Odesa": the list goes on after the second name with a town, and the second is also
  // a province's capital city (Kharkiv; not "Richmond, Virginia, Fort Lauderdale", Virginia being no such city).
  if (rank !== 3 || !next || !LIST_GAP.test(text.slice(mentions[k + 1].end, next.start))) return false;
  const third = gaz.lookup(next.text, { limit: 1, loose: false })[0];
  return !!third && adminRank(third) === 3 && outer.some((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC');
}

/** "Dumayr (Rural Damascus)", "DUMAYR, Syria:", "Alexandria, Egypt": the place written right after narrows the first. */
export function attachContext(text: string, gaz: NameIndex, mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (a.role !== 'place' || b.role !== 'place') continue;
    const gap = text.slice(a.end, b.start);
    if (OWNED.test(gap)) {
      // "Iran's Kurdistan province": a country written as the owner of a name says where it lies.
      const c = gaz.lookup(a.text, { limit: 1, loose: false })[0];
      if (c?.featureCode.startsWith('PCL') && !b.countryHint) b.countryHint = c.countryCode;
    } else if (gap === ', ' || gap === ' (' || gap === ',' || gap === ' , ') {
      const close = text.slice(b.end, b.end + 1);
      if (gap === ' (' && close !== ')') continue;
      if (gap !== ' (' && listItems(text, gaz, mentions, k)) continue;
      a.context = b.text;
    } else if (IN_UNIT.test(gap) && UNIT_AFTER.test(text.slice(b.end, b.end + 14))) {
      // "near Shamaa, in the Tyre district": the unit written after narrows the place before it.
      a.context = b.text;
    } else if (UNIT_OF.test(gap) || IN_UNIT_OF.test(gap)) {
      // "Poonch district of Jammu and Kashmir", "the Mopti region of Mali": the area written after the unit word
      // holds the first name, as "Poonch, Jammu and Kashmir" says.
      a.context = b.text;
    } else if (APPOSED_IN.test(gap)) {
      // "El Plateado, a rural area of Argelia municipality", "Dejen, a town in the Amhara region": the apposition says
      // which area holds the first name.
      a.context = b.text;
    } else if (UNIT_THEN_COUNTRY.test(gap)) {
      // "Baidoa in South West state, Somalia": a country written after the unit word says where the unit lies (the
      // gazetteer may lack the unit there and hold a namesake abroad: Cameroon's South-West region).
      const c = gaz.lookup(b.text, { limit: 1, loose: false })[0];
      if (c?.featureCode.startsWith('PCL')) a.countryHint = c.countryCode;
    } else if (IN_COUNTRY.test(gap) || COMMA_SIDE.test(gap)) {
      // "the Beddawi camp outside Tripoli in northern Lebanon": a country written "in (northern) X" after a name
      // describes where it lies, as a demonym before it does ("the Lebanese town of …"): Mention.countryHint.
      // "Monroe County in northeast Missouri": a province so written narrows the name as "Monroe County, Mo." does.
      // "Cornwall in South West England": a capitalised side of the area after it says what "in south-western
      // England" says (the side alone is no province of Cameroon's: it is placed in that area too).
      const area = sideOf(text, mentions, k + 1);
      if (area && !b.context) b.context = area.text;
      const c = gaz.lookup((area ?? b).text, { limit: 1, loose: false })[0];
      if (c?.featureCode.startsWith('PCL')) a.countryHint = c.countryCode;
      else if (c?.featureCode === 'ADM1' && !a.context) a.context = (area ?? b).text;
    }
  }
}

/** A name made only of side words ("South West", "North-East") written right before another place: that place. */
const SIDE_NAME =
  /^(?:north|south|east|west|central|centre|northern|southern|eastern|western)(?:[ -]?(?:east|west))?$/i;
function sideOf(text: string, mentions: Mention[], k: number): Mention | null {
  const b = mentions[k];
  const c = mentions[k + 1];
  if (c?.role !== 'place' || !SIDE_NAME.test(b.text) || text.slice(b.end, c.start) !== ' ') return null;
  return c;
}

const IN_UNIT = /^,? in the $/;
/** " state, ", " province, ": a unit word after the first name, then a comma before the second. */
const UNIT_THEN_COUNTRY = /^ (?:state|province|region|governorate|department|district|county|oblast), $/i;
const OWNED = /^['’]s $/;
const UNIT_AFTER = /^ (?:district|province|governorate|region|caza|county|oblast|state)\b/i;
/** " district of ", " region of northern ": a unit word, "of", then (a side and) the holding area. */
const UNIT_OF =
  /^ (?:district|province|governorate|region|county|oblast|state|zone|department|municipality) of (?:the )?(?:(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west|eastern|western))? )?$/i;
/** " in the northern province of ", ", in the northeastern state of ": the unit written before the holding area
 * (after a town: "Palma in the northern province of Cabo Delgado" lies in Cabo Delgado, not in the Balearics). */
const IN_UNIT_OF =
  /^,? in the (?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)? |central )?(?:district|province|governorate|region|county|oblast|state|department) of (?:the )?$/i;
/** ", a (small farming) town in (the) ", ", a rural area of ": a settlement noun then "in" or "of". */
const APPOSED_IN =
  /^, (?:a|an) (?:[\p{Ll}-]+ ){0,3}?(?:village|town|city|area|district|suburb|neighbou?rhood|locality|hamlet|settlement|community) (?:in|of) (?:the )?$/u;

/** " in X", " in northern X": a name written inside a country or a province (also resolve/written-country.ts). */
export const IN_COUNTRY =
  /^ in (?:(?:the )?(?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west|eastern|western))? )?$/i;
/** ", northwestern ": "Shire, northwestern Tigray", "Kamina, southern Congo": a side word after a comma says, as
 * "in northwestern Tigray" does, that the name before lies in the area after (a list has no side word). */
export const COMMA_SIDE =
  /^, (?:north|south|east|west|central|northern|southern|eastern|western)(?:-?(?:east|west|eastern|western))? $/;

/** After a dateline's place: ", Syria", a date, "(Reuters)", then the dash or colon that opens the story. */
const DATELINE_AFTER =
  /^(?:,\s*[A-Z][\w .'’-]{1,30}?)?(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}))?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]\s/;

/** Whitespace other than a line break. */
const BLANK = /[^\S\n]/;

/** Marks the place that opens a wire dateline (at the start of a line): where the report was filed, not a place of
 * the story (resolution leaves it out of spatial coherence). */
export function markDatelines(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.role !== 'place') continue;
    // Only blanks between the line start and the name (scanned back over the blanks alone: a search for the line's
    // start made a 1 MB line of names quadratic).
    let i = m.start - 1;
    while (i >= 0 && BLANK.test(text[i])) i--;
    if (i >= 0 && text[i] !== '\n') continue;
    if (DATELINE_AFTER.test(text.slice(m.end, m.end + 80))) m.dateline = true;
  }
}
