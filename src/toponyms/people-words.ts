/**
 * "in Sinjar Yazidi families", "Hasakeh Kurdish families": a place written right before a people's adjective. The
 * capitalised run "Sinjar Yazidi" is no person's name (two words the lists lack) and no longer place name: the
 * people's word (lexicon `peoples`) is cut from the end of the run and the place before it is read alone. A run the
 * gazetteer knows whole keeps it, and so does one whose other words are a feature word ("Jabal Druze", a mountain
 * named after the people) or no name the gazetteer holds.
 */
import { foldExact, GENERIC } from '../gazetteer/fold.js';
import { ARABIC_FEATURE_WORDS } from './list-items.js';
import { lexicon } from './lexicon.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

export function cutPeopleWord(text: string, tokens: Token[], run: Run, gaz: NameIndex): Run {
  if (run.to <= run.from || !lexicon().peoples.has(tokens[run.to].lower)) return run;
  const whole = text.slice(tokens[run.from].start, tokens[run.to].end);
  if (gaz.hasExact(foldExact(whole))) return run;
  const rest = text.slice(tokens[run.from].start, tokens[run.to - 1].end);
  const lower = foldExact(rest);
  if (GENERIC.has(lower) || ARABIC_FEATURE_WORDS.has(lower) || !gaz.hasExact(lower)) return run;
  return { from: run.from, to: run.to - 1 };
}
