/**
 * "the village of Novopavlivka in the Dnipropetrovsk region", "Kamina (Haut-Lomami)": a town written inside a named
 * province lies in that province. Ranking already credits a sense inside it (written-context.ts); when the pick
 * still lies in ANOTHER province of the same country, the gazetteer lacks the town there, and a namesake elsewhere
 * in the country is worse than no pin: an alternative inside the province replaces it, else the name gets none.
 * Applied after ranking, with the province as the text's own reading of the context name. A pick lying close to the
 * province's own point is no namesake elsewhere: a border town the text places by another (often older) boundary
 * ("Mukayras in Abyan province", which GeoNames puts in Al Bayda, beside Abyan's point). A pick in another country
 * than the written province is a namesake abroad in the same way ("Palma in the northern province of Cabo Delgado":
 * Palma de Mallorca, while the gazetteer has no Palma in Mozambique). Nor is a pick in a province split off the
 * written one and named after it ("Wamena, Papua": GeoNames puts it in Highland Papua, made in 2022).
 */
import { foldExact } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

/** A town or a district (what a province can hold), not a country, a province, a river or a mountain range. */
const local = (c: ScoredCandidate) =>
  c.featureClass === 'P' || (c.featureClass === 'A' && /^ADM[2-5]$/.test(c.featureCode));

/** A pick within this distance of the written province's point is taken to lie at its edge, not elsewhere. */
const NEAR_PROVINCE_KM = 40;

export function applyInsideWrittenArea(mentions: ResolvedMention[], text = ''): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  let provinces: Map<string, ScoredCandidate> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.role !== 'place' || !m.context || !m.place || !local(m.place)) continue;
    if (!provinces) {
      provinces = new Map();
      for (const x of mentions) if (x.place?.featureCode === 'ADM1') provinces.set(foldExact(x.text), x.place);
    }
    const area = provinces.get(foldExact(m.context));
    if (!area) {
      const near = nearWrittenPlace(mentions, m, m.context, text);
      if (near) {
        out ??= mentions.slice();
        out[i] = near;
      }
      continue;
    }
    // A pick abroad that ranking kept despite the province (written-context.ts weighs it down): "Palma in the
    // northern province of Cabo Delgado" is no Balearic city, and the gazetteer lacks the Mozambican town.
    if (area.countryCode === m.place.countryCode && area.admin1 === m.place.admin1) continue;
    // A province split off the written one and named after it: "Wamena, Papua" lies in Highland Papua (2022).
    if (area.countryCode === m.place.countryCode && splitFrom(m.place.admin1Name, area.name)) continue;
    // Abroad, only a province of a country the story names elsewhere: "Cornwall in South West England" read
    // "South West" as Cameroon's region, a wrong context that must not unpin Cornwall.
    if (area.countryCode !== m.place.countryCode && !namedElsewhere(mentions, area.countryCode, m.context)) continue;
    if (haversineKm(area.lat, area.lon, m.place.lat, m.place.lon) <= NEAR_PROVINCE_KM) continue;
    const inside = m.alternatives.find(
      (c) => local(c) && c.countryCode === area.countryCode && c.admin1 === area.admin1,
    );
    out ??= mentions.slice();
    const all = [m.place, ...m.alternatives];
    out[i] = {
      ...m,
      place: inside ? { ...inside, reasons: [...inside.reasons, `inside ${area.name}, as written`] } : null,
      alternatives: all.filter((c) => c !== inside),
    };
  }
  return out ?? mentions;
}

/** Whether a province's name is the written one's with words added ("Highland Papua", "South Papua" from Papua). */
function splitFrom(admin1Name: string, written: string): boolean {
  const words = foldExact(admin1Name).split(' ');
  const old = foldExact(written).split(' ');
  return words.length > old.length && old.every((w) => words.includes(w));
}

/** Another place of the text (not the context's own name) lies in the country. */
function namedElsewhere(mentions: ResolvedMention[], cc: string, context: string): boolean {
  const own = foldExact(context);
  return mentions.some((x) => x.place?.countryCode === cc && foldExact(x.text) !== own);
}

/** How far from a town or district written as its container ("Mapate in Mocimboa da Praia district") a place may
 * lie: a district is rarely wider than this. */
const NEAR_LOCAL_KM = 150;
const IN_GAP = /^\s+in\s+(?:the\s+)?$/;

/**
 * "the village of Mapate in Mocimboa da Praia district": a name written inside a town or district the text names lies
 * near it. A pick far from it (Maputo, 1,500 km away, by a loose spelling) is a namesake; an alternative near the
 * container replaces it, else the name gets none. Null when the rule does not apply.
 */
function nearWrittenPlace(
  mentions: ResolvedMention[],
  m: ResolvedMention,
  context: string,
  text: string,
): ResolvedMention | null {
  const own = foldExact(context);
  // Written "X in Y" (not a list "Vancouver, Calgary", nor "Alexandria, La.", whose second name is no district).
  const written = mentions.find(
    (x) => x !== m && x.start > m.end && foldExact(x.text) === own && IN_GAP.test(text.slice(m.end, x.start)),
  );
  const holder = written?.place && local(written.place) ? written.place : null;
  const pick = m.place;
  if (!holder || !pick) return null;
  const far = (c: ScoredCandidate) => haversineKm(holder.lat, holder.lon, c.lat, c.lon) > NEAR_LOCAL_KM;
  if (!far(pick)) return null;
  // A district named like its province ("near Pichari in Cusco region": Cusco province, a district of Cusco
  // region) is a narrow reading of the container: a pick in the same province is inside what the text meant.
  if (holder.featureClass === 'A' && pick.countryCode === holder.countryCode && pick.admin1 === holder.admin1)
    return null;
  const inside = m.alternatives.find((c) => local(c) && !far(c));
  return {
    ...m,
    place: inside ? { ...inside, reasons: [...inside.reasons, `near ${holder.name}, as written`] } : null,
    alternatives: [pick, ...m.alternatives].filter((c) => c !== inside),
  };
}
