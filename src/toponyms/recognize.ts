/**
 * Toponym recognition: gazetteer-driven matching over capitalised runs, filtered by evidence from the text
 * (common words, sentence starts, people, organisations, demonyms, cue words).
 *
 * Steps: tokens → capitalised runs → classify each run (person / organisation / plain) → longest gazetteer
 * matches inside the run → filters → cue-word loose matches for unknown spellings.
 */
import { foldExact, GENERIC } from '../gazetteer/fold.js';
import type { Mention, MentionRole } from '../types.js';
import { CONNECTORS, lexicon } from './lexicon.js';
import { joinAndNames } from './and-names.js';
import { attachContext, markDatelines } from './context.js';
import { markAreaHeads } from './area-heads.js';
import { actingDemonym, articleBefore, classHintAround, nearbyDemonym } from './around-name.js';
import { demonymAppositive } from './demonym-reach.js';
import { dropFeatureOfParts } from './feature-of.js';
import { joinKindWords } from './feature-word.js';
import { markAimedTargets } from './aimed-target.js';
import { markArticleWaters } from './article-waters.js';
import { looseCue, looseRun, repeatedLoose } from './loose-names.js';
import { joinRiverFirst } from './river-first.js';
import { acceptSingle } from './single.js';
import { eponymOpening, partOfUnknownName } from './unknown-words.js';
import { ARABIC_FEATURE_WORDS, LIST_GAP, looseListItems, spelledAsWritten } from './list-items.js';
import { dropMediaNames } from './media-names.js';
import { dropLandmarkNames } from './landmark-names.js';
import { cutPeopleWord } from './people-words.js';
import { dropArmedGroupNames } from './group-names.js';
import { dropQuotedNicknames } from './nicknames.js';
import { markMetonyms } from './metonymy.js';
import { markNamedRepublics, organisationFrom } from './org-names.js';
import { markSentenceCountries } from './sentence-countries.js';
import { demonymRegion } from './demonym-region.js';
import { theGulfMentions } from './the-gulf.js';
import { classifyRun, type NameIndex, type Run, splitPersonOf } from './people.js';
import { type Token, tokenize } from './tokenize.js';
import { wordsInBothCases } from './word-case.js';
import { anyUnit, cutUnits } from './cut-units.js';
import { arabicCompound } from './arabic-compound.js';
import { splitAtOwner } from './owner-split.js';
import { qualifiedName } from './qualified-name.js';
import { abbreviatedCountyRun, adjectivalOblastRun, unitNamed } from './unit-named.js';

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

/** "Dasht-e-Barchi", "Stratford-upon-Avon": the word after a lower-case link hyphenated on both sides ends a name the
 * gazetteer lacks as a whole (when it has it, the match from the first word takes it all); it is no place of its own
 * (Barchi, Italy). Not after an Arabic article written apart ("Muadamiyat al-Sham", "Jurd al-Qalamoun"): there the
 * second word is often the place that names the first. */
function linkedTail(tokens: Token[], i: number, from: number): boolean {
  const link = tokens[i - 1];
  return i - 1 > from && tokens[i].cap && tokens[i].hyphenJoined && !link.cap && link.hyphenJoined;
}

/** Longest gazetteer match starting at token i inside [i, to], or -1. */
function longestMatch(text: string, tokens: Token[], i: number, to: number, gaz: NameIndex, maxTokens: number): number {
  for (let j = Math.min(to, i + maxTokens - 1); j >= i; j--) {
    if (!tokens[j].cap) continue;
    if (gaz.hasExact(foldExact(text.slice(tokens[i].start, tokens[j].end)))) return j;
  }
  return -1;
}

export function recognize(text: string, gaz: NameIndex, options: RecognizeOptions = {}): Mention[] {
  const opts = { ...DEFAULTS, ...options };
  const lex = lexicon();
  const tokens = tokenize(text);
  // Words the text also writes in lower case ("Aid" / "aid"). Only capitalised words are ever asked about, so only
  // those are kept (word-case.ts).
  const lowerWords = wordsInBothCases(tokens);
  const personTokens = new Set<string>();
  const mentions: Mention[] = [];
  const plainRuns: Run[] = [];
  // Multi-word names read through a loose spelling (repeatedLoose finds them again where written bare).
  const looseNames = new Set<string>();

  // Last tokens of names written right before a unit ("Maru Local Government Area"; cut-units.ts).
  const beforeUnit = new Set<number>();
  let runs = joinAndNames(text, tokens, runsOf(tokens), gaz).flatMap((r) => splitPersonOf(text, tokens, r, gaz));
  if (tokens.some((t) => t.owner)) runs = runs.flatMap((r) => splitAtOwner(text, tokens, r, gaz));
  if (anyUnit(tokens)) runs = runs.flatMap((r) => cutUnits(tokens, r, beforeUnit));
  runs = runs.map((r) => cutPeopleWord(text, tokens, r, gaz));
  for (const run of runs) {
    const last = mentions[mentions.length - 1];
    // The next item of a list after a place the gazetteer spells as written, in words no English text uses ("Qana and
    // Bint Jbeil", not "… and The Times" or "Mountain Dairy"); written without its entry's article counts ("Khiam":
    // El Khiam), as the lookup finds it before any loose spelling.
    const listed =
      run.to > run.from &&
      last?.role === 'place' &&
      last.end < tokens[run.from].start &&
      LIST_GAP.test(text.slice(last.end, tokens[run.from].start)) &&
      spelledAsWritten(last.text, gaz) &&
      !tokens
        .slice(run.from, run.to + 1)
        .some(
          (t) =>
            lex.common.has(t.lower) ||
            (GENERIC.has(t.lower) && !ARABIC_FEATURE_WORDS.has(t.lower)) ||
            t.lower === 'the',
        );
    const adjectival = adjectivalOblastRun(text, tokens, run, gaz) ?? abbreviatedCountyRun(text, tokens, run, gaz);
    if (adjectival) {
      mentions.push(adjectival);
      continue;
    }
    const ac = run.to > run.from ? arabicCompound(tokens, run, gaz) : -1;
    const loose =
      looseRun(text, tokens, ac > run.from ? { from: ac, to: run.to } : run, gaz, personTokens, listed || ac >= 0) ??
      repeatedLoose(text, tokens, run, looseNames);
    if (loose) {
      mentions.push(loose);
      looseNames.add(foldExact(loose.text));
      continue;
    }
    const cls = classifyRun(text, tokens, run, personTokens, gaz);
    let kind = cls.kind;
    let to = run.to;
    if (kind === 'person') {
      for (let k = cls.from; k <= run.to; k++)
        if (tokens[k].cap && !(cls.placeFirst && k === cls.from)) personTokens.add(tokens[k].lower);
      // Words before the title stay: "Lebanese Prime Minister Nawaf Salam" keeps "Lebanese".
      if (cls.from - 2 < run.from) continue;
      kind = 'plain';
      to = cls.from - 2;
    }
    const orgFrom = kind === 'organisation' ? cls.from : organisationFrom(text, tokens, run, gaz);
    let i = run.from;
    while (i <= to) {
      const t = tokens[i];
      if ((!t.cap || t.elided) && !(i + 1 <= to && articleBefore(tokens, i + 1))) {
        i++;
        continue;
      }
      if (linkedTail(tokens, i, run.from)) {
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
        const region = dem ? demonymRegion(text, t, gaz) : null;
        if (region) mentions.push(region);
        else if (dem) {
          const m: Mention = { start: t.start, end: t.end, text: t.text, role: 'demonym', context: dem };
          if (actingDemonym(tokens, i)) m.acting = true;
          mentions.push(m);
        } else if (kind === 'plain') {
          const withUnit = i === to ? unitNamed(text, tokens, i, gaz) : null;
          const loose = withUnit ? null : looseCue(text, tokens, i, gaz, lex.common, lowerWords);
          if (withUnit) mentions.push(withUnit);
          else if (loose) {
            mentions.push(loose);
            if (loose.end > t.end) i++; // it took the article and the name
          }
        }
        i++;
        continue;
      }
      const span = text.slice(t.start, tokens[j].end);
      // "in Yohmor al-Shaqif": the village, its qualifier no place of its own (qualified-name.ts).
      const qualified = kind === 'plain' && qualifiedName(text, tokens, i, j, to, gaz);
      if (
        j === i &&
        (!acceptSingle(text, tokens, i, span, gaz, lowerWords, opts.commonWordPrior, run) ||
          (kind === 'plain' && !qualified && partOfUnknownName(tokens, i, run.from, to, gaz, lowerWords, span)) ||
          (orgFrom >= 0 && i >= orgFrom && eponymOpening(text, tokens, i, to, gaz, lowerWords, span)))
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
      const hintCountry = nearbyDemonym(tokens, i) ?? demonymAppositive(text, tokens, j);
      if (hintCountry) m.countryHint = hintCountry;
      const hint = beforeUnit.has(j) ? 'A' : classHintAround(tokens, i, j);
      if (hint) m.classHint = hint;
      mentions.push(m);
      i = qualified ? to + 1 : j + 1;
    }
    if (kind === 'plain') plainRuns.push({ from: run.from, to });
  }
  const listed = looseListItems(text, tokens, plainRuns, mentions, gaz, lowerWords);
  if (listed.length) mentions.push(...listed);
  if (listed.length) mentions.sort((a, b) => a.start - b.start);
  joinKindWords(text, gaz, mentions);
  joinRiverFirst(text, gaz, mentions);
  dropMediaNames(text, gaz, mentions);
  dropLandmarkNames(text, gaz, mentions);
  dropArmedGroupNames(text, gaz, mentions);
  dropQuotedNicknames(text, mentions);
  dropFeatureOfParts(text, gaz, mentions);
  theGulfMentions(text, mentions);
  attachContext(text, gaz, mentions);
  markAreaHeads(text, mentions);
  markDatelines(text, mentions);
  markMetonyms(text, gaz, mentions);
  markNamedRepublics(text, mentions);
  markSentenceCountries(text, gaz, mentions);
  markAimedTargets(text, gaz, mentions);
  markArticleWaters(text, gaz, mentions);
  return mentions;
}

/** A name followed by one of these is a disease or a product named after a place ("Ebola virus", "Marburg fever"),
 * or a species of a genus named after a river ("Sudan ebolavirus", "Reston ebolavirus"). */
const NAMED_AFTER = new Set([
  'virus',
  'viruses',
  'ebolavirus',
  'ebolaviruses',
  'fever',
  // "Crimean-Congo haemorrhagic fever", "Marburg hemorrhagic fever".
  'haemorrhagic',
  'hemorrhagic',
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
