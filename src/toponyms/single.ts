/**
 * Whether one capitalised word that is a gazetteer name is a place here: common words, given names and short words
 * need evidence (a cue word before, a high prior, or the area containing it written after: "Hugo, Oklahoma").
 */
import { MONTHS, WEEKDAYS } from '../dates/calendar.js';
import type { NameIndex, Run } from './people.js';
import { ADMIN_HEADS, CONNECTORS, CUES_BEFORE, lexicon } from './lexicon.js';
import { besideListedPlace } from './list-partner.js';
import { itemOfUnitList } from './area-heads.js';
import type { Token } from './tokenize.js';
import { provinceBeforeUnit } from './unit-named.js';
import type { Candidate } from '../types.js';

/** Words that are never a place on their own, whatever the gazetteer holds (months, days, compass points). */
const NEVER_ALONE = new Set([
  ...MONTHS,
  ...MONTHS.map((m) => m.slice(0, 3)),
  'sept',
  ...WEEKDAYS,
  'christmas',
  'easter',
  'ramadan',
  'eid',
  ...['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western'],
  ...['upper', 'lower', 'new', 'old', 'great'],
]);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Plural or generic words that end the name of a landform or a stretch of land. */
/** Generic words for a kind of place, capitalised alone in a headline ("warplanes target Mountain held by …"): no
 * place of their own, though a gazetteer entry may be named by one (Mountain Province's short form). */
const GENERIC_ALONE = new Set([
  'mountain',
  'hill',
  'coast',
  'plain',
  'ocean',
  'canal',
  'strait',
  'border',
  'frontier',
  'capital',
  'airport',
  'port',
  'village',
  'town',
  'camp',
  'countryside',
]);

const FEATURE_HEADS = new Set([
  'plains',
  'mountains',
  'hills',
  'heights',
  'highlands',
  'lowlands',
  'valley',
  'desert',
  'delta',
  'plateau',
  'marshes',
  'springs',
  'falls',
]);

export function acceptSingle(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  gaz: NameIndex,
  lowerWords: Set<string>,
  minPrior: number,
  run: Run,
): boolean {
  const lex = lexicon();
  const t = tokens[i];
  const w = t.lower;
  // "in Van province": a three-letter word, even a common one or a connector, before a unit word names the province.
  if (w.length === 3 && provinceBeforeUnit(tokens, i, span, gaz)) return true;
  // A people's name alone ("Kuki militants", lexicon `peoples`) is no place, as an armed group's is not.
  if (w.length < 2 || CONNECTORS.has(w) || NEVER_ALONE.has(w) || lex.eponyms.has(w) || lex.groups.has(w)) return false;
  if (lex.peoples.has(w)) return false;
  // The head word of an organisation or an admin unit on its own: "University", "Agency", "Province" (but "Haiti's
  // Centre department" or Somalia's "Bay region", a province before its unit word).
  if (ADMIN_HEADS.has(w) || GENERIC_ALONE.has(w)) return itemOfUnitList(text, t.end, span, gaz);
  if (lex.orgHeads.has(w)) return itemOfUnitList(text, t.end, span, gaz);
  // "the Nineveh Plains", "the Nafusa Mountains": a generic feature word after a name is that name's head (Plains,
  // Texas is not meant); after a compass word it is left to the gazetteer ("the South Plains").
  const prev = i > run.from && t.contiguous ? tokens[i - 1] : undefined;
  // "Nigeria's Plateau and Zamfara states": an item of a list of provinces is no landform head.
  if (FEATURE_HEADS.has(w) && prev?.cap && !NEVER_ALONE.has(prev.lower)) return itemOfUnitList(text, t.end, span, gaz);
  if (containerAfter(text, tokens, i, span, gaz) || kindBefore(tokens, i, span, gaz)) return true;
  // Short abbreviations ("Ky.", "Pa.") only right after ", " and with their period: "Louisville, Ky."
  if (w.length <= 3 && !t.allCaps && !(text.slice(t.start - 2, t.start) === ', ' && text[t.end] === '.'))
    return (
      shortAfterCue(text, tokens, i, span, gaz, lowerWords) ||
      shortListed(text, tokens, i, span, gaz, lowerWords) ||
      containerAfter(text, tokens, i, span, gaz, true)
    );
  const common = lex.common.has(w) || lowerWords.has(w) || lex.firstNames.has(w) || lex.personTitles.has(w);
  const abbreviation = t.allCaps && t.text.replace(/\./g, '').length <= 3;
  if (!common && !abbreviation && !(t.sentenceStart && run.from === run.to && lex.common.has(w))) return true;
  if (!abbreviation && besideListedPlace(text, tokens, i, span, gaz)) return true;
  if (!abbreviation && itemOfUnitList(text, t.end, span, gaz)) return true;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  // "of" is a cue only in the news pattern "Name, 18, of Regina" (a person's age, then home town).
  const ofAge =
    i > 0 && tokens[i - 1].lower === 'of' && /\d{1,3},\s+of\s+$/.test(text.slice(Math.max(0, t.start - 12), t.start));
  // …and after a compass word: "20 kilometres north of Kati", "south-east of Goma".
  const ofDirection = i > 1 && tokens[i - 1].lower === 'of' && COMPASS.has(tokens[i - 2].lower);
  const cue =
    i > 0 &&
    CUES_BEFORE.has(tokens[i - 1].lower) &&
    (tokens[i - 1].lower !== 'of' || ofAge || ofDirection) &&
    !lex.common.has(w);
  if (cue && best && (best.featureClass === 'P' || best.featureClass === 'A') && (best.prior ?? 0) >= 0.45) return true;
  return (
    !!best &&
    (best.prior ?? 0) >= minPrior &&
    !(t.sentenceStart && lex.common.has(w) && !best.featureCode.startsWith('PCL'))
  );
}

/** "Hugo, Oklahoma", "Price, Utah", "Ada, Okla.": a province or country written right after holds a place of the name
 * (`within`: also after "in (the)", for a three-letter name: "near Bol in the Lac province"). */
function containerAfter(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  gaz: NameIndex,
  within = false,
): boolean {
  let k = i + 1;
  while (within && k < i + 3 && k < tokens.length && (tokens[k].lower === 'in' || tokens[k].lower === 'the')) k++;
  const gap = k < tokens.length ? text.slice(tokens[i].end, tokens[k].start) : '';
  if (!tokens[k]?.cap || !(gap === ', ' || (within && /^ in (?:the )?$/.test(gap)))) return false;
  let to = k;
  while (to + 1 < tokens.length && to < k + 2 && tokens[to + 1].cap && tokens[to + 1].contiguous) to++;
  for (let j = to; j >= k; j--) {
    const areas = gaz
      .lookup(text.slice(tokens[k].start, tokens[j].end), { limit: 10, loose: false })
      .filter((c) => c.featureCode === 'ADM1' || c.featureCode.startsWith('PCL'));
    if (areas.length === 0) continue;
    return gaz
      .lookup(span, { limit: 25, loose: false })
      .some((c) =>
        areas.some(
          (a) =>
            a.geonameid !== c.geonameid &&
            c.countryCode === a.countryCode &&
            (a.featureCode !== 'ADM1' || c.admin1 === a.admin1),
        ),
      );
  }
  return false;
}

/** "the city of Bam", "the region of Kef": the kind of place written before the name, and the gazetteer agrees. */
function kindBefore(tokens: Token[], i: number, span: string, gaz: NameIndex): boolean {
  if (i < 2 || tokens[i - 1].lower !== 'of') return false;
  const kind = tokens[i - 2].lower;
  // The plural opens a list ("the industrial cities of Leon, Celaya and Salamanca"): its first item is one of them.
  const cls = /^(city|town|village|cities|towns|villages)$/.test(kind)
    ? 'P'
    : /^(region|province|district|regions|provinces|districts)$/.test(kind)
      ? 'A'
      : '';
  if (!cls) return false;
  const fits = (c: Candidate) => c.featureClass === cls && (c.prior ?? 0) >= 0.45;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  if (!best || fits(best)) return !!best;
  // "the town of Hit": the first entry may be the district named after the town. The resolver's own lookup (25
  // candidates, memoised) is read, so a name taken costs no new search.
  if (cls !== 'P' || best.featureClass !== 'A' || best.featureCode.startsWith('PCL')) return false;
  return gaz.lookup(span, { limit: 25 }).some((c) => c.match !== 'loose' && fits(c));
}

/** A word no list knows and no entry names: a piece of a name the gazetteer lacks. */
function unknownWord(t: Token, gaz: NameIndex, lowerWords: Set<string>): boolean {
  const lex = lexicon();
  const w = t.lower;
  if (!t.cap || t.allCaps || t.text.length < 3 || lowerWords.has(w) || CONNECTORS.has(w)) return false;
  if (lex.common.has(w) || lex.firstNames.has(w) || lex.personTitles.has(w) || lex.orgHeads.has(w)) return false;
  return !ADMIN_HEADS.has(w) && !lex.demonyms.has(w) && !gaz.hasExact(w);
}

/** "Bani Zaid", "Tayyibat al-Imam": a minor place name (Baní, Dominican Republic) that is one word of a longer
 * capitalised name whose other word is unknown is not that place; a major one stays ("Aleppo Thermal"). */
export function partOfUnknownName(
  tokens: Token[],
  i: number,
  from: number,
  to: number,
  gaz: NameIndex,
  lowerWords: Set<string>,
  span: string,
): boolean {
  const before = i > from && tokens[i].contiguous && unknownWord(tokens[i - 1], gaz, lowerWords);
  // "Wadi al-Rabie": the unknown word may follow an article or another connector.
  let k = i + 1;
  while (k < to && CONNECTORS.has(tokens[k].lower) && tokens[k + 1].contiguous) k++;
  const after = k <= to && tokens[k].contiguous && unknownWord(tokens[k], gaz, lowerWords);
  if (!before && !after) return false;
  if (spellingOfNameBefore(tokens, from)) return true;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  return !best || (best.prior ?? 0) < 0.8;
}

/** "the Toussaint Louverture International Airport": a minor place name opening an organisation's name, followed by a
 * word no list knows, is the first name of the person it is named after. */
export function eponymOpening(
  text: string,
  tokens: Token[],
  i: number,
  to: number,
  gaz: NameIndex,
  lowerWords: Set<string>,
  span: string,
): boolean {
  const prev = tokens[i - 1];
  const opens = !prev?.cap || !prev.contiguous || prev.lower === 'the';
  if (!opens || i >= to || text.slice(tokens[i].end, tokens[i + 1].start) !== ' ') return false;
  const next = tokens[i + 1];
  // A surname-like word ("Louverture"), not initials ("the Ubay L.G. Cotamura hospital").
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || !unknownWord(next, gaz, lowerWords)) return false;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  return !best || (best.prior ?? 0) < 0.8;
}

/** "Adan Yabaal, also spelled Aden Yabal": a name written as another spelling of the one before is that place, so a
 * major place among its words (Aden) is no reading of it either. */
function spellingOfNameBefore(tokens: Token[], from: number): boolean {
  const w = from > 0 ? tokens[from - 1].lower : '';
  if (w === 'spelled' || w === 'spelt' || w === 'transliterated') return true;
  return w === 'as' && from > 1 && tokens[from - 2].lower === 'known';
}

/** A three-letter name after a cue word is a place when its best entry is this well known: a provincial capital of
 * about a million or a province ("in Jos", "in Kut", "to Gao"), not a village named like an abbreviation. */
const SHORT_MIN_PRIOR = 0.75;

/** A three-letter word no list knows (no common word, given name, title or demonym, never written in lower case, not
 * at a sentence start) that ends the name there: "in Gao", "to Gao," but not "Ras Isa" or "Gao Zhisheng". */
function unknownShortWord(tokens: Token[], i: number, lowerWords: Set<string>): boolean {
  const lex = lexicon();
  const t = tokens[i];
  const w = t.lower;
  if (w.length !== 3 || t.sentenceStart || lowerWords.has(w)) return false;
  if (lex.common.has(w) || lex.firstNames.has(w) || lex.personTitles.has(w) || lex.demonyms.has(w)) return false;
  return !(i + 1 < tokens.length && tokens[i + 1].cap && tokens[i + 1].contiguous);
}

/** "on the road to Gao", "fighting in Kut", "the Gao region": a three-letter word that no list knows, after a
 * preposition of place or a verb of attack or before a unit word, is a place when it names a province, a capital or a
 * large town (prior ≥ 0.8). */
function shortAfterCue(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  gaz: NameIndex,
  lowerWords: Set<string>,
): boolean {
  if (i === 0 || !unknownShortWord(tokens, i, lowerWords)) return false;
  // "the Gao region": the unit word after the name is evidence enough.
  const next = tokens[i + 1];
  const unit = !!next && !next.cap && next.contiguous && /^(region|province|governorate|state)$/.test(next.lower);
  const prev = tokens[i - 1].lower;
  // "According to Yap": a source, not a place. "jets flew over Qom", "control of the skies over Kut": "over" is a
  // cue here, where the name must be a major place, though not for longer words (a dispute "over Lincoln").
  const cueBefore = CUES_BEFORE.has(prev) || prev === 'over';
  if (!unit && (!cueBefore || prev === 'of' || (i > 1 && tokens[i - 2].lower === 'according'))) return false;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  if (!best || (best.featureClass !== 'P' && best.featureClass !== 'A')) return false;
  // A seat less known than that, in a province the text names: "to Bor" beside "Jonglei", "in Owo" beside "Ondo".
  const seat = best.featureCode === 'PPLA' || best.featureCode === 'PPLA2';
  return (best.prior ?? 0) >= SHORT_MIN_PRIOR || (seat && wordIn(text, best.admin1Name.replace(UNIT_END, '')));
}

const UNIT_END = / (?:State|Province|Region|Governorate|Division|Oblast)$/; // "Ondo State": the text may write "Ondo"

/** Whether `name` is written in `text` as a word. */
const wordIn = (text: string, name: string) =>
  name.length > 3 &&
  new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);

/** "fled towards Menaka and Gao", "between Damboa and Biu": a three-letter word no list knows, joined by "and" / "or"
 * to a place name and with a town or area of the same country within reach of it (list-partner.ts), is a place: a
 * list of two places names neighbours. */
function shortListed(
  text: string,
  tokens: Token[],
  i: number,
  span: string,
  gaz: NameIndex,
  lowerWords: Set<string>,
): boolean {
  if (!unknownShortWord(tokens, i, lowerWords)) return false;
  return besideListedPlace(text, tokens, i, span, gaz);
}
