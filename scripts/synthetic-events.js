/**
 * Synthetic events for the app benchmark (scripts/bench-app.js) and the browser test of the chunked event layers:
 * a seeded generator (mulberry32), so every run draws the same events.
 */
const DAY_MS = 86_400_000;

/** Seeded PRNG: mulberry32, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  ['Battles', 0.24, ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  ['Explosions/Remote violence', 0.26, ['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive']],
  ['Violence against civilians', 0.12, ['Attack', 'Abduction/forced disappearance']],
  ['Protests', 0.22, ['Peaceful protest', 'Protest with intervention']],
  ['Riots', 0.06, ['Violent demonstration', 'Mob violence']],
  ['Strategic developments', 0.1, ['Arrests', 'Agreement', 'Looting/property destruction', 'Disrupted weapons use']],
];
const ACTORS = ['Military Forces', 'Rebel Group', 'Militia', 'Protesters', 'Rioters', 'Civilians', 'Police Forces'];
// Rough country by position, good enough for labels: [iso2, country, minLon, minLat, maxLon, maxLat].
const COUNTRIES = [
  ['LB', 'Lebanon', 35.1, 33.05, 36.6, 34.7],
  ['IL', 'Israel', 34, 29, 35.5, 33.05],
  ['JO', 'Jordan', 35.5, 29, 39.3, 32.5],
  ['SY', 'Syria', 35.5, 32.5, 42.4, 38],
  ['TR', 'Turkey', 34, 36.6, 48, 38],
  ['SA', 'Saudi Arabia', 36, 29, 48, 31.5],
  ['IR', 'Iran', 45.5, 31.5, 48, 38],
  ['IQ', 'Iraq', 38.8, 29, 48, 37.4],
];
const ISO3 = { LB: 'LBN', IL: 'ISR', JO: 'JOR', SY: 'SYR', TR: 'TUR', SA: 'SAU', IR: 'IRN', IQ: 'IRQ' };

function countryAt(lon, lat) {
  return COUNTRIES.find(([, , x0, y0, x1, y1]) => lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1) ?? COUNTRIES[3];
}

/**
 * `n` synthetic events as a GeoJSON FeatureCollection of valid EventProperties: clustered around ~50 seeded centres
 * (lon 34–48, lat 29–38), dated 2024-01-01..2025-12-31 (about one in six spanning 2–14 days), all six ACLED types.
 */
export function syntheticEvents(n = 100_000, seed = 42) {
  const rnd = mulberry32(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const centres = Array.from({ length: 50 }, (_, i) => ({
    lon: 34 + rnd() * 14,
    lat: 29 + rnd() * 9,
    spread: 0.05 + rnd() * 0.45,
    weight: rnd() ** 2 + 0.05,
    name: `Town ${i + 1}`,
  }));
  const totalWeight = centres.reduce((s, c) => s + c.weight, 0);
  const pickCentre = () => {
    let r = rnd() * totalWeight;
    for (const c of centres) {
      r -= c.weight;
      if (r <= 0) return c;
    }
    return centres[centres.length - 1];
  };
  const pickType = () => {
    let r = rnd();
    for (const t of TYPES) {
      r -= t[1];
      if (r <= 0) return t;
    }
    return TYPES[0];
  };
  const day0 = Date.UTC(2024, 0, 1) / DAY_MS;
  const days = Date.UTC(2025, 11, 31) / DAY_MS - day0 + 1;
  const iso = (d) => new Date(d * DAY_MS).toISOString().slice(0, 10);
  const features = [];
  for (let i = 0; i < n; i++) {
    const c = pickCentre();
    const lon = Math.min(48, Math.max(34, c.lon + gauss() * c.spread));
    const lat = Math.min(38, Math.max(29, c.lat + gauss() * c.spread * 0.8));
    const [cc, country] = countryAt(lon, lat);
    const start = day0 + Math.floor(rnd() * days);
    const span = rnd() < 0.17 ? 1 + Math.floor(rnd() * 13) : 0;
    const end = Math.min(day0 + days - 1, start + span);
    const [type, , subs] = pickType();
    const geoPrecision = rnd() < 0.75 ? 1 : rnd() < 0.7 ? 2 : 3;
    const fatalities = type === 'Protests' || rnd() < 0.5 ? 0 : Math.floor(rnd() ** 3 * 40);
    const location = `${c.name}${geoPrecision > 1 ? ' area' : ''}`;
    const evidence = `Reports said ${type.toLowerCase()} took place near ${location}.`;
    const area =
      geoPrecision === 3 && rnd() < 0.03
        ? {
            type: 'Polygon',
            coordinates: [
              [
                [lon - 0.2, lat - 0.15],
                [lon + 0.2, lat - 0.15],
                [lon + 0.2, lat + 0.15],
                [lon - 0.2, lat + 0.15],
                [lon - 0.2, lat - 0.15],
              ],
            ],
          }
        : null;
    const lon5 = Math.round(lon * 1e5) / 1e5;
    const lat5 = Math.round(lat * 1e5) / 1e5;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon5, lat5] },
      properties: {
        event_id: `bench-${i + 1}`,
        event_date: iso(start),
        date_start: iso(start),
        date_end: iso(end),
        time_precision: span === 0 ? 1 : span <= 6 ? 2 : 3,
        event_type: type,
        sub_event_type: pick(subs),
        actor1: pick(ACTORS),
        actor2: rnd() < 0.5 ? pick(ACTORS) : '',
        location,
        admin1: `${country} province ${1 + (Math.floor(c.lon * 7) % 5)}`,
        country,
        iso: ISO3[cc],
        geo_precision: geoPrecision,
        fatalities,
        notes: evidence,
        source: 'Bench Wire',
        source_url: '',
        article_id: `bench-article-${Math.floor(i / 3) + 1}`,
        evidence: { text: evidence, start: 0, end: evidence.length },
        geonameid: null,
        latitude: lat5,
        longitude: lon5,
        confidence: Math.round((0.5 + rnd() * 0.5) * 100) / 100,
        alternatives: [],
        area,
        corrections: [],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
