/**
 * "Tuam, Co Galway", "Castlebar, Co. Mayo", "Co Durham": Irish and British news abbreviate "County" before a county's
 * name. GeoNames names those counties in full ("County Galway", "County Durham"); the abbreviated form is looked up
 * as the full one (a county the gazetteer lacks, like County Mayo, still has no entry).
 */
const ABBREVIATED = /^Co\.? (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)$/u;

/** The full name of an abbreviated county ("Co Galway" → "County Galway"), or null. */
export function countyInFull(name: string): string | null {
  const m = ABBREVIATED.exec(name);
  return m ? `County ${m[1]}` : null;
}
