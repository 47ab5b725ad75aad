/** Word tokens with UTF-16 offsets and the layout facts recognition needs. Linear time. */

const CAP = 1;
const ALL_CAPS = 2;
const ELIDED = 4;
const SENTENCE_START = 8;
const HYPHEN_JOINED = 16;
const CONTIGUOUS = 32;
const OWNER = 64;

/** A word: its offsets, its text and lower case, and its seven layout facts in one number (a token of eleven fields
 * was 112 bytes, a sixth of what a pass of geoparse allocated: twenty-fourth session, docs/performance.md). */
export class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly lower: string,
    private readonly flags: number,
  ) {}

  /** Starts with an upper-case letter (or is an abbreviation like U.S.). */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }

  /** A lower-case elision before a capital ("d'Ivoire"): continues a name, never starts one. */
  get elided(): boolean {
    return (this.flags & ELIDED) !== 0;
  }

  /** First word of a sentence, line, bullet or quotation. */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }

  /** Joined to the previous token by a hyphen (or underscore) with no spaces ("Al-Sharaa", "Iran-backed"). */
  get hyphenJoined(): boolean {
    return (this.flags & HYPHEN_JOINED) !== 0;
  }

  /** Only white space (or a hyphen) separates it from the previous token: a name may continue across. */
  get contiguous(): boolean {
    return (this.flags & CONTIGUOUS) !== 0;
  }

  /** Written with a possessive 's, stripped from `text` ("Shabwa's"). */
  get owner(): boolean {
    return (this.flags & OWNER) !== 0;
  }
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ`‘ʿ][\p{L}\p{M}]+)*/gu;
const SENTENCE_GAP = /[.!?:;•\n"“”]|^\s*[‘'(]/;

/** "We'll", "They're", "Don't": a pronoun or verb with a contraction is never a name. */
const CONTRACTION =
  /^(?:\p{L}+n['’]t|(?:i|we|you|they|he|she|it|that|there|here|what|who|let)['’](?:ll|re|ve|d|m|s))$/iu;

const SPACE = 32;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const hasApostrophe = (t: string) => t.includes("'") || t.includes('’');
/** ' ’ ʼ: the apostrophes of a possessive. */
const isApostrophe = (c: number) => c === 39 || c === 0x2019 || c === 0x2bc;

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** End of the word found by the last nextWord call. */
let wordEnd = 0;

/**
 * Start of the next WORD match at or after `from` (its end in `wordEnd`), or -1. Plain ASCII words are read by char
 * code: WORD.exec cost as much as the rest of tokenize. Whatever the scan cannot settle (a non-ASCII letter, an
 * apostrophe, an abbreviation's "X.") goes to WORD from where the scan stands: no match starts at the ASCII
 * punctuation and spaces skipped before it, so the regex finds what it would have found from `from`.
 */
function nextWord(text: string, from: number): number {
  const n = text.length;
  let q = from;
  while (q < n) {
    const c = text.charCodeAt(q);
    if (c >= 128) break;
    if (isAsciiAlnum(c)) {
      if (!(c >= 65 && c <= 90 && text.charCodeAt(q + 1) === 46)) {
        let r = q + 1;
        while (r < n && isAsciiAlnum(text.charCodeAt(r))) r++;
        const after = r < n ? text.charCodeAt(r) : 0;
        if (after < 128 && after !== 39 && after !== 96) {
          wordEnd = r;
          return q;
        }
      }
      break;
    }
    q++;
  }
  if (q >= n) return -1;
  WORD.lastIndex = q;
  const m = WORD.exec(text);
  if (!m) return -1;
  wordEnd = m.index + m[0].length;
  return m.index;
}

// The gap between two tokens and the case of a word are read as char codes: this runs for every word of every text.
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let prevLast = 0;
  for (let span = nextWord(text, 0); span >= 0; span = nextWord(text, wordEnd)) {
    const start = span;
    let end = wordEnd;
    let t = text.slice(start, end);
    let last = t.charCodeAt(t.length - 1);
    const owner = t.length > 3 && (last === 115 || last === 83) && isApostrophe(t.charCodeAt(t.length - 2));
    if (owner) {
      t = t.slice(0, -2);
      end -= 2;
      last = t.charCodeAt(t.length - 1);
    }
    const gapLen = start - prevEnd;
    const g0 = gapLen > 0 ? text.charCodeAt(prevEnd) : -1;
    const space = gapLen === 1 && g0 === SPACE;
    // An underscore is a hyphen typed on the wrong key ("Busra al_Sham").
    const hyphen = gapLen === 1 && (g0 === 45 || g0 === 95);
    const c0 = t.charCodeAt(0);
    // French and Italian elisions keep the capital of the name inside it: "Côte d'Ivoire", "Val d'Isère".
    const elided = (c0 === 100 || c0 === 108) && /^[dl]['’]\p{Lu}/u.test(t);
    // ASCII letters without the case functions (most words of English text).
    const first = t[0];
    const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : first !== first.toLowerCase() && first === first.toUpperCase();
    const cap = (upper && !(t.length <= 8 && t.length > 3 && hasApostrophe(t) && CONTRACTION.test(t))) || elided;
    // A plural possessive inside a name continues it: "the Kurdistan Workers' Party".
    const possessive =
      upper &&
      gapLen === 2 &&
      (g0 === 39 || g0 === 0x2019) &&
      text.charCodeAt(prevEnd + 1) === SPACE &&
      (prevLast === 115 || prevLast === 83);
    const atStart = out.length === 0;
    const titled =
      upper && !owner && gapLen === 2 && g0 === 46 && text.charCodeAt(prevEnd + 1) === SPACE && titleBefore(out);
    // "Syria": a lower-case second letter answers without upper-casing the word.
    const allCaps =
      cap && t.length > 1 && !isLowerAscii(t.charCodeAt(1)) && t === t.toUpperCase() && /\p{L}{2}/u.test(t);
    const sentenceStart = atStart || (!space && !titled && SENTENCE_GAP.test(text.slice(prevEnd, start)));
    const contiguous = !atStart && (space || hyphen || titled || blankGap(text, prevEnd, start) || possessive);
    out.push(
      new Token(
        start,
        end,
        t,
        t.toLowerCase(),
        (cap ? CAP : 0) |
          (allCaps ? ALL_CAPS : 0) |
          (elided ? ELIDED : 0) |
          (sentenceStart ? SENTENCE_START : 0) |
          (hyphen ? HYPHEN_JOINED : 0) |
          (contiguous ? CONTIGUOUS : 0) |
          (owner ? OWNER : 0),
      ),
    );
    prevEnd = wordEnd;
    prevLast = last;
  }
  return out;
}

const TITLES = new Set(['st', 'ste', 'mt', 'ft']);

/** "St. Paul", "Mt. Hermon", "Ft. Worth": a capitalised title abbreviation that opens a name (not "Main St." ending a
 * street's name) leaves its period inside the name; the next word neither starts a sentence nor a new name. "St.
 * Paul's", a saint's church, hospital or school, is left apart. */
function titleBefore(out: Token[]): boolean {
  const t = out[out.length - 1];
  if (!t?.cap || t.text.length > 3 || !TITLES.has(t.lower)) return false;
  const before = out[out.length - 2];
  return !(t.contiguous && before?.cap && !before.sentenceStart) && !dedication(out, out.length - 2);
}

/** Words whose "of St. X" names the saint a building or day is dedicated to. */
const DEDICATED = new Set(['church', 'churches', 'cathedral', 'chapel', 'basilica', 'monastery', 'convent', 'abbey']);

/** "the church of St. Peter and St. Paul": the title at p + 1 follows "of" after a dedicated building (or "and" after
 * another saint so placed). */
function dedication(out: Token[], p: number): boolean {
  if (out[p]?.lower === 'and' && TITLES.has(out[p - 2]?.lower ?? '')) p -= 3;
  return out[p]?.lower === 'of' && DEDICATED.has(out[p - 1]?.lower ?? '');
}

/** text[from, to) is one or more spaces, tabs or no-break spaces. */
function blankGap(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== SPACE && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}
