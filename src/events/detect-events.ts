/**
 * detectEvents: article text + resolved toponyms → ACLED-style events. Sentences and clauses are classified by
 * the taxonomy (taxonomy.ts); each trigger clause gets its places (where.ts, areas.ts), date (when.ts), actors
 * and fatalities; sentences telling the same event are grouped (group.ts) and each group becomes one feature
 * (build-event.ts). Pure: no clock, no randomness; problems become Issues.
 */
import { fallbackPlace } from './fallback-place.js';
import { isIsoDate } from '../dates/calendar.js';
import { movesAnchor, resolveDate } from '../dates/resolve-date.js';
import type { Article, Issue, PipelineResult, ResolvedMention } from '../types.js';
import { placeActorsAtHome } from './actor-home.js';
import { findActors } from './actors.js';
import { assembleEvents } from './assemble-events.js';
import { buildContext, isCountry } from './context.js';
import { countFatalities } from './fatalities.js';
import type { Candidate, GeoContext } from './model.js';
import { datingText, maskedText } from './masked-text.js';
import { type Span, splitClauses, splitSentences } from './sentences.js';
import { portrayalSentence, reviewArticle } from './portrayal.js';
import { recallStart } from './recalled.js';
import { relatedLinkSpans } from './related-links.js';
import { namesVictims } from './victim-reference.js';
import { classify, continuesTally, hasTrigger, hazardToll, hazardTopic } from './taxonomy.js';
import { dateFor } from './when.js';
import { placesForClause } from './where.js';
import { anaphoricPlace, announcementPlace, BACK } from './implicit-places.js';
import { actorsFor, subTypeFor } from './parties.js';
import { afterCausePlace, settingPlace } from './setting-place.js';
import { strayDetail, strayPlaces } from './stray-events.js';
import { noEventCaptions } from './aftermath-caption.js';
import { foldRelative } from './relative-weapon.js';
import { goingOnLead } from './continued-date.js';
import { claimedUpTo } from './claims.js';
import { frontMark } from './front-mark.js';
import { placeShares } from './place-tolls.js';
import { recapSpans } from './live-recap.js';
import { beforeRelative, RELATIVE_START } from './relative-scope.js';
import { militarySource } from './military-source.js';
import { lethal } from './unrest-toll.js';
import { passiveVictim } from './passive-victims.js';
import { residentsPlace } from './residents-place.js';
import { unknownSettlementPlace } from './unknown-settlement.js';
import { elidedWeapon } from './elided-weapon.js';
import { peacefulCapture } from './peaceful-capture.js';
import { elidedEventPlaces } from './elided-event.js';
import { opensEvent, verbConjunctAfter } from './own-place-verb.js';
import { causePlace, splitSettlementCause } from './settlement-cause.js';
import { raiseToll } from './toll-update.js';
import { namesUnknownPlace } from './unknown-name.js';
import { intervened, interventionAfter, quietAfter } from './protest-followup.js';
import { leadFor, operationPlace, operationSubject, referenceDetail, regionNamedBefore } from './follow-ups.js';

export type { GeoContext } from './model.js';

export interface DetectOptions {
  geo?: GeoContext;
  /** Events below this confidence are dropped (reported as info issues). Default DEFAULT_MIN_CONFIDENCE. */
  minConfidence?: number;
}

/** A clause that opens with a participle ("and abducting …") has the subject of the clause before it. */
const PARTICIPLE_OPEN = /^\s*(?:,\s*)?(?:and\s+|then\s+|before\s+|after\s+)?(?:also\s+)?[a-z]+ing\b/;

/** Default confidence floor: a weak trigger (0.6) placed only by the article's country focus (0.5) just passes. */
export const DEFAULT_MIN_CONFIDENCE = 0.3;

export function detectEvents(
  article: Article,
  mentions: ResolvedMention[],
  options: DetectOptions = {},
): PipelineResult {
  const issues: Issue[] = [];
  const empty = (): PipelineResult => ({ events: { type: 'FeatureCollection', features: [] }, issues });
  if (!isIsoDate(article.published)) {
    issues.push({
      articleId: article.id,
      severity: 'error',
      message: `published date "${article.published}" is not YYYY-MM-DD; no events`,
    });
    return empty();
  }
  if (!article.text?.trim()) return empty();
  const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const ctx = buildContext(article, placeActorsAtHome(article.text, mentions), options.geo, issues);
  const text = article.text;
  // Dates are read with wire datelines blanked: "BEIRUT, March 4, 2025 (Reuters) -" is the report date; triggers
  // and actors too ("DAMASCUS, May 5 (Reuters) - Gunmen attacked …": the dateline is neither a modal nor an actor).
  const dateText = datingText(text);
  const masked = maskedText(dateText); // quotations, stance clauses, grievances, hedges blanked (masked-text.ts)
  const sentences = splitSentences(text);
  const inFront = (at: number) => !!article.front?.some((f) => f.start <= at && at < f.end);
  const archive = noEventCaptions(article.front, text); // archive photos, earlier damage (aftermath-caption.ts)
  // Other stories' headlines under a "Related" or "Read more" heading (related-links.ts).
  const links = relatedLinkSpans(text);
  // A live page's recap post restates the earlier posts (live-recap.ts).
  const recaps = recapSpans(text);
  // A hazard, accident or disease article: its bare tolls are the hazard's, not attacks (taxonomy.ts, hazardToll).
  const hazard = hazardTopic(`${article.title ?? ''}\n${sentences[0]?.text ?? ''}`);
  const review = reviewArticle(article.title);
  const cands: Candidate[] = [];
  const known = new Set(mentions.filter((m) => m.place).map((m) => m.text));
  let anchor: string | undefined;
  // Sentences with an event dropped for a place read abroad; the last earlier sentence that had an event clause.
  const strayDropped = new Set<number>();
  let lastEvent = -1;
  // Sentences with a violent event dropped for want of a place (reference-date.ts, dateFromUnplaced).
  const unplaced = new Map<number, number>(); // sentence → the toll its unplaced violent clauses tell
  // A body event told in one of the two sentences before (claims.ts).
  const toldJustBefore = (i: number) => {
    for (let k = cands.length - 1; k >= 0 && cands[k].sentenceIndex >= i - 2; k--)
      if (!cands[k].front && cands[k].sentenceIndex < i) return true;
    return false;
  };
  sentences.forEach((sentence, sentenceIndex) => {
    const within = (f: { start: number; end: number }) => f.start <= sentence.start && sentence.start < f.end;
    if (archive.some(within) || links.some(within) || recaps.some(within)) return;
    // A review of a film or book, or a sentence telling a work's plot, reports no event (portrayal.ts).
    if (review || portrayalSentence(sentence.text)) return;
    const maskedSentence: Span = { ...sentence, text: masked.slice(sentence.start, sentence.end) };
    // A bare force word ("troops") takes its nationality from this sentence or the previous one of its paragraph.
    const prev = sentences[sentenceIndex - 1];
    const from = prev && !text.slice(prev.end, sentence.start).includes('\n') ? prev.start : sentence.start;
    const earlierFrom = sentences[Math.max(0, sentenceIndex - 2)].start;
    const clauses = splitSettlementCause(splitClauses(maskedSentence, opensEvent, hasTrigger)).map((mc, k, all) => {
      const cls = k > 0 && continuesTally(all[k - 1].text, mc.text) ? null : classify(mc.text);
      return {
        clause: { start: mc.start, end: mc.end, text: text.slice(mc.start, mc.end) },
        masked: mc.text,
        cls: cls && hazard && hazardToll(cls, maskedSentence.text) ? null : cls,
        intervention: '',
      };
    });
    // "Demonstrators protested in X, and police fired tear gas to disperse them": the intervention told in a later
    // clause with no event of its own (a firing to disperse is the protest's) still types the protest.
    clauses.forEach((c, k) => {
      if (c.cls?.sub_event_type !== 'Peaceful protest') return;
      const next = clauses[k + 1];
      const firing = next?.cls?.event_type === 'Protests' && /^fir/i.test(next.cls.trigger.text);
      const joined = next && (!next.cls || firing) ? classify(`${c.masked} ${next.masked}`) : null;
      if (joined && joined.ruleId === c.cls.ruleId && joined.trigger.index === c.cls.trigger.index) {
        c.cls = { ...c.cls, event_type: joined.event_type, sub_event_type: joined.sub_event_type };
        c.intervention = next.masked;
        next.cls = null;
      }
    });
    const told = cands[cands.length - 1];
    for (const k of clauses.keys())
      clauses[k].cls = peacefulCapture(clauses, k, elidedWeapon(clauses, k, told, sentenceIndex));
    // "… protested in X. Police fired tear gas to disperse the crowd.": the protest's intervention.
    if (told?.sentenceIndex === sentenceIndex - 1 && from !== sentence.start && clauses.every(quietAfter))
      interventionAfter(told, masked.slice(told.sentence.start, told.sentence.end), maskedSentence, ctx.mentions);
    const withPlaces = clauses.map((c) => ({
      ...c,
      places: placesForClause(ctx, c.cls ? beforeRelative(c.clause, c.cls.trigger.index) : c.clause, c.cls?.event_type),
    }));
    // Places of the sentence's clauses without a trigger, except a relative clause's (it describes someone).
    const spare = withPlaces
      .filter((c) => !c.cls && !RELATIVE_START.test(c.clause.text))
      .flatMap((c) => c.places.filter((p) => p.kind === 'attached' || p.kind === 'area-place'));
    const recall = recallStart(sentence.text);
    withPlaces.forEach((c, k) => {
      if (!c.cls || (recall >= 0 && c.clause.start + c.cls.trigger.index > sentence.start + recall)) return;
      if (RELATIVE_START.test(c.clause.text) && foldRelative(cands, c.cls, c.masked, sentenceIndex)) return;
      // "Airstrikes and shelling on Douma": a bare event noun shares the place of the next event of its sentence.
      // Not a reference with a verb of its own ("The raid came | hours after settlers attacked Y").
      const bare = /^[\s,]*(?:and)?[\s,]*$/i.test(c.clause.text.slice(c.cls.trigger.index + c.cls.trigger.length));
      const shared =
        bare && c.clause.text.split(/\s+/).length <= 4 ? withPlaces.slice(k + 1).find((o) => o.cls) : undefined;
      let own = c.places.length > 0 ? c.places : (shared?.places ?? []);
      // "Clashes in X, and renewed in Y area": the elided conjunct's place is one more place of this event.
      const elided = own.length > 0 ? elidedEventPlaces(withPlaces, k) : [];
      if (elided.length > 0) own = [...own, ...elided.filter((p) => !own.some((o) => o.key === p.key))];
      const back = sentences[Math.max(0, sentenceIndex - BACK)].start;
      const abroad = own.length > 0 ? null : strayPlaces(ctx, c.clause, c.cls.event_type, back, cands, sentence);
      if (abroad) own = abroad.places;
      if (abroad?.places.length === 0) {
        strayDropped.add(sentenceIndex);
        issues.push({
          articleId: article.id,
          start: c.clause.start,
          end: c.clause.end,
          severity: 'info',
          message: `"${c.cls.trigger.text}": its place was read abroad (${abroad.name}); no event`,
        });
        return;
      }
      // "…arrested 15 suspects in the operation", "nine were killed in the fighting east of the city": the event
      // told just before (before "the city", which may be another town named since).
      const lead = own.length > 0 ? null : leadFor(cands, c.clause.text, sentenceIndex);
      if (lead) own = [operationPlace(lead)];
      // "…repelled an assault on the city's outskirts": the city named before; an agreement where it was announced.
      const implicit =
        own.length > 0
          ? null
          : (residentsPlace(ctx, c.clause, c.cls.event_type, c.cls.trigger.index) ??
            anaphoricPlace(ctx, c.clause, back) ??
            (c.cls.sub_event_type === 'Agreement' ? announcementPlace(ctx, sentence) : null));
      if (implicit) own = [implicit];
      // "Fighting continued into Tuesday": the battle just before, on another day (continued-date.ts).
      const goesOn = own.length > 0 ? null : goingOnLead(cands, c.masked, sentenceIndex);
      if (goesOn) own = [goesOn.place];
      const region = own.length > 0 ? null : regionNamedBefore(cands, text, c.clause, known);
      if (region) own = [region];
      const near = own.length > 0 ? null : unknownSettlementPlace(cands, c.clause.text, sentenceIndex);
      if (near) own = [near];
      // "In Kinshasa, protesters attacked …, burning tyres and looting offices": the opening sets the scene; a
      // ceasefire's place, the fighting that led to it (settlement-cause.ts).
      const setting =
        own.length > 0 || k === 0
          ? null
          : (settingPlace(withPlaces[0]) ??
            causePlace(withPlaces[k - 1], c.masked) ??
            afterCausePlace(c.clause, withPlaces[k - 1]));
      if (setting) own = [setting];
      const orphan =
        own.length === 0 &&
        spare.length === 0 &&
        strayDetail(ctx, c.clause, dateText, strayDropped, sentenceIndex, lastEvent);
      const fallback = () => (orphan ? null : fallbackPlace(ctx, cands, sentenceIndex, c.clause, c.cls!.event_type));
      const places = own.length > 0 ? own : spare.length > 0 ? spare : [fallback()].filter((p) => p !== null);
      // "Fighting continued in Yemen and Syria": two countries and nothing finer sum up a region (twelfth review).
      if (places.length > 1 && places.every((p) => p.mention?.place && isCountry(p.mention.place))) return;
      if (places.length === 0) {
        if (lethal(c.cls) && !namesUnknownPlace(c.masked, known))
          unplaced.set(sentenceIndex, Math.max(unplaced.get(sentenceIndex) ?? 0, countFatalities(c.masked)));
        issues.push({
          articleId: article.id,
          start: c.clause.start,
          end: c.clause.end,
          severity: 'info',
          message: `"${c.cls.trigger.text}" has no place in the article; no event`,
        });
        return;
      }
      const trigger = {
        start: c.clause.start + c.cls.trigger.index,
        end: c.clause.start + c.cls.trigger.index + c.cls.trigger.length,
      };
      const dEnd = verbConjunctAfter(c.masked, withPlaces[k + 1]?.masked) ? withPlaces[k + 1].clause.end : c.clause.end;
      const dclause = { ...c.clause, end: dEnd, text: dateText.slice(c.clause.start, dEnd) };
      // "one of its largest attacks … overnight into Tuesday" opening the body refers back to nothing: dated as told.
      const refers = c.cls.definite && (inFront(sentence.start) || cands.some((p) => !p.front));
      const when = dateFor(dateText, article.published, dclause, sentence, trigger, refers, anchor);
      const fatalities = countFatalities(c.masked);
      const earlier = masked.slice(earlierFrom, c.clause.start);
      const tollAt = placeShares(masked, places, fatalities); // one event per place (place-tolls.ts)
      for (const [j, place] of places.entries()) {
        const roles = actorsFor(ctx, c.clause, c.masked, c.cls, place, masked.slice(from, c.clause.start), earlier);
        passiveVictim(roles, c.masked, c.cls.trigger.index, place.countryCode || ctx.focusCountry);
        militarySource(roles, c.masked, maskedSentence.text, c.cls.sub_event_type);
        // "RSF fighters stormed X, looting homes and abducting 20 women": a participle clause shares the subject.
        const subject = cands.filter((p) => p.sentenceIndex === sentenceIndex && p.actor1).pop()?.actor1;
        const shares = PARTICIPLE_OPEN.test(c.masked) || verbConjunctAfter(withPlaces[k - 1]?.masked ?? '', c.masked);
        if (!roles.actor1 && subject && subject !== roles.actor2 && shares) roles.actor1 = subject;
        if (goesOn && !roles.actor1 && !roles.actor2) [roles.actor1, roles.actor2] = [goesOn.actor1, goesOn.actor2];
        // "…, and police fired tear gas to disperse them": the force of the intervention clause is actor2.
        if (c.intervention && !roles.actor2)
          roles.actor2 =
            findActors(c.intervention, place.countryCode || ctx.focusCountry).find((h) => intervened(c.intervention, h))
              ?.name ?? '';
        cands.push({
          order: cands.length,
          event_type: c.cls.event_type,
          sub_event_type: subTypeFor(c.cls, roles.actor1, place.countryCode),
          head: c.cls.head,
          strength: c.cls.strength,
          hedged: c.cls.hedged,
          anaphoric:
            c.cls.definite ||
            (!when.dated &&
              (!!lead ||
                operationSubject(c.clause.text) ||
                (claimedUpTo(masked.slice(sentence.start, c.clause.start + c.cls.trigger.index)) &&
                  toldJustBefore(sentenceIndex)) ||
                namesVictims(c.masked) ||
                referenceDetail(c.masked, c.cls.trigger.index))),
          sentence: { start: sentence.start, end: sentence.end },
          sentenceIndex,
          place,
          date: when.date,
          dated: when.dated,
          actor1: roles.actor1,
          actor2: roles.actor2,
          assoc: roles.assoc,
          fatalities: tollAt(j),
          trigger: c.cls.trigger.text,
          follows: lead?.order,
          front: frontMark(article.front, text, sentence),
        });
      }
    });
    raiseToll(cands, maskedSentence.text, sentenceIndex); // "The toll later rose to 16." (toll-update.ts)
    if (clauses.some((c) => c.cls)) lastEvent = sentenceIndex;
    const d = resolveDate(dateText.slice(sentence.start, sentence.end), article.published, { anchor });
    if (d && d.time_precision === 1 && movesAnchor(d.phrase)) anchor = d.date_start;
  });
  const features = assembleEvents(article, ctx, cands, { sentences, masked, unplaced, minConfidence, issues });
  return { events: { type: 'FeatureCollection', features }, issues };
}
