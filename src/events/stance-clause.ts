/**
 * "Israel, which says it is protecting the Druze, carried out a drone strike …": a relative clause of what the subject
 * says, claims or denies stands between the subject and its verb. It tells the subject's stance, no event, and it
 * hides the subject from the verb (the clause would open on "which", and a country it names would pass for the
 * agent), so it is blanked (same length: offsets stay) before clauses are split (docs/taxonomy.md, "Nineteenth
 * review"). Only a clause closed by a comma and followed by a lowercase word (the main verb) is blanked.
 */
const STANCE_CLAUSE =
  /,\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:long\s+|repeatedly\s+|previously\s+)?(?:says|say|said|claims|claim|claimed|accuses|accuse|accused|denies|deny|denied|insists|insist|insisted|argues|argue|argued|maintains|maintain|maintained|blames|blame|blamed|considers|consider|regards|regard)\b[^,;.\n]{1,160},(?=\s+[a-z])/g;

export const blankStanceClauses = (text: string): string => text.replace(STANCE_CLAUSE, (m) => ' '.repeat(m.length));
