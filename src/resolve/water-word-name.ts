/**
 * A name written with its water word ("the Murray River", "Lake Lanao") whose pick is a namesake of the bare name on
 * land. The gazetteer may hold the exact name only for something else (an Australian local government area is named
 * "Murray River" after the river) and the water itself without the word ("Murray", H.STM); or it lacks the water and
 * the name met a town of the bare name ("Lanao", a village 500 km from the lake). After ranking, a pick that is no
 * water yields to water of the bare name in the pick's country (or, with no
 * pick, in a country another place of the text lies in); with none, a "Lake X" pick on land gets no pin ("Lake
 * Charles", a city so named, keeps its pin: the word is in its name). A "X River" area with no river at hand stands:
 * the area is named after the river it lies on.
 */
import type { CandidateSource } from './options.js';
import type { ResolvedMention, ScoredCandidate } from '../types.js';

const NAME = "(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?)";
const RIVER_AFTER = new RegExp(`^${NAME} River$`, 'u');
const LAKE_BEFORE = new RegExp(`^Lake ${NAME}$`, 'u');

export function applyWaterWordNames(mentions: ResolvedMention[], gaz: CandidateSource): ResolvedMention[] {
  let out: ResolvedMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = m.place;
    const river = RIVER_AFTER.exec(m.text)?.[1];
    const lake = river ? undefined : LAKE_BEFORE.exec(m.text)?.[1];
    const bare = river ?? lake;
    if (!bare || m.role !== 'place' || p?.featureClass === 'H') continue;
    if (lake && p && /\blake\b/i.test(p.name)) continue;
    const countries = p
      ? new Set([p.countryCode])
      : new Set(mentions.flatMap((o) => (o !== m && o.place ? [o.place.countryCode] : [])));
    const kind = river ? 'STM' : 'LK';
    const water = gaz
      .lookup(bare, { limit: 20, loose: false })
      .find((c) => c.featureClass === 'H' && c.featureCode.startsWith(kind) && countries.has(c.countryCode));
    if (!water && !(lake && p)) continue;
    out ??= mentions.slice();
    const alternatives = p ? [p, ...m.alternatives] : m.alternatives;
    if (!water) {
      out[i] = { ...m, place: null, alternatives };
      continue;
    }
    const place: ScoredCandidate = {
      ...water,
      score: p?.score ?? 0,
      reasons: [`"${m.text}": the water ${water.name}${p ? `, not ${p.name} (${p.featureCode})` : ''}`],
    };
    out[i] = { ...m, place, alternatives };
  }
  return out ?? mentions;
}
