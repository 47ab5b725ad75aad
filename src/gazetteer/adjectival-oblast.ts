/**
 * "Sumska oblast", "Odeska oblast", "Belgorodskaya oblast": a province named in the Ukrainian or Russian adjectival
 * form with its unit word. GeoNames holds only one Ukrainian oblast so ("Kharkivs'ka Oblast'"); the others are under
 * their nouns (Sumy, Odessa). The adjective's stem is its noun's with the suffix "-ska", "-zka", "-tska", "-skaya" in
 * place of the noun's ending: the nouns it may come from are tried, and the first-level area among their entries whose
 * name starts with the stem, and which that noun names exactly, is the province ("Sumy" for "Sumska").
 * Also the irregular forms: "Rivnenska" (Rivne: an "n" joins a noun ending in "e"), "Zaporizka" (Zaporizhzhia: "zh"
 * before the suffix is written "z"), and "Kyivska", whose province GeoNames names in the older spelling ("Kiev"): an
 * area named by the noun exactly whose name has the stem's consonants in the same order counts as starting with it.
 */
import type { Candidate } from '../types.js';
import { foldExact } from './fold.js';
import { spellingSkeleton } from './skeleton.js';

const ADJECTIVAL = /^(\p{L}{3,}?)(skaya|tska|ska|zka|ka) oblast$/iu;
/** Endings a noun may have where its adjective has the suffix: Sum-y, Poltav-a, Vinnyt-sia, Odes-a, Cherkas-y. */
const ENDINGS = ['', 'y', 'a', 'ia', 'i', 'sa', 'sia', 'sy', ' oblast'];

/** The nouns an adjectival oblast name may come from, and its stem; null when the name is no such form. */
export function oblastNouns(name: string): { stem: string; nouns: string[] } | null {
  const folded = foldExact(name);
  // Asked of every name a lookup finds nothing for: the expression, tried from every position, runs only on a name
  // ending as it must (under /iu the long s "ſ" reads as "s").
  if (!folded.endsWith(' oblast') && !folded.endsWith(' oblaſt')) return null;
  const m = ADJECTIVAL.exec(folded);
  if (!m) return null;
  const [, stem, suffix] = m;
  const nouns = ENDINGS.map((e) => stem + e);
  // "Donetska", "Luhanska": the noun ends in -sk and only "-a" was added.
  if (suffix.endsWith('ska') && suffix !== 'skaya') nouns.push(`${stem}${suffix.slice(0, -1)}`);
  // "Vinnytska": the noun's "t" stays (Vinnyt-sia).
  if (suffix === 'tska') nouns.push(...ENDINGS.map((e) => `${stem}t${e}`));
  // "Odeska", "Cherkaska": the "s" belongs to the noun (Odes-a, Cherkas-y).
  if (suffix === 'ska') nouns.push(...['a', 'y', 'sa', 'sy'].map((e) => `${stem}s${e}`));
  // "Rivnenska": Rivne.
  if (stem.endsWith('en')) nouns.push(stem.slice(0, -1));
  // "Zaporizka": Zaporizhzhia.
  if (suffix === 'zka') nouns.push(...['zhzhia', 'zhzhya', 'zhia', 'zhya'].map((e) => stem + e));
  // "Khmelnytska", "Zakarpatska", "Chernivetska": Khmelnytskyi, Zakarpattia, Chernivtsi.
  if (suffix === 'tska') nouns.push(`${stem}tskyi`, `${stem}ttia`, `${stem.replace(/e$/, '')}tsi`);
  return { stem, nouns };
}

/** The consonants of a spelling skeleton: Kyiv and Kiev meet. */
const consonants = (name: string) => spellingSkeleton(name).replace(/[aeiouwy\s'’-]/g, '');

/** The area's name starts with the stem or is the noun, or has the stem's consonants ("Kiev" for "Kyiv-"). */
function namedByStem(area: string, stem: string, noun: string): boolean {
  const folded = foldExact(area);
  if (folded.startsWith(stem) || folded === noun) return true;
  const key = consonants(stem);
  return key.length >= 2 && folded[0] === stem[0] && consonants(area) === key;
}

/** The first-level area an adjectival oblast name stands for, as an exact candidate, or none. */
export function adjectivalOblast(name: string, lookup: (noun: string) => readonly Candidate[]): Candidate[] {
  const form = oblastNouns(name);
  if (!form) return [];
  for (const noun of form.nouns) {
    // Named by the noun itself, not a loose spelling of it: "Simska" is no Simiyu (Tanzania) through "Simia".
    const area = lookup(noun).find(
      (c) => c.featureCode === 'ADM1' && c.match === 'exact' && namedByStem(c.name, form.stem, noun),
    );
    if (area) return [area];
  }
  return [];
}
