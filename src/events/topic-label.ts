/**
 * "Ecuador: At least 17 inmates were killed in a riot …": a digest or social post opens an item with a label and a
 * colon. A country as that label tags the item; it is no party to it (read as an actor it made the Government of
 * Ecuador the riot's actor1). A line-opening label that is a country's name and
 * that is followed by a capitalised sentence is blanked in the text actors and triggers are read from. Other labels
 * ("Kharkiv: A drone hit …") stay: a town there is the item's place (docs/taxonomy.md, "Twenty-sixth session: events
 * review").
 */
import { countryName, DEMONYM_OF } from './country-names.js';

const LABEL = /^([^\S\n]*)([A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,2}):(?=[^\S\n]+["“]?[A-Z0-9])/gm;

let countries: Set<string> | null = null;
/** Is `label` a country's name (of a country the demonym lists know) and nothing more? */
function countryLabel(label: string): boolean {
  countries ??= new Set(Object.values(DEMONYM_OF).flatMap((iso) => [countryName(iso), countryName(iso, true)]));
  return countries.has(label);
}

/** `text` with each line-opening country label blanked (same length). */
export function blankTopicLabels(text: string): string {
  return text.replace(LABEL, (all, lead: string, label: string) =>
    countryLabel(label) ? lead + ' '.repeat(all.length - lead.length) : all,
  );
}
