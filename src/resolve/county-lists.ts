/**
 * "several counties, including Benton, Sherburne and Stearns", "Benton and Stearns counties": recognition marks each
 * item an admin area (toponyms/area-heads.ts), but the gazetteer spells US counties with their kind word ("Stearns
 * County"), so the bare name finds only towns (Stearns, Kentucky; Nantucket, once Sherburne). Applied after ranking:
 * an item so marked whose pick is no area is the county "X County" in a state the story's other picks lie in; when no
 * such county exists the town abroad is no reading of a county, and the item gets no pin.
 */
import type { CandidateSource } from './options.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** The list and "counties" around the item: "counties, including A, B and " before it or ", B and C counties" after. */
const COUNTIES_BEFORE = /\bcounties,? (?:including|of|such as) (?:[\p{Lu}][\p{L}'’. -]*?(?:,|,? and|,? or) )*$/u;
const COUNTIES_AFTER = /^(?:(?:,|,? and|,? or) [\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?)* counties\b/u;

/** The item written last, right before the word. */
const BEFORE_COUNTIES = /^ counties\b/;
/** US states have up to 31 counties of one name (Washington County): every one is read, not the first few. */
const COUNTY_LIMIT = 40;

function inCountyList(text: string, m: ResolvedMention): boolean {
  return (
    COUNTIES_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) ||
    COUNTIES_AFTER.test(text.slice(m.end, m.end + 90))
  );
}

/** The states the story's picks lie in, leaving out the items marked as areas whose pick is a town (the wrong ones)
 * and the item judged (`skip`). */
function statesOf(mentions: ResolvedMention[], skip?: ResolvedMention): Set<string> {
  const out = new Set<string>();
  for (const o of mentions) {
    const p = o.place;
    if (o === skip) continue;
    if (p && p.featureClass !== 'H' && !(o.classHint === 'A' && p.featureClass !== 'A'))
      out.add(`${p.countryCode}|${p.admin1}`);
  }
  return out;
}

export function applyCountyLists(text: string, mentions: ResolvedMention[], gaz: CandidateSource): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let states: Set<string> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    // Cheap first: only an item marked as an area (or written right before "counties": "Dutchess and Ulster
    // counties" when "Dutchess" is not recognised), then the words around it.
    if (m.role !== 'place' || (m.classHint !== 'A' && !BEFORE_COUNTIES.test(text.slice(m.end, m.end + 10)))) continue;
    if (!inCountyList(text, m)) continue;
    const p = m.place;
    if (p?.featureClass === 'A') {
      // An area abroad ("Cumberland and York counties" in a Maine story: York County, Ontario) yields to a county
      // "X County" in a state the other picks lie in; an area in such a state stands.
      const others = statesOf(mentions, m);
      if (others.has(`${p.countryCode}|${p.admin1}`)) continue;
      const county = gaz
        .lookup(`${m.text} County`, { limit: COUNTY_LIMIT, loose: false })
        .find((c) => c.featureCode === 'ADM2' && others.has(`${c.countryCode}|${c.admin1}`));
      if (!county) continue;
      out ??= mentions.slice();
      const place: ScoredCandidate = {
        ...county,
        score: p.score,
        reasons: [`${county.name}: an item of a list of counties`],
      };
      out[i] = { ...m, place, alternatives: [p, ...m.alternatives] };
      continue;
    }
    states ??= statesOf(mentions);
    const found = gaz.lookup(`${m.text} County`, { limit: COUNTY_LIMIT, loose: false });
    const county = found.find((c) => c.featureCode === 'ADM2' && states?.has(`${c.countryCode}|${c.admin1}`));
    if (!county && !m.place) continue;
    out ??= mentions.slice();
    const place: ScoredCandidate | null = county
      ? { ...county, score: m.place?.score ?? 0, reasons: [`${county.name}: an item of a list of counties`] }
      : null;
    out[i] = { ...m, place, alternatives: m.place ? [m.place, ...m.alternatives] : m.alternatives };
  }
  return out ?? mentions;
}
