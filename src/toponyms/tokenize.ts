/** Word tokens with UTF-16 offsets and the layout facts recognition needs. Linear time. */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter (or is an abbreviation like U.S.). */
  cap: boolean;
  allCaps: boolean;
  /** A lower-case elision before a capital ("d'Ivoire"): continues a name, never starts one. */
  elided: boolean;
  /** First word of a sentence, line, bullet or quotation. */
  sentenceStart: boolean;
  /** Joined to the previous token by a hyphen (or underscore) with no spaces ("Al-Sharaa", "Iran-backed"). */
  hyphenJoined: boolean;
  /** Only white space (or a hyphen) separates it from the previous token: a name may continue across. */
  contiguous: boolean;
  lower: string;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’ʼ`‘ʿ][\p{L}\p{M}]+)*/gu;
const SENTENCE_GAP = /[.!?:;•\n"“”]|^\s*[‘'(]/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let prevText = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let t = m[0];
    const start = m.index;
    let end = start + t.length;
    const last = t.charCodeAt(t.length - 1);
    if (t.length > 3 && (last === 115 || last === 83) && /['’ʼ]s$/i.test(t)) {
      t = t.slice(0, -2);
      end -= 2;
    }
    const gap = text.slice(prevEnd, start);
    const first = t[0];
    const c0 = t.charCodeAt(0);
    // French and Italian elisions keep the capital of the name inside it: "Côte d'Ivoire", "Val d'Isère".
    const elided = (c0 === 100 || c0 === 108) && /^[dl]['’]\p{Lu}/u.test(t);
    // ASCII letters without the case functions (most words of English text).
    const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : first !== first.toLowerCase() && first === first.toUpperCase();
    const cap = upper || elided;
    const space = gap === ' ';
    // A plural possessive inside a name continues it: "the Kurdistan Workers' Party".
    const possessive =
      !space &&
      upper &&
      gap.length === 2 &&
      gap[1] === ' ' &&
      (gap[0] === "'" || gap[0] === '’') &&
      /s$/i.test(prevText);
    out.push({
      start,
      end,
      text: t,
      cap,
      elided,
      allCaps: cap && t.length > 1 && t === t.toUpperCase() && /\p{L}{2}/u.test(t),
      sentenceStart: out.length === 0 || (!space && SENTENCE_GAP.test(gap)),
      // An underscore is a hyphen typed on the wrong key ("Busra al_Sham").
      hyphenJoined: gap === '-' || gap === '_',
      contiguous: out.length > 0 && (space || gap === '-' || gap === '_' || /^[ \t\u00a0]+$/.test(gap) || possessive),
      lower: t.toLowerCase(),
    });
    prevEnd = m.index + m[0].length;
    prevText = t;
  }
  return out;
}
