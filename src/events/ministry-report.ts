/**
 * "The Ministry of Defence of the Russian Federation reports that units of the Southern group of forces liberated
 * Stepnohirsk", "Russia's Defence Ministry said units … liberated": a press release's units belong to the ministry
 * that reports them. The speaker is no party (actors.ts), and "units" or "servicemen" are no force word of the
 * dictionary, so such an event had no actor1 and a capture was typed as the government's own. Now the country's
 * forces are actor1 and the sub-type is the one a foreign state's capture has (foreign-capture.ts)
 * (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { countryName, DEMONYM_OF } from './country-names.js';
import { isCountry, mentionsIn } from './context.js';
import { foreignState } from './foreign-capture.js';
import type { ArticleContext } from './model.js';

const MINISTRY = '(?:Ministry\\s+of\\s+(?:National\\s+)?Defen[cs]e|Defen[cs]e\\s+Ministry|General\\s+Staff)';
/** "… reports / said (on Sunday) (that) (its) units / troops …". */
const REPORTS_UNITS =
  /^\s+(?:reports|reported|said|says|announced|stated|claimed)\s+(?:[\w,]+\s+){0,3}?(?:that\s+)?(?:its\s+|the\s+)?(?:units|troops|forces|servicemen|soldiers|army|assault\s+(?:units|groups|detachments)|air\s+defen[cs]e\s+(?:units|systems)|(?:military|army)\s+units)\b/i;
/** The ministry named by its demonym ("the Russian Defence Ministry"), its country ("Russia's …") or "of the X". */
const NAMED = new RegExp(
  `(?:\\b(?!The\\b)([A-Z][\\w-]+)\\s+${MINISTRY}|['’]s\\s+${MINISTRY}|\\b${MINISTRY}\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\w-]+\\s+){0,2}[A-Z][\\w-]+)`,
  'g',
);

/** Give an event with no actor1 the forces of the defence ministry that reports its units' action, in place. */
export function applyMinistryReports(events: ConflictEvent[], ctx: ArticleContext): void {
  for (const e of events) {
    const p = e.properties;
    if (p.actor1 || !p.iso || p.event_type === 'Protests' || p.event_type === 'Riots') continue;
    const text = p.evidence.text;
    NAMED.lastIndex = 0;
    for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
      if (!REPORTS_UNITS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue;
      const from = p.evidence.start + m.index - 40;
      const country = mentionsIn(ctx.mentions, Math.max(0, from), p.evidence.start + m.index + m[0].length)
        .filter((x) => x.place && isCountry(x.place))
        .pop();
      const iso2 = (m[1] && DEMONYM_OF[m[1]]) || country?.place?.countryCode;
      if (!iso2) continue;
      p.actor1 = `Military Forces of ${countryName(iso2, true)}`;
      if (p.actor2 === p.actor1) p.actor2 = '';
      if (p.sub_event_type === 'Government regains territory' && foreignState(p.actor1, p.iso))
        p.sub_event_type = 'Non-state actor overtakes territory';
      break;
    }
  }
}
