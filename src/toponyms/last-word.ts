/**
 * The last word of a window of text, for the regular expressions that recognition runs on the words before each
 * mention and that are anchored at the window's end ("… fired missiles toward $", "… the news agency $"). Such an
 * expression is tried from every position of the window, on every mention of every text; asking first whether the
 * window ends with a word the expression can end with skips it where it cannot match (twenty-seventh session,
 * docs/performance.md).
 */

const SPACE = /\s/;

/** The ASCII letters right before the white space (\s, any amount) that ends text[from, end), in lower case: what an
 * expression ending in `\b(?:word|…)\s*$` under the i flag has just before its end. '' when there are none. */
export function lastWord(text: string, from: number, end: number): string {
  let q = end;
  while (q > from && SPACE.test(text[q - 1])) q--;
  let p = q;
  while (p > from) {
    const c = text.charCodeAt(p - 1) | 32;
    if (c < 97 || c > 122) break;
    p--;
  }
  return text.slice(p, q).toLowerCase();
}
