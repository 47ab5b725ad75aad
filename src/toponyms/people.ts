/**
 * Telling people and organisations from places: classifies a capitalised run of tokens ("Khaled Al-Masoud",
 * "Soufan Center", "Idlib Province") before recognition looks for gazetteer names inside it.
 */
import { foldExact } from '../gazetteer/fold.js';
import type { Candidate } from '../types.js';
import { ADMIN_HEADS, lexicon } from './lexicon.js';
import { afterPossessive, orgHeads, SITE_HEADS, unitAfter } from './org-heads.js';
import { agedName, KINSHIP } from './person-cues.js';
import { qualifiedRun } from './qualified-name.js';
import type { Token } from './tokenize.js';

export interface NameIndex {
  hasExact(folded: string): boolean;
  /** Whether lookup(name) finds anything: a cheaper question than the candidates themselves. */
  hasAny(name: string): boolean;
  lookup(name: string, options?: { limit?: number; loose?: boolean }): Candidate[];
}

export interface Run {
  from: number;
  to: number; // inclusive token indices
}

export type RunKind = 'person' | 'organisation' | 'plain';

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'wrote',
  'explained',
  'argued',
  'believes',
  'thinks',
]);

/** Any sub-span of two or more tokens of the run is a gazetteer name ("New York", "Deir ez-Zor"). */
function multiTokenPlace(text: string, tokens: Token[], run: Run, gaz: NameIndex): boolean {
  for (let i = run.from; i < run.to; i++)
    for (let j = run.to; j > i; j--)
      if (gaz.hasExact(foldExact(text.slice(tokens[i].start, tokens[j].end)))) return true;
  return false;
}

const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'abd',
  'de',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'ben',
]);

/** A run made of capitalised words and name particles only ("Khaled Al-Masoud"), not "Mayor of X" or "X on Y". */
function onlyNameTokens(tokens: Token[], run: Run): boolean {
  for (let k = run.from; k <= run.to; k++) if (!tokens[k].cap && !NAME_PARTICLES.has(tokens[k].lower)) return false;
  return true;
}

/** "A Turkish policeman", "Former British officials": a demonym in the run means it is not a person's name. */
function hasDemonym(tokens: Token[], run: Run): boolean {
  const dem = lexicon().demonyms;
  for (let k = run.from; k <= run.to; k++) if (dem.has(tokens[k].lower)) return true;
  return false;
}

function placeWithPrior(name: string, gaz: NameIndex, min: number): boolean {
  if (!gaz.hasExact(foldExact(name))) return false;
  const best = gaz.lookup(name, { limit: 1, loose: false })[0];
  return !!best && (best.prior ?? 0) >= min;
}

/** A token of the run names a country, capital or province (prior ≥ 0.8): not a person's name. */
function looksMajor(tokens: Token[], run: Run, gaz: NameIndex): boolean {
  for (let k = run.from; k <= run.to; k++) {
    if (!tokens[k].cap) continue;
    const best = gaz.lookup(tokens[k].text, { limit: 1, loose: false })[0];
    if (best && (best.prior ?? 0) >= 0.8) return true;
  }
  return false;
}

/** A capitalised word that could only be a surname: no common word, title, head word, demonym or known place. */
function surnameLike(t: Token, gaz: NameIndex): boolean {
  const lex = lexicon();
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.hyphenJoined) return false;
  const w = t.lower;
  if (lex.common.has(w) || lex.personTitles.has(w) || lex.demonyms.has(w) || ADMIN_HEADS.has(w) || orgHeads().has(w))
    return false;
  const best = gaz.lookup(t.text, { limit: 1, loose: false })[0];
  return !best || (best.prior ?? 0) < 0.4;
}

const DETERMINERS = new Set(['the', 'a', 'an']);

/** The word without one final period ("gen." → "gen"): what `replace(/\.$/, '')` gives, without a regex per word. */
const noDot = (w: string) => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);

/** "the Irrawaddy River", "the Kaladan River": a gazetteer name and a geographic head word is no person's name. */
function namedWithHead(text: string, tokens: Token[], run: Run, gaz: NameIndex): boolean {
  if (!ADMIN_HEADS.has(tokens[run.to].lower)) return false;
  return gaz.hasExact(foldExact(text.slice(tokens[run.from].start, tokens[run.to - 1].end)));
}

/** Prepositions that put a name on the map ("officials in Ben Guerdane", "in nearby St. Thomas"; not "of" or "from",
 * which also introduce people), and nouns of places written after a name ("the Ibrahim Khalil border crossing"). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'nearby', 'at', 'outside', 'around', 'into', 'towards', 'toward']);
const PLACE_NOUNS = new Set(['border', 'crossing', 'camp', 'district', 'province', 'region', 'village', 'town']);

/** A name the gazetteer holds whole, written where a place stands, is a place even when it starts with a given name. */
function placeAround(tokens: Token[], run: Run): boolean {
  const prev = tokens[run.from - 1];
  const next = tokens[run.to + 1];
  return (
    (!!prev && !prev.cap && PLACE_PREPOSITIONS.has(prev.lower) && tokens[run.from].contiguous) ||
    (!!next && !next.cap && next.contiguous && PLACE_NOUNS.has(next.lower))
  );
}

/** Prepositions after which a name is where someone is, not who speaks: "officials in Mastung said". */
const LOCATIVE = new Set(['in', 'of', 'from', 'near', 'at']);

/** "Residents of Kaya and Ouahigouya said", "officials in Turbat and Mastung said": a one-word name before a speech
 * verb is a place, not the speaker, after a preposition of place or after "and" joining it to a place name; so is a
 * longer name that the gazetteer has whole. */
function placeBefore(text: string, tokens: Token[], run: Run, gaz: NameIndex): boolean {
  if (run.from < 2) return false;
  const prev = tokens[run.from - 1].lower;
  if (lexicon().firstNames.has(tokens[run.from].lower)) return false;
  // "Two residents of Finote Selam said", "Verrettes and Saint-Marc said": a longer name only if the gazetteer has it.
  if (run.from !== run.to && !gaz.hasExact(foldExact(text.slice(tokens[run.from].start, tokens[run.to].end))))
    return false;
  if (LOCATIVE.has(prev)) return true;
  if (prev !== 'and' && prev !== 'or') return false;
  // The name before "and", up to three words ("El Fula and Muglad said").
  const end = run.from - 2;
  for (let k = end; k >= 0 && k > end - 3 && tokens[k].cap; k--)
    if (gaz.hasExact(foldExact(text.slice(tokens[k].start, tokens[end].end)))) return true;
  return false;
}

/** `toward Mueda," said a resident`: a quotation closes between the name and the speech verb, so the name is the last
 * word of what was said and the speaker comes after the verb. */
function quoteClosesAfter(text: string, tokens: Token[], run: Run): boolean {
  return /["”]/.test(text.slice(tokens[run.to].end, tokens[run.to + 1].start));
}

/** "Mary Hale of Oxford", "Sen. John Reyes of Florida", "Ruth of Detroit": a person's name, "of", then a place joined into one run. Split
 * there, unless a gazetteer name spans the "of" ("Isle of Man", "Democratic Republic of the Congo"). */
export function splitPersonOf(text: string, tokens: Token[], run: Run, gaz: NameIndex): Run[] {
  for (let k = run.from + 1; k < run.to; k++) {
    if (tokens[k].lower !== 'of' || !tokens[k + 1].cap) continue;
    const left = { from: run.from, to: k - 1 };
    // "Ruth of Detroit": a given name alone is a person too.
    const firstName = k === run.from + 1 && lexicon().firstNames.has(tokens[run.from].lower);
    if (!firstName && classifyRun(text, tokens, left, new Set(), gaz).kind !== 'person') return [run];
    // Names are at most 7 tokens long: bounded work however long the run.
    for (let i = Math.max(run.from, k - 6); i < k; i++)
      for (let j = k + 1; j <= Math.min(run.to, i + 6); j++)
        if (gaz.hasExact(foldExact(text.slice(tokens[i].start, tokens[j].end)))) return [run];
    return [left, { from: k + 1, to: run.to }];
  }
  return [run];
}

export function classifyRun(
  text: string,
  tokens: Token[],
  run: Run,
  personTokens: Set<string>,
  gaz: NameIndex,
  trimmed = false,
): { kind: RunKind; from: number; placeFirst?: boolean } {
  const lex = lexicon();
  const len = run.to - run.from + 1;
  const head = tokens[run.from];
  if (
    !trimmed &&
    len >= 2 &&
    tokens[run.from + 1].cap &&
    (DETERMINERS.has(head.lower) ||
      (head.sentenceStart &&
        lex.common.has(head.lower) &&
        !lex.firstNames.has(head.lower) &&
        !lex.personTitles.has(head.lower)))
  ) {
    // "The Innisfail skater", "A Danbury mason", "Former British officials": the capital belongs to the sentence, not
    // to a name; judge the rest of the run.
    const inner = classifyRun(text, tokens, { from: run.from + 1, to: run.to }, personTokens, gaz, true);
    return inner.kind === 'organisation' ? { kind: 'organisation', from: run.from } : inner;
  }
  // An organisation's head word after the run's first word.
  const heads = orgHeads();
  for (let k = run.from + 1; k <= run.to; k++) {
    // A head hyphenated to the word before it ends a compound place name: "Chester-le-Street" is no street.
    if (tokens[k].hyphenJoined) continue;
    const w = noDot(tokens[k].lower);
    if (heads.has(w) && !ADMIN_HEADS.has(w) && !unitAfter(tokens, k, run))
      return { kind: 'organisation', from: SITE_HEADS.has(w) ? afterPossessive(text, tokens, run.from, k) : run.from };
  }
  // The whole run is a well-known place ("Prince Edward Island", "Sierra Leone") or an admin unit named with its head
  // word ("Scott County"): not a person, whatever its first word.
  const whole = text.slice(tokens[run.from].start, tokens[run.to].end);
  if (
    len >= 2 &&
    (placeWithPrior(whole, gaz, 0.5) ||
      (ADMIN_HEADS.has(tokens[run.to].lower) && placeWithPrior(whole, gaz, 0)) ||
      namedWithHead(text, tokens, run, gaz) ||
      (placeAround(tokens, run) && gaz.hasExact(foldExact(whole))))
  )
    return { kind: 'plain', from: run.from };
  // A title inside or just before the run: "President Ahmad Al-Sharaa", "envoy Tom Barrack".
  const prev = run.from > 0 ? tokens[run.from - 1] : null;
  if (prev && lex.personTitles.has(prev.lower) && tokens[run.from].contiguous) {
    return { kind: 'person', from: run.from };
  }
  if (prev && KINSHIP.has(prev.lower) && len >= 2) return { kind: 'person', from: run.from };
  // "nine-year-old Georgia Stevens", "Jordan Reyes, 34,": an age marks a person's full name, whatever its first word.
  if (len >= 2 && agedName(text, tokens, run) && !hasDemonym(tokens, run) && !gaz.hasExact(foldExact(whole)))
    return { kind: 'person', from: run.from };
  for (let k = run.from; k < run.to; k++) {
    if (!lex.personTitles.has(noDot(tokens[k].lower))) continue;
    // "Saint-Marc", "Sainte-Rose": a title hyphenated to the next word is the first part of a place name.
    if (tokens[k + 1].hyphenJoined) continue;
    // "the Mayor of Boston", "Governor of Texas": the office of a place, not a person's name.
    if (tokens[k + 1].lower === 'of') return { kind: 'plain', from: run.from };
    return { kind: 'person', from: k + 1 };
  }
  const first = tokens[run.from].lower;
  if (len >= 2 && lex.firstNames.has(first) && !lex.demonyms.has(first)) return { kind: 'person', from: run.from };
  if (len === 1 && personTokens.has(first)) return { kind: 'person', from: run.from };
  const next = tokens[run.to + 1];
  // "Residents of Brital said": a sentence's common word and "of" open no person's name ("Associates of Steele said":
  // unless the name is a person's the story has named).
  const commonOf = () =>
    head.sentenceStart &&
    lex.common.has(head.lower) &&
    tokens[run.from + 1]?.lower === 'of' &&
    !personTokens.has(tokens[run.to].lower);
  if (
    len <= 3 &&
    next &&
    SPEECH.has(next.lower) &&
    !commonOf() &&
    !quoteClosesAfter(text, tokens, run) &&
    !looksMajor(tokens, run, gaz) &&
    !placeBefore(text, tokens, run, gaz)
  )
    return { kind: 'person', from: run.from };
  // "Israel Katz said": a major place's name given to a person, before a surname the lists and the gazetteer lack. The
  // place's word stays a place elsewhere in the story (placeFirst).
  if (
    len === 2 &&
    next &&
    SPEECH.has(next.lower) &&
    !quoteClosesAfter(text, tokens, run) &&
    surnameLike(tokens[run.to], gaz) &&
    !lex.demonyms.has(first)
  )
    return { kind: 'person', from: run.from, placeFirst: true };
  if (
    len >= 2 &&
    len <= 4 &&
    onlyNameTokens(tokens, run) &&
    !ADMIN_HEADS.has(tokens[run.to].lower) && // "the Shabelle River": a feature's head word ends no person's name
    !tokens[run.from].allCaps && // "IIM Indore", "BBC Scotland": an acronym starts an organisation, not a name
    !multiTokenPlace(text, tokens, run, gaz) &&
    !looksMajor(tokens, run, gaz) &&
    !placeWithPrior(tokens[run.from].text, gaz, 0.6) &&
    !hasDemonym(tokens, run) &&
    !qualifiedRun(text, tokens, run, gaz) // "in Douma al-Batroun": a village and the area it lies in
  ) {
    return { kind: 'person', from: run.from };
  }
  if (len >= 2 && personTokens.has(tokens[run.to].lower) && personTokens.has(first))
    return { kind: 'person', from: run.from };
  return { kind: 'plain', from: run.from };
}
