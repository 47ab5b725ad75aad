/**
 * Names no gazetteer entry spells exactly but one matches by transliteration, read as places when a cue word stands
 * before them ("in Sheikh Meskin", "the village of Dmeir") or a unit word after them ("the Middle Shabelle region").
 */
import { foldExact } from '../gazetteer/fold.js';
import { spellingSkeleton } from '../gazetteer/skeleton.js';
import type { Mention } from '../types.js';
import { unitClassAfter, unitFits } from './area-heads.js';
import { articleBefore, classHintAround, nearbyDemonym } from './around-name.js';
import { CUES_BEFORE, GROUP_NOUNS, lexicon } from './lexicon.js';
import { districtOfTown } from './district-of-town.js';
import { placeOwner } from './owner-split.js';
import type { NameIndex, Run } from './people.js';
import type { Token } from './tokenize.js';

/** Verbs of an attack or a move on a place ("militants attacked al-Shadadi", "families reached Tell Rifaat"): cue
 * words for a loose spelling only, beside CUES_BEFORE. */
const LOOSE_CUES = new Set([
  ...CUES_BEFORE,
  'attacked',
  'raided',
  'reached',
  'ambushed',
  'retook',
  'regained',
  'surrounded',
  'encircled',
  'overran',
  'evacuated',
]);

/** "in Sheikh Meskin", "at Jisr al-Shughur", "in Al-Shadadi", "the Middle Shabelle region": a multi-word name after a
 * cue word or before an admin-unit word that no entry spells exactly but one matches by transliteration or another
 * form of the article (Ash Shaykh Miskin, Jisr ash Shughur, Middle Shabele). Taken whole, before any
 * person/organisation rule. */
export function looseRun(
  text: string,
  tokens: Token[],
  run: Run,
  gaz: NameIndex,
  personTokens: Set<string>,
  listed = false,
): Mention | null {
  // "In Al-Dhale province, …": a sentence's capitalised cue word opens the run; the name is the rest of it.
  const opener = sentenceCue(tokens, run);
  if (opener) run = { from: run.from + 1, to: run.to };
  if (run.to === run.from || run.to - run.from > 3) return null;
  // `listed`: the next item of a list whose item before was read as a place ("struck Qana and Bint Jbeil").
  const cue =
    opener ||
    listed ||
    (run.from > 0 && (LOOSE_CUES.has(tokens[run.from - 1].lower) || placeOwner(tokens, run.from - 1, gaz)));
  // "the Rovuma River", "the Nafusa Mountains": the run's own last word is the kind (the entry spells it otherwise:
  // Ruvuma, Jabal Nafusah), as a lower-case unit word after the run is.
  // Not "The Limpopo River", "the Jhelum River": a name the gazetteer spells as written before the kind word is read
  // by the exact path, with the kind word as its cue.
  const own = ownKind(text, tokens, run, gaz);
  const unit = cue ? '' : own || unitClassAfter(tokens, run.to);
  if (!cue && !unit) return null;
  // "commented on Al-Masoud's death": a person named before; but no person's name stands before "province".
  if (personTokens.has(tokens[run.to].lower) && !(unit || unitClassAfter(tokens, run.to))) return null;
  const span = text.slice(tokens[run.from].start, tokens[run.to].end);
  // "in North Dallas": a side word before a name the gazetteer spells as written is a part of that place, read by
  // the exact path (not Dallesport by a loose spelling of the whole).
  if (sideOfExactName(text, tokens, run, gaz)) return null;
  // An armed group's name ("connected to Al-Qaeda", data/actors.json) is no spelling of a place.
  if (gaz.hasExact(foldExact(span)) || lexicon().groupNames.has(foldExact(span))) return null;
  // No entry has the span's own spelling: a candidate matched another spelling of the article or of the name.
  if (!gaz.hasAny(span) || (unit && !unitFits(span, unit, gaz))) return null;
  const m: Mention = { start: tokens[run.from].start, end: tokens[run.to].end, text: span, role: 'place' };
  const hintCountry = nearbyDemonym(tokens, run.from);
  if (hintCountry) m.countryHint = hintCountry;
  const hint = own || classHintAround(tokens, run.from, run.to);
  if (hint) m.classHint = hint;
  return m;
}

/** Side words that open a name of a part of a place ("North Dallas", "Eastern Mosul", "Central Aleppo"). */
const SIDE_WORDS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
]);

/** The run is a side word and then a name some entry spells exactly ("North Dallas", "West Mosul"). */
function sideOfExactName(text: string, tokens: Token[], run: Run, gaz: NameIndex): boolean {
  if (!SIDE_WORDS.has(tokens[run.from].lower)) return false;
  return gaz.hasExact(foldExact(text.slice(tokens[run.from + 1].start, tokens[run.to].end)));
}

/** The run opens a sentence with a cue word ("In", "Near") before a longer capitalised name. */
function sentenceCue(tokens: Token[], run: Run): boolean {
  const head = tokens[run.from];
  return head.sentenceStart && run.to - run.from >= 2 && LOOSE_CUES.has(head.lower) && tokens[run.from + 1].cap;
}

/** The class a run's own last word names: a river (H) or a mountain range (T). */
const OWN_KIND: Record<string, string> = { river: 'H', mountains: 'T' };

/** The class of the run's own kind word, when the name before it is no exact spelling (and no article opens the run). */
function ownKind(text: string, tokens: Token[], run: Run, gaz: NameIndex): string {
  const kind = OWN_KIND[tokens[run.to].lower];
  if (!kind || tokens[run.from].lower === 'the') return '';
  return gaz.hasExact(foldExact(text.slice(tokens[run.from].start, tokens[run.to - 1].end))) ? '' : kind;
}

/** "in Sarada", "the village of Dmeir": an unknown capitalised word after a cue word, matched by the loose key. */
export function looseCue(
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
  // "the Shabelle river": a river word after the name is a cue too, when a spelling of it names a river; so is
  // "district" in "the Maqbana district" when an admin area is spelled so (districtAfter).
  const unit = !LOOSE_CUES.has(prev) && !dem ? unitClassAfter(tokens, k) : '';
  const camp = !LOOSE_CUES.has(prev) && !dem && campAfter(tokens, k);
  if (unit === 'A' || camp) return districtAfter(tokens, k, gaz);
  if (!LOOSE_CUES.has(prev) && !dem && !unit) return null;
  const next = tokens[k + 1];
  // "Ras Isa", "Druze fighters"; but "in Shabwa's Ataq" names two places.
  if (next?.contiguous && !t.owner && (next.cap || GROUP_NOUNS.has(next.lower))) return null;
  const start = tokens[i].start;
  const span = text.slice(start, t.end);
  // Only a demonym without a cue word needs the candidates (one in that country); otherwise any match will do.
  if (dem && !LOOSE_CUES.has(prev)) {
    if (!gaz.lookup(span, { limit: 200 }).some((c) => c.countryCode === dem)) return null;
  } else if (unit ? !unitFits(span, unit, gaz) : !gaz.hasAny(span)) return null;
  const m: Mention = { start, end: t.end, text: span, role: 'place' };
  const hintCountry = nearbyDemonym(tokens, i);
  if (hintCountry) m.countryHint = hintCountry;
  const hint = classHintAround(tokens, i, k);
  if (hint) m.classHint = hint;
  return m;
}

/** "the Maqbana district", "the Chamchamaal governorate", "the Makhmour camp": one unknown word between "the" and a
 * lower-case unit word (or "camp", named after the district it lies in) is an admin area spelled as English news
 * writes it (spelling skeleton: Maqbanah, Chamchamal District, Makhmūr District), not any loose namesake abroad (a
 * one-word loose key meets far too many: a "state game area" or a Luanda district is no reason to read a town in
 * another continent). */
function districtAfter(tokens: Token[], k: number, gaz: NameIndex): Mention | null {
  if (k === 0 || tokens[k - 1].lower !== 'the' || !UNIT_NOUNS.has(tokens[k + 1].lower)) return null;
  const span = tokens[k].text;
  const skeleton = spellingSkeleton(span);
  // Few candidates: the area, when there is one, ranks high among the loose namesakes (an area's prior is high).
  const fits = gaz
    .lookup(span, { limit: 10 })
    .some((c) => c.featureClass === 'A' && !c.featureCode.startsWith('PCL') && spellingSkeleton(c.name) === skeleton);
  const town = !fits && districtOfTown(tokens, k, gaz);
  if (!fits && !town) return null;
  const m: Mention = { start: tokens[k].start, end: tokens[k].end, text: span, role: 'place' };
  if (town) return m;
  // A camp or an airbase lies at or near the area's town: the name is the place, not the area's bounds.
  if (!SITES.has(tokens[k + 1].lower)) m.classHint = 'A';
  return m;
}
/** Sites named after the area they lie in: "the Makhmour camp", "the Jufra airbase", "the Jufra air base". */
const SITES = new Set(['camp', 'airbase', 'airport', 'air']);
const UNIT_NOUNS = new Set(['district', 'governorate', 'province', 'region', ...SITES]);

/** "the Makhmour camp", "the Jufra airbase": a camp (refugees', displaced people's) or an airbase named after the
 * district it lies in. */
function campAfter(tokens: Token[], k: number): boolean {
  const a = tokens[k + 1];
  if (!a || a.cap || !a.contiguous || !SITES.has(a.lower)) return false;
  const b = tokens[k + 2];
  return a.lower !== 'air' || (!!b && b.contiguous && b.lower === 'base');
}

/** "the Middle Shabelle region … displaced in Hiran and Middle Shabelle": a multi-word name read loosely once (after
 * a cue word or before a unit word) is the same name where its whole capitalised run is written again without one, and
 * not a person's name. */
export function repeatedLoose(text: string, tokens: Token[], run: Run, names: Set<string>): Mention | null {
  if (names.size === 0 || run.to === run.from) return null;
  const start = tokens[run.from].start;
  const span = text.slice(start, tokens[run.to].end);
  return names.has(foldExact(span)) ? { start, end: tokens[run.to].end, text: span, role: 'place' } : null;
}
