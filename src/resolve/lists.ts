/**
 * Lists of places ("Oregon, Washington, Idaho and Montana"; "Armenia, Georgia, Iraq and Iran"): the items
 * of a list are places of one kind. A name in a list whose other items were mostly resolved as states (or countries)
 * prefers its own sense of that kind: Washington the state among states, Georgia the country among countries.
 */
import type { Candidate, Mention } from '../types.js';

/** Longest gap between two items of a list, in characters: ", and " (a comma, "and", "or" and spaces). */
const MAX_GAP = 6;

export type PlaceKind = 'country' | 'province' | 'other';

export function kindOf(c: Candidate): PlaceKind {
  if (c.featureCode.startsWith('PCL')) return 'country';
  if (c.featureCode === 'ADM1') return 'province';
  return 'other';
}

/** What joins two items of a list: a comma, "and", "or", "&", a slash or only a space ("Soran Hama countryside").
 * Not a full stop ("… Halba and Bebnine. In Ramyeh, …") nor a preposition ("the village of Hader near Quneitra"). */
const JOIN = /^\s*(?:(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|\/\s*)(?:the\s+)?)?$/;

/** The lists of places of a text (two or more place mentions joined by commas, "and" or "or"), in order; `text`, when
 * given, is read between the names for what joins them. */
function listsOf(mentions: Mention[], text = ''): Mention[][] {
  const out: Mention[][] = [];
  const places = mentions.filter((m) => m.role === 'place');
  let i = 0;
  while (i < places.length) {
    let j = i;
    while (
      j + 1 < places.length &&
      places[j + 1].start - places[j].end <= MAX_GAP &&
      places[j].context !== places[j + 1].text &&
      (!text || JOIN.test(text.slice(places[j].end, places[j + 1].start)))
    )
      j++;
    if (j > i) out.push(places.slice(i, j + 1));
    i = j + 1;
  }
  return out;
}

/** For each list member, the kind most of the OTHER members of its list (of three or more) were resolved to. */
export function listKinds(
  mentions: Mention[],
  firstPick: (m: Mention) => Candidate | undefined,
  text = '',
): Map<Mention, PlaceKind> {
  const out = new Map<Mention, PlaceKind>();
  for (const chain of listsOf(mentions, text)) {
    if (chain.length < 3) continue;
    const kinds = chain.map((m) => {
      const c = firstPick(m);
      return c ? kindOf(c) : 'other';
    });
    const counts = { country: 0, province: 0, other: 0 };
    for (const x of kinds) counts[x]++;
    const others = chain.length - 1;
    chain.forEach((m, k) => {
      // Each member counts the others only (linear: the totals less its own kind).
      for (const kind of ['country', 'province'] as const) {
        const n = counts[kind] - (kinds[k] === kind ? 1 : 0);
        if (n * 3 >= others * 2) out.set(m, kind);
      }
    });
  }
  return out;
}

/**
 * For each list member, the countries of the OTHER members whose names lie in one country only (`sure`: "Machala",
 * not "Enfield", whose first-pass pick is a guess among countries). Linear in the list, as listMates.
 */
export function listCountries(
  mentions: Mention[],
  firstPick: (m: Mention) => Candidate | undefined,
  sure: (m: Mention) => boolean,
  text = '',
): Map<Mention, Set<string>> {
  const out = new Map<Mention, Set<string>>();
  for (const chain of listsOf(mentions, text)) {
    const own = chain.map((m) => (sure(m) ? firstPick(m)?.countryCode : undefined));
    const counts = new Map<string, number>();
    for (const cc of own) if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
    if (!counts.size) continue;
    chain.forEach((m, k) => {
      const others = new Set<string>();
      for (const [cc, n] of counts) if (n - (own[k] === cc ? 1 : 0) > 0) others.add(cc);
      if (others.size) out.set(m, others);
    });
  }
  return out;
}

/** Feature classes of natural features: streams and lakes (H), mountains and hills (T). */
const NATURAL = new Set(['H', 'T']);

/** Within this distance of another item's place, a list item's candidate gains (linearly less with distance). */
const MATE_KM = 60;

/**
 * For each list member, the points the OTHER members of its list were resolved to (their first-pass picks), each place
 * once. Linear in the list for a few distinct places: a list of one name repeated 100,000 times must not build
 * 100,000 lists of 100,000.
 */
export function listMates(
  mentions: Mention[],
  firstPick: (m: Mention) => Candidate | undefined,
  text = '',
): Map<Mention, Candidate[]> {
  const out = new Map<Mention, Candidate[]>();
  for (const chain of listsOf(mentions, text)) {
    const picks = chain.map(firstPick);
    const counts = new Map<number, { c: Candidate; n: number }>();
    for (const p of picks) {
      if (p?.kind !== 'point') continue;
      const e = counts.get(p.geonameid);
      if (e) e.n++;
      else counts.set(p.geonameid, { c: p, n: 1 });
    }
    chain.forEach((m, k) => {
      const own = picks[k];
      const mates: Candidate[] = [];
      for (const { c, n } of counts.values()) {
        if (n - (own && own.kind === 'point' && own.geonameid === c.geonameid ? 1 : 0) > 0) mates.push(c);
      }
      if (mates.length) out.set(m, mates);
    });
  }
  return out;
}

/** "Khiam, Kfar Kila and Odaisseh": the villages of one list lie together, closer than the story's places at large
 * (coherence.ts gives any place within 50 km the same credit). A point candidate near another item's place gains up
 * to `weight`; else a candidate in the country of another item that lies in one country only (listCountries; a town
 * farther away, a province) gains `countryWeight`. */
export function listMateScore(
  c: Candidate,
  mates: Candidate[] | undefined,
  countries: Set<string> | undefined,
  weight: number,
  countryWeight: number,
  km: (a: Candidate, b: Candidate) => number,
  reasons: string[] | null,
): number {
  if (!mates) return 0;
  // A river or a mountain listed only with towns gains nothing: the items of one list are places of one kind ("hit
  // Kassala and Atbara" is the town of Atbara, not the river whose point lies near Kassala).
  if (NATURAL.has(c.featureClass) && !mates.some((p) => p.featureClass === c.featureClass)) return 0;
  let best = MATE_KM;
  let near: Candidate | null = null;
  if (c.kind === 'point')
    for (const p of mates) {
      if (p.geonameid === c.geonameid) continue;
      const d = km(c, p);
      if (d < best) {
        best = d;
        near = p;
      }
    }
  // "Officials in Manta and Machala": farther apart (or an area), the items of one list still lie in one country.
  const sameCountry = !!countries?.has(c.countryCode);
  // Near a mate is worth more than only in its country: "Khiam and Bint Jbeil" is not the Khiam of Mount Lebanon,
  // which the country alone would favour over the one 29 km from Bint Jbeil.
  if (near) {
    reasons?.push(`listed with ${near.name}, ${Math.round(best)} km away`);
    return weight * (1 - best / MATE_KM) + (sameCountry ? countryWeight : 0);
  }
  if (!sameCountry) return 0;
  reasons?.push(`listed with a name only ${c.countryCode} has`);
  return countryWeight;
}
