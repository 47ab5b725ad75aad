/**
 * Two senses of one name, each written beside its own country: "Iran's Kurdistan province" and, in another sentence of
 * an Iraq story, "Kurdistan's interior ministry said … on the border with Turkey". The cued mention names its
 * country to tell its sense apart from the other one; it does not make the bare mentions that sense.
 */

/** What a group of mentions says of countries: those named in its sentences and those written as its own. */
export interface CountryWriting {
  sentenceCountries: Set<string>;
  countryHints: Set<string>;
  mentions: { sentenceCountries?: string[]; countryHint?: string }[];
}

function writes(g: CountryWriting | undefined, cc: string): boolean {
  return !!g && (g.sentenceCountries.has(cc) || g.countryHints.has(cc));
}

/** The country the story writes most beside its places (in their sentences, or as their own country). */
const leading = new WeakMap<Map<string, CountryWriting>, string>();
function mostWritten(groups: Map<string, CountryWriting>): string {
  let top = leading.get(groups);
  if (top !== undefined) return top;
  const n = new Map<string, number>();
  const add = (cc: string) => n.set(cc, (n.get(cc) ?? 0) + 1);
  for (const g of groups.values())
    for (const m of g.mentions) {
      for (const cc of m.sentenceCountries ?? []) add(cc);
      if (m.countryHint) add(m.countryHint);
    }
  let best = 0;
  top = '';
  for (const [cc, k] of n)
    if (k > best) {
      best = k;
      top = cc;
    }
  leading.set(groups, top);
  return top;
}

/** The bare sense (`own`, of group `bareKey`) stands beside the cued one (`cued`, of `cuedKey`): the cued mentions
 * name the cued sense's country and not the bare sense's, which the bare mentions' sentences name or the story names
 * most. The bare sense must be a place of note (a region, province or town of some size): a hamlet shares the name
 * by chance. */
export function anchoredApart(
  groups: Map<string, CountryWriting>,
  bareKey: string,
  cuedKey: string,
  own: { countryCode: string; prior?: number },
  cued: { countryCode: string },
): boolean {
  const cuedGroup = groups.get(cuedKey);
  if ((own.prior ?? 0) < NOTED || !writes(cuedGroup, cued.countryCode) || writes(cuedGroup, own.countryCode))
    return false;
  return writes(groups.get(bareKey), own.countryCode) || mostWritten(groups) === own.countryCode;
}

/** The prior of a place of note (a regional capital, a province, a large town). */
const NOTED = 0.5;
