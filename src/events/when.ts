/**
 * The event date of a candidate: a date phrase bound to the trigger ("the Oct. 19 raid", "the killing in October"),
 * else the clause's, else the sentence's date phrase; references back ("the raid") take only a bound phrase.
 * Without any phrase the report date is used as a week range ending on publication, precision 2: the event was
 * reported, so it happened on or shortly before that day (docs/taxonomy.md, "Dates").
 */
import { blankRelativeAsides } from './relative-asides.js';
import { addDays } from '../dates/calendar.js';
import { dateCandidates, isSoftDay, resolveDate } from '../dates/resolve-date.js';
import type { DateResolution } from '../types.js';
import type { Span } from './sentences.js';
import { beforeMainDay } from './after-date.js';
import { livePostDay } from './live-day.js';
import { flashPostDay } from './flash-post.js';
import { recalledDate } from './recalled-date.js';
import { attributionDay } from './attribution-day.js';
import { statementDated } from './statement-dated.js';
import { sharedPredicateEnd } from './shared-predicate.js';

export interface DateChoice {
  date: DateResolution;
  dated: boolean;
}

/**
 * A wire dateline at a line start ("BEIRUT, March 4, 2025 (Reuters) - ", Reuters' "KYIV, April 6 (Reuters) - " without
 * the year): the report date, not an event date.
 */
const WIRE_DATELINE =
  /(^|\n)([ \t]*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]+\s)/g;

/** The text with wire datelines blanked (same length, so offsets stay valid). */
export function blankDatelines(text: string): string {
  return text.replace(WIRE_DATELINE, (_m, lead: string, line: string) => lead + ' '.repeat(line.length));
}

export function reportDate(published: string): DateResolution {
  return { date_start: addDays(published, -6), date_end: published, time_precision: 2, phrase: null };
}

function bound(c: { start: string; end: string; precision: 1 | 2 | 3; phrase: string }): DateChoice {
  const date = { date_start: c.start, date_end: c.end, time_precision: c.precision, phrase: c.phrase };
  return { date, dated: !isSoftDay(c.phrase) };
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/** "The attack came" (or happened, took place, occurred): a subject referring back to an event told before. */
const REFERENCE_HEAD = String.raw`^\W*(?:the|this|that|it)\s+(?:[\w'’-]+\s+){0,3}?(?:came|happened|took\s+place|occurred)`;
const REFERENCE_CAME = new RegExp(`${REFERENCE_HEAD}\\s*$`, 'i');
const INNER_REFERENCE = new RegExp(`${REFERENCE_HEAD}\\s+`, 'i');
const RELATIVE_TO_MAIN =
  /^(?:(a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(day|week|hour)s?|(hours|days|weeks|shortly|just|moments|minutes|soon))\s+(after|before)\s/i;

/**
 * ", a day after troops demolished homes": the clause's event is dated from the main event before it (the sentence
 * up to the clause): N days earlier for "after", later for "before"; hours/shortly: the same day; "days"/"weeks"
 * or a week count: a week-precision range. Null when the clause is not such a reference or the main event is undated.
 */
function relativeToMain(
  text: string,
  published: string,
  clause: Span,
  sentence: Span,
  anchor?: string,
  triggerStart = clause.start,
): DateChoice | null {
  let m = RELATIVE_TO_MAIN.exec(clause.text);
  let before = text.slice(sentence.start, clause.start);
  // "The strikes came a day after the Houthis said they had fired …": the reference and the relative phrase in one
  // clause, the event told after the phrase.
  const head = m || !anchor ? null : INNER_REFERENCE.exec(clause.text);
  if (head && clause.start + head[0].length <= triggerStart) {
    m = RELATIVE_TO_MAIN.exec(clause.text.slice(head[0].length));
    before = text.slice(sentence.start, clause.start + head[0].length);
  }
  if (!m) return null;
  // "The attack came three days after clashes in X": the subject refers back to the event told before (the anchor).
  const base =
    anchor && REFERENCE_CAME.test(before)
      ? { date_start: anchor, date_end: anchor, time_precision: 1 as const, phrase: null }
      : resolveDate(before, published, { anchor });
  if (base?.time_precision !== 1) return { date: reportDate(published), dated: false };
  // "X said on Sunday they had attacked a ship, hours after US jets struck Y": only a statement's day, so the
  // reference is dated as loosely as that day is (a report that dates it itself wins when grouping).
  const firm = !spokenOn({ ...sentence, start: sentence.start, text: before }, base);
  const sign = m[4].toLowerCase() === 'after' ? -1 : 1;
  const n = m[1] ? (COUNTS[m[1].toLowerCase()] ?? (Number.parseInt(m[1], 10) || 0)) : 0;
  const unit = (m[2] ?? m[3]).toLowerCase().replace(/s$/, '');
  const phrase = m[0].trim();
  if (unit === 'day' && n > 0) {
    const d = addDays(base.date_start, sign * n);
    return { date: { date_start: d, date_end: d, time_precision: 1, phrase }, dated: firm };
  }
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'week' && n > 0 ? 7 * n : 6;
    const [a, b] =
      sign < 0
        ? [addDays(base.date_start, -days), addDays(base.date_start, -1)]
        : [addDays(base.date_start, 1), addDays(base.date_start, days)];
    return { date: { date_start: a, date_end: b, time_precision: 2, phrase }, dated: firm };
  }
  return { date: { ...base, phrase }, dated: firm };
}

/** "The attack took place / happened …", "The protests began on June 18": the reference's own predicate of time. */
const NOUN_TRIGGER =
  /^(?:fighting|clash(?:es)?|battles?|attacks?|(?:air|drone|missile)\s*strikes?|strikes?|raids?|shelling|bombings?|ambush|assault)\b/i;
/** The words after an event noun up to a comma, a verb or a clause word: the rest of its noun phrase ("since June"
 * measures a span, it dates nothing). */
const NOUN_PHRASE_TAIL =
  /^(?:\s+(?!(?:was|were|is|are|has|had|have|said|says|which|who|that|when|where|as|and|but|since|until|till|left|began|begun|took|came|rose|risen|fell|hit|struck|went|\w+ed)\b)[\w'’.-]+){1,12}/i;
// "The raid came hours after settlers attacked X late on Wednesday": "came … after" relates it to another event.
// "The attack in X district began late on Wednesday": a short place phrase may stand between the noun and its verb.
const HAPPENED =
  /^(?:\s+(?:in|near|at|on|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?:took\s+place|happened|occurred|was\s+carried\s+out|came(?!\s+(?:[\w-]+\s+){0,2}(?:after|before|as|amid)\b)|began|started|erupted|broke\s+out)\b/i;

/** A trigger that ends with its impact verb ("strike hit", "missile struck"). */
const IMPACT_VERB = /\s(?:hit|struck|targeted|slammed\s+into|smashed\s+into)$/i;

/** "…, the ministry said on Friday", "X said on Monday it had repelled …": the day of a statement. */
/** "Iran held funerals in X on Friday for three killed in a strike earlier this week": the burial's day, not the
 * strike's; like a statement's day it yields to a later phrase of the clause. */
const FUNERAL_ON = /\b(?:funerals?|buried|burials?|bury|mourners|laid\s+to\s+rest)\b[^.;,]{0,40}$/i;
/** "the toll from the attack rose to four on Saturday": the day the toll was updated, not the attack's. */
const TOLL_ROSE_ON = /\b(?:rose|risen|climbed|jumped|increased)\s+to\s+[\w,]+\s+(?:late\s+|early\s+)?$/i;
const SPOKEN_ON =
  /\b(?:said|says|told\s+[\w-]+|announced|reported|added|confirmed|claimed(?:\s+responsibility)?|stated|(?:report|study|survey|data|figures)\s+(?:released|published|issued))\s+(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|post|briefing|message|video|address|interview)\s+)?(?:late\s+|early\s+)?$/i;
const REPORT_IN =
  /^\W*in\s+an?\s+(?:[\w-]+\s+)?(?:report|statement|interview|briefing)\s+(?:(?:published|released|issued)\s+)?$/i;
/** The words before a day phrase ("said on", "said in a statement on") make it the day of a statement, a funeral
 * or a toll update. */
const otherDay = (before: string): boolean =>
  SPOKEN_ON.test(before) || FUNERAL_ON.test(before) || TOLL_ROSE_ON.test(before);

/**
 * A day named only as the day a statement was made ("said on Monday it had repelled …") still dates the event (the
 * seed convention: "said Sunday" → that Sunday), but it counts as undated when grouping, so a report that dates the
 * event itself ("the strikes on Thursday night", "an attack … on Sunday") joins it and wins.
 */
function spokenOn(span: Span, d: DateResolution): DateChoice | null {
  // "In a report last month, X said soldiers had executed …": the report's date, not the deed's.
  if (d.phrase && REPORT_IN.test(span.text.slice(0, Math.max(0, span.text.indexOf(d.phrase)))))
    return { date: d, dated: false };
  if (!d.phrase || d.time_precision !== 1) return null;
  // "…killed four overnight, the governor said on Sunday": the night that ends on the named day (see dateFor).
  if (dateCandidates(span.text, d.date_end).some((c) => isSoftDay(c.phrase))) return null;
  const i = span.text.indexOf(d.phrase);
  const before = span.text.slice(Math.max(0, i - 40), i);
  if (i < 0 || !otherDay(before)) return null;
  return { date: d, dated: false };
}

/** Words of every phrase that counts from an anchor (dates/anchored-phrases.ts, dates/chained-offsets.ts). */
const ANCHOR_WORDS = /\b(?:before|previous|next|following|after|later|earlier|same\s+day)\b/i;

/** The day of a statement named before the trigger ("said on Wednesday it had …"), if any; only looked for (chrono
 * over the sentence's head) when the sentence has a phrase that counts from an anchor. */
function statementDay(head: string, sentence: string, published: string): string | undefined {
  if (!ANCHOR_WORDS.test(sentence) || !/\b(?:said|says|told|announced|reported|confirmed|stated)\b/i.test(head))
    return undefined;
  const day = dateCandidates(head, published)
    .filter(
      (c) => c.precision === 1 && c.start === c.end && SPOKEN_ON.test(head.slice(Math.max(0, c.index - 40), c.index)),
    )
    .pop();
  return day?.start;
}

export function dateFor(
  text: string,
  published: string,
  clause: Span,
  sentence: Span,
  trigger: { start: number; end: number },
  anaphoric: boolean,
  anchor?: string,
): DateChoice {
  // "The military said on Wednesday it had killed X in a strike … the previous day": an offset counts from the day
  // of the statement the sentence reports the act in, not from an event told before or from publication.
  anchor = statementDay(text.slice(sentence.start, trigger.start), sentence.text, published) ?? anchor;
  published =
    statementDated(
      text.slice(sentence.start, Math.min(trigger.start, sentence.start + 200)),
      sentence.text,
      published,
    ) ?? published;
  // A phrase bound to the trigger: "the <date> raid", "Wednesday's meeting", "raid on <date>", "killing in <date>".
  const pre = text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start);
  const np = /(?:^|\b(?:the|a|an|this|that|its|their)\s+)((?:[\w.,'’-]+\s+){1,3})$/i.exec(pre);
  // "Tuesday's Islamic State attack", "Friday's suicide bombing": the day's possessive binds across a name or modifier.
  const possessive =
    /\b([A-Z][a-z]+day)['’]s\s+(?:(?!(?:and|or|but|the|a|an|of|in|on|at|to|after|before|when|while)\s)[\w-]+\s+){0,2}$/.exec(
      pre,
    );
  const snippet = possessive?.[1] ?? np?.[1].trim();
  if (snippet) {
    const c = dateCandidates(snippet, published, { anchor }).find((k) => k.index + k.length >= snippet.length - 1);
    // "in an overnight raid … on Saturday": a bare time of day binds no day; the clause's named day dates it (below).
    if (c && !isSoftDay(c.phrase)) return bound(c);
  }
  const post = text.slice(trigger.end, Math.min(sentence.end, trigger.end + 40));
  // "The strikes on Thursday night": a trigger that ends with its own preposition ("strikes on") is followed by the date.
  const ownPrep = /\s(?:on|in)$/i.test(text.slice(trigger.start, trigger.end)) ? /^\s+/.exec(post) : null;
  const prep = /^\s*(?:on|in|of|during|late\s+on|early\s+on)\s+/i.exec(post) ?? ownPrep;
  if (prep) {
    // chrono's phrase may take the preposition in ("on Monday" at the space before it): it starts by the date word.
    const at = prep[0].length;
    const c = dateCandidates(post, published, { anchor }).find((k) => k.index <= at && k.index + k.length > at);
    if (c) return bound(c);
  }
  // "after the fighting between two rival militias last weekend": a reference's own noun phrase ends with its date
  // (no verb, comma or clause word between the noun and the date phrase).
  if (anaphoric || NOUN_TRIGGER.test(text.slice(trigger.start, trigger.end))) {
    const np = NOUN_PHRASE_TAIL.exec(text.slice(trigger.end, Math.min(clause.end, trigger.end + 70)))?.[0] ?? '';
    const c = np
      ? dateCandidates(np, published, { anchor }).find((k) => k.index + k.length >= np.trimEnd().length - 1)
      : null;
    if (c) return bound(c);
  }
  // "The attack took place near X on Saturday": a reference back dated by its own predicate.
  // "The strike hit the monastery … early on Wednesday": a reference back that is the subject of its impact verb.
  if (anaphoric && (HAPPENED.test(post) || IMPACT_VERB.test(text.slice(trigger.start, trigger.end)))) {
    const tail = text.slice(trigger.end, clause.end);
    const c = dateCandidates(tail, published, { anchor })[0];
    if (c && !SPOKEN_ON.test(tail.slice(Math.max(0, c.index - 40), c.index))) return bound(c);
  }
  if (!anaphoric) {
    const prior = beforeMainDay(text, published, sentence.start, trigger.start, anchor);
    if (prior) return prior;
    const near = trigger.start - clause.start;
    // The sentence up to the clause's end: "On Monday, jets struck X, and artillery shelled Y" dates both clauses,
    // a later clause's phrase ("…, where the guarantors of the November 2024 ceasefire convene") dates neither.
    const prefixEnd = sharedPredicateEnd(text, clause.end, sentence.end);
    const prefix = blankRelativeAsides(text.slice(sentence.start, prefixEnd), trigger.end - sentence.start);
    // "The strikes came a day after X said they had fired …": counted back from the strikes, not read as "a day after".
    const inner =
      anchor && INNER_REFERENCE.test(clause.text)
        ? relativeToMain(text, published, clause, sentence, anchor, trigger.start)
        : null;
    if (inner) return inner;
    const own = resolveDate(blankRelativeAsides(clause.text, trigger.end - clause.start), published, { anchor, near });
    // "struck X overnight, …, officials said on Tuesday": the night that ends on the named day.
    const named =
      own && isSoftDay(own.phrase) ? resolveDate(text.slice(sentence.start, sentence.end), published) : null;
    if (named && !isSoftDay(named.phrase) && named.time_precision === 1) return { date: named, dated: true };
    // A bare "overnight" dates the event to the report day but yields to a dated report of it ("the Oct. 3 raid").
    // "Police said on Saturday that a priest abducted … last month": the statement's day yields to a later phrase.
    const spoken = own ? spokenOn(clause, own) : null;
    if (spoken) {
      const tail = text.slice(trigger.end, clause.end);
      // "…, the second attack on shipping this month": a vaguer period holding the statement's day says no more.
      const holds = (c: { start: string; end: string; precision: number }) =>
        c.precision > 1 && c.start <= spoken.date.date_start && spoken.date.date_end <= c.end;
      const later = dateCandidates(tail, published, { anchor }).find(
        (c) => !isSoftDay(c.phrase) && !holds(c) && !otherDay(tail.slice(Math.max(0, c.index - 40), c.index)),
      );
      // "In 2024, 1,200 people were killed …, according to a UN report released on Wednesday": the period before.
      const head = text.slice(clause.start, trigger.start);
      const first = dateCandidates(head, published, { anchor }).find((c) => !isSoftDay(c.phrase) && !holds(c));
      return later ? bound(later) : first && !otherDay(head.slice(0, first.index)) ? bound(first) : spoken;
    }
    if (own) return { date: own, dated: !isSoftDay(own.phrase) };
    const relative = relativeToMain(text, published, clause, sentence, anchor, trigger.start);
    if (relative) return relative;
    const d = resolveDate(prefix, published, { anchor });
    if (d) return spokenOn({ ...sentence, text: prefix }, d) ?? { date: d, dated: true };
    const said = attributionDay(text, published, clause, sentence);
    if (said) return said;
  }
  const live = livePostDay(text, published, sentence.start);
  if (live) return live;
  const flash = flashPostDay(text, published); // "BREAKING: …", "#Sudan: …" (flash-post.ts)
  if (flash) return flash;
  const recalled = recalledDate(text, sentence, trigger.start, published);
  return recalled ? { date: recalled, dated: true } : { date: reportDate(published), dated: false };
}
