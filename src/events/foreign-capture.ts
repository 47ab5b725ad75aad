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

/**
 * "Russia's defence ministry said its forces had captured Yalta" in Ukraine: a foreign state's capture that names no
 * losing side took the place from the forces of the place's country, as ACLED codes it (Military Forces of Ukraine).
 * Applied to built events, in place (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
export function applyCaptureDefenders(
  events: { properties: { sub_event_type: string; actor1: string; actor2: string; iso: string } }[],
): void {
  for (const { properties: p } of events) {
    if (p.sub_event_type !== 'Non-state actor overtakes territory' || p.actor2 || !p.iso) continue;
    if (!/^Military Forces of /.test(p.actor1) || !foreignState(p.actor1, p.iso)) continue;
    p.actor2 = `Military Forces of ${countryName(p.iso, true)}`;
  }
}
