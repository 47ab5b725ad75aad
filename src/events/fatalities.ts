/**
 * Reported fatalities by ACLED's rules: only deaths count (never injuries or "casualties", which mix both);
 * "tens" → 10, "dozens" → 12, "hundreds" → 100 (ACLED FAQ); our additions, documented in docs/taxonomy.md:
 * "scores" → 20, "several"/"a few"/"some" → 3, "many"/"multiple" → 3 (the most conservative reading), unknown → 0.
 * "a man was killed" → 1. Where several numbers are given the largest single count is kept; "killing three policemen
 * and two civilians" adds the two counts.
 */
import { blankAccusations, blankRunningTotals } from './toll-blanks.js';
import {
  UNITS,
  VAGUE,
  NUM,
  QUAL,
  PEOPLE,
  CO_PEOPLE,
  FORCE_OF,
  SINGULAR,
  DEMONYM,
  SIDES,
  DEATH,
  PERSON,
  COMPANIONS,
  TO_DEATH_VERB,
} from './toll-words.js';

/** "neutralised 14 terrorists": the armies' word for killed, of armed men only (not "neutralised two drones"). */
const NEUTRALISED = `neutrali[sz](?:ed|ing)(?=\\s+(?:\\S+\\s+){1,4}?(?:terrorists|militants|insurgents|bandits|jihadists|fighters|gunmen|attackers|assailants|rebels|kidnappers|elements)\\b)`;

const PATTERNS: { re: RegExp; group: number; singular?: boolean; plus?: number; fixed?: number; add?: number }[] = [
  // "killed a Hezbollah commander and two of his companions": the named victim and his companions (both counts).
  {
    re: new RegExp(
      `\\b(?:kill(?:ed|ing|s)|shot\\s+dead|gunned\\s+down)\\s+(?:a|an|one|the)\\s+(?:[\\w'’-]+\\s+){0,3}?${COMPANIONS}`,
      'gi',
    ),
    group: 1,
    plus: 2,
    add: 1,
  },
  // "killed Abu Bakr al-Hardani and two of his sons": a victim named by his name, and his companions.
  {
    re: new RegExp(
      `\\b[Kk]ill(?:ed|ing|s)\\s+${PERSON}\\s+and\\s+(?:${NUM}\\s+of\\s+(?:his|her|their)|(?:his|her|their)\\s+${NUM})\\s+[\\w-]+`,
      'g',
    ),
    group: 1,
    plus: 2,
    add: 1,
  },
  // "A field commander of the RSF and three of his aides were killed".
  {
    re: new RegExp(`\\b(?:a|an|one|the)\\s+(?:[\\w'’-]+\\s+){0,2}?${COMPANIONS}\\s+${DEATH}`, 'gi'),
    group: 1,
    plus: 2,
    add: 1,
  },
  // "A child and his father were killed", "killed a woman and her son": two named victims.
  {
    re: new RegExp(
      `\\b(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,2}?${SINGULAR}\\s+and\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+)?${SINGULAR}\\s+${DEATH}\\b|\\bkill(?:ed|ing|s)\\s+(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,2}?${SINGULAR}\\s+and\\s+(?:his|her|their)\\s+(?:[\\w-]+\\s+)?${SINGULAR}\\b`,
      'gi',
    ),
    group: 0,
    fixed: 2,
  },
  // "killing three policemen and two civilians": both counts are deaths of the same event.
  {
    re: new RegExp(
      `\\bkill(?:ed|ing|s)?\\s+${QUAL}${NUM}\\s+${PEOPLE}${FORCE_OF}\\s+and\\s+${QUAL}${NUM}\\s+${CO_PEOPLE}\\b`,
      'gi',
    ),
    group: 1,
    plus: 2,
  },
  // "killed six police officers and a civilian": a count and one more victim.
  {
    re: new RegExp(
      `\\bkill(?:ed|ing|s)?\\s+${QUAL}${NUM}\\s+${PEOPLE}\\s+and\\s+(?:a|an|one)\\s+(?:[\\w-]+\\s+)?${SINGULAR}\\b`,
      'gi',
    ),
    group: 1,
    add: 1,
  },
  // "seven soldiers and four fighters were killed": the two counts of one toll.
  {
    re: new RegExp(`\\b${QUAL}${NUM}\\s+${PEOPLE}\\s+and\\s+${QUAL}${NUM}\\s+${CO_PEOPLE}\\s+${DEATH}\\b`, 'gi'),
    group: 1,
    plus: 2,
  },
  // "killing 15 insurgents, while two soldiers died": each side's dead in one sentence, both of the same event.
  {
    re: new RegExp(
      `\\bkill(?:ed|ing|s)?\\s+${QUAL}${NUM}\\s+${PEOPLE},?\\s+(?:while|whereas)\\s+${QUAL}${NUM}\\s+${CO_PEOPLE}\\s+${DEATH}\\b`,
      'gi',
    ),
    group: 1,
    plus: 2,
  },
  // "killed three", "killing at least 12 people", "the killing of two soldiers"
  {
    re: new RegExp(
      `\\b(?:kill(?:ed|ing|s)?|${NEUTRALISED}|(?:killings?|murders?)\\s+of|shot\\s+dead|shooting\\s+dead|gunned\\s+down|execut(?:ed|ing)|massacr(?:ed|ing)|behead(?:ed|ing)|lynch(?:ed|ing))\\s+${QUAL}${NUM}\\b(?!\\s+(?:of\\s+)?(?:years?|percent|%|km|kilometers|miles|caches|weapons))`,
      'gi',
    ),
    group: 1,
  },
  // "forced nine passengers off the bus and shot them dead": the victims counted before, killed as "them".
  {
    re: new RegExp(
      `\\b${QUAL}${NUM}\\s+${PEOPLE}\\b[^.;]{0,50}?\\b(?:and|before|then)\\s+(?:then\\s+)?(?:shot|gunned|killed|executed|beheaded|hacked|stabbed)\\s+(?:them|all\\s+of\\s+them)\\b`,
      'gi',
    ),
    group: 1,
  },
  // "beat a man to death", "stoned a woman to death".
  {
    re: new RegExp(
      `\\b${TO_DEATH_VERB}\\s+(?:a|an|one|the)\\s+(?:[\\w-]+\\s+){0,2}?${SINGULAR}\\s+to\\s+death\\b`,
      'gi',
    ),
    group: 0,
    singular: true,
  },
  // "stabbed 11 students to death", "hacked three villagers to death".
  {
    re: new RegExp(`\\b${TO_DEATH_VERB}\\s+${QUAL}${NUM}\\s+(?:[\\w-]+\\s+){0,2}?to\\s+death\\b`, 'gi'),
    group: 1,
  },
  // "leaving six suspected members of a criminal group dead" (not "leaving three wounded and one dead").
  {
    re: new RegExp(
      `\\b(?:left|leaving)\\s+${QUAL}${NUM}\\s+(?:(?!(?:and|or|wounded|injured|hurt)\\b)[\\w'’-]+\\s+){0,6}?(?:dead|killed)\\b`,
      'gi',
    ),
    group: 1,
  },
  // "killing a couple and their four children": the two parents and the count (docs/taxonomy.md, "Nineteenth review").
  {
    re: new RegExp(
      `\\bkill(?:ed|ing|s)?\\s+(?:a|an|one|the)\\s+(?:[\\w-]+\\s+)?couple\\s+and\\s+(?:their\\s+)?${NUM}\\s+[\\w-]+|\\b(?:a|an|one)\\s+(?:[\\w-]+\\s+)?couple\\s+and\\s+(?:their\\s+)?${NUM}\\s+[\\w-]+\\s+${DEATH}\\b`,
      'gi',
    ),
    group: 1,
    plus: 2,
    add: 2,
  },
  // "killed an elderly couple": two (not "a couple of").
  { re: /\bkill(?:ed|ing|s)?\s+(?:a|an|one|the)\s+(?:[\w-]+\s+)?couple\b(?!\s+of\b)/gi, group: 0, fixed: 2 },
  // "killed a scientist, his wife and their two children": the named victim, the spouse and the count.
  {
    re: new RegExp(
      `\\bkill(?:ed|ing|s)?\\s+(?:a|an|one|the)\\s+(?:[\\w-]+\\s+){0,2}?${SINGULAR},\\s+(?:his|her)\\s+(?:wife|husband)\\s+and\\s+(?:their|his|her)\\s+${NUM}\\s+[\\w-]+`,
      'gi',
    ),
    group: 1,
    add: 2,
  },
  // "killed a family of five", "a family of six was killed": the family's size.
  { re: new RegExp(`\\bkill(?:ed|ing|s)?\\s+(?:a|an|one|the)\\s+family\\s+of\\s+${NUM}\\b`, 'gi'), group: 1 },
  {
    re: new RegExp(
      `\\bfamily\\s+of\\s+${NUM}\\s+(?:${DEATH}|(?:was|were)\\s+among\\s+the\\s+(?:dead|killed))\\b`,
      'gi',
    ),
    group: 1,
  },
  // "12 people were killed", "30 killed", "five soldiers died", "seven fighters from both sides were killed", "two
  // more were shot dead" (the victims' noun told before).
  {
    re: new RegExp(`\\b${QUAL}${NUM}\\s+(?:more\\s+)?(?:${PEOPLE}${FORCE_OF}\\s+${SIDES}?)?${DEATH}\\b`, 'gi'),
    group: 1,
  },
  // A revised toll after a long subject: "the toll from the attack on the police station rose to four", "the number
  // of people killed in the strikes has risen to five", "officials raised the death toll from the raid to five".
  {
    re: new RegExp(
      `(?:\\b(?:(?:death\\s+)?toll|number\\s+of\\s+(?:people\\s+)?(?:killed|dead))\\b[^.;:]{0,140}?\\b(?:rose|risen|rises|climbed|climbs|jumped|increased|reached)|\\braised\\s+the\\s+(?:death\\s+)?toll\\b[^.;:]{0,140}?)\\s+to\\s+${QUAL}${NUM}\\b`,
      'gi',
    ),
    group: 1,
  },
  // "death toll rose to 14", "toll of 9"
  {
    re: new RegExp(
      `\\b(?:death\\s+)?toll\\s+(?:\\w+\\s+){0,3}?(?:to|of|at|reached|stands\\s+at)\\s+${QUAL}${NUM}\\b`,
      'gi',
    ),
    group: 1,
  },
  // "14 dead", "9 martyrs", "3 bodies" — but not "martyrs and wounded"
  {
    re: new RegExp(
      `\\b${QUAL}${NUM}\\s+(?:dead|deaths|fatalities|martyrs|bodies)\\b(?!\\s+and\\s+(?:wounded|injured))`,
      'gi',
    ),
    group: 1,
  },
  // singular: "killed a man", "assassinated a commander", "killed Syrian undercover agent", "a soldier was killed", "shot him dead"
  {
    re: new RegExp(
      `\\b(?:kill(?:ed|ing|s)|shot\\s+dead|executed|murdered|gunned\\s+down|assassinated|lynched)\\s+(?:a|an|one|the)?\\s*(?:[\\w-]+\\s+){0,3}?${SINGULAR}\\b`,
      'gi',
    ),
    group: 0,
    singular: true,
  },
  // "shot dead a Palestinian during a raid": a demonym standing alone for the person killed (case matters: 'g').
  {
    re: new RegExp(
      `\\b(?:[Kk]ill(?:ed|ing|s)|shot\\s+dead|gunned\\s+down)\\s+(?:an?|one)\\s+(?:[\\w-]+-year-old\\s+)?${DEMONYM.replace('[a-z]', '[A-Z][a-z]')}\\b(?=\\s*(?:[,.;]|$|\\s(?:in|during|near|at|on|after|as|when|while|and|who|from|with)\\b))`,
      'g',
    ),
    group: 0,
    singular: true,
  },
  // "a soldier was killed", "one Palestinian was shot dead" (a demonym standing for a person before the death verb).
  {
    // "A 17-year-old Palestinian was shot dead": one word may follow the noun; "A journalist, Ana Ruiz, was shot dead".
    re: new RegExp(
      `\\b(?:a|an|one|another)\\s+(?:[\\w-]+\\s+){0,2}?(?:${SINGULAR}|${DEMONYM})(?:,\\s+${PERSON}(?:,\\s+\\d{1,3})?,|\\s+[\\w-]+)?\\s+${DEATH}\\b`,
      'gi',
    ),
    group: 0,
    singular: true,
  },
  // "a member of the Popular Mobilization Forces was (also) killed": one victim named by the body he belonged to.
  {
    re: new RegExp(
      `\\b(?:a|an|one|another)\\s+${SINGULAR}\\s+of\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?[\\w'’-]+\\s+(?:was\\s+)?(?:also\\s+)?(?:killed|shot\\s+dead|slain)\\b`,
      'gi',
    ),
    group: 0,
    singular: true,
  },
  // "shot dead a polio worker and the policeman guarding him": two victims named one by one.
  {
    re: new RegExp(
      `\\b(?:kill(?:ed|ing|s)|shot\\s+dead|gunned\\s+down)\\s+(?:a|an|one|the)\\s+(?:[\\w-]+\\s+){0,2}?${SINGULAR}\\s+and\\s+(?:a|an|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?${SINGULAR}\\b`,
      'gi',
    ),
    group: 0,
    fixed: 2,
  },
  // "killed Abu Yasir al-Iraqi, a senior ISIS official": a victim named by his name, then what he was.
  {
    re: new RegExp(
      `\\b(?:[Kk]ill(?:ed|ing|s)|shot\\s+dead|assassinated)\\s+${PERSON},\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,4}?${SINGULAR}\\b`,
      'g',
    ),
    group: 0,
    singular: true,
  },
  {
    re: /\b(?:shot|beat|stabbed)\s+(?:him|her)\s+(?:dead|to\s+death)\b|\bkilled\s+(?:him|her)\b/gi,
    group: 0,
    singular: true,
  },
];

/** Number value of a count word ("three", "1,200", "twenty-one", "dozens"). */
export function countValue(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}(,\d{3})*$|^\d+$/.test(w)) return Number.parseInt(w.replace(/,/g, ''), 10);
  if (w === 'a dozen') return 12;
  if (w in VAGUE) return VAGUE[w];
  const parts = w.split(/[-\s]/);
  if (parts.every((p) => p in UNITS)) return parts.reduce((s, p) => s + UNITS[p], 0);
  return null;
}

/** Fatalities reported in `text` (a clause or sentence), 0 when none are stated. */
export function countFatalities(text: string): number {
  // Killed-and-wounded totals do not split into deaths: ACLED codes only deaths.
  const clean = text.replace(
    /\b(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b|\b(?:wounded|injured)\s+(?:and|or)\s+killed\b/gi,
    'casualties',
  );
  const own = blankAccusations(blankRunningTotals(clean)); // other killings' counts (toll-blanks.ts)
  let best = 0;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(own); m; m = p.re.exec(own)) {
      // A pattern with `add` counts one victim named before the other count (m[group] or m[plus], whichever matched).
      const extra = p.add ? p.add : p.plus ? countValue(m[p.plus]) : 0;
      const one = p.fixed ?? (p.singular ? 1 : countValue(p.add ? (m[p.group] ?? m[p.plus!]) : m[p.group]));
      const n = one === null || extra === null ? one : one + extra;
      if (n !== null && n > best && n < 1_000_000) best = n;
    }
  }
  return best;
}
