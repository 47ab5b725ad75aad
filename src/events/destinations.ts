/**
 * Where people went or were taken, not where the event happened: a trip's destination, a withdrawal's destination,
 * the hospital the wounded were taken to (context.ts excludes these mentions as event places).
 */

/** "a wounded constable died in a hospital in X", "were treated at hospitals in X": where the wounded were taken. */
export const HOSPITAL_BEFORE =
  /\b(?:died|succumbed|treated|taken|rushed|admitted|transferred|evacuated|airlifted|flown|hospitali[sz]ed)\s+(?:[\w'’-]+\s+){0,5}?(?:in|at|to)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+)?(?:hospitals?|clinics?|medical\s+cent(?:er|re)s?)\s+(?:in|at)\s+(?:the\s+)?$/i;

/** "visited X", "on holiday in X", "fled to X", "flights were diverted to X", "a damaged ship is towed towards X": a
 * trip's destination. */
export const VISIT_BEFORE =
  /\b(?:(?:on\s+)?(?:vacation|holiday|honeymoon)\s+(?:in|at|to)|visited|visiting|visit\s+to|trip\s+to|travell?ed\s+to|flew\s+to|fled\s+to|returned\s+to|headed\s+to|(?:diverted|rerouted|redirected)\s+(?:[\w'’-]+\s+){0,2}?to|(?:towed|towing|tugged|escorted|limp(?:ed|ing)|sail(?:ed|ing)|steam(?:ed|ing))\s+(?:[\w'’-]+\s+){0,2}?(?:to|towards?|into))\s+$/i;

/** "forces withdrew toward X", "residents fled to X": where they went, not where the event happened. */
export const RETREAT_TO =
  /\b(?:withdr[ae]w|withdrawn|withdrawing|retreat(?:ed|ing)?|pulled\s+back|fell\s+back|fled|fleeing|evacuated)\s+(?:[a-z]+\s+){0,2}?(?:to|towards?|into)\s+(?:the\s+)?(?:(?:city|town|capital|village)\s+(?:of\s+)?)?$/i;

/** "transferred for questioning in X", "taken to X for interrogation": where detainees were taken, not the arrest. */
export const DETAINEES_TO =
  /\b(?:transferred|taken|moved|brought|sent|flown|driven)\s+(?:[\w'’-]+\s+){0,2}?for\s+(?:questioning|interrogation|investigation)\s+(?:in|to|into)\s+(?:the\s+)?$/i;
export const TAKEN_TO =
  /\b(?:transferred|taken|moved|brought|sent|flown|driven)\s+(?:[\w'’-]+\s+){0,2}?(?:to|into)\s+(?:the\s+)?$/i;
export const FOR_QUESTIONING = /^\s+for\s+(?:questioning|interrogation|investigation)\b/i;

/** "arrested five men in Goma and released them in Bukavu": where the detained were let go, not a second arrest
 * (twenty-eighth review). Only a pronoun as the object: "released 30 prisoners in Ramallah" is an exchange's place. */
export const RELEASED_IN =
  /\b(?:released|freed|let\s+go\s+of)\s+(?:them|him|her)\s+(?:(?:later|shortly|hours\s+later|days\s+later)\s+)?(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+(?:of\s+)?)?$/i;
