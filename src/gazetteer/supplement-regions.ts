/**
 * Regions that sources define by what lies in them but no offline file names: the supplement's `region` rows, a set
 * of admin areas ("the Kurdistan Region" is Iraq's governorates of Erbil, Duhok and Sulaymaniyah), and its `towns`
 * rows, a district known by its towns ("the Eastern Ghouta" is Douma, Harasta, Arbin … east of Damascus). A region is
 * an A.RGN area at the centre of the union of its areas' grid cells (admin-regions.ts), with a prior below each of
 * its areas'; a towns district sits at the centre of its towns. Never a typed coordinate.
 */
import type { AdminAreas } from './admin-areas.js';
import { centreOf, type Family, priorOfRecord } from './admin-regions.js';
import type { BuildRecord, RecordSet } from './records.js';
import { parseSupplement, type SupplementRow } from './sources.js';

/** Stable negative ids after the derived regions' (admin-regions.ts uses 5 million up). */
const ID_BASE = 6_000_000;

export function addSupplementRegions(set: RecordSet, supplement: string, areas: AdminAreas): number {
  const units = new Map(areas.units.map((u) => [u.key, u]));
  let added = 0;
  for (const row of parseSupplement(supplement)) {
    if (row.op !== 'region' && row.op !== 'towns') continue;
    const [kind, cc] = row.target.split(':');
    if (kind !== 'country' || !cc || row.names.length === 0)
      throw new Error(`data/supplement.tsv: ${row.op} ${row.names[0] ?? ''} needs a target country:ISO2 and names.`);
    const id = -(ID_BASE + added);
    set.add(row.op === 'region' ? adminRegion(row, cc, id, units, areas) : townsDistrict(row, cc, id, set));
    added++;
  }
  return added;
}

function adminRegion(
  row: SupplementRow,
  cc: string,
  geonameid: number,
  units: Map<string, AdminAreas['units'][number]>,
  areas: AdminAreas,
): BuildRecord {
  const members: Family['members'] = row.via.map((key) => {
    const u = units.get(key);
    if (!u || !key.startsWith(`${cc}.`))
      throw new Error(`data/supplement.tsv: region ${row.names[0]}: ${key} is no admin area of ${cc}.`);
    return { key, record: u.record };
  });
  const a1 = new Set(members.map((m) => m.record.admin1));
  return {
    ...base(row, cc, geonameid, members, 'A.RGN', centreOf(members, areas.cells)),
    admin1: a1.size === 1 ? [...a1][0] : '',
    priorCap: Math.min(...members.map((m) => priorOfRecord(m.record))) - 0.05,
  };
}

/** Its towns may lie in more than one country's records (the Golan's towns are coded by Syria or by Israel). */
function townsDistrict(row: SupplementRow, cc: string, geonameid: number, set: RecordSet): BuildRecord {
  if (row.via.length < 2) throw new Error(`data/supplement.tsv: towns ${row.names[0]} needs two or more GeoNames ids.`);
  const members: Family['members'] = row.via.map((id) => {
    const r = set.byId.get(Number(id));
    if (r?.featureClass !== 'P')
      throw new Error(`data/supplement.tsv: towns ${row.names[0]}: GeoNames ${id} is no town of the sources.`);
    return { key: `town:${id}`, record: r };
  });
  const own = members.filter((m) => m.record.countryCode === cc);
  const a1 = new Set(own.map((m) => m.record.admin1));
  return {
    // The towns' centre: they have no grid cells of their own.
    ...base(row, cc, geonameid, members, row.featureCode || 'L.RGN', centreOf(members, new Map())),
    // Its towns' people are no census of the district, and would make it outrank every namesake town by size.
    population: 0,
    admin1: a1.size === 1 && own.length === members.length ? [...a1][0] : '',
  };
}

function base(
  row: SupplementRow,
  cc: string,
  geonameid: number,
  members: Family['members'],
  code: string,
  centre: { lat: number; lon: number },
) {
  const [featureClass, featureCode] = code.split('.');
  return {
    geonameid,
    name: row.names[0],
    featureClass,
    featureCode,
    countryCode: cc,
    population: members.reduce((s, m) => s + m.record.population, 0),
    ...centre,
    kind: 'area' as const,
    source: 'supplement' as const,
    names: new Set(row.names),
  };
}
