/**
 * Toponym resolution: candidates → ranked with documented features → a pick or an explicit no-match.
 *
 * Features (weights in DEFAULT_WEIGHTS):
 * - prior: the gazetteer's prior (population, feature class, notability; src/gazetteer/prior.ts)
 * - loose: penalty when the name only matched through transliteration folding
 * - focus: share of the document's country evidence (demonyms, unambiguous names) in the candidate's country
 * - cue: feature class against cue words ("river" → H, "province of" → A, "village of" → V, "the Red Sea" → water,
 *   "X Park" → a local name kept out of other countries; src/resolve/cues.ts)
 * - context: explicit admin/country written beside the name ("Dumayr (Rural Damascus)", "DUMAYR, Syria")
 * - coherence: closeness to the other places picked in the document, a province holding them or a place in a province
 *   named, and nearness to another name's almost-picked sense (second pass; src/resolve/coherence.ts)
 * - seat: a city named like its province, holding a real share of its people, is the city ("Aleppo", not "Quebec")
 * - aliasAbroad / articleAbroad: a far namesake the writing does not support (src/resolve/name-world.ts); aliasOnly:
 *   a town holding the name only among its other names while a larger town bears it (src/resolve/own-name.ts)
 * One sense per name per document: every mention of the same name gets the same pick.
 */
import { foldLoose } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { Candidate, Mention, ResolvedMention, ScoredCandidate } from '../types.js';
import { ABOUT_SHARE, countryFocus } from './focus.js';
import { closeToPick, coherenceScore, likelySenses, type Sense } from './coherence.js';
import { cueScore } from './cues.js';
import { provinceOfSeat } from './cued-candidates.js';
import { type Group, groupMentions } from './groups.js';
import { seatScore, unnamedSeatProvince } from './seat.js';
import { writtenContextScore } from './written-context.js';
import { abroadScore } from './abroad.js';
import { nameWorldScore } from './name-world.js';
import { aliasOnlyScore } from './own-name.js';
import { closeSpellingScore } from './close-spelling.js';
import { copyWith } from './copy-with.js';
import { scoredCopy } from './scored-copy.js';
import { priorReason } from './prior-reason.js';
import { writtenAsQuarter } from './neighbourhood.js';
import { kindOf, listCountries, listKinds, listMateScore, listMates } from './lists.js';
import { bareOrCued, groupOfName } from './sense-key.js';
import { type CandidateSource, DEFAULT_WEIGHTS, type ResolveOptions } from './options.js';

export { type CandidateSource, DEFAULT_WEIGHTS, type ResolveOptions } from './options.js';

/**
 * Whether a spelling guess is judged by what the rest of the document says: when the rest holds evidence (a unit: a
 * demonym or a clear name), the guess's own dominance among its namesakes is no evidence for its country ("Neirab"
 * beside Deir Ezzor is not Nairobi). A name alone in its text keeps its own evidence; a misspelt country is a typo, not
 * a guess ("Mauritious").
 */
function guessJudgedByRest(c: Candidate, restMass: number): boolean {
  return restMass >= 1 && !c.featureCode.startsWith('PCL');
}

/** The candidate's own name meets the mention's finer loose key (gazetteer/fold.ts). */
function closeSpelling(g: Group, c: Candidate): boolean {
  g.fine ??= foldLoose(g.mentions[0].text, true);
  return g.fine === foldLoose(c.name, true);
}

function provincesOf(g: Group): Candidate[] {
  if (!g.provinces) g.provinces = g.candidates.filter((k) => k.featureClass === 'A');
  return g.provinces;
}

/** The reasons of a candidate scored without explanation (never shown). */
const NO_REASONS: string[] = [];

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const km = (a: Candidate, b: Candidate) => haversineKm(a.lat, a.lon, b.lat, b.lon);

export function resolveMentions(
  mentions: Mention[],
  gaz: CandidateSource,
  options: ResolveOptions = {},
  text = '',
): ResolvedMention[] {
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  const maxC = options.maxCandidates ?? 25;
  const minScore = options.minScore ?? 0.3;
  const nAlt = options.alternatives ?? 5;

  const { groups, keyOf } = groupMentions(mentions, gaz, maxC, text);
  for (const g of groups.values()) {
    for (const ctx of g.contexts) groupOfName(groups, ctx)?.containsOf.push(g.candidates);
  }
  const groupList = [...groups.values()];
  const focus = countryFocus(
    mentions,
    groupList.map((g) => g.candidates),
    options.focusCountries,
  );
  groupList.forEach((g, k) => {
    g.focusIndex = k;
  });
  // The strongest country focus of the document (a local name is not sent abroad when the story has a clear place).
  let docTop = 0;
  for (const g of groupList) for (const c of g.candidates) docTop = Math.max(docTop, focus(c.countryCode));
  for (const m of mentions) if (m.role === 'demonym' && m.context) docTop = Math.max(docTop, focus(m.context));
  // A context the text itself places in a country ("in South West state, Somalia") holds only its senses there.
  const hinted = new Map(mentions.filter((m) => m.countryHint).map((m) => [m.text, m.countryHint]));
  const contextCands = new Map<string, Candidate[]>();
  for (const g of groups.values())
    for (const c of g.contexts) {
      if (contextCands.has(c)) continue;
      const cc = hinted.get(c);
      contextCands.set(
        c,
        gaz.lookup(c, { limit: 10 }).filter((k) => !cc || k.countryCode === cc),
      );
    }

  // Senses of the other names that nearly won (filled after the first pass; coherence.ts).
  let senses: Sense[] = [];
  // The score of one candidate; reasons are written only when asked (for what is shown, not for every candidate).
  const scoreOf = (g: Group, c: Candidate, picked: Candidate[], reasons: string[] | null): number => {
    let s = w.prior * (c.prior ?? 0);
    if (c.match === 'loose') {
      s += w.loose;
      reasons?.push('spelling matched loosely');
    }
    const f = focus(c.countryCode, g.focusIndex);
    if (f > 0) {
      s += w.focus * f;
      reasons?.push(`document focus on ${c.countryCode} (${Math.round(f * 100)}%)`);
    }
    // Only among the places of a country the document is about: elsewhere a close spelling is still a guess. A name
    // the rest of the text says nothing about ("an army post in Baramulla" alone) has no country to weigh: there the
    // spelling is all the evidence, and the namesake spelled as written beats one that merely shares its consonants.
    if (f >= ABOUT_SHARE || focus.restMass(g.focusIndex) < 1) s += closeSpellingScore(c, g, w.closeSpelling, reasons);
    if (
      c.match === 'loose' &&
      (guessJudgedByRest(c, focus.restMass(g.focusIndex))
        ? focus(c.countryCode, g.focusIndex, true)
        : focus(c.countryCode)) < ABOUT_SHARE &&
      !g.countryHints.has(c.countryCode) &&
      !(g.sentenceCountries.has(c.countryCode) && closeSpelling(g, c)) &&
      !provinceOfSeat(c, g.hints, g.candidates)
    ) {
      // A spelling guess is only credible in a country the document is about, or, when it is close (the finer loose
      // key), in one its sentence names ("near Bassikounou in south-eastern Mauritania": Bassiknou).
      s += w.looseOutsideFocus;
    }
    s += nameWorldScore(c, g, focus, w, reasons, picked);
    s += aliasOnlyScore(c, g, w.aliasOnly, reasons);
    if (c.featureClass === 'P' && !g.hints.has('A') && provincesOf(g).length > 0)
      s += seatScore(c, g.name, provincesOf(g), picked, w, reasons);
    if (g.countryHints.has(c.countryCode)) {
      s += w.countryHint;
      reasons?.push(`described as ${c.countryCode} in the text`);
    }
    if (g.sentenceCountries.has(c.countryCode) && !c.featureCode.startsWith('PCL')) {
      s += w.sentenceCountry;
      reasons?.push(`in ${c.countryCode}, named in the same sentence`);
    }
    // A local name is only sent abroad when the document has no clear place elsewhere.
    const outside = g.hints.has('L') && focus(c.countryCode, g.focusIndex) < ABOUT_SHARE && docTop >= 0.3;
    s += cueScore(g.hints, c, g.candidates, w, reasons, outside);
    if (g.contexts.size > 0 || g.containsOf.length > 0)
      s += writtenContextScore(c, g.contexts, contextCands, g.containsOf, w, reasons);
    if (g.listKind && kindOf(c) === g.listKind) {
      s += w.listKind;
      reasons?.push(`listed among other ${g.listKind === 'country' ? 'countries' : 'provinces or states'}`);
    }
    if (g.listMates) s += listMateScore(c, g.listMates, g.listCountries, w.listMate, w.listMateCountry, km, reasons);
    const coherence = coherenceScore(g.key, c, picked, senses, w, reasons);
    return r3(s + coherence + abroadScore(c, g, focus, picked, coherence, w.minorAbroad, reasons));
  };
  const scored = (g: Group, c: Candidate, picked: Candidate[], explain: boolean): ScoredCandidate => {
    const reasons = explain ? [priorReason(c)] : null;
    const score = scoreOf(g, c, picked, reasons);
    return scoredCopy(c, score, reasons ?? NO_REASONS);
  };

  // Candidates by score, then prior (a stable order); objects only for the first `keep` (with their reasons when
  // `explain`) or, without `keep`, for those close to the pick (all that likelySenses reads of the first pass).
  const rank = (g: Group, picked: Candidate[], keep: number | null, explain: boolean): ScoredCandidate[] => {
    const cands = g.candidates;
    // Every candidate kept and explained (a name with few namesakes): each is scored once, with its reasons.
    const all = explain && keep !== null && cands.length <= keep ? cands.map((c) => scored(g, c, picked, true)) : null;
    const scores = all ? all.map((c) => c.score) : cands.map((c) => scoreOf(g, c, picked, null));
    const order = cands.map((_, k) => k);
    order.sort((a, b) => scores[b] - scores[a] || (cands[b].prior ?? 0) - (cands[a].prior ?? 0) || a - b);
    let n = keep ?? 1;
    if (keep === null) while (n < order.length && closeToPick(scores[order[n]], scores[order[0]])) n++;
    const build = (k: number) => scoredCopy(cands[k], scores[k], NO_REASONS);
    return order.slice(0, n).map((k) => (all ? all[k] : explain ? scored(g, cands[k], picked, true) : build(k)));
  };

  // Pass 1 without coherence; pass 2 with the first-pass picks as the document's places.
  const first = new Map<string, ScoredCandidate[]>();
  for (const g of groups.values()) first.set(g.key, rank(g, [], null, false));
  // A name written only as a wire dateline ("BEIRUT, … (Reuters) -") is where the report was filed: it counts for the
  // document's country focus, not as a place of the story that nearby namesakes should cluster around, nor as a sense
  // whose neighbours the story may name ("BEIRUT:" heads stories from all of Lebanon).
  const filedOnly = new Set([...groups.values()].filter((g) => g.mentions.every((m) => m.dateline)).map((g) => g.key));
  // A quarter of a city ("the Tierra Blanca neighbourhood" of a Culiacán story) vouches for no namesake's neighbours.
  const quarters = new Set(mentions.filter((_, i) => writtenAsQuarter(text, mentions, i)));
  for (const g of groups.values()) if (g.mentions.every((m) => quarters.has(m))) filedOnly.add(g.key);
  const told = new Map([...first].filter(([key]) => !filedOnly.has(key)));
  const picked = [...told.values()].map((r) => r[0]).filter((c): c is ScoredCandidate => !!c && c.score >= minScore);
  // A seat of unknown size picked over its province ("Nabatieh") still names the province for the other places.
  for (const g of groups.values()) {
    const top = first.get(g.key)?.[0];
    const province = top && top.score >= minScore ? unnamedSeatProvince(top, g.candidates) : null;
    if (province) picked.push(copyWith(province, { score: top!.score, reasons: NO_REASONS }));
  }
  const firstPick = (x: Mention) => first.get(keyOf.get(x) ?? '')?.[0];
  for (const [m, kind] of listKinds(mentions, firstPick, text)) {
    const g = groups.get(keyOf.get(m) ?? '');
    if (g) g.listKind = kind;
  }
  for (const [m, mates] of listMates(mentions, firstPick, text)) {
    const g = groups.get(keyOf.get(m) ?? '');
    if (!g) continue;
    g.listMates ??= [];
    const have = g.listMates;
    for (const c of mates) if (!have.some((h) => h.geonameid === c.geonameid)) have.push(c);
  }
  const oneCountry = (x: Mention) => {
    const cands = groups.get(keyOf.get(x) ?? '')?.candidates ?? [];
    return cands.length > 0 && cands.every((c) => c.countryCode === cands[0].countryCode);
  };
  for (const [m, countries] of listCountries(mentions, firstPick, oneCountry, text)) {
    const g = groups.get(keyOf.get(m) ?? '');
    if (g) g.listCountries = countries;
  }
  // A name listed among provinces ("Cauca, Narino and Valle del Cauca") that has a province's sense is no town that
  // other names' namesakes may lie next to (Nariño, Antioquia vouching for Argelia, Antioquia).
  const listedArea = (key: string) => {
    const kind = groups.get(key)?.listKind;
    return !!kind && kind !== 'other' && !!groups.get(key)?.candidates.some((c) => kindOf(c) === kind);
  };
  const townSenses = new Map([...told].filter(([key]) => !listedArea(key)));
  senses = likelySenses(townSenses, new Map([...groups.values()].map((g) => [g.key, g.mentions[0].text])));
  const finalRank = new Map<string, ScoredCandidate[]>();
  // Coherence comes from the other names' places: a sense of this very name ("Douma" in Syria) must not pull its
  // namesakes near it (Doûma, Lebanon, 87 km away) up. A name has one or two of its senses among the picks, if any:
  // those are found through a set of the picks, not a set of each name's candidates.
  const pickedIds = new Set(picked.map((p) => p.geonameid));
  for (const g of groups.values()) {
    let own: number[] | null = null;
    for (const c of g.candidates) {
      if (!pickedIds.has(c.geonameid)) continue;
      own ??= [];
      own.push(c.geonameid);
    }
    const others = own ? picked.filter((p) => !own.includes(p.geonameid)) : picked;
    // The pick and its alternatives, with their reasons.
    finalRank.set(g.key, rank(g, others, nAlt + 1, true));
  }

  return mentions.map((m) => {
    if (m.role === 'demonym') {
      const c = m.context ? gaz.country(m.context) : null;
      const place = c ? copyWith(c, { score: 1, reasons: [`demonym of ${c.name}`] }) : null;
      return copyWith(m, { place, alternatives: [] });
    }
    const ranked = bareOrCued(m, finalRank, km, keyOf.get(m), groups);
    const top = ranked[0];
    const place = top && top.score >= minScore ? top : null;
    return copyWith(m, { place, alternatives: ranked.slice(place ? 1 : 0, (place ? 1 : 0) + nAlt) });
  });
}
