/**
 * ACLED's codebook: "Government regains territory" is a government's own forces (or their affiliates) retaking a
 * place in their country; a *foreign* state's forces capturing territory ("Russian forces captured Novopavlivka" in
 * Ukraine) are coded like a non-state actor's gain, "Non-state actor overtakes territory" (the sub-type covers
 * "a non-state actor or foreign state actor"). parties.ts asks this of a capture's actor1 and the event's country.
 */
import { countryName } from './country-names.js';
import { STATE_NAME } from './targets.js';

/** Whether `actor1` is a state's forces or government, and that state is not the country `iso2` of the event. */
export function foreignState(actor1: string, iso2: string): boolean {
  if (!iso2 || !STATE_NAME.test(actor1)) return false;
  // "Military Forces of Libya (Libyan National Army)": the faction in brackets is the state's own.
  const of = actor1.replace(STATE_NAME, '').replace(/\s*\([^)]*\)$/, '');
  return of !== countryName(iso2, true) && of !== countryName(iso2);
}
