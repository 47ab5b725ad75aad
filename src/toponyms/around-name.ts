/**
 * What the words around a name say about it: the kind of feature ("the Jordan river", "province of", "the village
 * of"), the country (a demonym a few words before), and an Arabic article written before it ("al-Bab").
 */
import type { Token } from './tokenize.js';
import { ACTED_ON } from './demonym-reach.js';
import { ARABIC_ARTICLES, lexicon } from './lexicon.js';

export function articleBefore(tokens: Token[], i: number): boolean {
  return (
    i > 0 &&
    i < tokens.length &&
    tokens[i].hyphenJoined &&
    !tokens[i - 1].cap &&
    ARABIC_ARTICLES.has(tokens[i - 1].lower)
  );
}

/** "the southern Lebanese border village of Sarada": a demonym a few words before, with no other name between. */
export function nearbyDemonym(tokens: Token[], i: number): string | undefined {
  const dem = lexicon().demonyms;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const iso = dem.get(tokens[k].lower);
    if (iso) return iso;
    if (tokens[k].sentenceStart || (tokens[k].cap && k < i - 1)) return undefined;
    // "an Israeli strike on the outskirts of Shebaa", "Russian troops near Kupiansk": the place locates what the
    // demonym's noun did; only one noun phrase ("the Lebanese border village of X") describes the place.
    if (LOCATING.has(tokens[k].lower) || ACTED_ON.has(tokens[k].lower)) return undefined;
  }
  return undefined;
}

const LOCATING = new Set([
  'on',
  'in',
  'at',
  'near',
  'into',
  'onto',
  'against',
  'toward',
  'towards',
  'from',
  'across',
  'over',
  'around',
  'outside',
  'inside',
  'off',
  'to',
  'by',
  'with',
]);

/** Nouns that make a demonym name who acts ("Israeli strikes", "Russian troops"), not where a story happens. */
const ACTING = new Set([
  'strike',
  'strikes',
  'airstrike',
  'airstrikes',
  'air',
  'drone',
  'drones',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'shelling',
  'attack',
  'attacks',
  'raid',
  'raids',
  'troops',
  'forces',
  'soldiers',
  'army',
  'military',
  'jets',
  'warplanes',
  'aircraft',
  'bombardment',
  'bombing',
  'bombings',
  'operation',
  'operations',
  'offensive',
  'incursion',
  'fire',
  'gunfire',
  'artillery',
  'tanks',
  'navy',
  'naval',
  'gunboat',
  'gunboats',
  'warships',
  'occupation',
  'settlers',
  'invasion',
]);

/** "Israeli strikes", "Russian forces": the demonym before names an actor or its weapons. */
export const actingDemonym = (tokens: Token[], i: number): boolean =>
  i + 1 < tokens.length && ACTING.has(tokens[i + 1].lower);

/** Generic words that make a name a water body: last ("Arabian Sea"), or first before "of" ("Gulf of Oman"). */
const WATER_LAST = new Set(['sea', 'ocean', 'gulf', 'strait', 'straits', 'channel']);
const WATER_FIRST = new Set(['sea', 'gulf', 'strait', 'straits', 'bay']);

const nameBefore = (t: Token) => t.cap && t.contiguous && !lexicon().demonyms.has(t.lower);

/** "Arauca, another border department", "Idlib, the last rebel-held province": an apposition after a comma that
 * names the unit (before any settlement noun or capitalised word) says the name is the province, not its city. */
function apposedUnit(tokens: Token[], j: number): boolean {
  const a = tokens[j + 1];
  if (!a || a.contiguous || !APPOSITION_OPENERS.has(a.lower)) return false;
  for (let k = j + 2; k < tokens.length && k <= j + 5; k++) {
    const t = tokens[k];
    if (t.cap || !t.contiguous) return false;
    if (APPOSED_UNITS.has(t.lower)) {
      // The unit ends the apposition ("another border department, …", "a province of …"), not "the state capital".
      const next = tokens[k + 1];
      return !next?.contiguous || UNIT_ENDS.has(next.lower);
    }
  }
  return false;
}
const APPOSITION_OPENERS = new Set(['a', 'an', 'another', 'the']);
// "the province next to X", "a region north of X", "the state hardest hit": where the unit lies, not a noun it modifies.
const UNIT_ENDS = new Set([
  'of',
  'in',
  'where',
  'that',
  'which',
  'whose',
  'on',
  'along',
  'near',
  'bordering',
  'with',
  'next',
  'beside',
  'between',
  'across',
  'north',
  'south',
  'east',
  'west',
  'hardest',
  'worst',
]);
const APPOSED_UNITS = new Set(['province', 'governorate', 'state', 'department', 'region']);

const RIO = new Set(['rio', 'río']);

export function classHintAround(tokens: Token[], i: number, j: number): string | undefined {
  const before = i > 0 ? tokens[i - 1].lower : '';
  const before2 = i > 1 ? tokens[i - 2].lower : '';
  const after = j + 1 < tokens.length ? tokens[j + 1].lower : '';
  // "the Juba valley": a lower-case valley is a river's ("the Bekaa Valley" is a name of its own).
  if (after === 'river' || before === 'river' || (after === 'valley' && !tokens[j + 1].cap)) return 'H';
  // "the Abu Salim district of Tripoli": a name before "district" is the district; the city after "of" holds it ("the
  // Indian state of Assam", "the Afghan district of Nad Ali", "the southern region of Zaporizhzhia" name the unit after
  // "of").
  // "the Mopti region of Mali": the unit word is the name's before it.
  const unitOf = before === 'of' && !(/^(district|region)$/.test(before2) && i > 2 && nameBefore(tokens[i - 3]));
  if (
    /^(province|governorate|region|oblast|state|district|county|governor|department)$/.test(after) ||
    // "the Kherson regional administration" (not "Paris Regional Medical Center", a hospital in the town, nor
    // "Barcelona's regional president", the seat for the region's government).
    (after === 'regional' && !tokens[j + 1].cap && tokens[j + 1].contiguous && !tokens[j].owner) ||
    (unitOf && /^(province|governorate|state|district|county|region|oblast|department)$/.test(before2)) ||
    apposedUnit(tokens, j)
  )
    return 'A';
  // "across the Rio Grande", "the Rio Negro": Spanish and Portuguese "rio" is the river's own generic word; a town
  // named after the river is written without the article ("Rio Grande, Puerto Rico").
  if (before === 'the' && j > i && RIO.has(tokens[i].lower)) return 'H';
  // "the village of X", "the villages of X and Y": a settlement of its own, not a quarter of a city (resolve/cues.ts).
  if (unitOf && /^(towns?|villages?|city|cities)$/.test(before2)) return 'V';
  if (unitOf && /^(suburb|neighbourhood|neighborhood)$/.test(before2)) return 'P';
  // "the Red Sea", "the Gulf of Aden", "the Taiwan Strait": the name's own generic word says water body (a province
  // named after it is written "Red Sea State", caught above). "X Park" is a park or a suburb, a local name.
  const first = tokens[i].lower;
  const last = tokens[j].lower;
  if (j > i && (WATER_LAST.has(last) || (WATER_FIRST.has(first) && tokens[i + 1].lower === 'of'))) return 'W';
  if (j > i && last === 'park') return 'L';
  if (
    /^(desert|deserts|mountains|region)$/.test(after) ||
    (before === 'the' && /^(desert|badia)/.test(tokens[i].lower))
  )
    return 'T';
  return undefined;
}
