/**
 * The ACLED taxonomy of data/taxonomy.json compiled to regular expressions, and the trigger classifier:
 * which event type a clause reports, following ACLED's hierarchy (explosions > battles > violence against
 * civilians > riots > protests > strategic developments) and the guards that keep hypothetical, habitual and
 * background mentions out. docs/taxonomy.md explains the rules.
 */
import taxonomyJson from '../../data/taxonomy.json' with { type: 'json' };
import { findActors } from './actors.js';
import { afterFrontedBackdrop } from './backdrop.js';
import type { TaxonomyFile, TaxonomyRule } from './taxonomy-file.js';
import { linkedSubject } from './linked-subject.js';
import { withoutSourceTail } from './source-tail.js';

export type { TaxonomyFile, TaxonomyRule, Variant } from './taxonomy-file.js';

export const TAXONOMY = taxonomyJson as unknown as TaxonomyFile;

interface CompiledRule {
  rule: TaxonomyRule;
  order: number;
  res: RegExp[];
  not: RegExp[];
  notClause: RegExp[];
  variants: { when: RegExp; unless: RegExp | null; event_type: string; sub_event_type: string }[];
}

export interface TriggerMatch {
  rule: TaxonomyRule;
  order: number;
  index: number;
  length: number;
  text: string;
}

export interface Classification {
  event_type: string;
  sub_event_type: string;
  strength: number;
  head: string;
  ruleId: string;
  trigger: TriggerMatch;
  /** A definite noun phrase ("the raid", "the Oct. 19 raid"): likely a reference back to an event told elsewhere. */
  definite: boolean;
  hedged: boolean;
}

const RULES: CompiledRule[] = TAXONOMY.rules.map((rule, order) => ({
  rule,
  order,
  res: [
    ...rule.patterns.map((p) => new RegExp(p, 'gi')),
    ...(rule.case_sensitive ?? []).map((p) => new RegExp(p, 'g')),
  ],
  not: (rule.not ?? []).map((p) => new RegExp(p, 'i')),
  notClause: (rule.not_clause ?? []).map((p) => new RegExp(p, 'i')),
  variants: (rule.variants ?? []).map((v) => ({
    when: new RegExp(v.when, 'i'),
    unless: v.unless ? new RegExp(v.unless, 'i') : null,
    event_type: v.event_type,
    sub_event_type: v.sub_event_type,
  })),
}));

/** A guard the data file may leave out: its pattern, or null. */
export const optionalGuard = (key: keyof TaxonomyFile['guards']): RegExp | null => {
  const g = TAXONOMY.guards[key];
  return g ? new RegExp(g, 'i') : null;
};

const IRREALIS = new RegExp(TAXONOMY.guards.irrealis, 'i');
const STATISTIC = new RegExp(TAXONOMY.guards.statistic, 'i');
const STANCE = new RegExp(TAXONOMY.guards.stance, 'i');
const RELATIVE = new RegExp(TAXONOMY.guards.relative_background, 'i');
const HABITUAL = new RegExp(TAXONOMY.guards.habitual, 'i');
const REFERENCE = optionalGuard('reference');
const REFERENCE_AFTER = optionalGuard('reference_after');
const OPENING_REFERENCE = optionalGuard('opening_reference');
const IRREALIS_AFTER = optionalGuard('irrealis_after');
const LONG_AFTER = optionalGuard('long_after');
const BACKGROUND = optionalGuard('background');
const GENERIC_PLURAL = optionalGuard('generic_plural');
const HEDGE = new RegExp(TAXONOMY.guards.hedge, 'i');
/** After a trigger: a pattern ("daily") or a trend ("had increased") rather than one event (sixteenth review). */
const HABITUAL_PRESENT = optionalGuard('habitual_present');
const PATTERN_AFTER = [optionalGuard('habitual_after'), optionalGuard('trend_after')].filter(
  (g): g is RegExp => g !== null,
);
const EXERCISE = optionalGuard('exercise');
/** "Prosecutors told the court that the attackers had stayed …": a trial retells a past crime; the trial is the news. */
const TESTIMONY = optionalGuard('testimony');
/** "marked 30 years since the massacre, when forces killed 8,000": the violence told is the past one; a rally that
 * marks an anniversary is itself an event, so gatherings are exempt. */
const COMMEMORATION = optionalGuard('commemoration');
const GATHERINGS = new Set(['Protests', 'Riots']);
/** Guards that drop every trigger of their clause: running tolls, judicial executions, reports' tallies, commentary. */
const CLAUSE_GUARDS = (['cumulative', 'judicial', 'report_tally', 'commentary', 'backdrop'] as const)
  .map(optionalGuard)
  .filter((g): g is RegExp => g !== null);
const EVENT_NOUN =
  /^(?:raids?|strikes?|air|airstrikes?|drone|attacks?|assaults?|killings?|clash(?:es)?|fighting|battles?|shelling|bombings?|bombardments?|explosions?|blasts?|talks|negotiations|meeting|protests?|demonstrations?|withdrawal|arrests?|abductions?|kidnappings?|massacres?|operations?|offensive|ambush|incident|executions?|seizure|violence)$/i;
// A possessive refers back only when it is a day or date ("Tuesday's attack"); "Russia's bombardment of X killed
// three" tells a new event with its agent. "moves that drew a protest": a relative "that" before a verb is no determiner.
// "In the Sagaing region, an air strike": an indefinite article after the determiner opens a new mention.
// "Earlier this week, heavy fighting": a comma closes the determiner's phrase (only a date's "Oct. 19, 2025" has one);
// so does a verb ("the Peshmerga have reduced attacks": "the" is the subject's). "The army said on Saturday that air
// strikes …": "that" after a speech verb opens the reported clause, it is no determiner.
const DEFINITE =
  /\b(?:[Tt]he|[Tt]his|(?<!\b(?:said|says|say|announced|reported|added|claimed|stated|confirmed|denied|warned|told\s+[\w-]+)(?:\s+[\w.,]+){0,3}\s)[Tt]hat(?!\s+(?:\w+ed|drew|saw|led|left|took|brought|made|sent|set)\b)|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[A-Z][a-z]*day['’]s|(?:[Yy]esterday|[Tt]oday|[Tt]onight)['’]s)\s+(?:(?![Aa]n?\s|(?:have|has|had|is|are|was|were|will|would|can|could|did|do|does)\s)(?:[\w.'’-]+|\d+,)\s+){0,3}$/;

/** "Since January, forces have conducted 120 operations, detaining 200 suspects and killing dozens": a participle
 * clause continues a running tally told in the clause before it, so it is part of the tally too. */
const PARTICIPLE_START = /^\W*(?:and\s+)?[a-z]+ing\b/;
export const continuesTally = (before: string, clause: string): boolean =>
  PARTICIPLE_START.test(clause) && CLAUSE_GUARDS.some((g) => g.test(before));

/** Is the trigger at `index` a definite noun phrase ("the attacks", "Tuesday's strike")? */
const definiteAt = (clause: string, index: number): boolean =>
  DEFINITE.test(clause.slice(Math.max(0, index - 60), index));

function lastWords(s: string, n: number): string {
  return s
    .split(/\s+/)
    .slice(-n - 1)
    .join(' ');
}

/** "Officials said on Friday that drones dropped …": "that" after a verb of saying opens what was said, not a
 * relative clause ("the village that gunmen attacked"). */
const SAID_THAT =
  /\b(?:said|says|told\s+(?:[\w'’-]+\s+){1,2}?|reported|claimed|added|stated|confirmed|announced)\s+(?:(?:on|late|early|last)\s+\w+\s+)?that\s+$/i;

/** Why a trigger at `index` is not an assertion of an event that happened, or null when it is. */
function guard(clause: string, index: number, matchText: string, rule: TaxonomyRule): string | null {
  // Every guard looks at the words just before the trigger; 300 characters keep a run-on clause linear.
  // The month "May" ("on May 5", "in May") is no modal.
  const before = clause
    .slice(Math.max(0, index - 300), index)
    .replace(/\bMay(?=\s+\d)/g, 'Mai')
    .replace(/\b(in|on|of|since|early|late|mid|until|by|last|this|next)\s+May\b/gi, '$1 Mai');
  if (RELATIVE.test(before) && !SAID_THAT.test(before.slice(-60))) return 'background relative clause';
  if (HABITUAL.test(before.slice(-100))) return 'habitual';
  if (
    HABITUAL_PRESENT?.test(before.slice(-30)) &&
    !/ed$/i.test(matchText.split(/\s+/)[0]) &&
    !IRREGULAR_PAST.test(matchText.split(/\s+/)[0].toLowerCase())
  )
    return 'habitual';
  if ((REFERENCE?.test(before.slice(-100)) && !linkedSubject(before, matchText)) || LONG_AFTER?.test(before))
    return 'names another event';
  if (BACKGROUND?.test(before.slice(-100))) return 'background';
  if (GENERIC_PLURAL?.test(before.slice(-80)) && /s$/i.test(matchText)) return 'generic statement';
  // "held joint drills near X, simulating an attack": a drill told before the trigger (a later one is another event).
  if (EXERCISE?.test(before.slice(-150))) return 'drill or exercise';
  if (TESTIMONY?.test(before)) return 'told in court';
  if (rule.modal_ok) return null;
  if (IRREALIS.test(lastWords(before, 5))) return 'hypothetical or negated';
  if (STATISTIC.test(before)) return 'a count, not an event';
  if (STANCE.test(before.slice(-120))) return 'planned, expected or conditional';
  const first = matchText.split(/\s+/)[0].toLowerCase();
  if (/\bto\s*$/i.test(before) && !/(?:ed|s|ing)$/.test(first)) return 'infinitive';
  return null;
}

/** All guarded trigger matches in a (quote-masked) clause, in text order. */
export function findTriggers(whole: string): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const clause = afterFrontedBackdrop(whole); // "As clashes intensified in X, gunmen killed …" (backdrop.ts)
  if (CLAUSE_GUARDS.some((g) => g.test(clause))) return out;
  const commemorated = !!COMMEMORATION?.test(clause);
  for (const c of RULES) {
    if (c.notClause.some((n) => n.test(clause))) continue;
    if (commemorated && !GATHERINGS.has(c.rule.event_type)) continue;
    for (const re of c.res) {
      re.lastIndex = 0;
      for (let m = re.exec(clause); m; m = re.exec(clause)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const window = clause.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40);
        if (c.not.some((n) => n.test(window))) continue;
        if (guard(clause, m.index, m[0], c.rule)) continue;
        if (!c.rule.modal_ok && IRREALIS_AFTER?.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 12)))
          continue;
        const after = clause.slice(m.index + m[0].length, m.index + m[0].length + 80);
        if (/^\s*(?:,|$)/.test(after) && OPENING_REFERENCE?.test(clause.slice(0, m.index + m[0].length))) continue;
        if (PATTERN_AFTER.some((g) => g.test(after))) continue;
        if (
          REFERENCE_AFTER?.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 40)) &&
          definiteAt(clause, m.index)
        )
          continue;
        out.push({ rule: c.rule, order: c.order, index: m.index, length: m[0].length, text: m[0] });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index || a.order - b.order);
}

export const hasTrigger = (s: string): boolean => findTriggers(s).length > 0;

const LEAD_IN =
  /^(?:(?:the|a|an|\d+|continued|continuing|continuous|ongoing|renewed|fierce|violent|heavy|massive|new|fresh|intense|intensive|several|more|further|at\s+least|dozens\s+of|some|(?:air|aerial|ground|naval|artillery|rocket|missile|mortar)\s+and)\s+){0,3}/i;

/** Generic actors ("regime forces", "rebels") need a country to be named; only their span matters here. */
const ANY_COUNTRY = 'ZZ';

/** Headline verbs (base or -s form, never nouns) that continue the earlier subject: "militants raid X, kill 18". */
const SHARED_SUBJECT_VERB =
  /^(?:kills?|targets?|execut(?:e|es)|beheads?|detonates?|bombards?|seizes?|captures?|takes?|controls?|expels?|regains?|recaptures?|retakes?|slaughters?|shell|bomb|pounds?)$/;

/** Past tenses without -ed that continue the earlier subject: "a crowd attacked and set fire to the house". */
export const IRREGULAR_PAST =
  /^(?:set|shot|hit|struck|took|blew|burnt|stole|fought|threw|beat|overran|drove|withdrew|broke|tore|sent|left|made|held|brought|put|cut)$/;

/**
 * Does `head` (the words after " and " / ", ") open a new event of its own? Its trigger must come first (after modifiers
 * such as "renewed") or right after a new subject ("and the army retakes …"); without a new subject it must not be a
 * verb sharing the earlier subject ("and killed …"), nor a participle adjunct (", killing three", ", burning houses
 * and killing nine"; after "and" only right after it: "and renewed targeting" is a noun).
 */
export function startsEvent(head: string, separator: string): boolean {
  const lead = LEAD_IN.exec(head)?.[0].length ?? 0;
  const triggers = findTriggers(head);
  let t = triggers.find((m) => m.index === lead);
  // A new subject and its verb: "… and the army retakes control of X", "…, rebels shell Y".
  const subject = t
    ? null
    : findActors(head, ANY_COUNTRY).find((a) => /^(?:the\s+)?$/i.test(head.slice(lead, a.index)));
  if (subject) {
    const after = subject.index + subject.length;
    t = triggers.find((m) => m.index >= after && /^\s+$/.test(head.slice(after, m.index)));
  }
  if (!t) return false;
  const first = t.text.split(/\s+/)[0].toLowerCase();
  if (!subject && (/ed$/.test(first) || SHARED_SUBJECT_VERB.test(first) || IRREGULAR_PAST.test(first))) return false;
  const participle = /ing$/.test(first) && !/^(?:shelling|fighting|bombing)$/.test(first);
  return !(participle && (separator === ',' || (!subject && t.index === 0)));
}

const rank = (eventType: string): number => {
  const i = TAXONOMY.hierarchy.indexOf(eventType);
  return i < 0 ? TAXONOMY.hierarchy.length : i;
};

/** The event a clause reports, or null. `clause` should already have its quotations masked. */
export function classify(clause: string): Classification | null {
  const matches = findTriggers(clause);
  if (matches.length === 0) return null;
  const specific = matches.filter((m) => !m.rule.generic);
  const generic = matches.filter((m) => m.rule.generic);
  const byRank = (a: TriggerMatch, b: TriggerMatch) =>
    rank(a.rule.event_type) - rank(b.rule.event_type) || a.order - b.order || a.index - b.index;
  let chosen = [...specific].sort(byRank)[0];
  // Violence outranks strategic developments: "troops seized weapons and killed three militants".
  if (!chosen || (chosen.rule.event_type === 'Strategic developments' && generic.length > 0)) {
    chosen = [...generic].sort((a, b) => a.order - b.order || a.index - b.index)[0] ?? chosen;
  }
  let { event_type, sub_event_type } = chosen.rule;
  const compiled = RULES[chosen.order];
  const told = withoutSourceTail(clause); // "…, local residents said": the source is no victim (source-tail.ts)
  for (const v of compiled.variants) {
    const civilian = v.event_type === 'Violence against civilians';
    if (v.when.test(civilian ? told : clause) && !v.unless?.test(told)) {
      event_type = v.event_type;
      sub_event_type = v.sub_event_type;
      break;
    }
  }
  const before = clause.slice(0, chosen.index);
  // Only an event noun can refer back ("the raid", "the Oct. 19 raid"); "the two sides met" is a new mention.
  const nominal = EVENT_NOUN.test(chosen.text.split(/\s+/)[0]);
  return {
    event_type,
    sub_event_type,
    strength: chosen.rule.strength,
    head: chosen.rule.head,
    ruleId: chosen.rule.id,
    trigger: chosen,
    definite: nominal && DEFINITE.test(before),
    hedged: HEDGE.test(clause),
  };
}

export { hazardToll, hazardTopic } from './hazard-topic.js';

/** Every (event_type, sub_event_type) pair the taxonomy can produce. */
export function subEventTypes(): { event_type: string; sub_event_type: string }[] {
  const seen = new Map<string, { event_type: string; sub_event_type: string }>();
  for (const r of TAXONOMY.rules) {
    for (const t of [r, ...(r.variants ?? [])]) {
      seen.set(`${t.event_type}|${t.sub_event_type}`, { event_type: t.event_type, sub_event_type: t.sub_event_type });
    }
  }
  return [...seen.values()];
}
