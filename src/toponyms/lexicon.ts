/** Word lists that tell places from common words, people and organisations (data/lexicon, see its SOURCE.md). */
import actors from '../../data/actors.json' with { type: 'json' };
import data from '../../data/lexicon/lexicon.json' with { type: 'json' };
import taxonomy from '../../data/taxonomy.json' with { type: 'json' };
import { foldExact } from '../gazetteer/fold.js';

export interface Lexicon {
  common: Set<string>;
  firstNames: Set<string>;
  personTitles: Set<string>;
  orgHeads: Set<string>;
  /** Diseases and microbes named after places ("Ebola", "Marburg"): never a place on their own. */
  eponyms: Set<string>;
  /** One-word names of armed groups and movements (data/actors.json: "Taliban", "Hezbollah"): never a place alone. */
  groups: Set<string>;
  /** Armed groups' names and aliases written in capitals only, folded ("islamic state"): org-names.ts. */
  groupNames: Set<string>;
  /** demonym (lower case, singular and plural) → ISO2 */
  demonyms: Map<string, string>;
  /** Adjectives and names of peoples and faiths with no country of their own ("Yazidi", "Kurdish", "Druze"). */
  peoples: Set<string>;
}

let cached: Lexicon | null = null;

/** Nouns of outbreak and health reports missing from the generated common-word list. */
const REPORT_WORDS = ['case', 'cases', 'outbreak', 'outbreaks', 'health'];

/** The head words of data/taxonomy.json's rules ("grenade", "shelling", "raid") and their plurals. */
function eventHeads(): string[] {
  const heads = (taxonomy as unknown as { rules: { head: string }[] }).rules.map((r) => r.head.toLowerCase());
  return heads.flatMap((h) => [h, /(?:s|sh|ch|x)$/.test(h) ? `${h}es` : `${h}s`]);
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const demonyms = new Map<string, string>();
  for (const [w, iso] of Object.entries(data.demonyms as Record<string, string>)) {
    demonyms.set(w, iso);
    demonyms.set(w.endsWith('s') || w.endsWith('sh') || w.endsWith('ch') || w.endsWith('ese') ? w : `${w}s`, iso);
  }
  cached = {
    // The event taxonomy's head words are English nouns too ("Grenade attacks killed …": no Granada, by its French name).
    // So are the words of outbreak reports that compromise's lexicon lacks ("Cases rose …": no Cases-de-Pène).
    common: new Set([...data.commonWords, ...eventHeads(), ...REPORT_WORDS]),
    firstNames: new Set(data.firstNames),
    personTitles: new Set(data.personTitles),
    orgHeads: new Set(data.orgHeads),
    eponyms: new Set(data.eponyms),
    groups: new Set(
      actors.actors
        .flatMap((a) => [a.name, ...a.aliases, ...a.acronyms])
        .filter((n) => !/\s/.test(n))
        .map((n) => n.toLowerCase()),
    ),
    groupNames: new Set(
      actors.actors
        .flatMap((a) => [a.name, ...a.aliases])
        .filter((n) => n.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)))
        .map((n) => foldExact(n)),
    ),
    demonyms,
    peoples: new Set(data.peoples),
  };
  return cached;
}

/** Arabic articles written in lower case and hyphenated to the name: "al-Bab", "el-Arish", "ad-Dumayr". */
export const ARABIC_ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'ash',
  'as',
  'an',
  'ar',
  'at',
  'az',
  'ed',
  'es',
  'et',
  'ez',
  'er',
  'adh',
  'ath',
]);

/** Words that may sit inside a place name without a capital: "Deir ez-Zor", "Bay of Bengal", "Stratford upon Avon". */
export const CONNECTORS = new Set([
  ...ARABIC_ARTICLES,
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'les',
  'of',
  'upon',
  'sur',
  'am',
  'im',
  'bin',
  'ibn',
  'y',
  'en',
  'aan',
  'op',
  'van',
  'von',
]);

/** Head words that keep a run a place even when it looks like an organisation: "Idlib Province". */
export const ADMIN_HEADS = new Set([
  'province',
  'governorate',
  'district',
  'county',
  'region',
  'state',
  'city',
  'oblast',
  'prefecture',
  'municipality',
  'parish',
  'valley',
  'river',
  'desert',
  'mountains',
  'island',
  'islands',
  'sea',
  'gulf',
  'lake',
  'bay',
  'strip',
  'bank',
  'heights',
  'peninsula',
]);

/** Words after which a capitalised word is likely a place: prepositions of place and verbs of attack or movement
 * that take a place as object ("shelling on Harasta", "warplanes target Jesr al-Shughour", "forces entered Manbij"). */
export const CUES_BEFORE = new Set([
  'on',
  'target',
  'targets',
  'targeted',
  'targeting',
  'hit',
  'hits',
  'struck',
  'strikes',
  'bombed',
  'bombs',
  'bombing',
  'shelled',
  'shelling',
  'stormed',
  'captured',
  'seized',
  'entered',
  'besieged',
  'recaptured',
  'liberated',
  'outskirts',
  'countryside',
  'town',
  'village',
  'city',
  'in',
  'at',
  'near',
  'outside',
  'from',
  'into',
  'to',
  'across',
  'around',
  'towards',
  'toward',
  'of',
  'between',
  'through',
  'inside',
  'within',
  'via',
  'off',
]);

/** Plural nouns of people or armed men that a community's or group's name qualifies: "between Druze fighters and
 * Bedouin tribes" (an unknown word before them is no place). */
export const GROUP_NOUNS = new Set([
  'fighters',
  'militiamen',
  'militias',
  'gunmen',
  'tribes',
  'tribesmen',
  'clans',
  'leaders',
  'elders',
  'factions',
  'rebels',
  'militants',
  'insurgents',
  'communities',
]);
