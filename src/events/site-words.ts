/** Words after a place that name a part, a site or a road of it rather than an owner (read by context.ts). */

/** Words after "X’s" that name a part of X ("Aleppo’s countryside", "Daraa’s eastern neighbourhoods"), not an owner. */
export const PART_OF =
  '(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\\s+|rural\\s+|besieged\\s+|old\\s+)?(?:countryside|neighbou?rhoods?|outskirts|suburbs?|villages?|towns?|districts?|environs|vicinity|periphery|city|streets|areas?|camps?|fronts?|frontlines?|edges?|cent(?:er|re)|desert|border)\\b';

/** "Israel's Ben Gurion airport", "Yemen's Ras Isa port", "Damascus's Umayyad Square", "Aleppo's Sheikh Maqsoud and
 * Ashrafieh neighborhoods", "North Kivu's Masisi territory", "Borno's Gwoza local government area": a site or a
 * division the place holds, not an organisation of it. */
export const NAMED_SITE =
  '(?:[A-Z][\\w-]*\\s+){1,3}(?:(?:and|or)\\s+(?:[A-Z][\\w-]*\\s+){1,3}(?=(?:neighbou?rhoods|quarters|districts|camps)\\b))?(?:airport|air\\s+base|airbase|port|harbou?r|base|city|town|village|camp|province|region|district|governorate|state|county|oblast|territory|municipality|commune|department|prefecture|woreda|zone|chiefdom|cercle|circle|tehsil|parish|sub-?county|township|local\\s+government\\s+area|coast|valley|refinery|dam|border\\s+crossing|crossing|square|street|avenue|road|highway|market|bazaar|souk|mosque|church|stadium|bridge|neighbou?rhoods?|quarters?|districts|camps|park)\\b';

/** "Sanaa's airport", "the city's main power station": a facility of the place lies in it. */
export const FACILITY =
  '(?:(?:main|international|only|largest|central|old|new)\\s+)?(?:airport|air\\s+base|airbase|seaport|port|harbou?r|refinery|power\\s+(?:station|plant)|prison|dam)\\b';

/** "Sanaa International Airport": a facility named after its town (read as an organisation) locates an event there. */
export const FACILITY_NAME =
  /^\s+(?:International\s+)?(?:Airport|Air\s*[Bb]ase|Airbase|Port|Seaport|Harbou?r|Refinery|Oil\s+Refinery|Power\s+(?:Station|Plant)|Central\s+Prison|Prison|Dam)\b/;

/** "the Quneitra-Damascus road", "the Aleppo–Gaziantep highway": the towns name the road's ends, not the site. */
export const ROAD_NAME_AFTER = /^\s?[-–]\s?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\s+(?:road|highway|motorway|expressway)\b/;

/** "Stade de France": the mention is only the start of a longer name. */
export const ROAD_AFTER = /^\s+(?:road|highway|motorway|expressway)\b/;
/** "on the highway to Damascus", "the road leading to X": the road's far end, not where on it the event was. */
export const ROAD_TO_BEFORE =
  /\b(?:road|highway|motorway|expressway)\s+(?:(?:leading|linking\s+\w+|running)\s+)?(?:to|toward|towards)\s+(?:the\s+)?$/i;
