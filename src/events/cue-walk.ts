/**
 * Walking back from a place mention over modifier words ("the occupied West Bank town of", "the southern outskirts
 * of") to the locative cue that attaches it to a clause ("in", "near", "shelled"), as where.ts reads a clause.
 */
import { demonymCountry } from './actors.js';

const words = (s: string) => new Set(s.split(/\s+/));
const CUES = words(
  'in at near outside around on into across inside throughout through within toward towards from targeting targeted target targets ' +
    'hit hits struck strike strikes bombed shelled shelling shells bombarding bombardment raided stormed attacked captured seized ' +
    'recaptured regained regain retook took entered over along reached withdrew evacuated besieged overran between against ' +
    'off deployed redeployed taken taking takes seize seizes seizing capture captures capturing overrun',
);
const NEAR = words(
  'near outside around outskirts countryside vicinity suburbs suburb environs periphery edge close nearby surroundings farms off',
);
const DIRECTIONS = words(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west ' +
    'northern southern eastern western',
);
const MODIFIERS = words(
  'the a an its their his her of to and or northern southern eastern western central north south east west northeast ' +
    'northwest southeast southwest northeastern northwestern southeastern southwestern rural besieged nearby neighbouring ' +
    'neighboring border frontline front-line key strategic small large coastal mountain mountainous desert rebel-held ' +
    'government-held regime-held opposition-held city town towns village villages area areas neighborhood neighbourhood ' +
    'neighborhoods neighbourhoods district districts province governorate countryside outskirts suburbs suburb vicinity camp ' +
    'region refugee control part parts several some two three many edge close entrance center centre heart downtown old ' +
    'environs localities locality hamlet airport base military positions farms plain plains valley heights hills side sides ' +
    'port ports airports seaports harbours harbors bases coast shores harbour harbor capital provincial regional state historic ' +
    "various different city’s city's country’s country's nation’s nation's eastern-most fringes western-most " +
    'general residential industrial commercial crowded busy populated densely-populated full complete total effective',
);

/** "Russia's role in Syria", "the conflict in Aleppo": "in X" after these nouns is a topic, not the event's place. */
const TOPIC = words(
  'role roles involvement intervention presence policy policies war wars conflict conflicts crisis interests influence ' +
    'situation process ties relations stake stakes investment investments',
);

const SETTLEMENT_OF =
  /(?<![\w-])the\s+(?:(?!(?:of|the|near|in|at|on)\s)[\w’'-]+\s+){0,4}(?:town|city|village|hamlet|refugee\s+camp|camp|neighbou?rhood|district|municipality|commune|township|locality|county|parish|forests?|jungles?|woods|hills|mountains)\s+of\s*$/i;

/** "in the Dattakhel area of North Waziristan", "in the Gangaw township of Magway region", "in the Cal Miskaad
 * mountains of Puntland": a named part the
 * gazetteer lacks places the event in the place after "of", with the cue before "the" (as "the town of" does). */
const NAMED_AREA_OF =
  /(?<![\w-])(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:area|areas|sector|district|locality|township|county|municipality|commune|territory|sub-?district|tehsil|woreda|zone|department|prefecture|chiefdom|parish|local\s+government\s+area|LGA|mountains|hills|highlands|valley|forest|plains?|marshes|swamps?)\s+of\s*$/;

const ROAD_LINKING =
  /\b(?:road|highway|motorway|route)\s+(?:linking|connecting)\s+(?:the\s+)?(?:(?:towns?|cities|villages?)\s+of\s+)?$/i;

/** "deployed reinforcements to the countryside of X", "sent troops into X": a deployment's destination is its place. */
const DEPLOYED_TO =
  /\b(?:deployed|redeployed|sent|dispatched|rushed|moved)\s+(?:[\w-]+\s+){0,2}?(?:reinforcements|troops|forces|soldiers|units|personnel|police(?:men)?|tanks|armou?red\s+vehicles)\s+(?:to|into)\s*$/i;

/** "the protests spread to X and Y", "unrest later spread into X": where it spread is where it happened too. */
const SPREAD_TO = /\b(?:spread|spreads|spreading|extended|extends)\s+(?:[a-z]+\s+){0,2}?(?:to|into)\s*$/i;

/** The words between "to" and the name ("the countryside of", "the northern city of"); `pre` is at most 400 characters. */
const DESTINATION_WORDS =
  /(?:\s+(?:the|a|an|of|city|town|village|countryside|outskirts|area|province|region|northern|southern|eastern|western|central))*\s*$/i;

export interface Walk {
  cue: string;
  near: boolean;
  relative: boolean;
}

/** The walk reads at most nine words and the phrases below; a long clause's head is never looked at (linear time). */
const LOOKBACK = 400;
const tailOf = (s: string): string => {
  if (s.length <= LOOKBACK) return s;
  const space = s.indexOf(' ', s.length - LOOKBACK);
  return space < 0 ? s.slice(s.length - LOOKBACK) : s.slice(space);
};

/** Walk back from a mention over modifier words to a locative cue. 'coord' = the mention follows "and"/",". */
export function walk(text: string): Walk | 'coord' | null {
  const pre = tailOf(text);
  // "on the road linking the towns of X and Y" is "between X and Y".
  if (ROAD_LINKING.test(pre)) return { cue: 'between', near: true, relative: false };
  const deployed = DEPLOYED_TO.exec(pre.replace(DESTINATION_WORDS, ''));
  if (deployed)
    return { cue: 'deployed', near: /countryside|outskirts/i.test(pre.slice(deployed.index)), relative: false };
  if (SPREAD_TO.test(pre.replace(DESTINATION_WORDS, ''))) return { cue: 'spread', near: false, relative: false };
  const tokens = pre.split(/\s+/).filter(Boolean);
  let near = false;
  // "the occupied West Bank town of", "the southern Lebanese border village of": any descriptive words or region
  // names between "the" and "town/city/village of" name the settlement's setting; the phrase itself attaches it.
  const settlement = SETTLEMENT_OF.exec(pre) ?? NAMED_AREA_OF.exec(pre);
  if (settlement) {
    const w = walk(pre.slice(0, settlement.index));
    return w && w !== 'coord' ? w : { cue: 'of', near: false, relative: false };
  }
  for (let i = tokens.length - 1, n = 0; i >= 0 && n < 9; i--, n++) {
    const tok = tokens[i];
    // "struck the Houthi-held capital, Sanaa": the name renames the noun just before the comma (not a journey's
    // start: "drove from the capital, Juba, to Pibor").
    if (i === tokens.length - 1 && APPOSED.test(tok)) {
      const head = walk(tokens.slice(0, i).join(' '));
      return head && head !== 'coord' && head.cue !== 'from' ? head : null;
    }
    // "in X, Y", "in X, the Y camp": a list goes on after the comma (only modifier words between).
    if (/[,;:([\]"“”]$/.test(tok)) return tok.endsWith(',') && modifiersOnly(tokens, i + 1) ? 'coord' : null;
    const w = tok.toLowerCase().replace(/[.]$/, '');
    if (CONTROLLED.test(w)) continue; // "Houthi-held", "SDF-controlled"

    if (w === 'of' && i > 0 && DIRECTIONS.has(tokens[i - 1].toLowerCase())) {
      // "in the west of X" is a part of X; "west of X" lies outside it (a relative area).
      if (i > 1 && tokens[i - 2].toLowerCase() === 'the') {
        near = true;
        i--;
        n++;
        continue;
      }
      return { cue: 'of', near: true, relative: true };
    }
    if (CUES.has(w)) {
      // "the crisis between Baghdad and Erbil": the two sides of a dispute, not where something happened.
      if ((w === 'in' || w === 'between') && i > 0 && TOPIC.has(tokens[i - 1].toLowerCase())) return null;
      return { cue: w, near: near || NEAR.has(w), relative: false };
    }
    if ((w === 'and' || w === 'or') && i === tokens.length - 1) return 'coord';
    if (MODIFIERS.has(w) || /^\d+$/.test(w)) {
      // "in the area of X": around X, not in it (not "a residential area of X", a part of the town).
      // "in the general area of X" (press releases) too.
      const lead = tokens[i - 1]?.toLowerCase() === 'general' ? i - 2 : i - 1;
      const areaOf = w === 'area' && tokens[i + 1]?.toLowerCase() === 'of' && tokens[lead]?.toLowerCase() === 'the';
      if (NEAR.has(w) || areaOf) near = true;
      continue;
    }
    if (/^[A-Z]/.test(tok) && /['’]s$/.test(tok)) continue; // "Lebanon’s Naqura"
    if (/^[A-Z]/.test(tok) && demonymCountry(tok)) continue; // "the southern Lebanese border village of"
    return null;
  }
  return null;
}

/** A settlement noun before a comma that a name renames: "the capital, Sanaa", "the port city, Hodeidah". */
const APPOSED = /^(?:capital|city|town|village|port|camp|enclave)[,]$/i;
const CONTROLLED = /^[\w'’]+-(?:held|controlled|run|led|besieged)$/;

const modifiersOnly = (tokens: string[], from: number): boolean =>
  tokens.slice(from).every((t) => MODIFIERS.has(t.toLowerCase()));

const UNKNOWN_LISTED = /(?:^|\s)(?:[A-Z][\w'’]*(?:-[\w'’]+)*\s+){1,4}(?:and|or)\s+$/;

/** The cue before a capitalised name the gazetteer lacks, listed before "and": "… of Hawsh Al-Sayyed Ali and ". */
export function walkPastUnknown(pre: string): Walk | null {
  // The last words only, and one way to split each name (hostile text must not make the search exponential).
  const tail = pre.slice(-120);
  const name = UNKNOWN_LISTED.exec(tail);
  if (!name) return null;
  const w = walk(pre.slice(0, pre.length - tail.length + name.index + 1));
  return w && w !== 'coord' && !w.relative ? w : null;
}
