/**
 * The keys a lookup of a name meets, in order: the one generator behind `Gazetteer.hasAny` and `Gazetteer.lookup`, so
 * the two cannot disagree about whether a spelling is known.
 */
import { articleVariants, foldExact, foldLoose, withTaMarbuta } from './fold.js';
import { headVariants, shortVowels } from './head-words.js';
import type { KeyTable } from './key-table.js';

const ARTICLE_FIRST = /^(al|el) /;
const TITLE_FIRST = /^(st|ste|mt|ft) /;
const TITLES: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };
/** Two capitalised words of three letters or more joined by one hyphen. */
const PAIR = /^\p{Lu}\p{Ll}{2,}-\p{Lu}\p{Ll}{2,}$/u;

/**
 * The keys a lookup of `name` meets, in lookup's order, as positions in the key table (keys no entry has are
 * skipped): the name as written, the other spellings of its Arabic article (al-Sham / ash-Sham), then, when none of
 * those exists, the name without its leading article ("Al-Quneitra" → Quneitra); with `loose`, then, when no exact
 * key exists, the splits of one long word that some entry writes as two ("Albukamal", Albu Kamal), and the loose
 * (transliteration) key. A twin village's stem ("Zawtar", twin-stems.ts) comes after the exact keys. Lazy: hasAny
 * stops at the first; `minorSoFar` says whether the exact entries met so far are all minor places (then the name with
 * an article is tried too), `full` whether the caller has all it wants.
 */
export function* lookupKeys(
  table: KeyTable,
  name: string,
  loose: boolean,
  minorSoFar?: () => boolean,
  full?: () => boolean,
): Generator<[k: number, match: 'exact' | 'loose']> {
  const exact = foldExact(name);
  if (!exact) return;
  const variants = articleVariants(exact);
  let any = false;
  for (const key of [exact, ...variants]) {
    const k = table.find(key);
    if (k < 0) continue;
    any = true;
    yield [k, 'exact'];
  }
  // "al-Arima": a name written with the article whose entry ends in "-ah" (Al ‘Arīmah), before the article is dropped.
  const feminine = !any && variants.length > 0 ? withTaMarbuta(exact) : null;
  if (feminine)
    for (const key of [feminine, ...articleVariants(feminine)]) {
      const k = table.find(key);
      if (k < 0) continue;
      any = true;
      yield [k, 'exact'];
    }
  // Once: "al al …" must not strip forever.
  if (!any && variants.length > 0 && ARTICLE_FIRST.test(variants[variants.length - 1])) {
    const k = table.find(exact.slice(exact.indexOf(' ') + 1));
    if (k >= 0) {
      any = true;
      yield [k, 'exact'];
    }
  }
  // "Anbar": a name written without its entry's article (Al Anbar). An entry bearing the bare name (Ambar, Turkey)
  // shuts the loose key out, so the article's forms are tried as exact names after it; the prior decides. Only when
  // the bare name's entries are minor: a well-known bearer keeps the name (and lookups stay fast). With no entry of
  // the bare name at all ("Khiam", El Khiam), the article's forms come before any loose spelling.
  // The same for the "-ah" form of the name ("Arima": Arima, Trinidad, is minor; Al ‘Arīmah).
  if ((any ? minorSoFar?.() : loose) && /^[a-z]{4,}$/.test(exact))
    for (const rest of [exact, withTaMarbuta(exact)]) {
      if (!rest || !table.hasArticleForm(rest)) continue;
      for (const key of [`al ${rest}`, ...articleVariants(`al ${rest}`)]) {
        const k = table.find(key);
        if (k < 0) continue;
        any = true;
        yield [k, 'exact'];
      }
    }
  // "Sistan-Baluchestan", "Bosnia-Herzegovina": two names joined by a hyphen, where the entry joins them with "and".
  if (!any && PAIR.test(name)) {
    const k = table.find(exact.replace(' ', ' and '));
    if (k >= 0) {
      any = true;
      yield [k, 'exact'];
    }
  }
  // "St. Marc", "Mt. Hermon": a title abbreviation the entry writes in full (Saint-Marc, Mount Hermon).
  const title = any || (exact[2] !== ' ' && exact[3] !== ' ') ? null : TITLE_FIRST.exec(exact);
  if (title) {
    const k = table.find(`${TITLES[title[1]]}${exact.slice(title[1].length)}`);
    if (k >= 0) {
      any = true;
      yield [k, 'exact'];
    }
  }
  // "Zawtar": a village GeoNames names only with a twin qualifier (Zawtar ash Sharqiyah, Zawtar al Gharbiyah;
  // twin-stems.ts). Exact, after every entry that bears the written name itself.
  if (!full?.())
    for (const key of [exact, ...variants]) {
      const k = table.findStem(key);
      if (k < 0) continue;
      any = true;
      yield [k, 'exact'];
    }
  if (!loose || full?.()) return;
  if (!any && /^[a-z]{7,}$/.test(exact))
    for (let cut = exact.length - 3; cut >= 3; cut--) {
      const k = table.find(`${exact.slice(0, cut)} ${exact.slice(cut)}`);
      if (k >= 0) yield [k, 'loose'];
    }
  // "Tel Abyad", "Ayn Issa", "Khan Shaykhoun": another spelling of the name's head word or its long vowels written as
  // one letter (head-words.ts) — loose, so that an entry
  // spelled that other way (a spring "Ain Issa") does not shut out the loose key's entries.
  const short = any ? null : shortVowels(exact);
  if (!any)
    for (const h of short ? [...headVariants(exact), short, ...headVariants(short)] : headVariants(exact))
      for (const key of [h, ...articleVariants(h)])
        for (const k of [table.find(key), table.findStem(key)]) if (k >= 0) yield [k, 'loose'];
  const lk = foldLoose(name);
  const k = table.find(`~${lk}`);
  if (k >= 0) yield [k, 'loose'];
  // English "O" for an initial Arabic u (often after an ayn) that GeoNames writes "U" or "`U": "Odaisseh" / ‘Udaysah.
  if (!any && /^o[^aeiou ]/.test(lk)) {
    const u = table.find(`~u${lk.slice(1)}`);
    if (u >= 0) yield [u, 'loose'];
  }
}
