import { describe, expect, it } from 'vitest';
import { KML_STYLE_ID, toKML } from '../../src/export/index.js';
import { checkXml, decodeXmlText, KML_ELEMENTS, loadFixture } from './helpers.js';

/** The text content of each <tag>…</tag> in document order, entity-decoded. */
function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decodeXmlText(m[1]));
}

function placemarks(xml: string): string[] {
  return [...xml.matchAll(/<Placemark>[\s\S]*?<\/Placemark>/g)].map((m) => m[0]);
}

function data(placemark: string, name: string): string | undefined {
  const m = new RegExp(`<Data name="${name}"><value>([\\s\\S]*?)</value></Data>`).exec(placemark);
  return m ? decodeXmlText(m[1]) : undefined;
}

describe('toKML', () => {
  it('is well-formed KML 2.2 with one Placemark per event, in order', () => {
    const fc = loadFixture();
    const kml = toKML(fc);
    expect(kml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">')).toBe(
      true,
    );
    const names = checkXml(kml, KML_ELEMENTS);
    expect(names.filter((n) => n === 'Placemark')).toHaveLength(fc.features.length);
    const pms = placemarks(kml);
    expect(pms.map((p) => data(p, 'event_id'))).toEqual(fc.features.map((f) => f.properties.event_id));
  });

  it('names placemarks "event_type: location" and styles them with a description-only balloon', () => {
    const kml = toKML(loadFixture());
    expect(texts(kml, 'name').slice(1, 3)).toEqual([
      'Explosions/Remote violence: Ariha',
      'Explosions/Remote violence: Donetsk Oblast',
    ]);
    expect(kml).toContain(`<Style id="${KML_STYLE_ID}">`);
    expect(kml).toContain('<BalloonStyle><text>$[description]</text></BalloonStyle>');
    for (const p of placemarks(kml)) expect(p).toContain(`<styleUrl>#${KML_STYLE_ID}</styleUrl>`);
  });

  it('uses TimeStamp for a single day and TimeSpan for a date range, before styleUrl and ExtendedData', () => {
    const pms = placemarks(toKML(loadFixture()));
    expect(pms[0]).toContain('<TimeStamp><when>2024-03-05</when></TimeStamp><styleUrl>');
    expect(pms[0]).not.toContain('<TimeSpan>');
    expect(pms[1]).toContain('<TimeSpan><begin>2024-03-10</begin><end>2024-03-16</end></TimeSpan><styleUrl>');
    expect(pms[1].indexOf('<TimeSpan>')).toBeLessThan(pms[1].indexOf('<ExtendedData>'));
    expect(pms[1].indexOf('</description>')).toBeLessThan(pms[1].indexOf('<TimeSpan>'));
  });

  it('emits the point, or a MultiGeometry of point + area polygon for area events (rounded, CCW)', () => {
    const pms = placemarks(toKML(loadFixture()));
    expect(pms[0]).toContain('<Point><coordinates>36.610412,35.813499</coordinates></Point>');
    expect(pms[0]).not.toContain('MultiGeometry');
    expect(pms[1]).toMatch(
      /<MultiGeometry>\s*<Point><coordinates>37\.8028,48\.0159<\/coordinates><\/Point>\s*<Polygon>/,
    );
    expect(texts(pms[1], 'coordinates')[1].split('\n')).toEqual([
      '36.531235,47.031235',
      '39,47.031235',
      '39,49.231235',
      '36.531235,49.231235',
      '36.531235,47.031235',
    ]);
  });

  it('keeps raw values in ExtendedData (XML-escaped, no wkt column)', () => {
    const fc = loadFixture();
    const pms = placemarks(toKML(fc));
    expect(data(pms[2], 'evidence_text')).toBe(fc.features[2].properties.evidence.text);
    expect(data(pms[2], 'notes')).toBe(fc.features[2].properties.notes);
    expect(data(pms[3], 'geonameid')).toBe('');
    expect(data(pms[3], 'longitude')).toBe('-4.5533');
    expect(data(pms[3], 'alternatives')).toBe('[]');
    expect(data(pms[0], 'wkt')).toBeUndefined();
  });

  it('never lets article text become markup: XML- and (in the description) HTML-escaped', () => {
    const fc = loadFixture();
    const kml = toKML(fc);
    expect(kml).not.toMatch(/<script|<\/description>\s*–|<b>/);
    expect(kml).not.toContain(' ]]> ');
    const description = texts(placemarks(kml)[2], 'description')[0];
    // After XML parsing the description is still HTML-escaped text: a viewer rendering HTML shows it literally.
    expect(description).toContain('killed 12 &lt;script&gt;alert(1)&lt;/script&gt;;');
    expect(description).not.toMatch(/[<>]/);
    expect(description).toContain('Fatalities: 12');
    expect(description).toContain('Location: Al-Fāshir, North Darfur, Sudan');
  });

  it('drops characters XML 1.0 forbids and repairs lone surrogates', () => {
    const fc = loadFixture();
    fc.features[0].properties.notes = 'bell\u0007 nul\u0000 ff\u000C \uFFFF lone\uD800 ok\u{1F525}';
    fc.features[0].properties.location = 'Ar\u0001iha';
    const kml = toKML(fc);
    expect(() => checkXml(kml, KML_ELEMENTS)).not.toThrow();
    expect(data(placemarks(kml)[0], 'notes')).toBe('bell nul ff  lone\uFFFD ok\u{1F525}');
    expect(texts(kml, 'name')[1]).toBe('Explosions/Remote violence: Ariha');
  });

  it('omits the time primitive for undated events and is deterministic', () => {
    const fc = loadFixture();
    fc.features[0].properties.event_date = '';
    fc.features[0].properties.date_start = 'sometime';
    fc.features[0].properties.date_end = '';
    const kml = toKML(fc);
    expect(placemarks(kml)[0]).not.toMatch(/<Time(Stamp|Span)>/);
    expect(toKML(fc)).toBe(kml);
    expect(() => checkXml(toKML({ type: 'FeatureCollection', features: [] }), KML_ELEMENTS)).not.toThrow();
  });
});
