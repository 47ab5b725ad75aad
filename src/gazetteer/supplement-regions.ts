/**
 * Regions that sources define as a set of admin areas but no offline file names: the supplement's `region` rows
 * ("the Kurdistan Region" is Iraq's governorates of Erbil, Duhok and Sulaymaniyah). Built like the regions of
 * admin-regions.ts: an A.RGN area at the centre of the union of its areas' grid cells (never a typed coordinate),
 * with a prior below each of its areas'.
 */
import type { AdminAreas } from './admin-areas.js';
import { centreOf, type Family, priorOfRecord } from './admin-regions.js';
import type { BuildRecord, RecordSet } from './records.js';
import { parseSupplement } from './sources.js';

/** Stable negative ids after the derived regions' (admin-regions.ts uses 5 million up). */
const ID_BASE = 6_000_000;

export function addSupplementRegions(set: RecordSet, supplement: string, areas: AdminAreas): number {
  const units = new Map(areas.units.map((u) => [u.key, u]));
  let added = 0;
  for (const row of parseSupplement(supplement)) {
    if (row.op !== 'region') continue;
    const [kind, cc] = row.target.split(':');
    if (kind !== 'country' || !cc || row.names.length === 0)
      throw new Error(`data/supplement.tsv: region ${row.names[0] ?? ''} needs a target country:ISO2 and names.`);
    const members: Family['members'] = row.via.map((key) => {
      const u = units.get(key);
      if (!u || !key.startsWith(`${cc}.`))
        throw new Error(`data/supplement.tsv: region ${row.names[0]}: ${key} is no admin area of ${cc}.`);
      return { key, record: u.record };
    });
    const a1 = new Set(members.map((m) => m.record.admin1));
    const record: BuildRecord = {
      geonameid: -(ID_BASE + added),
      name: row.names[0],
      featureClass: 'A',
      featureCode: 'RGN',
      countryCode: cc,
      admin1: a1.size === 1 ? [...a1][0] : '',
      population: members.reduce((s, m) => s + m.record.population, 0),
      ...centreOf(members, areas.cells),
      kind: 'area',
      source: 'supplement',
      names: new Set(row.names),
      priorCap: Math.min(...members.map((m) => priorOfRecord(m.record))) - 0.05,
    };
    set.add(record);
    added++;
  }
  return added;
}
