// The Arabic feminine ending (ta marbuta) written "-a" in English news and "-ah" in GeoNames ("Arima", Al ‘Arīmah):
// lookup-keys.ts tries the "-ah" form of a name with the Arabic article, own-name.ts counts it as the town's own name.
import { describe, expect, it } from 'vitest';
import { foldExact, withTaMarbuta } from '../../src/gazetteer/fold.js';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('a name written "-a" whose entry ends in "-ah"', () => {
  it('adds the "h" only to a last word of four letters or more ending in "a"', () => {
    expect(withTaMarbuta(foldExact('al-Arima'))).toBe('al arimah');
    expect(withTaMarbuta('arima')).toBe('arimah');
    expect(withTaMarbuta('ada')).toBeNull();
    expect(withTaMarbuta('arimah')).toBeNull();
  });

  it('"al-Arima" written with its article is the Syrian village, not Arima in Trinidad', () => {
    const text = 'Warplanes bombed al-Arima on Sunday and wounded four people, activists said.';
    expect(pick(text, 'al-Arima')).toMatchObject({ countryCode: 'SY', name: 'Al ‘Arīmah' });
  });

  it('bare "Arima" in a story about the Aleppo countryside is the village of Aleppo province', () => {
    const text = 'Fighting went on near al-Bab in the Aleppo countryside, and two shells fell on Arima on Monday.';
    expect(pick(text, 'Arima')).toMatchObject({ countryCode: 'SY' });
  });

  it('bare "Arima" with no Syrian context stays the Trinidad town', () => {
    const text = 'The carnival parade in Arima drew thousands on Monday, Trinidad police said.';
    expect(pick(text, 'Arima')).toMatchObject({ countryCode: 'TT' });
  });
});

describe('the "-ah" form is the town\'s own name, not another name abroad (name-world.ts)', () => {
  it('"Turkish jets bombed al-Arima" gives an event at the Syrian village', async () => {
    const { pipelineEvents } = await import('../events/pipeline-helpers.js');
    const got = pipelineEvents('Turkish jets bombed al-Arima on Sunday, killing two fighters.', '2026-03-02');
    expect(got.map((e) => [e.location, e.country])).toEqual([['Al ‘Arīmah', 'Syria']]);
  });
});
