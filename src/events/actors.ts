/**
 * Actors: the dictionary of data/actors.json (names, aliases, case-sensitive acronyms), demonym patterns
 * ("Israeli forces" → Military Forces of Israel) and generic patterns filled with the event's country
 * ("regime forces" → Military Forces of Syria). assignActors() picks ACLED's actor1 (initiator) and actor2 (target).
 */
import actorsJson from '../../data/actors.json' with { type: 'json' };
import { countryName, DEMONYM_OF } from './country-names.js';
import { modifierAgent, objectGap, reportsOnly, speakerIsSubject } from './roles.js';

export { countryName };

/** A state's armed or police forces, as actor names are written. */
export const FORCE_NAME = /^(?:Military Forces|Police Forces) of /;

interface ActorsFile {
  actors: {
    name: string;
    kind: string;
    aliases: string[];
    acronyms: string[];
    /** Countries (ISO alpha-2) where the acronyms name this actor: "SNA" is Syrian in Syria, Somali in Somalia. */
    acronym_countries?: string[];
    patterns?: string[];
    /** Countries (ISO alpha-2) an armed group fights in (actor-home.ts). */
    countries?: string[];
  }[];
  demonyms: Record<string, string>;
  country_templates: { nouns: string; template: string }[];
  generic: { pattern: string; template: string }[];
  territory_armies: Record<string, string>;
}

const DATA = actorsJson as unknown as ActorsFile;

export interface ActorHit {
  name: string;
  index: number;
  length: number;
  /** From a generic pattern ("militants"), dropped right after a named actor ("Islamic State militants"). */
  generic?: boolean;
}

export interface ActorRoles {
  actor1: string;
  actor2: string;
  assoc: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
/** "al Qaeda-linked fighters", "IS-affiliated militants": the group's own fighters (the words after it describe it). */
const LINKED = '(?:-(?:linked|affiliated|aligned|allied)(?=\\s))?';
const DICT: { name: string; re: RegExp; only?: string[]; countries?: string[] }[] = DATA.actors.flatMap((a) => [
  ...a.aliases.map((al) => ({
    name: a.name,
    re: new RegExp(`(?<![\\w-])${esc(al)}${LINKED}(?![\\w-])`, 'gi'),
    countries: a.countries,
  })),
  ...a.acronyms.map((ac) => ({
    name: a.name,
    re: new RegExp(`(?<![\\w-])${esc(ac)}${LINKED}(?![\\w-])`, 'g'),
    only: a.acronym_countries,
    countries: a.countries,
  })),
  // "forces loyal to eastern commander Khalifa Haftar": phrasings an alias list cannot spell.
  ...(a.patterns ?? []).map((p) => ({
    name: a.name,
    re: new RegExp(`(?<![\\w-])(?:${p})(?![\\w-])`, 'gi'),
  })),
]);
/** The aliases and acronyms of the armed groups with home countries (actor-home.ts). */
export const HOMED_NAMES = DICT.filter((d) => d.countries && d.countries.length > 0);
const DEMONYMS = Object.keys(DEMONYM_OF)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');
const COUNTRY_TEMPLATES = DATA.country_templates.map((t) => ({
  template: t.template,
  re: new RegExp(
    `(?<![\\w-])(${DEMONYMS})(?:\\s+and\\s+(${DEMONYMS}))?\\s+(?:[\\w-]+\\s+){0,2}?(?:${t.nouns})(?![\\w-])`,
    'g',
  ),
}));
const DEMONYM_BEFORE = new RegExp(`(?:^|[^\\w-])(${DEMONYMS})\\s+$`);
const GENERIC = DATA.generic.map((g) => ({
  template: g.template,
  re: new RegExp(`(?<![\\w-])(?:${g.pattern})(?![\\w-])`, 'gi'),
}));

const fill = (template: string, iso2: string): string =>
  template.replace('{country}', template.includes('({country})') ? countryName(iso2) : countryName(iso2, true));

/** Whose army bare "troops" in `iso2` are: its own, or where it has none the forces operating there (data/actors.json). */
export const armyCountry = (iso2: string): string => DATA.territory_armies[iso2.toUpperCase()] ?? iso2;

/** ", an ethnic armed group", ", one of the largest rebel factions": an appositive describing the name before it. */
const APPOSITIVE =
  /^\s*,\s+(?:an?|one\s+of\s+(?:the|its|their)|the\s+(?:main|largest|biggest|strongest))\s+(?:[\w'’-]+\s+){0,4}$/i;

const NAMED_APPOSITIVE = /^\s*\)?\s*,\s+(?:an?|one\s+of\s+(?:the|its|their))\s+(?:[\w'’-]+\s+){0,2}$/i;
const AFFILIATE_AFTER =
  /^[\s-]*(?:affiliate|affiliated|ally|allies|offshoot|branch|wing|faction|franchise|proxy|splinter|-linked|linked)\b/i;
const AFFILIATE_BEFORE = /-(?:linked|affiliated|aligned|allied|backed|inspired|sponsored)\s+(?:[a-z][\w-]*\s+){0,2}$/;

/** All actor mentions in `text`; `iso2` is the event's country, used by generic patterns ("rebels"). */
export function findActors(text: string, iso2 = ''): ActorHit[] {
  const hits: ActorHit[] = [];
  const add = (name: string, index: number, length: number, generic = false) =>
    hits.push({ name, index, length, generic });
  for (const d of DICT) {
    if (d.only && !d.only.includes(iso2)) continue;
    d.re.lastIndex = 0;
    for (let m = d.re.exec(text); m; m = d.re.exec(text)) add(d.name, m.index, m[0].length);
  }
  for (const t of COUNTRY_TEMPLATES) {
    t.re.lastIndex = 0;
    for (let m = t.re.exec(text); m; m = t.re.exec(text)) {
      add(fill(t.template, DEMONYM_OF[m[1]]), m.index, m[0].length);
      if (m[2]) add(fill(t.template, DEMONYM_OF[m[2]]), m.index, m[0].length);
    }
  }
  if (iso2) {
    for (const g of GENERIC) {
      g.re.lastIndex = 0;
      for (let m = g.re.exec(text); m; m = g.re.exec(text)) {
        // "Palestinian militants": a demonym right before a non-state group word gives that group its country.
        const from = Math.max(0, m.index - 24);
        const own = DEMONYM_BEFORE.exec(text.slice(from, m.index));
        const at = own ? from + own.index + own[0].indexOf(own[1]) : m.index;
        const home = own ? DEMONYM_OF[own[1]] : g.template.startsWith('Military ') ? armyCountry(iso2) : iso2;
        add(fill(g.template, home), at, m.index + m[0].length - at, true);
      }
    }
  }
  // Longest match wins; "X and Y forces" keep both names on one span, a named group's "separatist fighters" no generic.
  const rank = (h: ActorHit) => (h.name.startsWith('Police Forces of ') ? 0 : 1);
  hits.sort((a, b) => b.length - a.length || a.index - b.index || rank(a) - rank(b));
  const kept: ActorHit[] = [];
  for (const h of hits) {
    const overlapping = kept.filter((k) => h.index < k.index + k.length && k.index < h.index + h.length);
    // "Palestinian Authority security forces": police, not the military, when both templates cover one span.
    const police = overlapping.some(
      (k) => k.name.startsWith('Police Forces of ') && h.name.startsWith('Military Forces of '),
    );
    const sameSpan =
      !police && overlapping.every((k) => k.index === h.index && k.length === h.length && k.name !== h.name);
    if (overlapping.length === 0 || (sameSpan && !(h.generic && overlapping.some((k) => !k.generic)))) kept.push(h);
  }
  // "at the UN peacekeeping force's headquarters" names a place, not a participant.
  const venue = (k: ActorHit) =>
    /^['’]s\s+(?:[\w-]+\s+)?(?:headquarters|base|bases|office|offices|compound|position|positions|post|posts|barracks)\b/i.test(
      text.slice(k.index + k.length, k.index + k.length + 40),
    );
  const named = kept.filter((k) => !k.generic);
  // "Islamic State militants", "Allied Democratic Forces (ADF) militants", and "the Arakan Army, an ethnic armed
  // group, …": the generic words name the actor right before them, not another party.
  const describes = (n: ActorHit, k: ActorHit) =>
    n.index < k.index &&
    (/^\)?\s*$/.test(text.slice(n.index + n.length, k.index)) ||
      APPOSITIVE.test(text.slice(n.index + n.length, k.index)));
  // "the Allied Democratic Forces (ADF), an Islamic State affiliate": a group named to describe the one before it.
  // "JNIM, an al Qaeda-linked group": the hyphened word belongs to the hit itself.
  const affiliateOf = (k: ActorHit) =>
    !k.generic &&
    (AFFILIATE_AFTER.test(text.slice(k.index + k.length, k.index + k.length + 20)) ||
      /-(?:linked|affiliated|aligned|allied)$/i.test(text.slice(k.index, k.index + k.length))) &&
    named.some((n) => n.index < k.index && NAMED_APPOSITIVE.test(text.slice(n.index + n.length, k.index)));
  // "the al-Qaida-linked group JNIM", "the Iran-backed Houthis": the hyphened qualifier names no party.
  const qualifies = (k: ActorHit) =>
    named.some((n) => n.index > k.index && AFFILIATE_BEFORE.test(text.slice(k.index, n.index)));
  // "Rebels of the National Liberation Army", "fighters of the M23", "jihadists linked to al-Qaeda": the generic
  // words name the group after "of" / "linked to" (one attacker, not two sides).
  const memberOf = (k: ActorHit) =>
    named.some((n) => n.index > k.index && MEMBER_OF.test(text.slice(k.index + k.length, n.index)));
  return kept
    .filter((k) => !venue(k))
    .filter((k) => !k.generic || (!named.some((n) => describes(n, k)) && !memberOf(k)))
    .filter((k) => !affiliateOf(k) && (k.generic || !qualifies(k)))
    .sort((a, b) => a.index - b.index);
}

const MEMBER_OF =
  /^\s+(?:of|(?:linked|tied|affiliated|connected)\s+(?:to|with)|aligned\s+with|loyal\s+to|belonging\s+to)\s+(?:the\s+)?$/i;
const BACKER_BEFORE =
  /\b(?:alongside|together\s+with|backed\s+by|supported\s+by|joined\s+by|with\s+(?:the\s+)?help\s+(?:of|from)|allied\s+(?:to|with)|loyal\s+to|aligned\s+with)\s+(?:the\s+|a\s+)?(?:(?:[\w.-]+\s+){1,2}(?:and|or)\s+(?:the\s+)?)?(?:[a-z][\w-]*\s+)?$/i;
const REPORTING = /\b(?:said|says|say|told|reported|announced|claimed|confirmed|added|stated|according\s+to)\b/i;
/** "said (on Saturday) that a …", "said a vessel reported …": a reported clause whose subject is not the speaker. */
const THAT_CLAUSE = /^\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:that\s+(?:a|an|the|\d+|two|three|several)|an?)\s/i;
/** "by the (paramilitary) X", "by Sudan's paramilitary X": the agent of a passive or nominal trigger. */
const AGENT_BEFORE = /\b[Bb]y\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}$/;

/**
 * actor1 (initiator) and actor2 (target) around the trigger at `triggerIndex`: an agent ("by X", an actor or
 * `modifier` modifying the trigger: "an RSF assault", "Israeli air strikes") first, else the nearest actor before
 * the trigger; actor2 is the first other actor after it, else the subject before it ("the army repelled an RSF
 * assault"). Speakers before a reporting verb ("CENTCOM said that ...") only count when nobody else is named or
 * when they are the subject of the reported clause ("the military said it struck …").
 */
export function assignActors(
  text: string,
  triggerIndex: number,
  hits: ActorHit[],
  symmetric = false,
  modifier: ActorHit | null = null,
  reciprocal = false,
): ActorRoles {
  const rep = REPORTING.exec(text.slice(0, triggerIndex));
  // "…, the UN said": a source reporting the clause before it is not a party.
  // "…, claimed by JNIM": a claimant is no party here; follow-ups.ts names it the attacker of an unnamed one.
  const parties = hits.filter(
    (h) => !reportsOnly(text, h, triggerIndex) && !/claimed\s+by\s+(?:the\s+)?$/i.test(text.slice(0, h.index)),
  );
  let pool = modifier
    ? [...parties.filter((h) => h.name !== modifier.name), modifier].sort((a, b) => a.index - b.index)
    : parties;
  if (rep) {
    const after = pool.filter((h) => h.index > rep.index);
    const speaker = pool.filter((h) => h.index < rep.index).pop();
    const subject = speaker && speakerIsSubject(text.slice(rep.index + rep[0].length, triggerIndex + 1), rep[0]);
    if (subject) pool = [speaker, ...after];
    // "Police said on Saturday that a priest abducted …": a speaker who is not the subject is no party.
    else if (after.length > 0 || (speaker && THAT_CLAUSE.test(text.slice(rep.index + rep[0].length, triggerIndex))))
      pool = after;
  }
  const unique: ActorHit[] = [];
  for (const h of pool) if (!unique.some((u) => u.name === h.name)) unique.push(h);
  // "forces backed by local clan militias" / "by Russia and Shiite militias": backers are associates, not the subject.
  const backer = (h: ActorHit) => BACKER_BEFORE.test(text.slice(Math.max(0, h.index - 48), h.index));
  // "Israeli warplanes struck X, a day after a missile fired by the Houthis": past a comma, a "by" agent is another
  // noun's when the trigger carries its own (docs/taxonomy.md, "Thirteenth review").
  const ownAgent = (h: ActorHit) =>
    !modifier || h.index < triggerIndex || !/[,;]/.test(text.slice(triggerIndex, h.index));
  const agent =
    unique.find(
      (h) => AGENT_BEFORE.test(text.slice(Math.max(0, h.index - 40), h.index)) && !backer(h) && ownAgent(h),
    ) ??
    // "Somali forces backed by U.S. airstrikes killed …": a backer's demonym is no agent.
    (modifier && unique.includes(modifier) && !backer(modifier) ? modifier : null) ??
    modifierAgent(
      text,
      triggerIndex,
      unique.filter((h) => !backer(h)),
    );
  const before = unique.filter((h) => h.index <= triggerIndex && !(backer(h) && unique.some((u) => u.index < h.index)));
  // "Lebanese and Israeli officials" (one span, two names): the first-named leads.
  let first = agent ?? before.find((h) => h.index === before[before.length - 1]?.index) ?? null;
  // "militants killed 50 soldiers in an attack": the object of a verb before the trigger is not the attacker.
  while (first && !agent) {
    const f = first;
    const prev = before.filter((h) => h.index + h.length <= f.index).pop();
    if (!prev || !objectGap(text.slice(prev.index + prev.length, f.index))) break;
    first = prev;
  }
  // "American troops and forces from the Interior Ministry destroyed …": the first of a coordinated subject leads.
  while (first && (!agent || reciprocal)) {
    const f = first;
    const prev = before.filter((h) => h.index + h.length <= f.index).pop();
    if (!prev || !/^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/i.test(text.slice(prev.index + prev.length, f.index))) break;
    first = prev;
  }
  const assoc = unique.filter((h) => {
    if (!first || h === first || h.index < first.index) return false;
    const gap = text.slice(first.index + first.length, h.index);
    if (/^\s*(?:,|and|,\s*and)\s+(?:the\s+|a\s+)?$/i.test(gap) && h.index < triggerIndex) return true;
    return backer(h);
  });
  // "troops repelled an M23 attack …, killing several rebels": with the attacker named on the trigger and a side
  // before it, the generic rebels or gunmen killed after it are the attacker's own men, not a third party.
  const ownMen = (h: ActorHit) =>
    !!agent &&
    agent === first &&
    h.generic === true &&
    h.index > triggerIndex &&
    !/^(?:Military|Police) Forces|^Government/.test(agent.name) &&
    /^(?:Rebel groups|Unidentified Armed Group) \(/.test(h.name);
  const others = unique.filter((h) => h !== first && !assoc.includes(h));
  const sides = others.some((h) => h.index < triggerIndex) ? others.filter((h) => !ownMen(h)) : others;
  const target =
    sides.find((h) => h.index > triggerIndex) ?? (first ? sides.find((h) => h.index < triggerIndex) : null) ?? null;
  // "Israel and Hamas agreed …", "X and Y clashed": the coordinated subjects are the two sides.
  const side = reciprocal && !target ? assoc.find((h) => h.index < triggerIndex) : undefined;
  if (first && side)
    return { actor1: first.name, actor2: side.name, assoc: assoc.filter((a) => a !== side).map((a) => a.name) };
  // Two sides named after the trigger ("clashes between X and Y"): X initiates when the event is symmetric.
  // Not when it is the object of a verb ("jihadists attacked an army post", "…, killing 50 soldiers"): the target.
  const lead = text.slice(triggerIndex, target?.index ?? triggerIndex);
  if (!first && symmetric && target && !objectGap(` ${lead.slice(lead.lastIndexOf(',') + 1)}`)) {
    const second = others.find((h) => h.index > target.index && !backer(h));
    return { actor1: target.name, actor2: second?.name ?? '', assoc: [] };
  }
  return { actor1: first?.name ?? '', actor2: target?.name ?? '', assoc: assoc.map((a) => a.name) };
}

const KIND = new Map(DATA.actors.map((a) => [a.name, a.kind]));
/** The dictionary's kind of a named actor ("state", "rebel", "international", …), or undefined. */
export const actorKind = (name: string): string | undefined => KIND.get(name);

export function demonymCountry(word: string): string | null {
  return DEMONYM_OF[word] ?? null;
}
