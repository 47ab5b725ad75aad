/**
 * "The Houthis said on Sunday they had attacked a ship with a missile … UKMTO said a vessel reported an explosion near
 * its hull late on Saturday, 90 nautical miles east of Aden": a bare explosion, told with no bomb, mine or device, near
 * a missile, drone or air strike of the same country (or the sea off it) told in another of the two sentences around
 * it and placed only at sea, in the country or by a fallback, is what the strike did as a witness saw it, not a second
 * (IED) event; a roundup's "an explosion in X and warplanes struck Y" stays two. ACLED codes one event: the strike
 * keeps its type and sides and takes the report's finer place, and its day when it had only a statement's day. A
 * strike told at the report's own town on its day folds the report in the same way.
 */
import { haversineKm } from '../gazetteer/distance.js';
import { isCountry } from './context.js';
import { type Candidate, type PlaceChoice, weakPlace } from './model.js';

const BARE_BLAST = /^(?:an?\s+)?(?:explosions?|blasts?)$/i;
const DEVICE =
  /\b(?:bombs?|IEDs?|explosive\s+devices?|(?:land)?mines?|booby[- ]trap\w*|suicide|car[- ]bomb\w*|planted|detonat\w*)\b/i;
const STRIKE = new Set(['Shelling/artillery/missile attack', 'Air/drone strike']);

/** The strike's place says less than the report's: a sea, the country, or a fallback (dateline, focus). */
const coarse = (strike: PlaceChoice, report: PlaceChoice) =>
  strike.geo_precision > report.geo_precision &&
  (!strike.countryCode || weakPlace(strike) || (!!strike.mention?.place && isCountry(strike.mention.place)));

/** "Explosions shook Port Sudan early on Thursday. … drones had hit a fuel depot near the port": the strike at the
 * report's own town (within 10 km), on the report's day or undated around it, is what was heard. */
const sameSiteAndDay = (strike: Candidate, report: Candidate) =>
  strike.place.geo_precision === 1 &&
  report.place.geo_precision === 1 &&
  haversineKm(strike.place.lat, strike.place.lon, report.place.lat, report.place.lon) <= 10 &&
  strike.date.date_start <= report.date.date_start &&
  report.date.date_end <= strike.date.date_end;

/** The candidates with each bare explosion report folded into the one strike near it (in place for the strike). */
export function foldBlastReports(cands: Candidate[], text: string): Candidate[] {
  const folded = new Set<Candidate>();
  for (const x of cands) {
    if (x.sub_event_type !== 'Remote explosive/landmine/IED' || !BARE_BLAST.test(x.trigger) || x.fatalities > 0)
      continue;
    if (DEVICE.test(text.slice(x.sentence.start, Math.min(x.sentence.end, x.sentence.start + 600)))) continue;
    const near = cands.filter(
      (l) =>
        l !== x &&
        !folded.has(l) &&
        STRIKE.has(l.sub_event_type) &&
        l.sentenceIndex !== x.sentenceIndex &&
        Math.abs(l.sentenceIndex - x.sentenceIndex) <= 2 &&
        (coarse(l.place, x.place) || sameSiteAndDay(l, x)) &&
        // One country, or a sea (no country) within 1,200 km of the report (a sea is large).
        (l.place.countryCode
          ? l.place.countryCode === x.place.countryCode
          : haversineKm(l.place.lat, l.place.lon, x.place.lat, x.place.lon) < 1200),
    );
    const here = near.length > 1 ? near.filter((l) => sameSiteAndDay(l, x)) : near;
    if (here.length !== 1) continue;
    const [l] = here;
    if (x.place.geo_precision < l.place.geo_precision) l.place = x.place;
    if (!l.dated && x.dated) [l.date, l.dated] = [x.date, true];
    folded.add(x);
  }
  return cands.filter((c) => !folded.has(c));
}
