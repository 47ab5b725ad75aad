/**
 * The words of a reported toll, shared by the patterns of fatalities.ts: counts ("at least 12", "dozens" → 12),
 * people nouns, death verbs, a person's name. Values follow ACLED's rules (docs/taxonomy.md).
 */
import { NUMBER_WORDS } from '../dates/number-words.js';

export const UNITS = NUMBER_WORDS;
export const VAGUE: Record<string, number> = {
  tens: 10,
  dozens: 12,
  dozen: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1000,
  several: 3,
  'a few': 3,
  few: 3,
  some: 3,
  many: 3,
  multiple: 3,
  numerous: 3,
};

export const NUM =
  '(\\d{1,3}(?:,\\d{3})*|\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+dozen|dozens|tens|scores|hundreds|thousands|several|a\\s+few|some|many|multiple|numerous)';
export const QUAL =
  '(?:at\\s+least\\s+|more\\s+than\\s+|over\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|some\\s+|up\\s+to\\s+|an\\s+estimated\\s+)?';
export const PEOPLE =
  '(?:\\w+\\s+){0,2}?(?:people|persons|civilians|soldiers|troops|fighters|militants|members|rebels|insurgents|jihadists|policemen|officers|children|women|men|residents|villagers|protesters|demonstrators|worshippers|passengers|workers|farmers|patients|doctors|nurses|medics|paramedics|journalists|teachers|pupils|schoolchildren|schoolgirls|schoolboys|monks|nuns|brothers|sisters|sons|daughters|siblings|cousins|relatives|shepherds|fishermen|herders|drivers|pilgrims|detainees|prisoners|hostages|gunmen|attackers|assailants|guerrillas|guerillas|bandits|terrorists|kidnappers|raiders|militiamen|combatants|personnel|guards|refugees|students|inmates|suspects|others|of\\s+(?:them|whom)|[a-z]+(?:ians|is|ese|ans))';
/** Plural nouns that are no victims: animals, goods, buildings, spans of time or distance. */
const NOT_PEOPLE =
  'cattle|cows|goats|sheep|camels|donkeys|animals|livestock|heads|vehicles|cars|trucks|tanks|houses|homes|buildings|shops|days|hours|years|months|weeks|kilometres|kilometers|miles|meters|metres|rockets|missiles|drones|shells|rounds|bombs|weapons|rifles';
/** The second count of a coordinated toll: a people word, or any plural noun ("two soldiers and two porters"). */
export const CO_PEOPLE = `(?:${PEOPLE}|(?!(?:[a-z]+\\s+)?(?:${NOT_PEOPLE})\\b)(?:[a-z]+\\s+)?[a-z]{3,}s)`;
/** "16 members of the security forces", "two members of the District Reserve Guard": the force of a count of members. */
export const FORCE_OF =
  "(?:\\s+of\\s+the\\s+(?:(?:security|armed|government|rebel|police)\\s+forces|(?:[\\w'’-]+\\s+){1,3}(?:guards?|forces|police|brigade|battalion|regiment|corps|force)\\b))?";
export const SINGULAR =
  '(?:man|woman|child|boy|girl|civilian|soldier|chief|volunteer|inmate|thief|robber|suspect|protester|demonstrator|rioter|marcher|mourner|fighter|militant|member|person|resident|farmer|shepherd|officer|policeman|journalist|doctor|nurse|agent|commander|leader|official|teenager|youth|worker|student|guard|driver|elder|imam|priest|cleric|shopkeeper|trader|merchant|vendor|engineer|scientist|lawyer|activist|teacher|vice-principal|principal|headteacher|headmaster|headmistress|lecturer|professor|pupil|schoolgirl|schoolboy|monk|nun|pharmacist|baker|mukhtar|herder|paramedic|medic|villager|detainee|prisoner|gunman|militiaman|insurgent|rebel|guerrilla|guerilla|combatant|assailant|attacker|bandit|terrorist|kidnapper|raider|jihadist|facilitator|financier|operative|smuggler|recruiter|emir|spokesman|deputy|bomb-maker|sniper|patient|father|mother|son|daughter|brother|husband|wife|nephew|niece|cousin|uncle|grandson|granddaughter|sister|migrant|refugee|pilgrim|passenger|fisherman|photographer|reporter|worshipper|labou?rer|miner|tribesman|hostage|bystander|pedestrian|motorist|motorcyclist|rider|occupant|tourist|judge|magistrate|mayor|politician|lawmaker|candidate|councill?or|\\d{1,3}-year-old)';
/** "Palestinian", "Iraqi", "Sudanese": a nationality word standing for one person (only right before a death verb). */
export const DEMONYM = '[a-z]+(?:ian|i|ese|an)';
/** "from both sides", "on each side": who the dead were, between the count and the verb. */
export const SIDES = '(?:(?:from|on|of)\\s+(?:both|each|either|the\\s+two)\\s+sides?\\s+)';
export const DEATH =
  '(?:were\\s+|was\\s+|have\\s+been\\s+|had\\s+been\\s+|are\\s+)?(?:also\\s+)?(?:killed|dead|died|martyred|slain|massacred|executed|shot\\s+dead|lost\\s+their\\s+lives)';

/** A person's name: capitalised words and Arabic particles ("Dhiya Zawba al-Hardani", "Abu Ali bin Said"). */
export const PERSON = "[A-Z][\\w'’-]*(?:\\s+(?:[A-Z][\\w'’-]*|(?:al|el|bin|ibn|abu|bint)-?[A-Z]?[\\w'’-]*)){0,4}";

/** "a commander and three of his aides", "a father and his four children", "a commander and four other people": one
 * named victim and N companions. */
export const COMPANIONS = `${SINGULAR}(?:\\s+of\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+[\\w'’-]+){0,2}?)?\\s+and\\s+(?:${NUM}\\s+of\\s+(?:his|her|their)|(?:(?:his|her|their)\\s+)?${NUM})\\s+[\\w-]+`;

/** Verbs of a killing told with "to death" after the victims ("hacked three villagers to death"). */
export const TO_DEATH_VERB =
  '(?:stabb(?:ed|ing)|hack(?:ed|ing)|beat(?:ing)?|bludgeon(?:ed|ing)|burn(?:ed|t|ing)|strangl(?:ed|ing)|ston(?:ed|ing)|lynch(?:ed|ing))';
