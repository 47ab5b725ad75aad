/**
 * Toponym recognition: gazetteer-driven matching over capitalised runs, filtered by evidence from the text
 * (common words, sentence starts, people, organisations, demonyms, cue words).
 *
 * Steps: tokens → capitalised runs → classify each run (person / organisation / plain) → longest gazetteer
 * matches inside the run → filters → cue-word loose matches for unknown spellings.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Mention, MentionRole } from '../types.js';
import { ARABIC_ARTICLES, CONNECTORS, CUES_BEFORE, lexicon } from './lexicon.js';
import { attachContext, markDatelines } from './context.js';
import { markAreaHeads } from './area-heads.js';
import { acceptSingle, partOfUnknownName } from './single.js';
import { looseListItems } from './list-items.js';
import { organisationFrom } from './org-names.js';
import { markSentenceCountries } from './sentence-countries.js';
import { classifyRun, type NameIndex, type Run, splitPersonOf } from './people.js';
import { type Token, tokenize } from './tokenize.js';

export type { NameIndex } from './people.js';

export interface RecognizeOptions {
  /** Longest name, in tokens. @defaultValue 7 */
  maxTokens?: number;
  /** A common English word is only taken as a place when its best candidate's prior reaches this (countries, capitals). @defaultValue 1.0 */
  commonWordPrior?: number;
}

const DEFAULTS: Required<RecognizeOptions> = { maxTokens: 7, commonWordPrior: 1.0 };

/** Arabic articles that are also English words: inside a name only when hyphenated to it ("as-Suwayda", "at-Tall"), never
 * in "the Hart Trophy as Canada's top skater". */
const ENGLISH_ARTICLES = new Set(['as', 'an', 'at', 'ad']);

function isNameToken(t: Token, next: Token | undefined): boolean {
  if (ENGLISH_ARTICLES.has(t.lower)) return !!next?.hyphenJoined && next.cap;
  // Lower-case words hyphenated inside a name also continue it: "Port-au-Prince", "Stratford-upon-Avon".
  return t.cap || CONNECTORS.has(t.lower) || (t.hyphenJoined && !!next?.hyphenJoined && next.cap);
}

function articleBefore(tokens: Token[], i: number): boolean {
  return (
    i > 0 &&
    i < tokens.length &&
    tokens[i].hyphenJoined &&
    !tokens[i - 1].cap &&
    ARABIC_ARTICLES.has(tokens[i - 1].lower)
  );
}

function runsOf(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap || tokens[i].elided) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].contiguous && isNameToken(tokens[j + 1], tokens[j + 2])) j++;
    while (j > i && !tokens[j].cap) j--;
    runs.push({ from: articleBefore(tokens, i) ? i - 1 : i, to: j });
    i = j + 1;
  }
  return runs;
}

/** Longest gazetteer match starting at token i inside [i, to], or -1. */
function longestMatch(text: string, tokens: Token[], i: number, to: number, gaz: NameIndex, maxTokens: number): number {
  for (let j = Math.min(to, i + maxTokens - 1); j >= i; j--) {
    if (!tokens[j].cap) continue;
    if (gaz.hasExact(foldExact(text.slice(tokens[i].start, tokens[j].end)))) return j;
  }
  return -1;
}

/** "the southern Lebanese border village of Sarada": a demonym a few words before, with no other name between. */
function nearbyDemonym(tokens: Token[], i: number): string | undefined {
  const dem = lexicon().demonyms;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const iso = dem.get(tokens[k].lower);
    if (iso) return iso;
    if (tokens[k].sentenceStart || (tokens[k].cap && k < i - 1)) return undefined;
  }
  return undefined;
}

/** Generic words that make a name a water body: last ("Arabian Sea"), or first before "of" ("Gulf of Oman"). */
const WATER_LAST = new Set(['sea', 'ocean', 'gulf', 'strait', 'straits', 'channel']);
const WATER_FIRST = new Set(['sea', 'gulf', 'strait', 'straits', 'bay']);

function classHintAround(tokens: Token[], i: number, j: number): string | undefined {
  const before = i > 0 ? tokens[i - 1].lower : '';
  const before2 = i > 1 ? tokens[i - 2].lower : '';
  const after = j + 1 < tokens.length ? tokens[j + 1].lower : '';
  if (after === 'river' || before === 'river') return 'H';
  if (
    /^(province|governorate|region|state|district|county|governor)$/.test(after) ||
    (before === 'of' && /^(province|governorate|state|district|county)$/.test(before2))
  )
    return 'A';
  if (before === 'of' && /^(town|village|city|suburb|neighbourhood|neighborhood)$/.test(before2)) return 'P';
  // "the Red Sea", "the Gulf of Aden", "the Taiwan Strait": the name's own generic word says water body (a province
  // named after it is written "Red Sea State", caught above). "X Park" is a park or a suburb, a local name.
  const first = tokens[i].lower;
  const last = tokens[j].lower;
  if (j > i && (WATER_LAST.has(last) || (WATER_FIRST.has(first) && tokens[i + 1].lower === 'of'))) return 'W';
  if (j > i && last === 'park') return 'L';
  if (
    /^(desert|deserts|mountains|region)$/.test(after) ||
    (before === 'the' && /^(desert|badia)/.test(tokens[i].lower))
  )
    return 'T';
  return undefined;
}

export function recognize(text: string, gaz: NameIndex, options: RecognizeOptions = {}): Mention[] {
  const opts = { ...DEFAULTS, ...options };
  const lex = lexicon();
  const tokens = tokenize(text);
  const lowerWords = new Set<string>();
  for (const t of tokens) if (!t.cap) lowerWords.add(t.lower);
  const personTokens = new Set<string>();
  const mentions: Mention[] = [];
  const plainRuns: Run[] = [];

  for (const run of runsOf(tokens).flatMap((r) => splitPersonOf(text, tokens, r, gaz))) {
    const loose = looseRun(text, tokens, run, gaz, personTokens);
    if (loose) {
      mentions.push(loose);
      continue;
    }
    const cls = classifyRun(text, tokens, run, personTokens, gaz);
    let kind = cls.kind;
    let to = run.to;
    if (kind === 'person') {
      for (let k = cls.from; k <= run.to; k++) if (tokens[k].cap) personTokens.add(tokens[k].lower);
      // Words before the title stay: "Lebanese Prime Minister Nawaf Salam" keeps "Lebanese".
      if (cls.from - 2 < run.from) continue;
      kind = 'plain';
      to = cls.from - 2;
    }
    const orgFrom = kind === 'organisation' ? run.from : organisationFrom(text, tokens, run, gaz);
    let i = run.from;
    while (i <= to) {
      const t = tokens[i];
      if ((!t.cap || t.elided) && !(i + 1 <= to && articleBefore(tokens, i + 1))) {
        i++;
        continue;
      }
      const dem = lex.demonyms.get(t.lower);
      const j = longestMatch(text, tokens, i, to, gaz, opts.maxTokens);
      if (j <= i && i < to && lex.firstNames.has(t.lower) && tokens[i + 1].cap) {
        // "… to Syria Tom Barrack": a given name starts a person's name; the rest of the run is that person.
        for (let k = i; k <= to; k++) if (tokens[k].cap) personTokens.add(tokens[k].lower);
        break;
      }
      if (j < 0 || (dem && j === i)) {
        if (dem) mentions.push({ start: t.start, end: t.end, text: t.text, role: 'demonym', context: dem });
        else if (kind === 'plain') {
          const loose = looseCue(text, tokens, i, gaz, lex.common, lowerWords);
          if (loose) {
            mentions.push(loose);
            if (loose.end > t.end) i++; // it took the article and the name
          }
        }
        i++;
        continue;
      }
      const span = text.slice(t.start, tokens[j].end);
      if (
        j === i &&
        (!acceptSingle(text, tokens, i, span, gaz, lowerWords, opts.commonWordPrior, run) ||
          (kind === 'plain' && partOfUnknownName(tokens, i, run.from, to, gaz, lowerWords, span)))
      ) {
        i++;
        continue;
      }
      if (j + 1 < tokens.length && NAMED_AFTER.has(tokens[j + 1].lower) && tokens[j + 1].contiguous) {
        i = j + 1;
        continue;
      }
      const role: MentionRole = orgFrom >= 0 && i >= orgFrom ? 'in_organisation' : 'place';
      const m: Mention = { start: t.start, end: tokens[j].end, text: span, role };
      const hintCountry = nearbyDemonym(tokens, i);
      if (hintCountry) m.countryHint = hintCountry;
      const hint = classHintAround(tokens, i, j);
      if (hint) m.classHint = hint;
      mentions.push(m);
      i = j + 1;
    }
    if (kind === 'plain') plainRuns.push({ from: run.from, to });
  }
  const listed = looseListItems(text, tokens, plainRuns, mentions, gaz, lowerWords);
  if (listed.length) mentions.push(...listed);
  if (listed.length) mentions.sort((a, b) => a.start - b.start);
  attachContext(text, gaz, mentions);
  markAreaHeads(text, mentions);
  markDatelines(text, mentions);
  markSentenceCountries(text, gaz, mentions);
  return mentions;
}

/** A name followed by one of these is a disease or a product named after a place ("Ebola virus", "Marburg fever"). */
const NAMED_AFTER = new Set([
  'virus',
  'viruses',
  'fever',
  'outbreak',
  'outbreaks',
  'vaccine',
  'vaccines',
  'strain',
  'disease',
  'epidemic',
  'flu',
  'cases',
  'patients',
  'infection',
  'infections',
  'syndrome',
]);

/** "in Sheikh Meskin", "at Jisr al-Shughur", "in Al-Shadadi": a multi-word name after a cue word that no entry spells
 * exactly but one matches by transliteration or another form of the article (Ash Shaykh Miskin, Jisr ash Shughur).
 * Taken whole, before any person/organisation rule. */
function looseRun(text: string, tokens: Token[], run: Run, gaz: NameIndex, personTokens: Set<string>): Mention | null {
  if (run.from === 0 || !CUES_BEFORE.has(tokens[run.from - 1].lower) || run.to === run.from || run.to - run.from > 3)
    return null;
  if (personTokens.has(tokens[run.to].lower)) return null; // "commented on Al-Masoud's death": a person named before
  const span = text.slice(tokens[run.from].start, tokens[run.to].end);
  if (gaz.hasExact(foldExact(span))) return null;
  // No entry has the span's own spelling: a candidate matched another spelling of the article or of the name.
  if (!gaz.hasAny(span)) return null;
  const m: Mention = { start: tokens[run.from].start, end: tokens[run.to].end, text: span, role: 'place' };
  const hintCountry = nearbyDemonym(tokens, run.from);
  if (hintCountry) m.countryHint = hintCountry;
  const hint = classHintAround(tokens, run.from, run.to);
  if (hint) m.classHint = hint;
  return m;
}

/** "in Sarada", "the village of Dmeir": an unknown capitalised word after a cue word, matched by the loose key. */
function looseCue(
  text: string,
  tokens: Token[],
  i: number,
  gaz: NameIndex,
  common: Set<string>,
  lowerWords: Set<string>,
): Mention | null {
  // "at al-Atareb": the article and the name are one unknown spelling; the cue word stands before the article.
  const a = articleBefore(tokens, i + 1) ? i : -1;
  const k = a >= 0 ? i + 1 : i;
  const t = tokens[k];
  // An acronym ("ISIS", "NATO") is no spelling of a place name.
  if (
    !t.cap ||
    t.allCaps ||
    (a < 0 && t.sentenceStart) ||
    t.text.length < 4 ||
    common.has(t.lower) ||
    lowerWords.has(t.lower)
  )
    return null;
  const prev = i > 0 ? tokens[i - 1].lower : '';
  // "the Syrian Albukamal": after "the" and a demonym, only a spelling of a place in that country.
  const dem = i > 1 && tokens[i - 2].lower === 'the' ? lexicon().demonyms.get(prev) : undefined;
  if (!CUES_BEFORE.has(prev) && !dem) return null;
  if (k + 1 < tokens.length && tokens[k + 1].cap && tokens[k + 1].contiguous) return null;
  const start = tokens[i].start;
  const span = text.slice(start, t.end);
  // Only a demonym without a cue word needs the candidates (one in that country); otherwise any match will do.
  if (dem && !CUES_BEFORE.has(prev)) {
    if (!gaz.lookup(span, { limit: 200 }).some((c) => c.countryCode === dem)) return null;
  } else if (!gaz.hasAny(span)) return null;
  const m: Mention = { start, end: t.end, text: span, role: 'place' };
  const hintCountry = nearbyDemonym(tokens, i);
  if (hintCountry) m.countryHint = hintCountry;
  const hint = classHintAround(tokens, i, k);
  if (hint) m.classHint = hint;
  return m;
}
