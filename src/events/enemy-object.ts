/**
 * "Russian forces repelled an attempted Ukrainian incursion", "Azerbaijani troops shelled Armenian positions": an actor's
 * battle or strike whose object is another state's military object, named only by its demonym, has that
 * state's forces as actor2, as ACLED codes it (Military Forces of Ukraine / Armenia). The dictionary's country
 * templates need a force noun ("Ukrainian troops"), so before this the target side was empty
 * (docs/taxonomy.md, "Twenty-seventh session: events review").
 */
import type { ConflictEvent } from '../types.js';
import { countryName, DEMONYM_OF } from './country-names.js';

const KINDS = new Set(['Battles', 'Explosions/Remote violence']);
const VERB =
  /\b(?:repelled|repulsed|fought\s+off|thwarted|foiled|beat\s+back|pushed\s+back|shelled|struck|hit|attacked|targeted|pounded|bombed|destroyed|(?:fired|launched)\s+(?:[\w-]+\s+){0,5}?(?:on|at|upon|towards)|ambushed)\s+(?:(?:an?|the|several|two|three)\s+)?(?:(?:attempted|failed|new|major|large|fresh|renewed|overnight)\s+)?([A-Z][\w-]+)\s+(?:[a-z][\w-]*\s+)?(?:positions?|incursions?|advances?|assaults?|offensives?|counter-?attacks?|counter-?offensives?|attacks?|units?|columns?|convoys?|trenches|outposts?|strongholds?|lines|artillery|tanks?|armou?r|landing\s+(?:party|parties|groups?)|sabotage\s+groups?|assault\s+groups?|military\s+(?:positions?|posts?|vehicles?))\b/g;

/** Give a battle or strike on a demonym's military object that state's forces as actor2, in place. */
export function applyEnemyObjects(events: ConflictEvent[]): void {
  for (const e of events) {
    const p = e.properties;
    if (!KINDS.has(p.event_type) || p.actor2 || !p.actor1) continue;
    VERB.lastIndex = 0;
    for (let m = VERB.exec(p.evidence.text); m; m = VERB.exec(p.evidence.text)) {
      const iso2 = DEMONYM_OF[m[1]];
      const side = iso2 ? `Military Forces of ${countryName(iso2, true)}` : '';
      if (side && side !== p.actor1) {
        p.actor2 = side;
        break;
      }
    }
  }
}
