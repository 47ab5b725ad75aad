/**
 * A province abroad read from a piece of a longer name (applied after ranking): "near Haj Omran" is no Yemeni
 * governorate, "the Khor Mor gas field" no Qatari municipality. A name glued to a capitalised word that no mention
 * covers is part of a name the gazetteer lacks; when its pick is an area in a country no other place of the text lies
 * in, it is a wrong pin, and the mention gets none. A name followed by an Arabic article and a capitalised word
 * ("Busra al-Harir") gets none wherever its pick lies, unless that word names a place near the pick ("Yohmor
 * al-Shaqif").
 */
import { GENERIC } from '../gazetteer/fold.js';
import { orgHeads, SITE_HEADS } from '../toponyms/org-heads.js';
import { qualifierNear } from '../toponyms/qualified-name.js';
import type { NameIndex } from '../toponyms/people.js';
import type { ResolvedMention } from '../types.js';

/** The place's own kind of land written after it ("the Nineveh Plains", "the Darfur Region", "the Benue Valley"). */
const LAND_WORDS = new Set([
  'plains',
  'plain',
  'valley',
  'valleys',
  'hills',
  'highlands',
  'lowlands',
  'heights',
  'plateau',
  'basin',
  'delta',
  'coast',
  'peninsula',
  'corridor',
  'countryside',
  'oasis',
  'state',
  'county',
  'islands',
  'island',
  'gulf',
  'bay',
]);
/** A capitalised word just before, itself inside a sentence (after a lower-case word or a comma). */
const CAP_BEFORE = /[\p{Ll},] \p{Lu}[\p{L}'’-]+ $/u;
/** A side word before a region built from its side-named units (admin-regions.ts: "South Waziristan", which the
 * gazetteer lacks, before Waziristan) names one of those parts, not a longer name the region merely ends: the region's
 * pin is the nearest there is. Not before a province ("Central Plateau" in Haiti is no part of Plateau State). */
const SIDE_BEFORE = /(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle) $/;
const CAP_AFTER = /^ (\p{Lu}[\p{L}'’-]+)/u;

/** A capitalised word just after that no mention covers and that heads no organisation or site ("the California
 * Department of Health", "Falcon Street" name the place's own institution or street). */
function capAfter(text: string, m: ResolvedMention, next: ResolvedMention | undefined): boolean {
  const w = CAP_AFTER.exec(text.slice(m.end, m.end + 30));
  if (!w || next?.start === m.end + 1) return false;
  const word = w[1].toLowerCase();
  return !orgHeads().has(word) && !SITE_HEADS.has(word) && !GENERIC.has(word) && !LAND_WORDS.has(word);
}

/** Land that runs across borders, named after a river or range: "the Jordan Valley" (no entry) is no pin on Jordan. */
const SPANNING_LAND = new Set(['Valley', 'Delta', 'Basin', 'Mountains', 'Highlands', 'Plateau', 'Lowlands', 'Rift']);

/** A country's name glued to a capitalised land word no entry covers (recognition would have taken the whole name). */
function countryLand(text: string, m: ResolvedMention): boolean {
  if (text.charCodeAt(m.end) !== 32) return false;
  const w = CAP_AFTER.exec(text.slice(m.end, m.end + 14));
  return !!w && SPANNING_LAND.has(w[1]);
}

/** An Arabic article and a capitalised word glued after a name: "Busra al-Harir", "Tell el-Kebir". Recognition takes
 * the longest name the gazetteer holds, so a name followed by one is the first word of a name it lacks — whatever it
 * was matched to (Basra, Bosra 40 km away) is a wrong pin. */
const ARTICLE_AFTER = /^ (?:al|el|as|ash|ad|ar|at|az|an|ath|adh|ed|es|er|et|ez|en)-(\p{Lu}[\p{L}'’]*)/u;
/** Words that make a name the upper, lower, new, old, eastern … part of the place named ("Nabatieh al-Fawqa" lies
 * by Nabatieh), or its old centre or station quarter ("Daraa al-Balad"): the first word's pin stays, a few kilometres
 * off at most. */
const PART_QUALIFIER =
  /^(?:Balad|Mahatta|Mahattah|Fawqa|Fouqa|Foqa|Tahta|Tahtani|Fawqani|Jadida|Jadideh|Jdideh|Qadima|Kabira|Kabir|Saghira|Saghir|Sharqi(?:ya|yah|yeh|a)?|Gharbi(?:ya|yah|yeh|a)?|Shamali(?:ya|yah|yeh)?|Janubi(?:ya|yah|yeh)?|Wusta)$/;

/** The article and word glued after a name ("al-Harir"), unless the word is a part qualifier; else null. */
function articleAfter(text: string, m: ResolvedMention, next: ResolvedMention | undefined): string | null {
  if (text.charCodeAt(m.end) !== 32 || next?.start === m.end + 1) return null;
  const w = ARTICLE_AFTER.exec(text.slice(m.end, m.end + 24));
  return w && !PART_QUALIFIER.test(w[1]) ? w[0].slice(1) : null;
}

/** "Yohmor al-Shaqif": a qualifier naming a place near the pick says where the name lies (qualified-name.ts), and the
 * pin stays; when the pick lies far from it but an alternative lies near, the alternative is the place. */
function nearQualifier(gaz: NameIndex | undefined, m: ResolvedMention, qualifier: string): ResolvedMention | null {
  if (!gaz || !m.place) return null;
  if (qualifierNear(gaz, m.place, qualifier)) return m;
  const alt = m.alternatives.find((a) => qualifierNear(gaz, a, qualifier));
  if (!alt) return null;
  const place = { ...alt, reasons: [...alt.reasons, `near ${qualifier}, written after it`] };
  return { ...m, place, alternatives: [m.place, ...m.alternatives.filter((a) => a !== alt)] };
}

export function applyNameFragments(text: string, mentions: ResolvedMention[], gaz?: NameIndex): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let countries: Map<string, Set<string>> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const qualifier =
      m.place && m.role === 'place' && !m.place.featureCode.startsWith('PCL')
        ? articleAfter(text, m, mentions[i + 1])
        : null;
    if (m.place && qualifier) {
      const near = nearQualifier(gaz, m, qualifier);
      if (near === m) continue;
      out ??= mentions.slice();
      out[i] = near ?? { ...m, place: null, alternatives: [m.place, ...m.alternatives] };
      continue;
    }
    if (m.place?.featureCode.startsWith('PCL') && m.role === 'place' && countryLand(text, m)) {
      out ??= mentions.slice();
      out[i] = { ...m, place: null, alternatives: [m.place, ...m.alternatives] };
      continue;
    }
    if (m.place?.featureClass !== 'A' || m.place.featureCode.startsWith('PCL')) continue;
    if (m.role !== 'place' && m.role !== 'in_organisation') continue;
    const before =
      text.charCodeAt(m.start - 1) === 32 &&
      CAP_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
      !(m.place.source === 'derived' && SIDE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))) &&
      mentions[i - 1]?.end !== m.start - 1;
    const after = text.charCodeAt(m.end) === 32 && capAfter(text, m, mentions[i + 1]);
    if (!before && !after) continue;
    if (!countries) {
      countries = new Map();
      for (const x of mentions) {
        if (!x.place || x.role === 'in_person_name') continue;
        const key = x.text;
        const s = countries.get(x.place.countryCode) ?? new Set<string>();
        countries.set(x.place.countryCode, s);
        s.add(key);
      }
    }
    const names = countries.get(m.place.countryCode);
    const own = m.text;
    if (names && [...names].some((n) => n !== own)) continue;
    out ??= mentions.slice();
    out[i] = { ...m, place: null, alternatives: [m.place, ...m.alternatives] };
  }
  return out ?? mentions;
}
