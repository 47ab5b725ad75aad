/**
 * "Hundreds protested in X on Saturday, demanding an investigation into violence in July that killed hundreds":
 * what a protest is about is no part of how it went. A grievance phrase after a protest word (demanding, calling for,
 * denouncing, over, against, to mourn, to mark …) that names deaths or other violence tells what the protesters
 * decry; left in, its "killed" made the protest "Excessive force against protesters" and its toll the protest's, and
 * "demonstrated against the Turkish strikes" an air strike in the protest's town. Such a phrase is
 * blanked (same length: offsets stay) up to the next comma or sentence end, so "Police fired on protesters demanding
 * justice, killing three" keeps its toll.
 */
const PROTEST_WORD =
  /\b(?:protest(?:s|ed|ing|ers|ors)?|demonstrat(?:ion|ions|ed|ors|ing)|rall(?:y|ies|ied)|marched|sit-ins?|vigils?|gathered)\b/gi;
const WORD =
  '(?:demanding|to\\s+demand|calling\\s+for|to\\s+call\\s+for|denouncing|to\\s+denounce|condemning|to\\s+condemn|protesting|against|over(?!\\s+(?:the\\s+)?(?:weekend|past|last|next|night|course|coming|following|previous)\\b)|mourning|to\\s+mourn|to\\s+mark|to\\s+commemorate|in\\s+memory\\s+of)';
/** A grievance word within 80 characters of the protest word, then deaths or violence named before the next comma
 * or a clause word ("… against the war as air strikes hit X": the strikes are news of their own). */
const GRIEVANCE = new RegExp(
  `^[^.;\\n]{0,80}?\\b(${WORD}\\s+(?:(?!\\b(?:as|while|when|whereas|but|after|before|until)\\b)[^,;.\\n]){0,160}?\\b(?:killed|killing|killings|shot\\s+dead|massacred?|massacres|(?:air|drone|missile)?\\s*strikes|raids|bombings?|bombardments?|shelling|airstrikes|attacks|offensive|incursions?|arrests?|detentions?|kidnappings?|abductions?|disappearances|assassinations?|murders?)\\b[^,;.\\n]*)`,
  'i',
);

export function blankGrievances(text: string): string {
  let out = text;
  for (const m of text.matchAll(PROTEST_WORD)) {
    const from = m.index + m[0].length;
    const g = GRIEVANCE.exec(text.slice(from, from + 400));
    if (!g) continue;
    // Blank from the grievance word on: the words before it (place, day) still belong to the protest.
    const end = from + g[0].length;
    const start = end - g[1].length;
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}
