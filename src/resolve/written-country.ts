/**
 * A country the text writes for a name (applied after ranking): "Pakistan-administered Kashmir", "Salah al-Din, a
 * district of Tripoli", "Wadi Mazbouh, a hamlet in Jalawla subdistrict of Diyala province", "the town of Palma in
 * Mozambique". When the pick lies in another country than the one written, it is a namesake abroad, worse than no pin:
 * an alternative in the written country replaces it, else this mention gets none.
 */
import { COMMA_SIDE, IN_COUNTRY as INSIDE } from '../toponyms/context.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** "Pakistan-administered", "Indian-administered": the country whose part of a divided region is meant. Not
 * "-occupied", "-held" or "-controlled": those name who holds a place of another country ("the Israeli-occupied Golan
 * Heights", "Russian-held Kherson"). */
const RULED = /^-administered $/;
/** " district of Indian-administered ": a unit of the region written next, in the part a demonym rules. */
const UNIT_OF_RULED = /^ (?:district|province|region|division|county|tehsil) of (?:the )?$/;
/** "X, a hamlet in", "X, a district of", "X, the northern town in": an apposition placing X inside the next name;
 * a subdistrict the gazetteer lacks may stand between ("in Jalawla subdistrict of"). */
const APPOSED =
  /^, (?:a|an|the) (?:[\p{L}-]+ ){0,3}?(?:hamlet|village|town|city|district|suburb|neighbou?rhood|quarter|area|port|municipality|locality) (?:in|of)(?: the)? (?:\p{Lu}[\p{L}'-]+ (?:sub-?district|district|county) of )?$/u;
/** "Palma and Mueda in Cabo Delgado": the items of a list written before the area. */
const LIST_JOIN = /^(?:,|, and| and),? $/;
/** "South West state, Somalia": a unit word after the name, then the country holding it. */
const UNIT_THEN = /^ (?:state|province|region|governorate|department|district|county|oblast), $/i;

const countryOf = (m: ResolvedMention) => m.place?.countryCode;

export function applyWrittenCountry(text: string, mentions: ResolvedMention[]): ResolvedMention[] {
  // A unit placed by the country after it first ("South West state, Somalia"), so that a town written inside it
  // ("Baidoa in South West state") is not judged by its namesake abroad.
  return placeByWriting(text, placeByWriting(text, mentions, true), false);
}

function placeByWriting(text: string, mentions: ResolvedMention[], units: boolean): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  // One sense per name: every mention of the name with the same pick follows where one of them is written to lie
  // (`whole`); a rule over one part of a divided region ("Pakistan-administered") qualifies that mention only.
  const fix = (i: number, cc: string, whole: boolean) => {
    const m = mentions[i];
    if (!m.place || m.place.countryCode === cc) return;
    const wrong = m.place.geonameid;
    const inCountry = m.alternatives.find((c) => c.countryCode === cc && !c.featureCode.startsWith('PCL'));
    out ??= mentions.slice();
    for (let k = 0; k < mentions.length; k++) {
      const x = mentions[k];
      if (k !== i && (!whole || x.text !== m.text || x.place?.geonameid !== wrong || x.role !== 'place')) continue;
      if (!x.place) continue;
      const all: ScoredCandidate[] = [x.place, ...x.alternatives];
      const alt = inCountry && all.find((c) => c.geonameid === inCountry.geonameid);
      out[k] = {
        ...x,
        place: alt ? { ...alt, reasons: [...alt.reasons, `in ${cc}, as written`] } : null,
        alternatives: all.filter((c) => c !== alt),
      };
    }
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !m.place || m.place.featureCode.startsWith('PCL')) continue;
    if (units) {
      // "South West state, Somalia": the unit lies in the country written after it, not in Cameroon.
      const next = mentions[i + 1];
      if (next?.role !== 'place' || !next.place?.featureCode.startsWith('PCL')) continue;
      if (UNIT_THEN.test(text.slice(m.end, next.start))) fix(i, next.place.countryCode, true);
      continue;
    }
    const prev = mentions[i - 1];
    if (prev && text.startsWith('-administered ', prev.end) && prev.place?.featureCode.startsWith('PCL')) {
      if (RULED.test(text.slice(prev.end, m.start))) {
        fix(i, countryOf(prev) as string, false);
        continue;
      }
    }
    const next = mentions[i + 1];
    if (next?.role === 'demonym' && next.context && text.startsWith('-administered ', next.end)) {
      // "the Poonch district of Indian-administered Kashmir": the unit lies in the part the demonym rules.
      if (UNIT_OF_RULED.test(text.slice(m.end, next.start))) fix(i, next.context, false);
      continue;
    }
    if (next?.role !== 'place' || !next.place || next.start - m.end > 90) continue;
    const between = text.slice(m.end, next.start);
    if (!text.startsWith(', ', m.end) && !text.startsWith(' in ', m.end)) continue;
    // A sea or a range is not placed so ("the Indian Ocean in Seychelles"), and only a whole name places ("in
    // North-Western Sydney" is no province "North-Western").
    // A side word after a comma leaves no doubt that the name is a place of the area, a river or a range included.
    const area = next.place.featureCode.startsWith('PCL') || next.place.featureCode === 'ADM1';
    const sided = area && COMMA_SIDE.test(between);
    const local = sided || (m.place.featureClass !== 'H' && m.place.featureClass !== 'T');
    if (!local || /^ \p{Lu}/u.test(text.slice(next.end, next.end + 2))) continue;
    if (APPOSED.test(between) || sided || (area && INSIDE.test(between))) {
      const cc = next.place.countryCode;
      fix(i, cc, true);
      if (area && INSIDE.test(between)) for (const j of listedBefore(text, mentions, i, cc)) fix(j, cc, true);
    }
  }
  return out ?? mentions;
}

/**
 * "Palma and Mueda in Cabo Delgado": the earlier items of a list of towns written inside an area lie there too. Only
 * an item picked in a country no other name of the text lies in (a namesake abroad the story never goes to), and no
 * national capital: a careless list ("Beirut and Damascus in Syria") keeps the capital, which has no namesake to be.
 */
function listedBefore(text: string, mentions: ResolvedMention[], i: number, cc: string): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const m = mentions[j];
    if (m.role !== 'place' || !LIST_JOIN.test(text.slice(m.end, mentions[j + 1].start))) break;
    const p = m.place;
    if (!p || /^(?:PCL|PPLC)/.test(p.featureCode) || p.featureClass === 'H' || p.featureClass === 'T') continue;
    const own = p.countryCode;
    if (own !== cc && !mentions.some((x, k) => k !== j && x.place?.countryCode === own)) out.push(j);
  }
  return out;
}
