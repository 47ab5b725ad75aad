/**
 * "Islamic State militants raided a village in Cabo Delgado": ACLED codes the Islamic State by its province where one
 * operates (Islamic State West Africa Province in Nigeria, Islamic State Mozambique Province in Mozambique). An event
 * whose actor is the bare "Islamic State" takes the one province of data/actors.json whose countries include the
 * event's country; where two provinces share a country (Niger: the West Africa and Sahel provinces) it stays bare.
 */
import actorsJson from '../../data/actors.json' with { type: 'json' };
import type { ConflictEvent } from '../types.js';

const BARE = 'Islamic State';

const PROVINCES = (actorsJson as unknown as { actors: { name: string; countries?: string[] }[] }).actors.filter(
  (a) => a.name.startsWith(`${BARE} `) && a.countries?.length,
);

/** The one Islamic State province fighting in `iso2`, if exactly one does. */
export function provinceIn(iso2: string): string | undefined {
  const found = PROVINCES.filter((a) => a.countries?.includes(iso2.toUpperCase()));
  return found.length === 1 ? found[0].name : undefined;
}

/** Name the province for each event of the bare Islamic State in a country with one province, in place. */
export function applyIslamicStateProvinces(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (!p.iso) continue;
    const province = provinceIn(p.iso);
    if (!province) continue;
    if (p.actor1 === BARE) p.actor1 = province;
    if (p.actor2 === BARE) p.actor2 = province;
  }
}
