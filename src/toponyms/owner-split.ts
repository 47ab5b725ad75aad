/**
 * "Lebanon's Bint Jbeil", "in Shabwa's Ataq": a well-known place written as the owner ('s) of the next words is a
 * name of its own, and the words after it another name, placed by it — so the run is cut after the owner, and the
 * owner stands as a cue word before the name that follows (loose-names.ts reads a loose spelling there).
 */
import { lexicon } from './lexicon.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** The prior an owner's best entry needs: a country, a province or a known city; higher when matched loosely
 * ("Shabwa", Shabwah), since a loose key reaches some town from almost any surname ("Messi's", Miass). */
const OWNER_PRIOR = 0.6;
const LOOSE_OWNER_PRIOR = 0.8;

/** The owner is a well-known place. */
export function placeOwner(tokens: Token[], k: number, gaz: NameIndex): boolean {
  const t = tokens[k];
  if (!t?.owner || !t.cap || t.allCaps || !gaz.hasAny(t.text)) return false;
  const best = gaz.lookup(t.text, { limit: 1 })[0];
  return !!best && (best.prior ?? 0) >= (best.match === 'loose' ? LOOSE_OWNER_PRIOR : OWNER_PRIOR);
}

/** The run cut after a one-word place owner opening it, when the words after it are one short name that the gazetteer
 * knows (not "Google's FluTrends"), with no organisation head ("China's Ministry of Health"), first name or title
 * ("Syria's Ahmed al-Sharaa"). */
export function splitAtOwner(text: string, tokens: Token[], run: Run, gaz: NameIndex): Run[] {
  if (run.to === run.from || !tokens[run.from].owner || run.to - run.from > 3) return [run];
  const lex = lexicon();
  for (let k = run.from + 1; k <= run.to; k++) {
    const t = tokens[k];
    if (!t.cap || t.owner || lex.orgHeads.has(t.lower) || lex.personTitles.has(t.lower)) return [run];
  }
  if (lex.firstNames.has(tokens[run.from + 1].lower)) return [run];
  if (!gaz.hasAny(text.slice(tokens[run.from + 1].start, tokens[run.to].end)) || !placeOwner(tokens, run.from, gaz))
    return [run];
  return [
    { from: run.from, to: run.from },
    { from: run.from + 1, to: run.to },
  ];
}
