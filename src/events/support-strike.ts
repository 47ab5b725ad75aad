/**
 * "Iraqi forces killed three militants in a raid near X. The coalition then carried out air strikes on the area.":
 * strikes told as part of the operation just told — on "the area", "the hideout" or "the site" it struck, "before
 * ground troops moved in", "in support of the raid" — re-describe that operation at its place; they are no new event
 * (docs/taxonomy.md, "Twenty-seventh review"). A strike that names a place of its own is not caught: only the
 * definite site word, the ground advance or the support phrase mark it.
 */

/** The trigger is a strike from the air: "air strikes", "airstrikes", "strikes", "air raids", "bombed". */
const STRIKE_AT = /^(?:(?:air|drone)[\s-]*)?(?:strikes?|raids?)\b|^airstrikes?\b|^bomb(?:ed|ing|ings)?\b/i;

/** After the trigger: the operation's own site, named by a definite common noun, no name of its own. */
const ON_THE_SITE =
  /^[^,;.]{0,40}?\b(?:on|at|against|in)\s+(?:the|that)\s+(?:same\s+)?(?:area|site|hideout|hide-out|location|den|compound|positions?|targets?)\b(?![^,;.]{0,10}\b(?:of|in|near)\s+[A-Z])/;

/** The strikes opened or backed the operation: "before ground troops moved in", "in support of the raid". */
const BACKING =
  /\b(?:before|as|while)\s+(?:the\s+)?(?:ground\s+)?(?:troops|forces|units|commandos)\s+(?:moved\s+in|advanced|stormed|went\s+in|raided)\b|\b(?:in\s+support\s+of|to\s+support|to\s+cover|backing)\s+(?:the|their|its)\s+(?:ground\s+)?(?:operation|raid|assault|troops|forces)\b/i;

/** Whether the strike at `index` of the clause tells the operation before it, not an event of its own. */
export function supportStrike(clause: string, index: number): boolean {
  const after = clause.slice(index);
  if (!STRIKE_AT.test(after)) return false;
  return ON_THE_SITE.test(after) || BACKING.test(after);
}
