/**
 * Regions named by a family of admin areas. admin1CodesASCII has "North Darfur", "South Darfur", "Central Darfur"…,
 * "North Kivu" and "South Kivu"; admin2Codes has "North Waziristan District" and "South Waziristan Agency"; no offline
 * file has "Darfur", "Kivu" or "Waziristan", which news names far more often. When two or more areas of one country
 * and one level are one name with a position word before or after it ("North Kivu", "Kasai-Central", "Bioko Norte"),
 * that name becomes a region entry:
 * - feature code A.RGN (an area, read like a province; events give it precision 3), source "derived";
 * - its point is the centre of the union of its areas (the grid cells of admin-areas.ts), never a typed coordinate;
 * - its prior follows the usual formula (A.RGN bonus in prior.ts) but stays below every one of its areas' priors.
 * It is never formed across countries, and it is left out when the country already has an entry of that name (Holland
 * is the Netherlands, Java and Sulawesi are islands, Kasai and Papua provinces, Wa a town). When the bare name is
 * already the name of a place in the same country or of a place as well known elsewhere, the region is written only in
 * the plural: "the Carolinas" and "the Dakotas" are US regions, while "Carolina" stays Carolina, Puerto Rico (prior
 * 0.90 against the region's 0.74) and "Dakota" the towns so named; news writes these regions in the plural.
 */
import { type Acc, type AdminAreas, accPoint } from './admin-areas.js';
import { foldExact } from './fold.js';
import { priorOf } from './prior.js';
import type { BuildRecord, RecordSet } from './records.js';

/** Stable negative ids after Natural Earth's (natural-earth.ts uses 1–4 million). */
const ID_BASE = 5_000_000;

const POSITION = new Set(
  'north south east west central centre center upper lower middle northern southern eastern western northeast northwest southeast southwest nord sud est ouest norte sur oriental occidental'.split(
    ' ',
  ),
);
/** The unit's type written into its name ("West Kordofan State", "South Waziristan Agency"). Counties keep theirs. */
const UNIT_SUFFIX =
  /(?: (?:Regional|Province|Region|Department|District|State|Oblast|Governorate|Prefecture|Municipality|Division|Rayon|Raion|Krai|Okrug|Agency|Zone|Subregion))+$/;
/** A unit-type word heading the name ("Province of Ilocos Sur", "Mohafazat Liban-Nord", "Délégation de Gabès Sud"). */
const UNIT_HEAD =
  /^(?:province|provincia|state|mohafazat|muhafazat|delegation|délégation|municipio|departamento|department|district|kabupaten|kota|region|governorate)$/i;
/** Counties and parishes keep their type word, so "East Carroll Parish" and "West Carroll Parish" name no parish. */
const UNIT_TAIL = /^(?:county|parish|borough|city)$/i;
/** A base made only of generic words names no region ("Central Coast" and "North Coast" do not make a "Coast"). */
const GENERIC = new Set(
  'cape coast coastal river lake lakes hill hills end arm bay island islands highlands lowlands downs midlands plains valley mountains regional capital city town district province region zone state county atoll aimak'.split(
    ' ',
  ),
);

/** The name without its position word(s), or null: "North Kivu" → "Kivu", "Kasai-Central" → "Kasai". */
export function familyBase(name: string): string | null {
  const words = name.replace(UNIT_SUFFIX, '').split(/[\s-]+/);
  let from = 0;
  let to = words.length;
  while (from < to && POSITION.has(words[from].toLowerCase())) from++;
  if (from === 0) while (to > from && POSITION.has(words[to - 1].toLowerCase())) to--;
  if ((from === 0 && to === words.length) || from >= to) return null;
  const base = words.slice(from, to);
  if (!/^\p{Lu}/u.test(base[0]) || !/^\p{Lu}/u.test(base[base.length - 1])) return null;
  if (UNIT_HEAD.test(base[0]) || UNIT_TAIL.test(base[base.length - 1])) return null;
  if (base.every((w) => GENERIC.has(w.toLowerCase()) || POSITION.has(w.toLowerCase()))) return null;
  const text = base.join(' ');
  return foldExact(text).length >= 4 ? text : null;
}

const ADJECTIVE: Record<string, string> = {
  north: 'Northern',
  south: 'Southern',
  east: 'Eastern',
  west: 'Western',
  northern: 'North',
  southern: 'South',
  eastern: 'East',
  western: 'West',
};

/** The name with its leading compass word in the other form: "Southern Kordofan" is written "South Kordofan", and
 * "North Darfur" "Northern Darfur". Only for names with a base of their own (not "Eastern Province"). */
export function compassVariant(name: string): string | null {
  const m = /^(\S+) (.+)$/.exec(name);
  const other = m && ADJECTIVE[m[1].toLowerCase()];
  if (!m || !other || !familyBase(name)) return null;
  return `${other} ${m[2]}`;
}

export interface Family {
  cc: string;
  level: 1 | 2;
  names: Set<string>;
  members: { key: string; record: BuildRecord }[];
}

export const priorOfRecord = (r: BuildRecord) => priorOf({ ...r, altCount: r.names.size, scalerank: r.scalerank });

/** The centre of the union of the members' areas (their cells), or of their points when none has cells. */
export function centreOf(members: Family['members'], cells: Map<string, Acc>): { lat: number; lon: number } {
  const sum: Acc = { x: 0, y: 0, z: 0, cells: 0 };
  for (const m of members) {
    const c = cells.get(m.key);
    if (!c) continue;
    sum.x += c.x;
    sum.y += c.y;
    sum.z += c.z;
    sum.cells += c.cells;
  }
  if (sum.cells === 0) {
    const r = Math.PI / 180;
    for (const { record: p } of members) {
      sum.x += Math.cos(p.lat * r) * Math.cos(p.lon * r);
      sum.y += Math.cos(p.lat * r) * Math.sin(p.lon * r);
      sum.z += Math.sin(p.lat * r);
    }
  }
  return accPoint(sum);
}

function familiesOf(areas: AdminAreas): Map<string, Family> {
  const families = new Map<string, Family>();
  for (const u of areas.units) {
    const cc = u.key.split('.')[0];
    const bases = new Set<string>();
    for (const n of [u.record.name, ...u.record.names]) {
      const b = familyBase(n);
      if (b) bases.add(b);
    }
    const seen = new Set<string>();
    for (const b of bases) {
      const id = `${cc}|${u.level}|${foldExact(b)}`;
      let f = families.get(id);
      if (!f) {
        f = { cc, level: u.level, names: new Set(), members: [] };
        families.set(id, f);
      }
      f.names.add(b);
      if (!seen.has(id)) f.members.push({ key: u.key, record: u.record });
      seen.add(id);
    }
  }
  for (const [id, f] of families) if (f.members.length < 2) families.delete(id);
  return families;
}

/** Adds the derived regions (after every other source, so that existing names are known). Returns how many. */
export function addAdminRegions(set: RecordSet, areas: AdminAreas): number {
  for (const u of areas.units) {
    for (const n of [...u.record.names]) {
      const v = compassVariant(n);
      if (v) u.record.names.add(v);
    }
  }
  const families = familiesOf(areas);
  const wanted = new Set([...families.keys()].map((id) => id.split('|')[2]));
  // Entries already named like a base: [country, prior, is an area].
  const named = new Map<string, { cc: string; prior: number; area: boolean }[]>();
  for (const r of set.byId.values()) {
    for (const n of r.names) {
      const k = foldExact(n);
      if (!wanted.has(k)) continue;
      const list = named.get(k) ?? [];
      list.push({ cc: r.countryCode, prior: priorOfRecord(r), area: r.kind === 'area' || r.featureClass !== 'P' });
      named.set(k, list);
    }
  }
  let added = 0;
  for (const id of [...families.keys()].sort()) {
    const f = families.get(id)!;
    const key = id.split('|')[2];
    const others = named.get(key) ?? [];
    if (others.some((o) => o.cc === f.cc && o.area)) continue;
    const a1 = new Set(f.members.map((m) => m.record.admin1));
    const record: BuildRecord = {
      geonameid: -(ID_BASE + added),
      name: [...f.names][0],
      featureClass: 'A',
      featureCode: 'RGN',
      countryCode: f.cc,
      admin1: f.level === 2 && a1.size === 1 ? [...a1][0] : '',
      population: f.members.reduce((s, m) => s + m.record.population, 0),
      ...centreOf(f.members, areas.cells),
      kind: 'area',
      source: 'derived',
      names: new Set(),
    };
    const bare = [...f.names];
    // "The Kivus", "the Carolinas": the plural is written for provinces' regions, not for districts'.
    const plural = f.level === 1 ? bare.filter((n) => !/s$/i.test(n)).map((n) => `${n}s`) : [];
    record.names = new Set([...bare, ...plural]);
    record.priorCap = Math.min(...f.members.map((m) => priorOfRecord(m.record))) - 0.05;
    const prior = Math.min(priorOfRecord(record), record.priorCap);
    // A bare name that already names a place in this country, or one as well known elsewhere, keeps its senses.
    if (others.some((o) => o.cc === f.cc || o.prior >= prior)) {
      if (plural.length === 0) continue;
      record.names = new Set(plural);
      record.name = plural[0];
    }
    set.add(record);
    added++;
  }
  return added;
}
