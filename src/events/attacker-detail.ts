/**
 * "Insurgents beheaded five civilians in the village of X on Saturday … The attackers arrived in the early hours and
 * rounded up villagers", "ISWAP fighters killed 14 soldiers in an assault on a base in X … The militants arrived
 * shortly after midnight on Wednesday and overran the base": a sentence whose subject is the attackers told just
 * before ("the attackers / militants / gunmen …"), with no place of its own, tells how that attack went, not a second
 * event. ACLED codes one event; the lead takes the detail's day when its own was only the day of a statement.
 * So does the victims' journey: "The convoy was travelling to Bamenda from the town of Bali when the separatists
 * detonated a bomb" after "Separatists ambushed a convoy near Bamenda" names the route (within 100 km of the lead),
 * not another place of attack.
 */
import { daysBetween } from '../dates/calendar.js';
import { distanceKm } from './containment.js';
import { type Candidate, VIOLENT, weakPlace } from './model.js';

const THE_ATTACKERS =
  /^\W*(?:then\s+)?the\s+(?:attackers|gunmen|assailants|militants|insurgents|jihadists|raiders|fighters|rebels)\b/i;

/** "The convoy was travelling to X from Y when …", "the soldiers were on their way back to base when …". */
const JOURNEY =
  /^\W*the\s+(?:[\w-]+\s+){0,2}?(?:convoy|patrol|bus|vehicles?|trucks?|cars?|soldiers|troops|team|victims|passengers|officers)\s+(?:was|were|had\s+been)\s+(?:travel+ing|heading|moving|driving|returning|on\s+(?:its|their)\s+way)\b[^.;]{0,160}?\bwhen\b/i;
const ROUTE_KM = 100;

const SPOKEN = /\b(?:said|says|told\s+[\w-]+|announced|reported|added|stated)\s+(?:late\s+|early\s+)?$/i;

/** The candidates without the attackers' details, each folded into the violent event it goes on with. */
export function foldAttackerDetails(cands: Candidate[], text: string): Candidate[] {
  const folded = new Set<Candidate>();
  cands.forEach((c, k) => {
    // Bounded windows of the sentence: a run-on line must stay linear.
    const sentence = text.slice(c.sentence.start, Math.min(c.sentence.end, c.sentence.start + 600));
    const journey = JOURNEY.test(sentence);
    if (c.front || !(THE_ATTACKERS.test(sentence) || journey)) return;
    if (!VIOLENT.has(c.event_type) && c.event_type !== 'Strategic developments') return;
    const lead = cands
      .slice(0, k)
      .reverse()
      .find((l) => !l.front && !folded.has(l) && l.sentenceIndex < c.sentenceIndex);
    if (!lead || lead.sentenceIndex < c.sentenceIndex - 2 || !VIOLENT.has(lead.event_type) || weakPlace(lead.place))
      return;
    // Its own place is a fallback, the lead's, or inside the region the lead is placed at ("the administrator of X
    // district told reporters" names where the speaker serves).
    const inside = lead.place.geo_precision === 3 && c.place.admin1 === lead.place.admin1;
    const route =
      journey && c.place.countryCode === lead.place.countryCode && distanceKm(c.place, lead.place) <= ROUTE_KM;
    if (!weakPlace(c.place) && c.place.key !== lead.place.key && !inside && !route) return;
    // "…, the administrator told reporters on Monday": the day of a statement is not the detail's.
    const at = c.date.phrase ? sentence.indexOf(c.date.phrase) : -1;
    const dated = c.dated && !(at >= 0 && SPOKEN.test(sentence.slice(Math.max(0, at - 40), at)));
    // An overnight attack told on the day the night ended and its detail on the day it began are one.
    if (dated && lead.dated && Math.abs(daysBetween(c.date.date_start, lead.date.date_start)) > 1) return;
    if (dated && !lead.dated) [lead.date, lead.dated] = [c.date, true];
    lead.fatalities = Math.max(lead.fatalities, c.fatalities);
    folded.add(c);
  });
  return cands.filter((c) => !folded.has(c));
}
