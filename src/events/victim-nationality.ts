/**
 * "A Palestinian stabbed and wounded an Israeli man at a junction": civilians named by their nationality right after
 * the act are of that nationality, whatever country the place lies in (ACLED's Civilians (Israel) for an attack on
 * Israelis in the West Bank). The ISO2 code, or null. `afterTrigger` opens at the trigger, which may open with the
 * attacker ("Gunmen killed two Afghan civilians"): up to three words before the count, none a count itself ("killed a
 * man and wounded two Israeli women" names no nationality of the man).
 */
import { demonymCountry } from './actors.js';

const VICTIM =
  /^(?:(?!(?:an?|one|two|three|four|five|six|\d{1,3})\s)[\w'’-]+\s+){1,3}?(?:and\s+[a-z]+\s+)?(?:an?|one|two|three|four|five|six|\d{1,3})\s+(?:(?:[\w-]+-year-old|elderly|young)\s+)?([A-Z][a-z]+)\s+(?:man|woman|men|women|civilians?|teenagers?|boys?|girls?|child(?:ren)?|couple|worshippers|shoppers|passers-by|students?|pensioners?|tourists?)\b/;

export function victimNationality(afterTrigger: string): string | null {
  const m = VICTIM.exec(afterTrigger);
  return m ? demonymCountry(m[1]) : null;
}
