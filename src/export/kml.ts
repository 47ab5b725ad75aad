/**
 * KML 2.2 export via @placemarkio/tokml. One Placemark per event: name "event_type: location", a plain-text
 * description, every CSV column (except wkt) as ExtendedData, and the point, or a MultiGeometry of the point and the
 * area polygon(s) for area events. tokml has no time support, so a TimeStamp (start === end) or TimeSpan and a shared
 * style are spliced in afterwards, at tag positions that data can never produce (all data '<' is escaped).
 *
 * Article text is untrusted. tokml XML-escapes '&' and '<' in text; we also drop characters XML 1.0 forbids and
 * escape ']]>'. Google Earth renders <description> (and default balloons) as HTML, so the description is additionally
 * HTML-escaped and a BalloonStyle shows only that description, never the raw ExtendedData table.
 */
import { toKML as tokml } from '@placemarkio/tokml';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import type { EventCollection } from '../types.js';
import { type NormalizedFeature, normalizeCollection, wellFormed } from './common.js';
import { COLUMN_NAMES, type Row, rowOf } from './table.js';

export const KML_STYLE_ID = 'geoevents-event';

/** Characters that may not appear in an XML 1.0 document (besides lone surrogates, handled by wellFormed). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A string safe to place in XML text once '&' and '<' are escaped. */
export function xmlSafe(s: string): string {
  return wellFormed(s).replace(XML_FORBIDDEN, '');
}

/** Full XML escaping for text we splice in ourselves. */
export function escapeXml(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** HTML-escapes text so that a viewer rendering it as HTML shows the characters, never markup. */
function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** The KML TimePrimitive of an event: TimeStamp for a single day, TimeSpan for a range, nothing if undated. */
export function timePrimitive(row: Row): string {
  const ok = (v: unknown): string => (typeof v === 'string' && ISO_DATE.test(v) ? v : '');
  const start = ok(row.date_start) || ok(row.event_date);
  const end = ok(row.date_end) || start;
  if (!start) return '';
  if (start === end) return `<TimeStamp><when>${escapeXml(start)}</when></TimeStamp>`;
  return `<TimeSpan><begin>${escapeXml(start)}</begin><end>${escapeXml(end)}</end></TimeSpan>`;
}

/** The plain-text description (HTML-escaped, one fact per line). */
export function describe(row: Row): string {
  const when =
    row.date_start && row.date_end && row.date_start !== row.date_end
      ? `${row.date_start} – ${row.date_end}`
      : row.event_date;
  const where = [row.location, row.admin1, row.country].filter((s) => s).join(', ');
  const actors = [row.actor1, row.actor2].filter((s) => s).join(' vs ');
  const lines = [
    `${row.event_type}${row.sub_event_type ? ` / ${row.sub_event_type}` : ''}`,
    `Date: ${when}`,
    `Location: ${where}`,
    actors ? `Actors: ${actors}` : '',
    row.fatalities === null ? '' : `Fatalities: ${row.fatalities}`,
    row.notes ? `Notes: ${row.notes}` : '',
    row.evidence_text ? `Evidence: “${row.evidence_text}”` : '',
    `Source: ${[row.source, row.source_url].filter((s) => s).join(' ')}`,
  ];
  return escapeHtml(lines.filter((l) => l).join('\n'));
}

function geometryOf(f: NormalizedFeature): Geometry | null {
  const area = f.properties.area as Polygon | { type: 'MultiPolygon'; coordinates: Polygon['coordinates'][] } | null;
  if (!area) return f.geometry;
  const polygons: Polygon[] =
    area.type === 'Polygon' ? [area] : area.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
  const geometries: Geometry[] = f.geometry ? [f.geometry, ...polygons] : polygons;
  return { type: 'GeometryCollection', geometries };
}

function placemarkOf(f: NormalizedFeature, row: Row): Feature<Geometry | null> {
  const properties: Record<string, string> = {
    name: xmlSafe(`${row.event_type}: ${row.location}`),
    description: xmlSafe(describe(row)),
  };
  for (const name of COLUMN_NAMES) {
    if (name === 'wkt') continue;
    const v = row[name];
    properties[name] = v === null ? '' : xmlSafe(String(v));
  }
  return { type: 'Feature', geometry: geometryOf(f), properties };
}

const STYLE =
  `<Style id="${KML_STYLE_ID}"><LineStyle><color>ff0000cc</color><width>2</width></LineStyle><PolyStyle><color>400000cc</color></PolyStyle>` +
  '<BalloonStyle><text>$[description]</text></BalloonStyle></Style>';

export function toKML(fc: EventCollection): string {
  const features = normalizeCollection(fc);
  const rows = features.map(rowOf);
  const collection: FeatureCollection<Geometry | null> = {
    type: 'FeatureCollection',
    features: features.map((f, i) => placemarkOf(f, rows[i])),
  };
  let xml = tokml(collection);
  // The only literal "<" in tokml's output start real tags, so these markers are tokml's own elements.
  const parts = xml.split('<ExtendedData>');
  if (parts.length !== rows.length + 1) throw new Error('toKML: unexpected tokml output');
  xml = parts.reduce(
    (acc, part, i) => `${acc}${timePrimitive(rows[i - 1])}<styleUrl>#${KML_STYLE_ID}</styleUrl><ExtendedData>${part}`,
  );
  if (!xml.includes('<Document>')) throw new Error('toKML: unexpected tokml output');
  xml = xml.replace('<Document>', () => `<Document><name>GeoEvents</name>${STYLE}`);
  // "]]>" is not allowed in XML character data; data is the only place it can come from.
  xml = xml.replace(/]]>/g, ']]&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
