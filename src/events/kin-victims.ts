/**
 * Victims told by kinship or dwelling, with no victim word: "a strike on a tent killed a couple and their four
 * children", "an airstrike on an apartment killed a family of five", "Two brothers were shot dead by a drone". ACLED
 * codes the people in a home or a tent, and relatives killed together, as civilians (docs/taxonomy.md, "Twentieth
 * pass").
 */
const KIN =
  /(?:an?\s+|the\s+)?(?:couple|family\s+of\s+\w+|(?:two|three|four|five|six|\d+)\s+(?:brothers|sisters|siblings|cousins)|(?:his|her)\s+(?:wife|husband|children|sons?|daughters?)|their\s+(?:\w+\s+)?(?:children|sons|daughters))\b/i;
const KILL_THEN_KIN = new RegExp(
  String.raw`\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?)\s+(?:at\s+least\s+)?${KIN.source}`,
  'i',
);
/** "Two brothers were shot dead by …": the kin told as the passive subject right before the trigger. */
const KIN_PASSIVE_BEFORE = new RegExp(
  String.raw`${KIN.source}\s+(?:were|was|had\s+been|have\s+been)\s+(?:(?:killed|wounded|injured|shot(?:\s+dead)?)\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2})?$`,
  'i',
);
/** "a strike on a tent", "an airstrike on an apartment", "a shell hit a house": a dwelling as the thing hit. */
const DWELLING_HIT =
  /^[\w-]*\s*(?:on|hit|hitting|struck|striking|targeted|targeting)\s+(?:an?|the|their|a\s+family)\s+(?:[\w-]+\s+)?(?:tents?|homes?|houses?|apartments?|flats?|residential\s+buildings?)\b/i;
const KILLS = /\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es)?)\b/i;

/** Does the clause `masked` tell civilians as the victims of the trigger at `ti` by kinship or by the dwelling hit? */
export function kinVictims(masked: string, ti: number): boolean {
  const after = masked.slice(ti);
  if (KILL_THEN_KIN.test(after)) return true;
  if (KIN_PASSIVE_BEFORE.test(masked.slice(Math.max(0, ti - 80), ti))) return true;
  return DWELLING_HIT.test(after.slice(0, 80)) && KILLS.test(after);
}
