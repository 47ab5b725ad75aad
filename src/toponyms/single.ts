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
import { shortAfterCue, shortListed, shortNamedWithUnit } from './short-names.js';
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
      shortNamedWithUnit(text, tokens, i, span, lowerWords) ||
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
  // "the municipality of Tame": a municipality or commune is both a seat (P) and the unit around it (A).
  const cls = /^(city|town|village|cities|towns|villages)$/.test(kind)
    ? 'P'
    : /^(region|province|district|regions|provinces|districts)$/.test(kind)
      ? 'A'
      : /^(municipality|municipalities|commune|communes)$/.test(kind)
        ? 'PA'
        : '';
  if (!cls) return false;
  const fits = (c: Candidate) => cls.includes(c.featureClass) && (c.prior ?? 0) >= 0.45;
  const best = gaz.lookup(span, { limit: 1, loose: false })[0];
  if (!best || fits(best)) return !!best;
  // "the town of Hit": the first entry may be the district named after the town. The resolver's own lookup (25
  // candidates, memoised) is read, so a name taken costs no new search.
  if (cls !== 'P' || best.featureClass !== 'A' || best.featureCode.startsWith('PCL')) return false;
  return gaz.lookup(span, { limit: 25 }).some((c) => c.match !== 'loose' && fits(c));
}
