/**
 * Actors of one candidate event (ACLED actor1 = initiator, actor2 = target): the roles around the trigger
 * (actors.ts assignActors, roles.ts), a country named as the subject, the nationality of a bare force word ("troops"
 * after "Israeli tanks …"); the target side (civilians as victims, the crowd of a protest) in targets.ts. Used by
 * detect-events.ts.
 */
import { killedForce } from './victim-force.js';
import { afterPhraseStart } from './after-date.js';
import { relativeSpeaker } from './relative-speaker.js';
import { speakerTargeted } from './speaker-target.js';
import {
  FORCE_NAME,
  type ActorHit,
  type ActorRoles,
  actorKind,
  assignActors,
  countryName,
  demonymCountry,
  findActors,
} from './actors.js';
import { agreementSides } from './agreement-sides.js';
import { dropAsideParties } from './aside-parties.js';
import { adjustTargets, STATE_NAME } from './targets.js';
import { foreignState } from './foreign-capture.js';
import { isCountry, mentionsIn } from './context.js';
import type { ArticleContext, PlaceChoice } from './model.js';
import {
  BARE_FORCE,
  BARE_GROUP,
  campaignState,
  coordinatedDemonym,
  demonymAgent,
  possessiveBefore,
  RECIPROCAL,
  reportsOnly,
  speakerIsSubject,
} from './roles.js';
import type { Span } from './sentences.js';
import type { Classification } from './taxonomy.js';

const SPEECH =
  /\b(?:said|says|say|told|tells|announced|reported|claimed|stated|confirmed|added|warned|accused|blamed|condemned|described)\b/i;
const POSSESSIVE_FORCES =
  /^['’]s\s+(?:military|army|armed\s+forces|air\s+force|navy|forces|troops|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff)\b/i;
/** "Lebanese soldiers inspect a car hit by an Israeli strike", "Rescuers search the rubble": a photo caption's
 * onlookers, the subject of a verb of looking or clearing up, are no party of the strike they look at. */
const OBSERVING =
  /^\s+(?:inspect(?:s|ed|ing)?|examin(?:e|es|ed|ing)|check(?:s|ed|ing)?|survey(?:s|ed|ing)?|look(?:s|ed|ing)?\s+at|stand(?:s|ing)?\s+(?:guard|near|next|at|by)|gather(?:s|ed|ing)?\s+(?:at|around|near)|search(?:es|ed|ing)?\s+(?:the\s+)?(?:rubble|debris|site|wreckage)|remov(?:e|es|ed|ing)\s+(?:the\s+)?(?:rubble|debris|wreckage))\b/i;

/** "Syria's interior ministry said its forces arrested …": a country's police, by its ministry. */
const POSSESSIVE_POLICE =
  /^['’]s\s+(?:interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|police|security\s+forces)\b/i;
/** "the interior ministry said on Saturday it had …": the speaker is the agent of what follows. */
const MINISTRY_SAID_IT =
  /\bthe\s+(?:interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior)\s+said\s+(?:[\w,'’-]+\s+){0,4}?(?:that\s+)?(?:it|its\s+(?:forces|units|personnel|officers))\s+(?:had\s+|has\s+)?$/i;
const SUPPORTED =
  /\b(?:of|for)\s+(?:supporting|backing|aiding|helping|collaborating\s+with|sympathi[sz]ing\s+with|spying\s+for|links\s+to|ties\s+to)\s+(?:the\s+)?$/i;
/** "…, the army said, blaming the RSF": the party blamed after the trigger is its attacker (blame.ts), not its target. */
const BLAMED = /\bblam(?:ed|es|ing)\s+(?:it\s+on\s+)?(?:the\s+)?$/i;
const STATE_ACTION = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);

/** Actors of a candidate; a country named as the subject ("Israel has bombed …") stands for its forces/government. */
/**
 * The national force named last in `before` ("Israeli tanks shelled …, and [troops]"), not one that only reports
 * ("…, the Ukrainian military said."): the force a following bare "troops" / "soldiers" / "the army" belongs to.
 */
export function forceAntecedent(before: string): string | null {
  const forces = findActors(before).filter(
    (h) => h.name.startsWith('Military Forces of ') && !reportsOnly(before, h, -1),
  );
  return forces[forces.length - 1]?.name ?? null;
}

/**
 * The group a bare "the forces" / "its fighters" / "the militants" stands for: the last named actor in `before` (for
 * fighters, militants and rebels a non-state one; for "the coalition" a coalition), not one that only reports.
 */
export function groupAntecedent(before: string, word: string): string | null {
  const state = word.toLowerCase() === 'forces';
  const coalition = word.toLowerCase() === 'coalition';
  const named = findActors(before).filter(
    (h) =>
      !h.generic &&
      !reportsOnly(before, h, -1) &&
      !h.name.startsWith('Civilians') &&
      (state || (!STATE_NAME.test(h.name) && actorKind(h.name) !== 'international')) &&
      (!coalition || /coalition/i.test(h.name)),
  );
  return named[named.length - 1]?.name ?? null;
}

/** Bare group words of `masked` resolved to the group named earlier (`earlier` + the clause up to the word). */
function bareGroups(masked: string, earlier: string, hits: ActorHit[]): ActorHit[] {
  const out: ActorHit[] = [];
  BARE_GROUP.lastIndex = 0;
  for (let m = BARE_GROUP.exec(masked); m; m = BARE_GROUP.exec(masked)) {
    const at = m.index;
    const end = at + m[0].length;
    if (hits.some((h) => !h.generic && h.index < end && at < h.index + h.length)) continue;
    const name = groupAntecedent(`${earlier}${masked.slice(0, at)}`, m[1]);
    if (name) out.push({ name, index: at, length: m[0].length });
  }
  return out;
}

/**
 * `before`: the masked text from the previous sentence of the paragraph (or this one) up to the clause; `earlier`:
 * from two sentences back, whatever the paragraph (for "the forces", "the militants").
 */
export function actorsFor(
  ctx: ArticleContext,
  clause: Span,
  masked: string,
  cls: Classification,
  place: PlaceChoice,
  before = '',
  earlier = before,
): ActorRoles {
  const cut = afterPhraseStart(masked, cls.trigger.index);
  if (cut > 0) {
    const lead = masked.slice(0, cut);
    const rest = { start: clause.start + cut, end: clause.end, text: clause.text.slice(cut) };
    const moved = { ...cls, trigger: { ...cls.trigger, index: cls.trigger.index - cut } };
    const roles = actorsFor(ctx, rest, masked.slice(cut), moved, place, before + lead, earlier + lead);
    // "Lebanese troops patrol X after Israeli forces pulled out": the main verb's subject took the place over.
    if (cls.sub_event_type === 'Non-violent transfer of territory' && roles.actor1 && !roles.actor2) {
      const taker = findActors(lead, place.countryCode || ctx.focusCountry).find((h) => h.name !== roles.actor1);
      if (taker) roles.actor2 = taker.name;
    }
    return roles;
  }
  const cc = place.countryCode || ctx.focusCountry;
  const found = findActors(masked, cc).map((h) => {
    if (!h.generic || !BARE_FORCE.test(masked.slice(h.index, h.index + h.length))) return h;
    if (killedForce(masked, h.index, cls.trigger.index)) return h;
    const named = forceAntecedent(`${before}${masked.slice(0, h.index)}`);
    return named ? { ...h, name: named } : h;
  });
  // "The forces also shelled …", "the militants": the group named before.
  const groups = bareGroups(masked, earlier, found);
  // "accusing residents of supporting M23": a group the victims are said to back is no party.
  const named = [
    ...found.filter((h) => !groups.some((g) => h.index < g.index + g.length && g.index < h.index + h.length)),
    ...groups,
  ]
    .filter((h) => !SUPPORTED.test(masked.slice(Math.max(0, h.index - 40), h.index)))
    .filter((h) => h.index < cls.trigger.index || !BLAMED.test(masked.slice(Math.max(0, h.index - 30), h.index)))
    .filter((h) => !OBSERVING.test(masked.slice(h.index + h.length, h.index + h.length + 30)));
  const hits = dropAsideParties(named, before, masked, cls.trigger.index, cc);
  // "The SDF, which controls …, said its forces raided": the speaker named before the relative clause.
  const speaker = relativeSpeaker(before, masked);
  if (speaker && !hits.some((h) => !h.generic && h.index < cls.trigger.index))
    hits.unshift({ name: speaker, index: 0, length: 0 });
  // "Ukraine's military said its drones hit …": a country's possessive forces are an actor.
  for (const m of mentionsIn(ctx.mentions, clause.start, clause.end)) {
    const next = ctx.text.slice(m.end, m.end + 30);
    const police = POSSESSIVE_POLICE.exec(next);
    const after = POSSESSIVE_FORCES.exec(next) ?? police;
    const index = m.start - clause.start;
    // After the trigger it is the speaker ("…, Lebanon's army said"), not a party, unless it is the agent ("an air
    // strike by Myanmar's military").
    const agent = /\bby\s+(?:the\s+)?$/i.test(masked.slice(Math.max(0, index - 8), index));
    if (!m.place || !isCountry(m.place) || !after || (index > cls.trigger.index && !agent)) continue;
    if (!hits.some((h) => h.index <= index && index < h.index + h.length))
      hits.push({
        name: `${after === police ? 'Police' : 'Military'} Forces of ${countryName(m.place.countryCode, true)}`,
        index,
        length: m.end - m.start + after[0].length,
      });
  }
  // "The interior ministry said it had seized …": the ministry's own police, of the event's country.
  const ministry = MINISTRY_SAID_IT.exec(masked.slice(0, cls.trigger.index));
  if (ministry && cc && !hits.some((h) => h.index < cls.trigger.index))
    hits.push({ name: `Police Forces of ${countryName(cc, true)}`, index: ministry.index, length: ministry[0].length });
  // "Russia's defence ministry said its troops had captured …": "its troops" are the speaker's.
  for (const [k, h] of hits.entries()) {
    if (!h.generic || !/its\s+$/i.test(masked.slice(Math.max(0, h.index - 4), h.index))) continue;
    if (!BARE_FORCE.test(masked.slice(h.index, h.index + h.length))) continue;
    const owner = hits.filter((o) => o.index < h.index && FORCE_NAME.test(o.name)).pop();
    if (owner && owner.name !== h.name) hits[k] = { ...h, name: owner.name };
  }
  hits.sort((a, b) => a.index - b.index);
  const symmetric = cls.event_type === 'Battles' || cls.sub_event_type === 'Agreement';
  const reciprocal = symmetric && RECIPROCAL.test(cls.trigger.text);
  const official = STATE_ACTION.has(cls.event_type) || cls.sub_event_type === 'Non-violent transfer of territory';
  const forces = (iso2: string) => `Military Forces of ${countryName(iso2, true)}`;
  const ti = cls.trigger.index;
  // The attacking state named as a modifier of the trigger: "Israeli air strikes", "Russia's bombardment of X".
  let modifier: ActorHit | null = null;
  let partner = '';
  if (STATE_ACTION.has(cls.event_type) || cls.sub_event_type === 'Looting/property destruction') {
    // "Turkish strikes on X": a trigger that opens with the demonym carries its agent.
    const opening = /^([A-Z][\w.]*)\s/.exec(cls.trigger.text);
    const own = opening ? demonymCountry(opening[1]) : null;
    const d =
      demonymAgent(masked, ti, demonymCountry) ?? (own ? { iso2: own, index: ti, length: opening![1].length } : null);
    // "Russia's bombardment"; "U.S. strikes" (the country's name as the modifier of the trigger noun).
    const tEnd = clause.start + ti + cls.trigger.text.length;
    const owner = mentionsIn(ctx.mentions, clause.start, tEnd).find(
      (m) =>
        m.place &&
        isCountry(m.place) &&
        (possessiveBefore(ctx.text, m.end, clause.start + ti) ||
          (m.start >= clause.start + ti &&
            // Not the object inside a long trigger ("attacked a Somali army base"): the modifier opens the trigger.
            /^(?:(?:a|an|the)\s+)?$/i.test(ctx.text.slice(clause.start + ti, m.start)) &&
            /^\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?$/.test(ctx.text.slice(m.end, tEnd)))),
    );
    // "US and British warplanes": the first-named force is actor1, the other its associate; in a reciprocal act
    // ("Indian and Pakistani troops exchanged fire") the two are its sides.
    const first = d ? coordinatedDemonym(masked, d.index, demonymCountry) : null;
    if (d && first && first.iso2 !== d.iso2 && !reciprocal) partner = forces(d.iso2);
    const lead = first ?? d;
    if (lead) modifier = { name: forces(lead.iso2), index: lead.index, length: lead.length };
    else if (owner?.place)
      modifier = {
        name: forces(owner.place.countryCode),
        index: owner.start - clause.start,
        length: owner.end - owner.start,
      };
  }
  const subjects = mentionsIn(ctx.mentions, clause.start, clause.start + cls.trigger.index).filter(
    (m) =>
      m.place &&
      m.role === 'place' &&
      isCountry(m.place) &&
      m.start >= clause.start &&
      m.start < clause.start + cls.trigger.index &&
      // Not inside a blanked stance clause ("Israel, which says Iran …, struck": stance-clause.ts).
      masked.slice(m.start - clause.start, m.end - clause.start).trim() !== '' &&
      !/\b(?:in|at|on|from|to|into|near|of|with|against|bombed|struck)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$/i.test(
        ctx.text.slice(Math.max(0, m.start - 12), m.start),
      ) &&
      !/^['’]s\b/.test(ctx.text.slice(m.end, m.end + 3)) &&
      // "a UK-based monitor", "Iran-backed militias": the country qualifies someone else.
      !/^-(?:based|backed|born|funded|trained|aligned|allied|affiliated|run|sponsored)\b/i.test(
        ctx.text.slice(m.end, m.end + 12),
      ) &&
      // "Egypt and Qatar said the attack …": the speakers, not the attackers ("Israel said it struck …" is one).
      (!SPEECH.test(masked.slice(m.end - clause.start, ti)) ||
        speakerIsSubject(
          masked.slice(m.end - clause.start, ti).replace(/^.*?\b(?:said|says|announced|claimed)\b/i, ''),
        )),
  );
  const subjectName = (m: (typeof subjects)[number]) =>
    `${official ? 'Military Forces' : 'Government'} of ${countryName(m.place!.countryCode, true)}`;
  const subjectNames = subjects.map(subjectName);
  // "Israel and Hamas agreed …": a country coordinated with a named side is the other side.
  if (reciprocal)
    for (const m of subjects.filter(
      (s) => !hits.some((h) => h.index <= s.start - clause.start + 1 && s.start - clause.start < h.index + h.length),
    ))
      hits.push({ name: subjectName(m), index: m.start - clause.start, length: m.end - m.start });
  hits.sort((a, b) => a.index - b.index);
  const roles = assignActors(masked, ti, hits, symmetric, modifier, reciprocal);
  if (partner && roles.actor1 !== partner) {
    if (roles.actor2 === partner) roles.actor2 = '';
    if (!roles.assoc.includes(partner)) roles.assoc.push(partner);
  }
  if (!roles.actor1 && subjectNames[0]) roles.actor1 = subjectNames[0];
  if (!roles.actor2 && subjectNames[1] && subjectNames[1] !== roles.actor1) roles.actor2 = subjectNames[1];
  // "A strike on a house in X killed nine" after "Israeli air strikes killed 27 …": the campaign's state attacks.
  if (!roles.actor1) {
    const iso2 = campaignState(cls.sub_event_type, `${earlier}${masked.slice(0, ti)}`, demonymCountry);
    if (iso2 && forces(iso2) !== roles.actor2) roles.actor1 = forces(iso2);
  }
  // "after talks between local leaders and government officials": the government sides the dictionary misses.
  if (cls.sub_event_type === 'Agreement' && (!roles.actor1 || !roles.actor2))
    for (const side of agreementSides(ctx, clause, masked, ctx.focusCountry || cc)) {
      if (!roles.actor1) roles.actor1 = side;
      else if (!roles.actor2 && side !== roles.actor1) roles.actor2 = side;
    }
  speakerTargeted(roles, masked, hits, ti + cls.trigger.text.length);
  adjustTargets(roles, cls, masked, hits, cc);
  return roles;
}

/**
 * The sub-event type once the actors are known: a territory gain is the government's exactly when a state force made
 * it ("the Arakan Army seized a military base" stays a non-state actor's gain, "forces loyal to Haftar took X" is not).
 */
export function subTypeFor(cls: Classification, actor1: string, iso2 = ''): string {
  // A foreign state's capture is coded as a non-state actor's (foreign-capture.ts).
  const gain = !STATE_NAME.test(actor1) || foreignState(actor1, iso2);
  if (cls.sub_event_type === 'Government regains territory' && actor1 && gain)
    return 'Non-state actor overtakes territory';
  // "forces loyal to Haftar took control of X", "GNU forces seized X": a state force named by the dictionary gains.
  if (cls.sub_event_type === 'Non-state actor overtakes territory' && !gain) return 'Government regains territory';
  return cls.sub_event_type;
}
