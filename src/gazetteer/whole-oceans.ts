/**
 * Whole oceans from Natural Earth's halves. Natural Earth splits the Pacific and the Atlantic at the equator ("North
 * Pacific Ocean", "South Pacific Ocean"), so no record was named "Pacific Ocean" or plain "Pacific", which news writes
 * ("across the Pacific", "the Atlantic crossing"); those names matched only US towns (Pacific, Missouri; Atlantic,
 * Iowa). For each "North X Ocean" with a "South X Ocean", one more record spans both halves, named "X Ocean" (not
 * "X": the bare word stays a town's in "Virgin Atlantic" or "euro-Atlantic"; "the Pacific" reaches the ocean through
 * the water hint, src/toponyms/article-waters.ts and src/resolve/ocean-names.ts). Ids follow the layer's own (`nextId` onwards), so the halves keep theirs.
 */
import type { Geometry } from 'geojson';
import type { BuildRecord, RecordSet } from './records.js';
import { representativePoint } from './shapes.js';

export function addWholeOceans(
  set: RecordSet,
  made: BuildRecord[],
  nextId: number,
  merge: (geoms: Geometry[]) => Geometry,
): void {
  const byName = new Map(made.filter((r) => r.featureCode === 'OCN').map((r) => [r.name, r]));
  let id = nextId;
  for (const [name, north] of byName) {
    const base = /^North (\S.*) Ocean$/.exec(name)?.[1];
    const south = base ? byName.get(`South ${base} Ocean`) : undefined;
    if (!base || !south || !north.geometry || !south.geometry) continue;
    const geometry = merge([north.geometry, south.geometry]);
    const [lon, lat] = representativePoint(geometry);
    set.add({
      ...north,
      geonameid: -id++,
      name: `${base} Ocean`,
      countryCode: '',
      lat,
      lon,
      names: new Set([`${base} Ocean`]),
      scalerank: Math.min(north.scalerank ?? 10, south.scalerank ?? 10),
      geometry,
    });
  }
}
