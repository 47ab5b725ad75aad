/**
 * Sentences that only add a detail to the event told just before, and are no event of their own:
 * - "Heavy fighting broke out in X on Tuesday night. At least six people were killed, the ministry said." (also "Al-Masirah
 *   said five dock workers were killed."): a toll with no place or actor of its own (or no day, at the same place:
 *   "It said three people were killed at the port"), right after a violent event without one, gives that event its
 *   fatalities;
 * - "Protesters marched on parliament … At least 40 people were arrested.": arrests with no place of their own in the
 *   two sentences after a protest of the same paragraph are its intervention (ACLED codes them in the protest);
 * - "Gunmen abducted 40 pupils in X. The attackers stormed the school … A guard was killed in the attack.": unplaced
 *   violent details told by a reference, in the sentence after a placed violent event, are part of it;
 * - "The attackers also burned several homes …", "The attackers stormed X late Monday and set homes on fire": what the
 *   attackers told before did next at the same place (or at none) is the same attack, and dates it when it had no day;
 * - weapons "also" seized, or seized "from the camp", in the sentence after a battle are part of the battle (ACLED
 *   codes one event per incident).
 */
import { ALSO_KILLED, bothSidesToll } from './claimed-toll.js';
import { toldAsOwnClaim } from './claims.js';
import { TOLL_OF_REFERENCE } from './follow-ups.js';
import { weakPlace } from './model.js';
import { type Candidate, VIOLENT } from './model.js';

const LOOTING = 'Looting/property destruction';
const BARE_TOLL =
  /^\s*(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:said|says|reported)\s+(?:that\s+)?)?(?:at\s+least\s+|some\s+|about\s+|around\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+(?:[a-z][\w-]*\s+){0,2}?(?:people|persons|civilians|residents|fighters|combatants|workers|passengers|soldiers|children|women|men)?\s*(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:killed|shot\s+dead|wounded\s+and\s+\w+\s+killed)\b/i;

/** A trigger that is only the toll's verb. */
const TOLL_WORD = /^(?:killed|dead|died|deaths?|martyred|slain|shot\s+dead)$/i;

/** "The attackers, riding on motorcycles, stormed …", "They then …": the subject refers to the actors told before. */
const REFERRING_SUBJECT =
  /^\s*(?:The\s+(?:attackers|assailants|gunmen|militants|fighters|kidnappers|abductors|bombers?|raiders|insurgents)|They)\b/;

/** d's day lies inside the lead's vaguer range ("earlier this week" … "on Monday"): the same event, told more exactly. */
const narrows = (d: Candidate, lead: Candidate): boolean =>
  d.dated &&
  lead.dated &&
  d.date.time_precision < lead.date.time_precision &&
  lead.date.date_start <= d.date.date_start &&
  d.date.date_end <= lead.date.date_end;

const SEIZED_IN_IT =
  /\balso\b|\b(?:from|in|at|during)\s+the\s+(?:camp|base|hideout|raid|operation|clash(?:es)?|fighting|house|compound)\b/i;

/** The candidates left once bare tolls and arrests have been told into the event just before. */
export function absorbDetails(cands: Candidate[], text: string): Candidate[] {
  const absorbed = new Set<Candidate>();
  cands.forEach((t, k) => {
    // "U.S. jets struck X … It said three people were killed at the port": an undated toll placed where the one
    // event just told was (same place key) is that event's toll too.
    const own = !weakPlace(t.place);
    if (t.fatalities === 0 || (own && t.dated)) return;
    const sentence = text.slice(t.sentence.start, t.sentence.end);
    if (!BARE_TOLL.test(sentence)) return;
    // "One Palestinian was shot dead": a passive toll names no attacker; one taken from the context does not count.
    if (t.actor1 && /\bby\b/i.test(sentence)) return;
    // "… were killed when shells fell on a market on Tuesday": a toll with a weapon of its own is an event of its own.
    if (!TOLL_WORD.test(t.trigger)) return;
    const told = cands
      .slice(0, k)
      .filter(
        (p) =>
          p.sentenceIndex === t.sentenceIndex - 1 && VIOLENT.has(p.event_type) && (!own || p.place.key === t.place.key),
      );
    // "Troops raided the camp, where they clashed with gunmen": one placed event, its unplaced detail beside it.
    const placed = told.filter((p) => !weakPlace(p.place));
    const prev = told.length === 1 ? told : placed;
    if (prev.length !== 1 || told.some((p) => p.fatalities > 0)) return;
    prev[0].fatalities = t.fatalities;
    // The dead of fighting "between" two sides are not a side; those of an attack or a strike are its victims.
    const sides = /\bbetween\b/i.test(text.slice(prev[0].sentence.start, prev[0].sentence.end));
    if (!prev[0].actor2 && !sides && t.place.countryCode === prev[0].place.countryCode) prev[0].actor2 = t.actor2;
    absorbed.add(t);
  });
  cands.forEach((a, k) => {
    if (a.sub_event_type !== 'Arrests' || !weakPlace(a.place)) return;
    const protest = cands
      .slice(0, k)
      .reverse()
      .find(
        (p) =>
          p.event_type === 'Protests' && p.sentenceIndex >= a.sentenceIndex - 2 && p.sentenceIndex < a.sentenceIndex,
      );
    if (!protest || text.slice(protest.sentence.end, a.sentence.start).includes('\n')) return;
    if (protest.sub_event_type === 'Peaceful protest') protest.sub_event_type = 'Protest with intervention';
    if (!protest.actor2 && a.actor1) protest.actor2 = a.actor1;
    absorbed.add(a);
  });
  // "The attackers stormed the school … A guard was killed in the attack.": an unplaced, undated violent detail told
  // by a reference ("the attack", "The attackers …") in the sentence after a placed violent event belongs to it.
  const into = new Map<Candidate, Candidate>();
  cands.forEach((d, k) => {
    if (absorbed.has(d) || d.front || !(VIOLENT.has(d.event_type) || d.sub_event_type === LOOTING)) return;
    const sentence = text.slice(d.sentence.start, d.sentence.end);
    const referring = REFERRING_SUBJECT.test(sentence);
    const tollOf = TOLL_OF_REFERENCE.test(sentence);
    const before = cands
      .slice(0, k)
      .reverse()
      .find((p) => p.sentenceIndex >= d.sentenceIndex - 1);
    const lead = before ? (into.get(before) ?? before) : undefined;
    if (!lead || !VIOLENT.has(lead.event_type) || weakPlace(lead.place)) return;
    // "Troops killed three in a raid on X on Thursday. The army said a drone had struck an armed cell.": the same
    // attacker, in the next sentence of the paragraph, with no place or day of its own, tells the raid's detail.
    const sameAttacker =
      !!d.actor1 &&
      d.actor1 === lead.actor1 &&
      lead.sentenceIndex === d.sentenceIndex - 1 &&
      !text.slice(lead.sentence.end, d.sentence.start).includes('\n');
    if (!d.anaphoric && !referring && !tollOf && !sameAttacker) return;
    // "The attackers stormed Bokkos district late Monday and set homes on fire": the attackers told before, at the
    // lead's own place, date the lead when it had only the day of a statement (docs/taxonomy.md, "Ninth review").
    const samePlace = referring && d.place.key === lead.place.key && !lead.dated;
    const unplaced = weakPlace(d.place);
    // "Fighting broke out in X earlier this week. Nine were killed in the clashes on Monday": the toll's day, inside
    // the lead's range, dates the lead more exactly.
    const narrower = (unplaced || d.place.key === lead.place.key) && (d.anaphoric || tollOf) && narrows(d, lead);
    const attackerDetail = sameAttacker && !d.dated && (unplaced || d.place.key === lead.place.key);
    if (!samePlace && !narrower && !attackerDetail && (d.dated || !unplaced)) return;
    if (!VIOLENT.has(d.event_type) && !referring && !attackerDetail) return;
    if ((samePlace || narrower) && d.dated) {
      lead.date = d.date;
      lead.dated = true;
    }
    // A party's claim of its own kills does not raise a toll the lead already gives (claims.ts, claimed-toll.ts).
    // Each side's dead, told in turn, add up (claimed-toll.ts bothSidesToll).
    const sides = d.fatalities > 0 && lead.fatalities > 0 ? bothSidesToll([lead, d], text) : null;
    // "One member of the security forces was also killed.": more dead of the same event, added.
    if (d.fatalities > 0 && lead.fatalities > 0 && ALSO_KILLED.test(text.slice(d.sentence.start, d.sentence.end)))
      lead.fatalities += d.fatalities;
    else if (sides !== null) lead.fatalities = sides;
    else if (lead.fatalities === 0 || !toldAsOwnClaim(d, text))
      lead.fatalities = Math.max(lead.fatalities, d.fatalities);
    // Its victims were named for the article's country when the detail had no place: only then in the same country.
    if (!lead.actor2 && d.actor2 !== lead.actor1 && d.place.countryCode === lead.place.countryCode)
      lead.actor2 = d.actor2;
    into.set(d, lead);
    absorbed.add(d);
  });
  // "Troops killed three kidnappers in a raid on a camp near X. Soldiers also recovered rifles from the camp.": weapons
  // seized in a battle, told undated in the next sentence at its place, are part of the battle. So are weapons "also"
  // seized in the raids of an arrest told just before (ACLED codes the arrest), at its place or where the arrest had
  // only the article's focus or dateline ("detained 42 in raids across 11 provinces … officers also seized pistols
  // in X").
  cands.forEach((w, k) => {
    if (w.sub_event_type !== 'Disrupted weapons use' || w.dated || absorbed.has(w)) return;
    if (!SEIZED_IN_IT.test(text.slice(w.sentence.start, w.sentence.end))) return;
    const lead = cands
      .slice(0, k)
      .reverse()
      .find(
        (p) =>
          p.sentenceIndex === w.sentenceIndex - 1 && (p.event_type === 'Battles' || p.sub_event_type === 'Arrests'),
      );
    if (!lead) return;
    const unplacedArrest = lead.sub_event_type === 'Arrests' && weakPlace(lead.place);
    if (lead.place.key === w.place.key || w.place.kind === 'focus' || unplacedArrest) absorbed.add(w);
  });
  return absorbed.size > 0 ? cands.filter((c) => !absorbed.has(c)) : cands;
}
