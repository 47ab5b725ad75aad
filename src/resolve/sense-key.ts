/**
 * One sense per name per document, except where the text itself tells two senses apart: "drone attacks hit Kharkiv"
 * and "in the Kharkiv region" name the city and the province. A mention's cue (recognition's class hint: "X region",
 * "the X river", "town of X") is part of its group key, so a cue on one mention does not steer the name's bare mentions.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention } from '../types.js';
import { anchoredApart, type CountryWriting } from './anchored-senses.js';

/** Recognition's class hints (toponyms/recognize.ts), in the order a bare name looks for a cued sense. */
const HINTS = ['A', 'P', 'V', 'H', 'W', 'T', 'L'];

/** `name`: the mention's folded text, when the caller has it. */
export function senseKey(m: Mention, name = foldExact(m.text)): string {
  return m.classHint ? `${name}|${m.classHint}` : name;
}

/** The group of a name written as another's context ("Dumayr (Rural Damascus)"): a context is an area, so its sense
 * cued as an area when the text has one ("Spin Boldak in Kandahar province" beside a bare "Kandahar", the city), else
 * its bare sense, else another cued one. */
export function groupOfName<G>(groups: Map<string, G>, text: string): G | undefined {
  const name = foldExact(text);
  const area = groups.get(`${name}|A`);
  if (area) return area;
  const bare = groups.get(name);
  if (bare) return bare;
  for (const h of HINTS) {
    const g = groups.get(`${name}|${h}`);
    if (g) return g;
  }
  return undefined;
}

/** A bare mention ("Kharkiv") keeps its own sense only when that sense lies near the cued sense of its name ("the
 * Kharkiv region"): the city inside its province. A bare sense elsewhere ("Victoria" as Hong Kong, while "the state of
 * Victoria" is Australia's) is one name read two ways, and the cued reading wins for all its mentions. */
export function bareOrCued<C extends { countryCode: string; featureCode: string; lat: number; lon: number }>(
  m: Mention,
  ranked: Map<string, C[]>,
  km: (a: C, b: C) => number,
  key = senseKey(m),
  groups?: Map<string, CountryWriting>,
): C[] {
  const own = ranked.get(key) ?? [];
  // A country is named bare: "the Niger River" does not make the story's "Niger" a river.
  if (m.classHint || own[0]?.featureCode.startsWith('PCL')) return own;
  // A bare mention's key is its folded name.
  for (const h of HINTS) {
    const cued = ranked.get(`${key}|${h}`);
    if (!cued?.[0]) continue;
    // "the Minnesota River" names a river after the state: the bare "Minnesota" keeps its province or town.
    if (h === 'H' && own[0] && (own[0].featureCode.startsWith('ADM') || own[0].featureCode.startsWith('PPL'))) continue;
    if (own[0] && own[0].countryCode !== cued[0].countryCode && groups) {
      if (anchoredApart(groups, key, `${key}|${h}`, own[0], cued[0])) continue;
    }
    if (!own[0] || own[0].countryCode !== cued[0].countryCode || km(own[0], cued[0]) > NEAR_KM) return cued;
  }
  return own;
}

/** How far a bare sense may lie from its name's cued sense (a city inside its province or district). */
const NEAR_KM = 150;
