/**
 * "… as Iran launched a fresh wave of missiles that killed eight people in Israel. … In Israel, a missile struck a
 * building in Bat Yam": a missile (rocket, drone) attack whose clause names no attacker is the act of the party told
 * launching that weapon just before, when it lands in another country than the launcher's own (a side does not fire
 * on its own towns). The nearest launch told before, within a few sentences, is the one.
 */
import { findActors } from './actors.js';
import { isCountry, mentionsIn } from './context.js';
import { countryName } from './country-names.js';
import type { ArticleContext, Candidate } from './model.js';
import type { Span } from './sentences.js';

const LAUNCH =
  /\b(?:launch(?:ed|es)?|fired|fires|unleash(?:ed|es)?)\s+(?:(?:more|over|about|around|nearly|almost|some|up\s+to)\s+(?:than\s+)?)?(?:(?:a|an|another|its|their|new|fresh|more|dozens\s+of|hundreds\s+of|\d[\d,]*)\s+){0,2}(?:(?:wave|barrage|salvo|volley)s?(?:\s+of)?\s+)?(?:(?:ballistic|cruise|hypersonic|guided|long-range|short-range)\s+)?(missiles?|rockets?|projectiles?|drones?|barrages?|salvos?)\b/g;
const AND_WEAPON =
  /^\s+and\s+(?:(?:more\s+than|over|about|around|nearly|some|dozens\s+of|\d[\d,]*)\s+){0,2}(?:(?:ballistic|cruise|hypersonic|guided)\s+)?(missiles?|rockets?|drones?)\b/i;
/** Only auxiliaries and adverbs between the launcher's name and the verb. */
const SUBJECT_GAP = /^\s+(?:(?:has|had|have|also|again|then|later|overnight|reportedly)\s+){0,2}$/i;
const NOT_ACTOR = /^(?:Civilians|Protesters|Rioters|Unidentified)\b/;
const WINDOW = 6;

interface Launch {
  sentenceIndex: number;
  actor: string;
  iso2: string;
  drones: boolean;
}

/** The last launch of missiles and of drones told in sentence `s` (masked). */
function launchesIn(ctx: ArticleContext, masked: string, s: Span, sentenceIndex: number): Map<boolean, Launch> {
  const out = new Map<boolean, Launch>();
  const text = masked.slice(s.start, s.end);
  LAUNCH.lastIndex = 0;
  for (let m = LAUNCH.exec(text); m; m = LAUNCH.exec(text)) {
    const at = s.start + m.index;
    const drones = /^drones?$/i.test(m[1]);
    // "launched 400 drones and 30 missiles": the launcher of both weapons.
    const other = AND_WEAPON.exec(text.slice(m.index + m[0].length));
    const kinds = other && /^drones?$/i.test(other[1]) !== drones ? [drones, !drones] : [drones];
    const country = mentionsIn(ctx.mentions, Math.max(s.start, at - 60), at)
      .filter((x) => x.place && isCountry(x.place) && SUBJECT_GAP.test(masked.slice(x.end, at)))
      .pop();
    if (country?.place) {
      const iso2 = country.place.countryCode;
      for (const k of kinds)
        out.set(k, { sentenceIndex, actor: `Military Forces of ${countryName(iso2, true)}`, iso2, drones: k });
      continue;
    }
    const before = masked.slice(Math.max(s.start, at - 60), at);
    const group = findActors(before)
      .filter((h) => !h.generic && !NOT_ACTOR.test(h.name) && SUBJECT_GAP.test(before.slice(h.index + h.length)))
      .pop();
    if (group) for (const k of kinds) out.set(k, { sentenceIndex, actor: group.name, iso2: '', drones: k });
  }
  return out;
}

/** Give each unauthored missile or drone attack the launcher told just before, in place. */
export function applyLaunchers(cands: Candidate[], ctx: ArticleContext, masked: string, sentences: Span[]): void {
  const cache = new Map<number, Map<boolean, Launch>>();
  const at = (i: number) => {
    if (!cache.has(i)) cache.set(i, launchesIn(ctx, masked, sentences[i], i));
    return cache.get(i)!;
  };
  for (const c of cands) {
    const missile = c.sub_event_type === 'Shelling/artillery/missile attack';
    if (c.actor1 || (!missile && c.sub_event_type !== 'Air/drone strike')) continue;
    for (let i = c.sentenceIndex; i >= 0 && i >= c.sentenceIndex - WINDOW; i--) {
      const launch = at(i).get(!missile);
      if (!launch) continue;
      const cc = c.place.countryCode;
      if (cc && launch.iso2 !== cc && launch.actor !== c.actor2) c.actor1 = launch.actor;
      break;
    }
  }
}
