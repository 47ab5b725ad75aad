/**
 * "The army struck what it called Hezbollah infrastructure in X": the object is the attacker's description of it,
 * and the words "what it called" stood between the verb and the noun the strike rules look for, so no event was read.
 * The hedge is blanked (same length: offsets stay) before triggers are matched; the description stays, quoted as
 * the evidence is.
 */
const HEDGED_OBJECT =
  /\bwhat\s+(?:it|they|he|she|(?:the\s+)?[A-Z]?[a-z]+(?:\s+[a-z]+)?)\s+(?:called|calls|described\s+as|describes\s+as|termed|said\s+(?:was|were)|says\s+(?:is|are)|claimed\s+(?:was|were)|identified\s+as)\s+/g;

export const blankHedgedObjects = (text: string): string => text.replace(HEDGED_OBJECT, (m) => ' '.repeat(m.length));
