/**
 * "Police clashed with gangs in the capital", "an operation to regain control of the road north of the capital": a
 * clause with no place of its own that says "the capital" happened in the capital of the article's country, when the
 * article names that capital (its dateline or any mention resolved to the country's seat, GeoNames PPLC). Not "the
 * regional / provincial / state capital" (another town), not "the capital of X" or "the capital, X" (named there),
 * and not when the article never names the capital (no coordinates to give). Near words or a direction ("north of
 * the capital", "the capital's outskirts") make it precision 2, as ACLED codes a place near a town.
 */
import { choiceFor, isCountry, precisionFor } from './context.js';
import type { ArticleContext, PlaceChoice } from './model.js';
import type { Span } from './sentences.js';

const CAPITAL = /\b(?:the|its|the\s+country['’]s|the\s+nation['’]s)\s+capital(?:\s+city)?(?:['’]s)?(?![\w-])/i;
/** "the capital of X", "the capital, X", "the capital Kabul": the capital is named right there. */
const NAMED_AFTER = /^(?:\s+of\b|\s*,\s*[A-Z]|\s+[A-Z])/;
const NOT_NATIONAL =
  /\b(?:regional|provincial|state|district|county|departmental|economic|commercial|cultural|religious|financial|administrative|former|de\s+facto|tribal|summer|winter)\s+capital\b/i;
const NEAR =
  /\b(?:near|outside|around|close\s+to|outskirts|suburbs?|vicinity|environs|edge|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\b/i;

/** "signed the deal in Qatar's capital": the capital of the country named before "'s capital". */
const COUNTRY_CAPITAL = /['’]s\s+capital(?:\s+city)?(?![\w-])/;

/** "in the Somali capital": a demonym (a mention of its country) right before "capital" (twenty-seventh session). */
const DEMONYM_CAPITAL = /(?<=\bthe\s+[A-Z][\w-]+)\s+capital(?:\s+city)?(?![\w-])/;

/** The capital of a country named right before "'s capital" in `clause`, when the article names it, or null. */
function countryCapital(ctx: ArticleContext, clause: Span): PlaceChoice | null {
  const c = COUNTRY_CAPITAL.exec(clause.text) ?? DEMONYM_CAPITAL.exec(clause.text);
  if (!c) return null;
  const at = clause.start + c.index;
  const all = ctx.withStray ?? ctx.mentions;
  const country = all.find((m) => m.end === at && m.place && isCountry(m.place));
  const seat = country
    ? all.find(
        (m) =>
          m.role === 'place' && m.place?.featureCode === 'PPLC' && m.place.countryCode === country.place!.countryCode,
      )
    : undefined;
  return seat?.place
    ? choiceFor(seat, 'attached', precisionFor(seat.place, false), 0.9, `"${country!.text}${c[0]}" = ${seat.text}`)
    : null;
}

/** The article's national capital when `clause` refers to it by "the capital" (or a named country's capital), or
 * null. */
export function capitalPlace(ctx: ArticleContext, clause: Span): PlaceChoice | null {
  const named = countryCapital(ctx, clause);
  if (named) return named;
  const c = CAPITAL.exec(clause.text);
  if (!c || NAMED_AFTER.test(clause.text.slice(c.index + c[0].length, c.index + c[0].length + 4))) return null;
  if (NOT_NATIONAL.test(clause.text.slice(Math.max(0, c.index - 30), c.index + c[0].length))) return null;
  const seat = ctx.mentions.find(
    (m) => m.place?.featureCode === 'PPLC' && m.place.countryCode === ctx.focusCountry && m.role === 'place',
  );
  if (!seat?.place) return null;
  const around = clause.text.slice(Math.max(0, c.index - 30), c.index + c[0].length + 20);
  const near = NEAR.test(around);
  return choiceFor(seat, 'attached', precisionFor(seat.place, near), near ? 0.85 : 0.9, `"${c[0]}" = ${seat.text}`);
}
