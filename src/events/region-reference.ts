import type { Candidate } from './model.js';

/**
 * "A drone struck the gas field in the Kurdistan Region … Nobody was hurt in the attack on the field, which lies in X
 * district": a reference back in the next sentence, with no date or toll of its own, says where in the event's
 * region (one with no outline or province code to test containment by) it happened.
 */
export function refinesRegion(ref: Candidate, event: Candidate): boolean {
  const region = event.place.mention?.place;
  return (
    ref.anaphoric &&
    !ref.dated &&
    ref.fatalities === 0 &&
    ref.sentenceIndex === event.sentenceIndex + 1 &&
    !!region &&
    region.featureCode === 'RGN' &&
    !event.place.area &&
    !region.admin1 &&
    ref.place.countryCode === event.place.countryCode &&
    ref.place.geo_precision <= event.place.geo_precision
  );
}
