/**
 * Toponym resolution: candidates → ranked with documented features → a pick or an explicit no-match.
 *
 * Features (weights in DEFAULT_WEIGHTS):
 * - prior: the gazetteer's prior (population, feature class, notability; src/gazetteer/prior.ts)
 * - loose: penalty when the name only matched through transliteration folding
 * - focus: share of the document's country evidence (demonyms, unambiguous names) in the candidate's country
 * - cue: feature class against cue words ("river" → H, "province of" → A, "town of" → P)
 * - context: explicit admin/country written beside the name ("Dumayr (Rural Damascus)", "DUMAYR, Syria")
 * - coherence: closeness to the other places picked in the document (second pass)
 * One sense per name per document: every mention of the same name gets the same pick.
 */
import { foldExact } from '../gazetteer/fold.js';
import { haversineKm } from '../gazetteer/gazetteer.js';
import type { Candidate, Mention, ResolvedMention, ScoredCandidate } from '../types.js';
import { countryFocus } from './focus.js';
import { kindOf, listKinds, type PlaceKind } from './lists.js';

export interface CandidateSource {
  lookup(name: string, options?: { limit?: number; loose?: boolean }): Candidate[];
  country(iso2: string): Candidate | null;
}

export interface ResolveOptions {
  /** Candidates considered per name. @defaultValue 25 */
  maxCandidates?: number;
  /** Below this score the answer is "no match". @defaultValue 0.3 */
  minScore?: number;
  /** Alternatives kept per mention. @defaultValue 5 */
  alternatives?: number;
  /** Countries (ISO2) the user says the documents are about ("my area of interest"); half of the country focus
   * then comes from them, half from the document. @defaultValue [] */
  focusCountries?: string[];
  weights?: Partial<typeof DEFAULT_WEIGHTS>;
}

export const DEFAULT_WEIGHTS = {
  prior: 1,
  loose: -0.45,
  focus: 0.9,
  cueMatch: 0.6,
  cueMismatch: -1.0,
  contextCountry: 1.0,
  countryHint: 0.6,
  seat: 0.35,
  looseOutsideFocus: -1,
  contextAdmin: 1.2,
  coherenceNear: 0.45,
  coherenceRegion: 0.2,
  listKind: 0.5,
  inNamedProvince: 0.2,
};

interface Group {
  key: string;
  mentions: Mention[];
  candidates: Candidate[];
  hints: Set<string>;
  contexts: Set<string>;
  countryHints: Set<string>;
  /** Candidate lists of the names this one is written as context for. */
  containsOf: Candidate[][];
  /** The kind of place the other items of a list this name stands in were resolved to ("Virginia, Washington, Wyoming"). */
  listKind?: PlaceKind;
  /** Position of this name's candidate list in the focus evidence (its own evidence is left out of its focus). */
  focusIndex: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function cueFits(c: Candidate, hint: string): boolean {
  if (hint === 'H') return c.featureClass === 'H';
  if (hint === 'A') return c.featureClass === 'A';
  if (hint === 'P') return c.featureClass === 'P';
  if (hint === 'T') return c.featureClass === 'T' || c.featureClass === 'L';
  return false;
}

export function resolveMentions(
  mentions: Mention[],
  gaz: CandidateSource,
  options: ResolveOptions = {},
): ResolvedMention[] {
  const w = { ...DEFAULT_WEIGHTS, ...options.weights };
  const maxC = options.maxCandidates ?? 25;
  const minScore = options.minScore ?? 0.3;
  const nAlt = options.alternatives ?? 5;

  const groups = new Map<string, Group>();
  for (const m of mentions) {
    if (m.role === 'demonym') continue;
    const key = foldExact(m.text);
    let g = groups.get(key);
    if (!g) {
      let all = gaz.lookup(m.text, { limit: maxC });
      // Loose (transliteration) candidates only compete when no entry has the name itself. A short loose key has
      // hundreds of entries ordered by prior: take more of them, so that the document's focus can find its village.
      const exact = all.filter((c) => c.match !== 'loose');
      if (!exact.length && all.length === maxC) all = gaz.lookup(m.text, { limit: maxC * 8 });
      g = {
        key,
        mentions: [],
        candidates: exact.length ? exact : all,
        hints: new Set(),
        contexts: new Set(),
        countryHints: new Set(),
        containsOf: [],
        focusIndex: -1,
      };
      groups.set(key, g);
    }
    g.mentions.push(m);
    if (m.classHint) g.hints.add(m.classHint);
    if (m.context) g.contexts.add(m.context);
    if (m.countryHint) g.countryHints.add(m.countryHint);
  }
  for (const g of groups.values()) {
    for (const ctx of g.contexts) groups.get(foldExact(ctx))?.containsOf.push(g.candidates);
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
  const contextCands = new Map<string, Candidate[]>();
  for (const g of groups.values())
    for (const c of g.contexts) if (!contextCands.has(c)) contextCands.set(c, gaz.lookup(c, { limit: 10 }));

  const score = (g: Group, c: Candidate, picked: Candidate[]): ScoredCandidate => {
    const reasons: string[] = [
      `prior ${c.prior ?? 0} (${c.featureClass}.${c.featureCode}${c.population ? `, population ${c.population}` : ''})`,
    ];
    let s = w.prior * (c.prior ?? 0);
    if (c.match === 'loose') {
      s += w.loose;
      reasons.push('spelling matched loosely');
    }
    const f = focus(c.countryCode, g.focusIndex);
    if (f > 0) {
      s += w.focus * f;
      reasons.push(`document focus on ${c.countryCode} (${Math.round(f * 100)}%)`);
    }
    if (c.match === 'loose' && focus(c.countryCode) < 0.15 && !g.countryHints.has(c.countryCode)) {
      // A spelling guess is only credible in a country the document is about.
      s += w.looseOutsideFocus;
    }
    if (
      c.featureClass === 'P' &&
      !g.hints.has('A') &&
      g.candidates.some(
        (k) =>
          k.featureClass === 'A' &&
          k.countryCode === c.countryCode &&
          // A town GeoNames files under no province counts when it lies near the province's point.
          (k.admin1 === c.admin1 || (!c.admin1 && haversineKm(k.lat, k.lon, c.lat, c.lon) < 50)),
      ) &&
      !foldExact(c.name).includes(`${g.key} `)
    ) {
      // "Aleppo", "Idlib": a city named like its province is usually the city in news ("Oklahoma City" is not named
      // "Oklahoma", even if GeoNames lists it as an alternate name).
      s += w.seat;
      reasons.push('the city of the province of the same name');
    }
    if (g.countryHints.has(c.countryCode)) {
      s += w.countryHint;
      reasons.push(`described as ${c.countryCode} in the text`);
    }
    for (const h of g.hints) {
      if (cueFits(c, h)) {
        s += w.cueMatch;
        reasons.push(`cue word fits a ${c.featureClass} feature`);
      } else {
        // A river cue is reliable ("the Jordan river"); the others ("X region", "town of X") only nudge.
        s += h === 'H' ? w.cueMismatch : w.cueMismatch / 3;
        reasons.push(`cue word suggests a ${h} feature`);
      }
    }
    for (const ctx of g.contexts) {
      for (const k of contextCands.get(ctx) ?? []) {
        if (k.featureCode.startsWith('PCL') && k.countryCode === c.countryCode && c.featureCode !== k.featureCode) {
          s += w.contextCountry;
          reasons.push(`written with "${ctx}"`);
          break;
        }
        if (k.featureCode === 'ADM1' && k.admin1 && k.admin1 === c.admin1 && c.geonameid !== k.geonameid) {
          s += w.contextAdmin;
          reasons.push(`inside ${k.name}, as written beside it`);
          break;
        }
      }
    }
    // This name written as the context of another ("Atlanta, Georgia"): prefer the sense that contains that place.
    for (const inner of g.containsOf) {
      if (c.featureCode === 'ADM1' && inner.some((k) => k.admin1 === c.admin1 && k.geonameid !== c.geonameid)) {
        s += w.contextAdmin;
        reasons.push('contains the place written before it');
        break;
      }
      if (
        c.featureCode.startsWith('PCL') &&
        inner.some((k) => k.countryCode === c.countryCode && k.geonameid !== c.geonameid)
      ) {
        s += w.contextCountry;
        reasons.push('contains the place written before it');
        break;
      }
    }
    if (g.listKind && kindOf(c) === g.listKind) {
      s += w.listKind;
      reasons.push(`listed among other ${g.listKind === 'country' ? 'countries' : 'provinces or states'}`);
    }
    if (
      c.admin1 &&
      c.featureCode !== 'ADM1' &&
      !c.featureCode.startsWith('PCL') &&
      picked.some((p) => p.featureCode === 'ADM1' && p.admin1 === c.admin1)
    ) {
      // The story names the province elsewhere ("Queensland" … "Edmonton, just outside Cairns").
      s += w.inNamedProvince;
      reasons.push(`in ${c.admin1Name}, named in the text`);
    }
    if (picked.length > 0 && c.featureClass !== 'A') {
      let best = Infinity;
      let near: Candidate | null = null;
      for (const p of picked) {
        if (p.geonameid === c.geonameid || p.featureCode === 'ADM1' || p.featureCode.startsWith('PCL')) continue;
        if (p.featureClass === 'A' ? p.featureCode !== 'ADM2' : p.kind !== 'point') continue;
        const d = haversineKm(c.lat, c.lon, p.lat, p.lon);
        if (d < best) {
          best = d;
          near = p;
        }
      }
      if (near && best < 150) {
        s += w.coherenceNear;
        reasons.push(`${Math.round(best)} km from ${near.name}, also named`);
      } else if (near && best < 500) s += w.coherenceRegion;
    }
    return { ...c, score: r3(s), reasons };
  };

  const rank = (g: Group, picked: Candidate[]) =>
    g.candidates.map((c) => score(g, c, picked)).sort((a, b) => b.score - a.score || (b.prior ?? 0) - (a.prior ?? 0));
  // Pass 1 without coherence; pass 2 with the first-pass picks as the document's places.
  const first = new Map<string, ScoredCandidate[]>();
  for (const g of groups.values()) first.set(g.key, rank(g, []));
  const picked = [...first.values()].map((r) => r[0]).filter((c): c is ScoredCandidate => !!c && c.score >= minScore);
  for (const [m, kind] of listKinds(mentions, (x) => first.get(foldExact(x.text))?.[0])) {
    const g = groups.get(foldExact(m.text));
    if (g) g.listKind = kind;
  }
  const finalRank = new Map<string, ScoredCandidate[]>();
  for (const g of groups.values()) {
    // Coherence comes from the other names' places: a sense of this very name ("Douma" in Syria) must not pull its
    // namesakes near it (Doûma, Lebanon, 87 km away) up.
    const own = new Set(g.candidates.map((c) => c.geonameid));
    finalRank.set(
      g.key,
      rank(
        g,
        picked.filter((p) => !own.has(p.geonameid)),
      ),
    );
  }

  return mentions.map((m) => {
    if (m.role === 'demonym') {
      const c = m.context ? gaz.country(m.context) : null;
      return { ...m, place: c ? { ...c, score: 1, reasons: [`demonym of ${c.name}`] } : null, alternatives: [] };
    }
    const ranked = finalRank.get(foldExact(m.text)) ?? [];
    const top = ranked[0];
    const place = top && top.score >= minScore ? top : null;
    return { ...m, place, alternatives: ranked.slice(place ? 1 : 0, (place ? 1 : 0) + nAlt) };
  });
}
