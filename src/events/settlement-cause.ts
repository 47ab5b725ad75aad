/**
 * "The two sides agreed to a ceasefire in X after clashes that killed two": a settlement told together with the
 * fighting that led to it holds two events, the agreement and the fighting (with its own toll, place and date:
 * "… that killed 12 people last week"). Without a cut the clause is one battle (violence outranks a strategic
 * development) and the agreement is lost. The clause is cut before "after"/"following" when a ceasefire, truce or
 * deal word comes before it and a word of fighting follows it ("after deadly clashes there earlier this month",
 * "after clashes that killed two"); "agreed to a truce after talks in Y" or "after years of fighting" is left whole.
 */
import type { PlaceChoice } from './model.js';
import type { Span } from './sentences.js';

const SETTLEMENT_THEN_CAUSE =
  /\b(?:agree[sd]?|agreeing|signed|signs?|reached|reach|announced|declared|brokered|accepted)\b[^.;]{0,80}?\b(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement|accord)|agreement|accord|deal)\b[^.;]{0,100}?\s(?=(?:after|following)\s+(?:(?:days|weeks|months|hours)\s+of\s+)?(?:(?:deadly|fierce|heavy|renewed|fresh|intense|tribal|sectarian|armed)\s+)*(?:clashes|fighting|battles?|attacks?|violence|skirmishes|gunfights?|firefights?)\b(?!\s+(?:between\s+)?(?:talks|negotiations)))/i;

/** The clauses with each such settlement cut from the fighting told after it. */
export function splitSettlementCause(clauses: Span[]): Span[] {
  return clauses.flatMap((c) => {
    const m = SETTLEMENT_THEN_CAUSE.exec(c.text);
    if (!m) return [c];
    const at = m.index + m[0].length;
    const head = c.text.slice(0, at).trimEnd();
    return [
      { start: c.start, end: c.start + head.length, text: head },
      { start: c.start + at, end: c.end, text: c.text.slice(at) },
    ];
  });
}

/** A settlement clause (its ceasefire, truce or deal word): the place the fighting cut from it happened. */
const SETTLEMENT = /\b(?:ceasefire|cease-fire|truce|agreement|accord|deal)\b/i;

/** "… agreed to a ceasefire in X | after clashes that killed two (there)": the fighting is placed at the settlement's
 * own place when it names none. */
export function causePlace(
  settlement: { masked: string; places: PlaceChoice[] } | undefined,
  clause: string,
): PlaceChoice | null {
  if (!settlement || !/^\s*(?:after|following)\s/i.test(clause) || !SETTLEMENT.test(settlement.masked)) return null;
  return settlement.places.find((p) => p.kind !== 'dateline' && p.kind !== 'focus') ?? null;
}
