/**
 * "Al-Mawasi, west of Khan Younis": a relative phrase set off by a comma right after a town locates that town; it
 * is not one more event place. When the town was resolved far from the reference (another country, or farther than
 * MISRESOLVED_KM), the name was misread and the relative area stands for it. Used by where.ts.
 */
import type { ResolvedMention } from '../types.js';
import { distanceKm, MISRESOLVED_KM } from './containment.js';
import type { PlaceChoice } from './model.js';

const APPOSED =
  /^\s*,\s*(?:[\d.]+\s*(?:km|kilometers|kilometres|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\s+(?:the\s+)?$/i;

/** The clause's places once the relative area `rel` is added: appended, or in place of the town it locates. */
export function withRelative(
  text: string,
  points: { m: ResolvedMention }[],
  choices: PlaceChoice[],
  rel: PlaceChoice,
): PlaceChoice[] {
  const ref = rel.mention;
  if (!ref) return [...choices, rel];
  const i = points.findIndex((a) => a.m.end <= ref.start && APPOSED.test(text.slice(a.m.end, ref.start)));
  if (i < 0) return [...choices, rel];
  const p = points[i].m.place;
  const r = ref.place;
  const far = !!p && !!r && (p.countryCode !== r.countryCode || distanceKm(p, r) > MISRESOLVED_KM);
  return far ? choices.map((c, k) => (k === i ? rel : c)) : choices;
}
