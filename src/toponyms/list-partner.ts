/**
 * "near Saravena and Tame", "Nice and Cannes", "Ondo, Edo and Bauchi": a word that is also a common English word is a place when it is joined
 * by "and" / "or" to a place name and one of its entries lies near one of that name's, in the same country. A list of
 * two places names neighbours; a common word beside a place with no namesake nearby stays a word. So is one written
 * just before the place that places it: "a prison in Tamara, outside Tegucigalpa" (a given name otherwise).
 */
import { foldExact } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import { lexicon } from './lexicon.js';
import type { NameIndex } from './people.js';
import type { Token } from './tokenize.js';

/** How far apart two places joined by "and" may lie. */
const PARTNER_KM = 300;

const JOIN = new Set(['and', 'or']);

/** The place name joined to token i: up to three capitalised words before "and", or after it. */
function plain(t: Token): boolean {
  const lex = lexicon();
  return t.cap && !t.allCaps && !lex.common.has(t.lower) && !lex.firstNames.has(t.lower);
}

function partner(text: string, tokens: Token[], i: number, gaz: NameIndex): string | null {
  // "Ondo, Edo and Bauchi": an item after a comma, in a list that goes on, is joined to the item before it too.
  const joined = i >= 2 && JOIN.has(tokens[i - 1].lower) && tokens[i].contiguous;
  const listed =
    i >= 1 &&
    text.slice(tokens[i - 1].end, tokens[i].start) === ', ' &&
    LIST_ON.test(text.slice(tokens[i].end, tokens[i].end + 6));
  if (joined || listed) {
    const end = joined ? i - 2 : i - 1;
    for (let k = Math.max(0, end - 2); k <= end; k++) {
      if (!tokens.slice(k, end + 1).every(plain)) continue;
      const name = text.slice(tokens[k].start, tokens[end].end);
      if (gaz.hasExact(foldExact(name))) return name;
    }
  }
  if (i + 2 < tokens.length && JOIN.has(tokens[i + 1].lower) && tokens[i + 2].contiguous) {
    const start = i + 2;
    for (let k = Math.min(tokens.length - 1, start + 2); k >= start; k--) {
      if (!tokens.slice(start, k + 1).every(plain)) continue;
      const name = text.slice(tokens[start].start, tokens[k].end);
      if (gaz.hasExact(foldExact(name))) return name;
    }
  }
  // "in Tamara, outside Tegucigalpa": a name placed by a place right after it lies near it too.
  const by = BY_PLACE.exec(text.slice(tokens[i].end, tokens[i].end + 40));
  if (by) {
    const start = tokens.findIndex((t) => t.start === tokens[i].end + by[0].length);
    for (let k = Math.min(tokens.length - 1, start + 2); start > i && k >= start; k--) {
      if (!tokens.slice(start, k + 1).every(plain)) continue;
      const name = text.slice(tokens[start].start, tokens[k].end);
      if (gaz.hasExact(foldExact(name))) return name;
    }
  }
  return null;
}

/** What follows an item of a list that goes on: ", and ", " and ", ", " then a capitalised word. */
const LIST_ON = /^(?:,? and |,? or |, (?=\p{Lu}))/u;

/** ", outside ", ", near ", ", north of ": the words between a name and the place that places it. */
const BY_PLACE = /^, (?:just )?(?:outside|near|close to|(?:north|south|east|west)(?:-?(?:east|west))? of) /;

export function besideListedPlace(text: string, tokens: Token[], i: number, span: string, gaz: NameIndex): boolean {
  const other = partner(text, tokens, i, gaz);
  if (!other) return false;
  const near = gaz.lookup(other, { limit: 10, loose: false });
  return gaz
    .lookup(span, { limit: 25, loose: false })
    .some(
      (c) =>
        (c.featureClass === 'P' || c.featureClass === 'A') &&
        near.some(
          (p) =>
            p.geonameid !== c.geonameid &&
            p.countryCode === c.countryCode &&
            haversineKm(p.lat, p.lon, c.lat, c.lon) <= PARTNER_KM,
        ),
    );
}
