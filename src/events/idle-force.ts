/**
 * "The protesters marched peacefully, and security forces did not intervene": a force told as not stepping in (or as
 * standing by) took no part in the event, so it is neither of its actors.
 */
const IDLE_AFTER =
  /^\s+(?:(?:did\s+not|didn['’]t|never|would\s+not|were\s+not\s+seen\s+to)\s+(?:immediately\s+)?(?:intervene|interfere|step\s+in|stop|disperse|break\s+up|confront|respond)|(?:stood|looked|watched)\s+(?:by|on)|made\s+no\s+arrests?)\b/i;

/** Is the actor named at `index`..`index + length` of `masked` told as not intervening? */
export function idleForce(masked: string, hit: { index: number; length: number }): boolean {
  const end = hit.index + hit.length;
  return IDLE_AFTER.test(masked.slice(end, end + 60));
}
