/** The geoparser: recognition then resolution, for one text. */
import type { Gazetteer } from './gazetteer/gazetteer.js';
import { applyCulturalRegions } from './resolve/cultural-region.js';
import { applyCountyLists } from './resolve/county-lists.js';
import { applyBorderPhrase } from './resolve/border-phrase.js';
import { applyBorderTown } from './resolve/border-town.js';
import { applyCompassPart } from './resolve/compass-part.js';
import { applyContinentParts } from './resolve/continent-part.js';
import { applyDivisionNames } from './resolve/division-name.js';
import { applyDistrictAbroad } from './resolve/district-abroad.js';
import { applyCountyNames } from './resolve/county-names.js';
import { applyFacilityInPlace } from './resolve/facility-in-place.js';
import { applyFacilityNames } from './resolve/facility-names.js';
import { applyGroupFranchise } from './resolve/group-franchise.js';
import { applyInsideWrittenArea } from './resolve/inside-written-area.js';
import { applyLooseAtHome } from './resolve/loose-at-home.js';
import { applyLooseOutliers } from './resolve/loose-outliers.js';
import { applyLoneAbroad } from './resolve/lone-abroad.js';
import { applyRelativePhrases } from './resolve/relative-phrases.js';
import { applyRomanceLinks } from './resolve/romance-link.js';
import { type ResolveOptions, resolveMentions } from './resolve/resolve.js';
import { applyNameFragments } from './resolve/name-fragments.js';
import { applyNearbyPhrase } from './resolve/nearby-phrase.js';
import { applyNeighbourhoods } from './resolve/neighbourhood.js';
import { applyPeopleAdjective } from './resolve/people-adjective.js';
import { applyProvinceOrAlias } from './resolve/province-or-alias.js';
import { applyWaterWordNames } from './resolve/water-word-name.js';
import { applyRiverReadings } from './resolve/river-readings.js';
import { applySameNameParts } from './resolve/same-name-parts.js';
import { applyStateNotCountry } from './resolve/state-not-country.js';
import { applyTheGulf } from './resolve/the-gulf.js';
import { applyUnitWord } from './resolve/unit-word.js';
import { applyUnitWrittenArea } from './resolve/unit-written-area.js';
import { applyWrittenCountry } from './resolve/written-country.js';
import { applyWrittenDiacritics } from './resolve/written-diacritics.js';
import { type RecognizeOptions, recognize } from './toponyms/recognize.js';
import type { Mention, ResolvedMention } from './types.js';

export interface GeoparseOptions {
  recognize?: RecognizeOptions;
  resolve?: ResolveOptions;
}

export function geoparse(text: string, gaz: Gazetteer, options: GeoparseOptions = {}): ResolvedMention[] {
  return resolveIn(text, recognize(text, gaz, options.recognize), gaz, options.resolve);
}

/**
 * Resolution of mentions recognised in `text`: ranking, then what the text says of where a place lies ("Sagaing's
 * Sagaing township", "X in the Y region", "a town east of Y"), of a river ("the Zambezi"), of a county written in full
 * ("Stearns County") or as an item of a list of counties, of the country it lies in ("Pakistan-administered Kashmir"),
 * of a piece of a longer name ("Haj Omran") and of a name held back abroad that the story's country spells otherwise
 * ("Kufra"), of a facility named by a loose spelling ("Nasser hospital") and of a side of a territory the text also
 * writes as "X City" ("central Gaza"), and of a place written beside the border of a country ("Koro, near the border
 * with Burkina Faso") or called a border town ("the border town of La Victoria"), of a name written with its accents
 * ("Léré"), of the unit word written after a province ("Al Jawf governorate"), of a town picked for a name the text
 * calls an area ("Cebu province"), of a division the gazetteer names with that word ("Barishal division") of a river or
 * lake named with its water word that the gazetteer holds without it ("the Murray River", "Lake Lanao"), of the first
 * words of a name joined by "de" ("Petite Riviere de l'Artibonite"), of a facility's name with its place after it ("the
 * Litoral prison in Guayaquil"), of a province's name that is another place's old name ("Edo") and of a country's name
 * that is a state's among the state's towns ("northeast Georgia"), of a region named by a culture's word ("Latin
 * America") or by a side of a continent ("West Africa"), of a lone minor pick abroad in a story about one country
 * ("Chatsworth" beside Durban) or of a province abroad written as a district ("the Salah al-Din district" in a Tripoli
 * story), and of "the Gulf" (the gulf the story's places lie by).
 */
export function resolveIn(
  text: string,
  mentions: Mention[],
  gaz: Gazetteer,
  options?: ResolveOptions,
): ResolvedMention[] {
  const resolved = resolveMentions(mentions, gaz, options, text);
  const ranked = applyLooseOutliers(
    applyLooseAtHome(applyCountyLists(text, resolved, gaz), gaz, options?.maxCandidates),
  );
  const read = readAfterRanking(
    text,
    applyRelativePhrases(text, applyInsideWrittenArea(applySameNameParts(text, ranked), text)),
    gaz,
  );
  const placed = applyBorderTown(text, applyBorderPhrase(text, applyCompassPart(text, read, gaz), gaz), gaz);
  const written = applyWrittenDiacritics(applyUnitWrittenArea(applyUnitWord(text, placed)));
  const named = applyWaterWordNames(applyDivisionNames(text, written, gaz), gaz);
  return applyLoneAbroad(
    applyDistrictAbroad(
      text,
      applyTheGulf(
        applyContinentParts(
          text,
          applyCulturalRegions(
            text,
            applyStateNotCountry(applyProvinceOrAlias(applyFacilityInPlace(text, applyRomanceLinks(text, named)))),
          ),
        ),
        gaz,
      ),
    ),
  );
}

function readAfterRanking(text: string, read: ResolvedMention[], gaz: Gazetteer): ResolvedMention[] {
  const named = applyWrittenCountry(text, applyRiverReadings(text, applyCountyNames(read)));
  const held = applyPeopleAdjective(text, applyFacilityNames(text, applyNameFragments(text, named, gaz)));
  return applyNearbyPhrase(text, applyNeighbourhoods(text, applyGroupFranchise(text, held)));
}
