/**
 * "Islamic State militants raided a village in Cabo Delgado": ACLED codes the Islamic State by its province where one
 * operates (Islamic State West Africa Province in Nigeria, Islamic State Mozambique Province in Mozambique). An event
 * whose actor is the bare "Islamic State" takes the one province of data/actors.json whose countries include the
 * event's country; where two provinces share a country (Niger: the West Africa and Sahel provinces) it stays bare.
 * Al Qaeda likewise by its branch ("branch_of" in data/actors.json): "an al-Qaeda-linked group attacked an army post
 * in Djibo" is JNIM in the Sahel, Al Shabaab in Somalia, AQAP in Yemen.
 */
import actorsJson from '../../data/actors.json' with { type: 'json' };
import type { ConflictEvent } from '../types.js';

type Entry = { name: string; countries?: string[]; branch_of?: string };
const ACTORS = (actorsJson as unknown as { actors: Entry[] }).actors;
const BARE = 'Islamic State';

/** Each parent's branches with home countries: the Islamic State's provinces, Al Qaeda's branches. */
const BRANCHES = new Map<string, Entry[]>([[BARE, ACTORS.filter((a) => a.name.startsWith(`${BARE} `))]]);
for (const a of ACTORS) if (a.branch_of) BRANCHES.set(a.branch_of, [...(BRANCHES.get(a.branch_of) ?? []), a]);

/** The one branch of `parent` fighting in `iso2`, if exactly one does. */
function branchIn(parent: string, iso2: string): string | undefined {
  const found = (BRANCHES.get(parent) ?? []).filter((a) => a.countries?.includes(iso2.toUpperCase()));
  return found.length === 1 ? found[0].name : undefined;
}

/** Name the province or branch for each event of a bare parent group in a country with one, in place. */
export function applyIslamicStateProvinces(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (!p.iso) continue;
    const a1 = BRANCHES.has(p.actor1) ? branchIn(p.actor1, p.iso) : undefined;
    const a2 = BRANCHES.has(p.actor2) ? branchIn(p.actor2, p.iso) : undefined;
    if (a1) p.actor1 = a1;
    if (a2) p.actor2 = a2;
  }
}
