/**
 * A caption or highlight often tells a raid by the damage it left ("settlers set fire to homes and cars in X"), while
 * the body codes the raid itself ("settlers stormed X, setting fire to two homes and throwing stones"): Looting/
 * property destruction over an Attack. When the same party acts at the very same place, the front retells the body's
 * event; another attacker or another town stays an event of its own (docs/taxonomy.md, "Twenty-second review").
 */
import { type Candidate, VIOLENT, weakPlace } from './model.js';

const DAMAGE = 'Looting/property destruction';

const sameSpot = (a: Candidate, b: Candidate): boolean => a.place.key === b.place.key && !weakPlace(a.place);

/** Whether front candidate `c` tells body candidate `g`'s attack by its damage (or the other way round). */
export function damageOfAttack(g: Candidate, c: Candidate): boolean {
  if (!c.actor1 || c.actor1 !== g.actor1 || !sameSpot(g, c)) return false;
  return (
    (c.sub_event_type === DAMAGE && VIOLENT.has(g.event_type)) ||
    (g.sub_event_type === DAMAGE && VIOLENT.has(c.event_type))
  );
}
