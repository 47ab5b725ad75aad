/**
 * One GeoJSON event feature from a group of candidates (group.ts): best place, combined dates, actors,
 * fatalities, evidence with offsets into the article, stable id and a short note of how it was coded.
 */
import { alsoToll, bothSidesToll, tollReports } from './claimed-toll.js';
import { addDays } from '../dates/calendar.js';
import type { Article, ConflictEvent, Evidence } from '../types.js';
import { countryName } from './actors.js';
import { STATE_NAME } from './targets.js';
import { bestPlace, combineDates, spanDays } from './group.js';
import { fnv1a64 } from './hash.js';
import { type ArticleContext, type Candidate, weakPlace } from './model.js';
import { pastAgreement, pastSpell } from './past-spell.js';
import { gravestProtest } from './protest-join.js';
import { victimsOverClaim } from './claimed-target.js';
import { recalledInAside } from './relative-background.js';
import type { Span } from './sentences.js';

export type Built = { event: ConflictEvent; dropped?: undefined } | { event?: undefined; dropped: string };

const round = (x: number, d = 6) => Math.round(x * 10 ** d) / 10 ** d;

function evidenceFor(ctx: ArticleContext, primary: Candidate, best: Candidate, sentences: Span[]): Evidence {
  let start = primary.sentence.start;
  let end = primary.sentence.end;
  const m = best.place.mention;
  let place: { start: number; end: number } | null = m ? { start: m.start, end: m.end } : null;
  if (m && (m.start < start || m.end > end)) {
    const same = ctx.mentions.find(
      (o) =>
        o.start >= start &&
        o.end <= end &&
        o.place &&
        o.place.geonameid === best.place.geonameid &&
        best.place.geonameid !== null,
    );
    if (same) place = { start: same.start, end: same.end };
    else if (Math.abs(best.sentenceIndex - primary.sentenceIndex) === 1) {
      const other = sentences[best.sentenceIndex];
      start = Math.min(start, other.start);
      end = Math.max(end, other.end);
    }
  }
  const ev: Evidence = { text: ctx.text.slice(start, end), start, end };
  if (place && place.start >= start && place.end <= end) {
    ev.place_start = place.start;
    ev.place_end = place.end;
  }
  return ev;
}

export function buildEvent(
  article: Article,
  ctx: ArticleContext,
  group: Candidate[],
  sentences: Span[],
  minConfidence: number,
): Built {
  const best = bestPlace(group);
  // Evidence: the first sentence that tells the event and names its place, else the first that tells it.
  // A body sentence before a caption or highlight that repeats it.
  // A section heading ("Arrests in Kirkuk") only names what the body sentence under it tells: the body leads.
  const heading = (c: Candidate) => !/[.!?"”’)]\s*$/.test(article.text.slice(c.sentence.start, c.sentence.end));
  // A trend told over a span ("Fighting has been heaviest around X in recent weeks") after the sentence of the day's
  // incident it groups with: the incident's report is the evidence.
  const daily = group.some((c) => c.dated && c.date.time_precision === 1);
  const trend = (c: Candidate) => daily && c.dated && c.date.time_precision > 1;
  const strong = group
    .filter((c) => !c.anaphoric)
    .sort(
      (a, b) =>
        Number(!!a.front) - Number(!!b.front) ||
        Number(heading(a)) - Number(heading(b)) ||
        Number(trend(a)) - Number(trend(b)),
    );
  const names = (c: Candidate) =>
    ctx.mentions.some(
      (m) =>
        m.start >= c.sentence.start && m.end <= c.sentence.end && m.place && m.place.geonameid === best.place.geonameid,
    );
  // A body place told only by a reference back ("the attack on the field, which lies in X"): the body's own report
  // leads, not a caption that happens to name X too.
  const bodyLead = !best.front && best.anaphoric ? strong.find((c) => !c.front) : undefined;
  const first = strong.find((c) => !c.front && names(c)) ?? bodyLead ?? strong.find(names) ?? strong[0] ?? group[0];
  // The day's incident told by a reference back ("near the town on Monday") after a trend that names the place.
  const primary = trend(first) ? (group.find((c) => !c.front && !trend(c)) ?? first) : first;
  const { date, dated } = combineDates(group);
  if (!dated && group.every((c) => weakPlace(c.place))) return { dropped: 'no place and no date of its own' };
  // "The fighting began on July 13 when …": only references back to fighting the article tells nowhere, with no place
  // and no toll, recall the story's start; no event.
  if (group.every((c) => c.anaphoric && weakPlace(c.place) && c.fatalities === 0))
    return { dropped: 'a reference back to an event the article does not tell' };
  // "Clashes in March killed dozens" in an October report, placed nowhere: the focus is where the article is, not where
  // a recalled event was; ACLED codes where it happened or nothing (seventeenth pass). Recalled: a month or longer
  // over before the report week, or any date over a month back.
  const recalled = date.date_end < addDays(article.published, date.time_precision === 3 ? -7 : -30);
  if (group.every((c) => weakPlace(c.place)) && recalled)
    return { dropped: 'an earlier event with no place of its own' };
  if (date.date_end < addDays(article.published, -365)) return { dropped: `background event (${date.phrase})` };
  if (group.every((c) => recalledInAside(c, article.text, article.published)))
    return { dropped: `background told in a relative clause (${date.phrase})` };
  // "fought a war in 2024", "a ceasefire took effect in November that year": a month or a year of an earlier
  // calendar year (a month also over half a year back) is the story's background, not a newly reported event.
  const earlierYear = date.date_end < `${article.published.slice(0, 4)}-01-01`;
  const longAgo = spanDays(date) >= 300 || date.date_end < addDays(article.published, -180);
  if (earlierYear && spanDays(date) >= 27 && longAgo) return { dropped: `background period (${date.phrase})` };
  // "Last summer, the group seized several towns": a season or longer, over before the report, is its background.
  if (spanDays(date) >= 60 && date.date_end < article.published)
    return { dropped: `background period (${date.phrase})` };
  if (pastSpell(article.text.slice(primary.sentence.start, primary.sentence.end), date, article.published))
    return { dropped: `a past spell of violence recalled (${date.phrase})` };
  if (pastAgreement(primary.sub_event_type, date, article.published))
    return { dropped: `a past agreement recalled (${date.phrase})` };
  if (spanDays(date) > 400) return { dropped: `date too vague to be one event (${date.phrase})` };
  const typed = gravestProtest(group, strong[0] ?? primary);
  // Actors as one pair from the sentence that names them best, completed from the others.
  // Generic actors ("policeman", "civilians") take their candidate's country: candidates of the event's country
  // first, and none from a fallback place (focus, dateline) in another country.
  // The body's sentences before a caption's or highlight's (the body leads what they repeat).
  const bodyFirst = [primary, ...group.slice().sort((a, b) => Number(!!a.front) - Number(!!b.front))];
  const local = bodyFirst.filter((c) => c.place.countryCode === best.place.countryCode);
  const usable = [...local, ...bodyFirst].filter((c) => local.includes(c) || !weakPlace(c.place));
  const lead = usable.find((c) => c.actor1) ?? local[0] ?? primary;
  // "Gunmen stopped a bus … The attack happened near X … The BLA claimed responsibility": unidentified attackers
  // are the non-state group another report of the event names (the claim reached the reference, not the lead).
  const unnamed = lead.actor1.startsWith('Unidentified Armed Group');
  const actor1 =
    (unnamed
      ? usable.find(
          (c) =>
            c.actor1 &&
            !/^Unidentified|^Civilians|^Protesters/.test(c.actor1) &&
            !STATE_NAME.test(c.actor1) &&
            c.actor1 !== lead.actor2,
        )?.actor1
      : undefined) ?? lead.actor1;
  const named = lead.actor2 || (usable.map((c) => c.actor2).find((v) => v && v !== actor1) ?? '');
  const actor2 = victimsOverClaim(group, lead, named, ctx.text);
  const assoc = [...new Set(group.flatMap((c) => c.assoc))].filter((a) => a !== actor1 && a !== actor2);
  // A headline's or highlight's toll may sum several strikes the body tells apart ("nine killed in strikes on three
  // villages"): the body's own toll wins when it gives one (docs/taxonomy.md, "Thirteenth review").
  // A party's claim of its own kills yields to another report's toll (claimed-toll.ts).
  const tolls = tollReports(group, ctx.text);
  const bodyTolls = tolls.filter((c) => !c.front).map((c) => c.fatalities);
  const fatalities =
    bothSidesToll(
      tolls.filter((c) => !c.front),
      ctx.text,
    ) ??
    alsoToll(
      tolls.filter((c) => !c.front),
      ctx.text,
    ) ??
    Math.max(0, ...(bodyTolls.length > 0 ? bodyTolls : tolls.map((c) => c.fatalities)));
  const strength = Math.max(...group.map((c) => c.strength));
  const hedged = group.every((c) => c.hedged);
  const confidence = round(Math.min(1, strength * best.place.score * (hedged ? 0.9 : 1)), 3);
  if (confidence < minConfidence) return { dropped: `confidence ${confidence} below ${minConfidence}` };
  const place = best.place;
  const evidence = evidenceFor(ctx, primary, best, sentences);
  const event_id = fnv1a64(
    [article.id, evidence.start, evidence.end, typed.event_type, typed.sub_event_type, place.key].join('|'),
  );
  const notes = [
    // The trigger as matched in the masked text: a blanked hedge ("struck what it called X") leaves a run of spaces.
    `${typed.sub_event_type}: "${primary.trigger.replace(/\s+/g, ' ')}"`,
    `place: ${place.note}`,
    `date: ${date.phrase ? `"${date.phrase}"` : 'none stated, report week used'}`,
    assoc.length ? `assoc_actor_1: ${assoc.join('; ')}` : '',
    group.length > 1 ? `${group.length} mentions in the article` : '',
  ].filter(Boolean);
  return {
    event: {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(place.lon), round(place.lat)] },
      properties: {
        event_id,
        event_date: date.date_start,
        date_start: date.date_start,
        date_end: date.date_end,
        time_precision: date.time_precision,
        event_type: typed.event_type,
        sub_event_type: typed.sub_event_type,
        actor1,
        actor2,
        location: place.name,
        admin1: place.admin1,
        country: place.countryCode ? countryName(place.countryCode) : '',
        iso: place.countryCode,
        geo_precision: place.geo_precision,
        fatalities,
        notes: notes.join('; '),
        source: article.publisher,
        source_url: article.url ?? '',
        article_id: article.id,
        evidence,
        geonameid: place.geonameid,
        latitude: round(place.lat),
        longitude: round(place.lon),
        confidence,
        alternatives: place.alternatives,
        area: place.area,
      },
    },
  };
}
