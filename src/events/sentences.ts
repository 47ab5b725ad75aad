/**
 * Sentence and clause segmentation with offsets into the article text, plus masking of quoted speech.
 * Every span satisfies text.slice(start, end) === span.text.
 */
import { tollOnly } from './toll-as.js';
import { ownForceClaim } from './own-claim.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Words whose trailing period does not end a sentence ("Oct. 19", "Gen. Smith"). */
const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'mr mrs ms dr gen lt col maj capt sgt cpl adm gov sen rep st jr sr prof no vol inc ltd co corp ft mt approx est vs'
  ).split(' '),
);

function span(text: string, start: number, end: number): Span | null {
  while (start < end && /[\s•·▪◦]/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot + 1);
  if (/(?:^|[\s(])(?:[A-Za-z]\.){2,}$/.test(before)) return true; // U.S. a.m. U.N.
  if (/(?:^|[\s(])[A-Z]\.$/.test(before)) return true; // initials: "Ahmad A. Smith"
  const word = /([A-Za-z]+)\.$/.exec(before)?.[1];
  return word !== undefined && ABBREVIATIONS.has(word.toLowerCase());
}

/** Longest sentence handed to the event stages, in characters. */
export const MAX_SENTENCE = 2000;

/** Split into sentences: every line break ends one; inside a line, [.!?] followed by a capital, digit or quote. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    // Bounded work per sentence downstream: a run-on "sentence" (a 1 MB line, a list without stops) is cut at white
    // space every MAX_SENTENCE characters. Real news sentences are far shorter.
    while (e - s > MAX_SENTENCE) {
      const ws = text.lastIndexOf(' ', s + MAX_SENTENCE);
      const at = ws > s + MAX_SENTENCE / 2 ? ws : s + MAX_SENTENCE;
      const sp = span(text, s, at);
      if (sp) out.push(sp);
      s = at;
    }
    const sp = span(text, s, e);
    if (sp) out.push(sp);
  };
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n') continue;
    let start = lineStart;
    const line = text.slice(lineStart, i);
    const re = /(?<![.!?])[.!?]+(["”’')\]]*)(\s+)(?=["“‘(]?[A-Z0-9])/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const dot = lineStart + m.index + m[0].length - m[2].length - m[1].length - 1;
      if (text[dot] === '.' && isAbbreviation(text, dot)) continue;
      const end = lineStart + m.index + m[0].length - m[2].length;
      push(start, end);
      start = end;
    }
    push(start, i);
    lineStart = i + 1;
  }
  return out;
}

// ", as officers met in X", ", as a US envoy held talks in X": a clause of its own (", which lies in X" is not: it
// says where the thing just named is, relative-scope.ts; nor is ", where thousands have sheltered, killing five",
// whose participle belongs to the main clause), not ", as well as", ", as part of",
// ", as a result"; so is the speaker's ", adding that a soldier also died", and "… in western X and said its jets
// control the skies over Y".
const CLAUSE_BREAK =
  /;|(?<!\s)\s+(?=and\s+(?:said|says|added|claimed|announced|warned)\s)|,\s+(?=(?:and|but|while|whereas|where(?![^,;]{0,160},\s+(?:killing|wounding|injuring|leaving)\s)|although|though|which(?!\s+(?:lies|lay|sits|sat|is\s+(?:located|situated)|was\s+(?:located|situated))\b)|before|adding\s+that)\b)|,\s+(?=as\s(?!(?:well|part|a|an|of|if|such|many|much|long|soon|far|usual|expected|reported|per|though|in|is|was|were|it|they|he|she)\b))|,\s+(?=as\s+an?\s+(?:[\w-]+\s+){0,3}?(?:held|holds|met|meets|visited|visits|arrived|arrives|began|begins|toured|tours|wrapped\s+up)\b)|(?<!\s)\s+[—–]\s+/g;

/** ", a day after …", ", hours before …", "The raid came hours after …": a second event told as the time reference of
 * the first. */
const TEMPORAL_BREAK =
  /,\s+(?=(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|hours?)|hours|days|weeks|shortly|just|moments|minutes|soon)\s+(?:after|before)\s)|(?<=\b(?:came|comes|come)\b)\s+(?=(?:(?:(?:a|an|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|hours?)|hours|days|weeks|shortly|just|moments|minutes|soon)\s+)?(?:after|before)\s)/g;

/** "X killed 44 on Sunday after two soldiers were killed in Rafah": an "after" clause with a finite violent verb of its
 * own tells an event of its own (a noun phrase, "after two days of clashes in the town", stays with the main clause);
 * so does a blamed attack ("…, after Israel accused Hamas of killing a soldier in Rafah"). */
const AFTER_CLAUSE =
  /,?\s(?=(?:after|following)\s+(?:[\w'’-]+\s+){1,5}?(?:(?:were|was|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|wounded|attacked|ambushed)|(?:killed|shot\s+dead|attacked|ambushed|stormed|struck|shelled|bombed|fired\s+(?:on|at))|(?:accused|blamed)\s+(?:[\w'’-]+\s+){1,8}?(?:killing|attacking|ambushing|shooting|shelling|firing\s+(?:on|at)))\b)/g;

/** "Protesters rallied in X as air strikes hit Y": strikes told in an "as/while" clause with a verb of their own are an
 * event of their own, at their own place (a backdrop "as fighting intensified" has no weapon and no impact verb). */
const AS_STRIKES =
  /,?\s(?=(?:as|while)\s+(?:[\w'’-]+\s+){0,3}?(?:strikes|airstrikes|air\s+raids|shells|rockets|missiles|drones|jets|warplanes|artillery|bombs)\s+(?:also\s+|again\s+)?(?:hit|struck|pounded|targeted|slammed|killed|landed|fell|exploded)\b)/gi;

const RELATIVE_THEN_SPEAKER =
  /,\s+(?:where|which)\s[^,;]{5,120}?(,)\s+(?=(?:the\s+|local\s+|security\s+)?(?:[\w-]+\s+){0,2}?(?:said|says|told|reported)\s)/g;
const SHARED_NAME = /\b(?:the|a|an)\s+(?:U\.S\.|[A-Z][\w'’-]*)$/;
const SHARED_MODIFIER = /\b(?:air|aerial|ground|naval|artillery|rocket|missile|mortar|sniper|heavy)$/i;

/** Does `before` end in "between X" (a few words, no comma), so that " and Y" names the other side? */
function betweenSides(before: string): boolean {
  const b = before.lastIndexOf('between ');
  return b >= 0 && !/[,;]/.test(before.slice(b)) && before.slice(b).split(/\s+/).length <= 5;
}

/** "the Syrian – Jordanian border", "the Damascus – Beirut highway": a dash joining two names of one line or road. */
const JOINED_BY_DASH =
  /^[A-Z][\w'’-]*\s+(?:border|borders|frontier|road|highway|motorway|crossing|axis|front|frontline|line|railway|route|relations|talks)\b/;
function joinsNames(text: string, at: number, next: number): boolean {
  return /(?:^|\s)[A-Z][\w'’-]*$/.test(text.slice(Math.max(0, at - 40), at)) && JOINED_BY_DASH.test(text.slice(next));
}

/**
 * Split a sentence into clauses at strong boundaries (";", ", and", ", where", dashes). With `startsEvent`, also
 * split at " and " / ", " when the words after it open a new event ("Shelling hits X and clashes in Y") and the
 * part before already holds one; the predicate gets the following text and the separator.
 */
export function splitClauses(
  sentence: Span,
  startsEvent?: (head: string, separator: string, before: string) => boolean,
  hasEvent?: (s: string) => boolean,
): Span[] {
  // A cut ends one clause at `at` and starts the next at `next` (after a ";" or "," separator).
  const cuts: { at: number; next: number }[] = [];
  const cut = (at: number) => cuts.push({ at, next: /[;,]/.test(sentence.text[at]) ? at + 1 : at });
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence.text); m; m = CLAUSE_BREAK.exec(sentence.text)) {
    if (/[—–]/.test(m[0]) && joinsNames(sentence.text, m.index, m.index + m[0].length)) continue;
    cut(m.index);
  }
  if (startsEvent && hasEvent) {
    const re = /(?:,\s+|(?<!\s)\s+and\s+)(?=\S)/g;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const at = m.index;
      // "air and missile strikes", "artillery and rocket fire": a modifier shared by the next noun, not a clause end.
      if (SHARED_MODIFIER.test(sentence.text.slice(Math.max(0, at - 12), at))) continue;
      // "clashes between Druze fighters and Bedouin tribesmen killed six": the two sides of one event.
      if (betweenSides(sentence.text.slice(Math.max(0, at - 60), at))) continue;
      const head = sentence.text.slice(at + m[0].length, at + m[0].length + 80);
      // "to denounce the US and Israeli strikes": two names sharing one noun after a determiner.
      if (
        m[0].trim() === 'and' &&
        SHARED_NAME.test(sentence.text.slice(Math.max(0, at - 30), at)) &&
        /^[A-Z]/.test(head)
      )
        continue;
      let prev = 0;
      for (const c of cuts) if (c.at < at && c.next > prev) prev = c.next;
      const before = sentence.text.slice(prev, at);
      if (startsEvent(head, m[0].trim(), before) && hasEvent(before)) cut(at);
    }
    // "In X, where violence has killed scores in the past years, officials said gunmen fired on …": the speaker's
    // ", officials said" closes the relative clause and opens the main one.
    RELATIVE_THEN_SPEAKER.lastIndex = 0;
    for (let m = RELATIVE_THEN_SPEAKER.exec(sentence.text); m; m = RELATIVE_THEN_SPEAKER.exec(sentence.text))
      if (hasEvent(sentence.text.slice(m.index + m[0].length))) cut(m.index + m[0].lastIndexOf(m[1]));
    // "X killed five on Tuesday, a day after troops demolished homes in Y": two events, each with its own trigger.
    for (const re of [TEMPORAL_BREAK, AFTER_CLAUSE, AS_STRIKES]) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
        const lead = sentence.text.slice(0, m.index);
        if (re === AS_STRIKES && tollOnly(lead)) continue; // "Two soldiers were killed as bombs hit X" (toll-as.ts)
        if (hasEvent(sentence.text.slice(m.index + m[0].length)) && hasEvent(lead)) cut(m.index);
      }
    }
  }
  const seen = new Set<number>();
  const sorted = cuts.filter((c) => !seen.has(c.at) && seen.add(c.at)).sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let from = 0;
  for (const c of [...sorted, { at: sentence.text.length, next: sentence.text.length }]) {
    const sp = span(sentence.text, from, c.at);
    if (sp) out.push({ start: sentence.start + sp.start, end: sentence.start + sp.end, text: sp.text });
    from = c.next;
  }
  return out;
}

/** A speech verb or colon right before a quotation: whatever is quoted was said, however short. */
const SPEECH_BEFORE =
  /(?:[:,]|\b(?:said|says|say|told|added|stated|declared|announced|wrote|tweeted|shouted|chanted|called\s+it|described\s+\w+\s+as|as\s+saying))\s*$/i;

/**
 * A scare quote or a quoted name, not speech: at most three words, no punctuation of its own, not introduced by a
 * speech verb or colon (the “Islamic State”, ISIS “stoned” two women, rebel clashes 'leave 52 dead').
 */
function scareQuote(text: string, open: number, inner: string): boolean {
  if (/[.,;:!?]/.test(inner) || inner.trim().split(/\s+/).length > 3) return false;
  return !SPEECH_BEFORE.test(text.slice(Math.max(0, open - 40), open));
}

/**
 * Replace the content of quotations with spaces (same length), so reported speech yields no triggers. Scare quotes
 * and quoted names (scareQuote) lose only their marks: headlines quote a group's name or a verb they do not vouch for.
 */
export function maskQuotes(text: string): string {
  const chars = text.split('');
  const blankRange = (a: number, b: number) => {
    for (let k = a; k < b; k++) if (chars[k] !== '\n') chars[k] = ' ';
  };
  const pairs: RegExp[] = [
    /“([^”\n]{1,600})”/g,
    /"([^"\n]{1,600})"/g,
    /(?<=^|[\s(])‘([^‘’\n]{1,300})’(?=[\s.,;:!?)]|$)/gm,
  ];
  for (const re of pairs) {
    for (let m = re.exec(text); m; m = re.exec(text))
      if (ownForceClaim(text, m.index + m[0].length - 1, m[1]))
        continue; // a force's own act (own-claim.ts)
      else if (!scareQuote(text, m.index, m[1])) blankRange(m.index + 1, m.index + m[0].length - 1);
      else {
        // Only the marks go: “stoned” two women reads as stoned two women.
        chars[m.index] = ' ';
        chars[m.index + m[0].length - 1] = ' ';
      }
  }
  return chars.join('');
}

/** The sentence right after offset `end` of its paragraph (up to 400 characters), or '' when a line break comes first:
 * "… and a military camp. The strikes hit Houthi radar sites." (camp-holder.ts, wounding-raid.ts). */
export function nextSentence(text: string, end: number): string {
  const rest = text.slice(end, end + 400);
  if (/^[^\S\n]*\n/.test(rest)) return '';
  return (/^\s*[^.!?\n]*[.!?]?/.exec(rest) ?? [''])[0];
}
