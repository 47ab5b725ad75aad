/**
 * A capital written for its government (metonymy): "talks between the rebels and Kinshasa", "Kinshasa denies",
 * "Moscow has accused Kyiv". The city is a party, not a place of the story: such a mention takes role
 * `in_organisation` (the reading of "Kentucky State Police"), which events do not place. Only a capital (its first
 * exact entry a PPLC) in one of four frames: an item of "talks/relations/war … between A and B", the object of a
 * charge or a demand ("accuses Kigali of"), or the subject of a verb of saying or stance ("Kyiv said", "Kinshasa has
 * denied"), not after a preposition ("residents in Kinshasa said"); or the source of a reaction ("drawing condemnation
 * from Damascus").
 */
import type { Mention } from '../types.js';
import type { NameIndex } from './people.js';

const RELATION_NOUNS =
  'talks|negotiations|relations|ties|tensions|dialogue|deal|agreement|accord|truce|ceasefire|cease-fire|rift|dispute|war|conflict|mediation|peace|standoff|row|feud|contacts|meeting|summit|rapprochement|exchange|swap';
/** Before the capital: "talks in Doha between the rebels and ", "tensions between ". */
const BETWEEN_BEFORE = new RegExp(
  String.raw`\b(?:${RELATION_NOUNS})\s+(?:[\w'’-]+\s+){0,3}?between\s+(?:[^.;:\n]{0,60}?\s+and\s+)?(?:the\s+)?$`,
  'i',
);
/** After the capital as a subject: "Kinshasa denies", "Kyiv has accused". */
const VERB_AFTER =
  /\s+(?:has\s+|had\s+|have\s+|also\s+|has\s+also\s+|had\s+long\s+|has\s+long\s+|has\s+repeatedly\s+|repeatedly\s+|strongly\s+)?(?:denies|denied|deny|says|said|accused|accuses|blamed|blames|rejected|rejects|condemned|condemns|insists|insisted|wants|wanted|demanded|demands|warned|warns|responded|retaliated|claims|claimed|dismissed|dismisses|refused|refuses|vowed|vows|threatened|threatens|sanctioned|recalled|summoned|expelled|argues|argued|maintains|maintained|urged|urges|called\s+for|calls\s+for|backs|backed|supports|supported|disputes|disputed)\b/iy;
/** The capital as the object of a charge or a demand: "accuses Kigali of", "urged Moscow to", "blamed Kyiv for". */
const OBJECT_BEFORE =
  /\b(?:accuse[sd]?|accusing|blamed|blames|blaming|urged|urges|urging|pressed|presses|pressing|warned|warns|sanctioned|critici[sz]ed|condemned|condemns|called\s+on|calls\s+on)\s+$/i;
const OBJECT_AFTER = /\s+(?:of|for|to|over)\b/iy;
/** The capital as the source of a reaction: "drawing condemnation from Damascus", "a sharp rebuke from Beijing". */
const REACTION_BEFORE =
  /\b(?:condemnations?|criticism|censure|rebukes?|reprimands?|protests?|praise|welcome|warnings?|threats?|responses?|reactions?|retaliation|anger|outrage|fury|backlash|denunciations?|objections?|complaints?|pushback|demands?|pressure|approval|support)\s+from\s+$/i;
/** Before the subject: a preposition makes the capital a place ("residents in Kinshasa said"). */
const PLACE_BEFORE =
  /\b(?:in|at|from|of|near|to|into|across|around|outside|inside|toward|towards|through)\s+(?:the\s+)?$/i;

/** Whether each name is a capital, per name index (bounded; recognition asks for every place name of every text). */
const capitals = new WeakMap<NameIndex, Map<string, boolean>>();

function isCapital(name: string, gaz: NameIndex): boolean {
  let known = capitals.get(gaz);
  if (!known) {
    known = new Map();
    capitals.set(gaz, known);
  }
  const hit = known.get(name);
  if (hit !== undefined) return hit;
  // The resolver's own query (memoised): its best match by spelling, the exact ones first.
  const best = gaz.lookup(name, { limit: 25 }).find((c) => c.match !== 'loose');
  const yes = best?.featureCode === 'PPLC';
  if (known.size >= 20_000) known.clear();
  known.set(name, yes);
  return yes;
}

/** Marks capitals written for their governments (role in_organisation), in place. */
export function markMetonyms(text: string, gaz: NameIndex, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.role !== 'place' || m.dateline || !isCapital(m.text, gaz)) continue;
    VERB_AFTER.lastIndex = m.end;
    OBJECT_AFTER.lastIndex = m.end;
    const before = text.slice(Math.max(0, m.start - 120), m.start);
    const asSubject = VERB_AFTER.test(text) && !PLACE_BEFORE.test(before.slice(-20));
    const asObject = !asSubject && OBJECT_AFTER.test(text) && OBJECT_BEFORE.test(before.slice(-30));
    const asParty = !asSubject && !asObject && before.includes('between') && BETWEEN_BEFORE.test(before);
    const asSource = REACTION_BEFORE.test(before.slice(-40));
    if (asSubject || asObject || asParty || asSource) m.role = 'in_organisation';
  }
}
