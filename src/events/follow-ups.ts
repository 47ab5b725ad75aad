/**
 * What a report tells about an event in the sentences around it (docs/taxonomy.md, "Follow-up sentences"):
 * - a detail of a dated lead ("Israeli strikes killed 27 on Sunday … A strike on a house in X killed nine") takes the
 *   lead's day: same sub-event type and country, within two sentences, the lead's toll covering the detail's or the
 *   lead told in the plural (a campaign), no other date in between;
 * - "arrested 15 suspects in the operation": the place and date of the operation told just before; "nine were killed
 *   in the clashes on Monday": the place of the violent event of the sentence before (absorb.ts folds the toll in);
 * - "deployed troops to Catatumbo" after "clashes in the Catatumbo region near the border": a name the gazetteer does
 *   not know, named before as a region of an event of the article, is that event's place;
 * - "Group X claimed responsibility" in the same or the next two sentences gives actor1 to a violent event without one
 *   (otherwise an air strike without an agent stays without one: in Syria, Yemen or Gaza several air forces strike,
 *   and a guess is worse than a blank);
 * - "arrested two men", "detained dozens of Palestinians": the people arrested are civilians (actor2).
 */
import { leadOfKind } from './toll-kind.js';
import { supportStrike } from './support-strike.js';
import { findActors } from './actors.js';
import { blamedForAttack, blamedParty } from './blame.js';
import { referenceLead } from './reference-lead.js';
import { type Candidate, type PlaceChoice, VIOLENT, weakPlace } from './model.js';
import type { Span } from './sentences.js';

/** "in the operation", "during the raid", "in the ensuing operation": a reference to an operation told before. */
const IN_OPERATION =
  /\b(?:in|during|as\s+part\s+of)\s+(?:the|that|this)\s+(?:(?:ensuing|subsequent|follow-up|resulting)\s+)?(?:operation|raid|incursion|offensive|sweep|crackdown)\b/i;
/** "(Central Command said) the operation near X killed Y", "the ministry said the strike killed three": the operation
 * or strike told before is the subject. */
const OPERATION_SUBJECT =
  /(?:^|\bsaid\s+(?:that\s+)?)(?:the|that|this)\s+(?:operation|raid|incursion|sweep|(?:air\s*|drone\s+)?strike|airstrike|bombing|blast|explosion|shelling)\s+(?:[\w'’-]+\s+){0,6}?(?:killed|left)\b/i;

/** Whether the clause's subject is "the operation" told before ("the operation near X killed Y"). */
export const operationSubject = (clause: string): boolean => OPERATION_SUBJECT.test(clause);

/** "The attack on the checkpoint in X began with a car bomb, followed by heavy gunfire": how the event told before
 * went, its weapons no new event. */
const REFERENCE_DETAIL =
  /^\W*(?:the|that|this)\s+(?:attack|assault|raid|ambush|offensive|operation|incursion)\s+(?:[\w'’-]+\s+){0,8}?(?:began|started|opened|involved|included|consisted\s+of|was\s+carried\s+out)\b/i;

/** Whether the trigger at `index` tells how the event the clause's subject refers back to went. */
export function referenceDetail(clause: string, index: number): boolean {
  const m = REFERENCE_DETAIL.exec(clause);
  // "then carried out air strikes on the area": strikes of the operation told before (support-strike.ts).
  return (!!m && index >= m.index + m[0].length) || supportStrike(clause, index);
}

/** The candidate (last first) the clause's "in the operation" ("the operation near X killed Y") refers to: within this and the two sentences before. */
export function operationLead(cands: Candidate[], clause: string, sentenceIndex: number): Candidate | null {
  if (!IN_OPERATION.test(clause) && !OPERATION_SUBJECT.test(clause)) return null;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.sentenceIndex < sentenceIndex - 2) break;
    if (!weakPlace(c.place)) return c;
  }
  return null;
}

/** The event an "in the operation" clause or a toll "in the clashes" is told of, or null. */
export const leadFor = (cands: Candidate[], clause: string, sentenceIndex: number): Candidate | null =>
  operationLead(cands, clause, sentenceIndex) ??
  tollLead(cands, clause, sentenceIndex) ??
  referenceLead(cands, clause, sentenceIndex);

/** The place an "in the operation" clause takes from its lead, marked as such. */
export function operationPlace(lead: Candidate): PlaceChoice {
  return { ...lead.place, note: `${lead.place.note}; "the operation" told before` };
}

/** "nine fighters had been killed in the clashes on Monday", "troops killed 32 of the attackers in the ensuing
 * fighting", 'troops had killed "dozens of fighters" in the fighting': a toll told of an event by a reference to it. */
export const TOLL_OF_REFERENCE =
  /\b(?:(?:killed|died|dead|wounded|injured)\s+|killed\s+(?:(?:["“][^"“”\n]{0,80}["”]|[\w'’-]+)\s+){1,5}?)(?:in|during)\s+the\s+(?:[\w-]+\s+)?(?:clash(?:es)?|fighting|attacks?|raids?|strikes?|assault|ambush|bombing|battle|shelling)\b/i;

/** The violent event of the sentence before, with a place of its own, that a toll "in the clashes" is told of. */
export function tollLead(cands: Candidate[], clause: string, sentenceIndex: number): Candidate | null {
  const ref = TOLL_OF_REFERENCE.exec(clause);
  if (!ref) return null;
  const previous = cands.filter(
    (c) => c.sentenceIndex === sentenceIndex - 1 && VIOLENT.has(c.event_type) && !weakPlace(c.place),
  );
  const named = leadOfKind(previous, ref[0]);
  if (named) return named;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    if (c.sentenceIndex < sentenceIndex - 1) break;
    if (c.sentenceIndex === sentenceIndex || !VIOLENT.has(c.event_type)) continue;
    if (!weakPlace(c.place)) return c;
  }
  return null;
}

/** "to Catatumbo", "in Catatumbo": a capitalised name after a locative preposition. Group 1 is the name. */
const LOCATIVE_NAME = /\b(?:to|in|into|across|throughout)\s+(?:the\s+)?([A-Z][\w-]+)\b/g;
const REGION_WORDS = ['region', 'area', 'valley', 'province', 'district', 'zone'];

/** The place of an earlier event whose sentence named the clause's unknown name as a region ("the X region"). */
export function regionNamedBefore(
  cands: Candidate[],
  text: string,
  clause: Span,
  known: Set<string>,
): PlaceChoice | null {
  LOCATIVE_NAME.lastIndex = 0;
  for (let m = LOCATIVE_NAME.exec(clause.text); m; m = LOCATIVE_NAME.exec(clause.text)) {
    let name = m[1];
    // "to Wadi Zor": up to two more capitalised words of the name.
    for (let k = 0, rest = clause.text.slice(m.index + m[0].length); k < 2; k++) {
      const w = /^\s([A-Z][\w-]+)/.exec(rest);
      if (!w) break;
      name += ` ${w[1]}`;
      rest = rest.slice(w[0].length);
    }
    if (known.has(name)) continue;
    for (let i = cands.length - 1; i >= Math.max(0, cands.length - 20); i--) {
      const c = cands[i];
      if (weakPlace(c.place)) continue;
      const s = text.slice(c.sentence.start, c.sentence.end);
      if (REGION_WORDS.some((w) => s.includes(`${name} ${w}`)))
        return { ...c.place, note: `${c.place.note}; "${name}" named before as a region` };
    }
  }
  return null;
}

const undated = (c: Candidate) => !c.dated && !c.date.phrase;

/** The lead a detail takes its date from, or null. */
function campaignLead(cands: Candidate[], k: number): Candidate | null {
  const c = cands[k];
  for (let i = k - 1; i >= 0; i--) {
    const l = cands[i];
    if (l.sentenceIndex < c.sentenceIndex - 2) return null;
    if (l.sentenceIndex === c.sentenceIndex) continue;
    // Another dated event between them breaks the chain, unless it is told in the lead's own sentence ("jets struck X
    // late Saturday, hours after the group claimed a missile attack … The strikes hit Y").
    const sameSentenceLead = (j: number) =>
      cands.slice(0, j).some((e) => e.sentenceIndex === l.sentenceIndex && e.sub_event_type === c.sub_event_type);
    if (l.dated && l.sub_event_type !== c.sub_event_type && !sameSentenceLead(i)) return null;
    if (l.sub_event_type !== c.sub_event_type || l.place.countryCode !== c.place.countryCode) continue;
    if (!l.dated || l.date.time_precision !== 1 || l.anaphoric) continue;
    const covers = l.fatalities > c.fatalities || /s$/i.test(l.trigger.split(/\s+/)[0] ?? '');
    return covers ? l : null;
  }
  return null;
}

// "TTP claimed the attack", "the group claimed the bombing", "a faction, X, claimed it.": a claim of the act itself names its author as well;
// so does "the attack, claimed by JNIM," / "an ambush that was claimed by X".
const CLAIM =
  /\bclaimed\s+(?:the\s+|both\s+|these\s+)?(?:(?:twin|two|three|coordinated|deadly|latest)\s+)?(?:responsibility|attacks?|assaults?|ambush(?:es)?|bombings?|raids?|killings?)\b|\bclaimed\s+(?:it|them)(?=\s*(?:[.;,]|$))|(?:\b(?:responsibility|attacks?|assaults?|ambush(?:es)?|bombings?|raids?)\s*,?\s+|,\s*|\b(?:which|that)\s+)(?:was\s+|were\s+|has\s+been\s+)?claimed\s+by\b/i;

/** The group claiming responsibility in `s`, or ''. */
function claimant(s: string, iso2: string): string {
  const m = CLAIM.exec(s);
  if (!m) return '';
  const hits = findActors(s, iso2).filter((h) => !h.generic && !h.name.startsWith('Civilians'));
  const before = hits.filter((h) => h.index + h.length <= m.index);
  const after = hits.filter((h) => h.index >= m.index + m[0].length);
  const h = /claimed\s+by$/i.test(m[0]) ? after[0] : before[before.length - 1];
  return h?.name ?? '';
}

/** Whether `name` is named only after the claim in `s` ("claimed … an attack on a Syrian army checkpoint"). */
function claimedTarget(s: string, name: string, iso2: string): boolean {
  const m = CLAIM.exec(s);
  const hits = m ? findActors(s, iso2).filter((h) => h.name === name) : [];
  return hits.length > 0 && hits.every((h) => h.index >= m!.index + m![0].length);
}

/** "arrested two men", "detained dozens of young Palestinians": people, not a named group, were arrested. */
const ARRESTED_PEOPLE =
  /^[\w-]+\s+(?:at\s+least\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|dozens\s+of\s+|scores\s+of\s+|hundreds\s+of\s+)?(?:[\w,-]+\s+){0,2}?(?:people|persons|civilians|residents|men|women|youths|villagers|students|farmers|shepherds|fishermen|workers|labou?rers|drivers|doctors|nurses|children|boys|minors|pupils|shopkeepers|vendors|teachers|journalists|activists|palestinians|lebanese|syrians|iraqis|yemenis|afghans|sudanese|somalis|migrants|worshipp?ers|traders|merchants)\b/i;

/** "two wanted men", "men wanted for murder", "people suspected of …": suspects, not civilians (no actor2). */
const SUSPECTS = /\b(?:wanted|suspected|suspects?|alleged|accused)\b/i;

export function arrestedCivilians(fromTrigger: string): boolean {
  const m = ARRESTED_PEOPLE.exec(fromTrigger);
  return !!m && !SUSPECTS.test(fromTrigger.slice(0, m[0].length + 25));
}

/** Apply the follow-up rules to the article's candidates (in text order), in place. */
export function applyFollowUps(cands: Candidate[], text: string, sentences: Span[]): void {
  cands.forEach((c, k) => {
    const follows = c.follows !== undefined ? cands[c.follows] : undefined;
    // "they had arrested 15 suspects in the operation": the operation's force made the arrests.
    if (follows && !c.actor1 && follows.actor1 !== c.actor2) c.actor1 = follows.actor1;
    if (!undated(c)) return;
    const lead = follows ?? campaignLead(cands, k);
    if (!lead?.dated || lead.date.time_precision !== 1) return;
    c.date = { ...lead.date };
    c.dated = true;
  });
  for (const c of cands) {
    // "IS claimed responsibility for an attack on a Syrian army checkpoint": the claimant attacked the party after it.
    const own = text.slice(c.sentence.start, c.sentence.end);
    const by = VIOLENT.has(c.event_type) && c.actor1 ? claimant(own, c.place.countryCode) : '';
    if (by && by !== c.actor1 && claimedTarget(own, c.actor1, c.place.countryCode)) {
      [c.actor1, c.actor2] = [by, c.actor1];
      continue;
    }
    // "Jihadist fighters killed 50 soldiers … JNIM claimed responsibility": the claim names the unidentified attackers.
    const unnamed = !c.actor1 || c.actor1.startsWith('Unidentified Armed Group');
    if (!unnamed || !VIOLENT.has(c.event_type)) continue;
    for (let s = c.sentenceIndex; s <= Math.min(sentences.length - 1, c.sentenceIndex + 2); s++) {
      // "The BLA claimed the killing of nine passengers near Kalat": a later claim of an act placed elsewhere is
      // that act's author, not this event's.
      if (s > c.sentenceIndex && cands.some((o) => o.sentenceIndex === s && o.place.key !== c.place.key)) continue;
      const from = s === c.sentenceIndex ? c.sentence.start : sentences[s].start;
      const told = text.slice(from, sentences[s].end);
      // "Drones struck X. The army blamed Y.": a party blamed for the attack, in its sentence or the next; two
      // sentences on only a blame that names the attack ("The RSF has been blamed for the attacks", blame.ts).
      const blamed = s <= c.sentenceIndex + 1 ? blamedParty : blamedForAttack;
      const who = claimant(told, c.place.countryCode) || (!c.actor1 ? blamed(told, c.place.countryCode) : '');
      if (who && who !== c.actor2) {
        c.actor1 = who;
        break;
      }
    }
  }
}
