/**
 * "An Israeli strike on X killed 13 … Earlier on Tuesday, a drone strike on a car in Y killed one person": an air or
 * drone strike that names no attacker is the act of the one foreign air power the article names, earlier, for its
 * other strikes nearby (within 75 km) in the same country. Only a foreign force: in a civil war both sides may fly
 * drones (an army and a militia in Sudan), so a domestic striker is never inferred; nor one named far off (Turkish
 * jets over Duhok, a drone at Makhmur 140 km away) or only after it.
 */
import type { ConflictEvent } from '../types.js';
import { distanceKm } from './containment.js';
import { countryName } from './country-names.js';

const AIR = 'Air/drone strike';
const NEAR_KM = 75;
const FOREIGN = /^Military Forces of (.+)$/;

const point = (e: ConflictEvent) => ({ lat: e.properties.latitude, lon: e.properties.longitude });

/** Give each unauthored air/drone strike event the article's only foreign striker near it, in place. */
export function applyAirActors(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (p.sub_event_type !== AIR || p.actor1 || !p.iso) continue;
    const own = countryName(p.iso, true);
    const named = new Set(
      events
        .map((o) => o.properties)
        .filter((o) => o.sub_event_type === AIR && o.actor1 && o.iso === p.iso && o.evidence.start < p.evidence.start)
        .filter((o) => distanceKm(point(e), { lat: o.latitude, lon: o.longitude }) <= NEAR_KM)
        .map((o) => o.actor1),
    );
    const [only] = [...named];
    const foreign = FOREIGN.exec(only ?? '');
    if (named.size === 1 && foreign && foreign[1] !== own && only !== p.actor2) p.actor1 = only;
  }
}
