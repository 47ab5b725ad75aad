/**
 * "Sumska oblast", "Odeska oblast", "Belgorodskaya oblast": a province named in the Ukrainian or Russian adjectival
 * form with its unit word. GeoNames holds only one Ukrainian oblast so ("Kharkivs'ka Oblast'"); the others are under
 * their nouns (Sumy, Odessa). The adjective's stem is its noun's with the suffix "-ska", "-zka", "-tska", "-skaya" in
 * place of the noun's ending: the nouns it may come from are tried, and the first-level area among their entries whose
 * name starts with the stem, and which that noun names exactly, is the province ("Sumy" for "Sumska").
 */
import type { Candidate } from '../types.js';
import { foldExact } from './fold.js';

const ADJECTIVAL = /^(\p{L}{3,}?)(skaya|tska|ska|zka|ka) oblast$/iu;
/** Endings a noun may have where its adjective has the suffix: Sum-y, Poltav-a, Vinnyt-sia, Odes-a, Cherkas-y. */
const ENDINGS = ['', 'y', 'a', 'ia', 'i', 'sa', 'sia', 'sy', ' oblast'];

/** The nouns an adjectival oblast name may come from, and its stem; null when the name is no such form. */
export function oblastNouns(name: string): { stem: string; nouns: string[] } | null {
  const m = ADJECTIVAL.exec(foldExact(name));
  if (!m) return null;
  const [, stem, suffix] = m;
  const nouns = ENDINGS.map((e) => stem + e);
  // "Donetska", "Luhanska": the noun ends in -sk and only "-a" was added.
  if (suffix.endsWith('ska') && suffix !== 'skaya') nouns.push(`${stem}${suffix.slice(0, -1)}`);
  // "Vinnytska": the noun's "t" stays (Vinnyt-sia).
  if (suffix === 'tska') nouns.push(...ENDINGS.map((e) => `${stem}t${e}`));
  // "Odeska", "Cherkaska": the "s" belongs to the noun (Odes-a, Cherkas-y).
  if (suffix === 'ska') nouns.push(...['a', 'y', 'sa', 'sy'].map((e) => `${stem}s${e}`));
  return { stem, nouns };
}

/** The first-level area an adjectival oblast name stands for, as an exact candidate, or none. */
export function adjectivalOblast(name: string, lookup: (noun: string) => readonly Candidate[]): Candidate[] {
  const form = oblastNouns(name);
  if (!form) return [];
  for (const noun of form.nouns) {
    // Named by the noun itself, not a loose spelling of it: "Simska" is no Simiyu (Tanzania) through "Simia".
    const area = lookup(noun).find(
      (c) => c.featureCode === 'ADM1' && c.match === 'exact' && foldExact(c.name).startsWith(form.stem),
    );
    if (area) return [area];
  }
  return [];
}
