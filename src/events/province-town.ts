/**
 * "villages near Nabatieh": a name the gazetteer resolves to a province that shares it with a town of the province
 * (or a town of the country not assigned to any province), read with "near", is the town: "near" a province is no
 * usable place, so ACLED codes it near the town (precision 2). Not when the text says it is the province ("near Idlib
 * province").
 */
import type { ResolvedMention, ScoredCandidate } from '../types.js';
import { fold } from './context.js';

const ADMIN_WORD = /^\s+(?:province|governorate|region|state|department|district|county|oblast|prefecture)\b/i;

export function nearProvinceTown(text: string, m: ResolvedMention): ScoredCandidate | null {
  const p = m.place;
  if (p?.featureCode !== 'ADM1' || ADMIN_WORD.test(text.slice(m.end, m.end + 16))) return null;
  const name = fold(m.text);
  return (
    m.alternatives.find(
      (a) =>
        a.featureClass === 'P' &&
        a.countryCode === p.countryCode &&
        (!a.admin1 || a.admin1 === p.admin1) &&
        fold(a.name) === name,
    ) ?? null
  );
}
