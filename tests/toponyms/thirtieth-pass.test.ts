// Thirtieth pass (own sentences): wrong senses that are not point conventions.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { geoparse } from '../../src/geoparse.js';

const gaz = loadGazetteer();
const pick = (text: string, name: string) => geoparse(text, gaz).find((m) => m.text === name)?.place ?? null;

describe('a side word before a name the gazetteer spells exactly ("North Dallas")', () => {
  it('is a part of that place, not a loose spelling of the whole (Dallesport)', () => {
    const text = 'Police in Texas said gunmen opened fire outside a bar in North Dallas late on Friday.';
    expect(pick(text, 'Dallas')).toMatchObject({ name: 'Dallas', countryCode: 'US', admin1: 'US.TX' });
    expect(pick(text, 'North Dallas')?.name ?? null).not.toBe('Dallesport');
  });
});
