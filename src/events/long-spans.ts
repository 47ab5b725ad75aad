/**
 * "The two sides agreed to a truce in Tripoli on Sunday after years of fighting", "withdrew after months of war": a
 * span of years or months of fighting is the backdrop of the clause's event, not an event of the report (no place or
 * day of its own); left in, its "fighting" outranked the truce and the clause became a battle. Such a phrase is
 * blanked (same length). Days or weeks of clashes stay ("after two days of clashes in the town" is news of the week).
 */
const LONG_SPAN =
  /\b(?:after|following|ending|ended|end\s+to|amid)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+|some\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|several|many|\d{1,2})\s+)?(?:years|decades|months)\s+of\s+(?:[\w-]+\s+){0,2}?(?:fighting|war|warfare|conflict|clashes|violence|hostilities|bloodshed|insurgency)\b/gi;

export const blankLongSpans = (text: string): string => text.replace(LONG_SPAN, (m) => ' '.repeat(m.length));
