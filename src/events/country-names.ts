import actorsJson from '../../data/actors.json' with { type: 'json' };
import lexiconJson from '../../data/lexicon/lexicon.json' with { type: 'json' };

/** English country names in ACLED's wording, for actor names ("Military Forces of the United States"). */
const NAME_OVERRIDES: Record<string, string> = {
  US: 'the United States',
  GB: 'the United Kingdom',
  AE: 'the United Arab Emirates',
  PS: 'Palestine',
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CI: 'Ivory Coast',
  MM: 'Myanmar',
  KR: 'South Korea',
  KP: 'North Korea',
  PH: 'the Philippines',
  NL: 'the Netherlands',
  CF: 'Central African Republic',
  SY: 'Syria',
  RU: 'Russia',
  IR: 'Iran',
  TR: 'Turkey',
};
let displayNames: Intl.DisplayNames | null = null;

/** English country name for an ISO2 code, in ACLED's wording where it differs from CLDR ("the United States"). */
export function countryName(iso2: string, article = false): string {
  const code = iso2.toUpperCase();
  let name = NAME_OVERRIDES[code];
  if (!name) {
    try {
      displayNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
      name = displayNames.of(code) ?? code;
    } catch {
      name = code;
    }
  }
  return article ? name : name.replace(/^the /, '');
}

/** Capitalised demonym → ISO2: the recognizer's full list ("Thai", "Cambodian"), the actors file's forms over it. */
export const DEMONYM_OF: Record<string, string> = Object.fromEntries([
  ...Object.entries(lexiconJson.demonyms as Record<string, string>).map(([w, c]) => [
    w[0].toUpperCase() + w.slice(1),
    c,
  ]),
  ...Object.entries(actorsJson.demonyms as Record<string, string>),
]);
