/** Shared helpers of the export tests: the fixture and a small strict XML well-formedness checker. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EventCollection } from '../../src/types.js';

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/export/events.geojson', import.meta.url));

/** A fresh copy of the fixture collection (tests may mutate it). */
export function loadFixture(): EventCollection {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as EventCollection;
}

/** Every element toKML may write. */
export const KML_ELEMENTS = new Set(
  (
    'kml Document name Style LineStyle color width PolyStyle BalloonStyle text Placemark description TimeStamp when ' +
    'TimeSpan begin end styleUrl ExtendedData Data value Point coordinates MultiGeometry Polygon outerBoundaryIs ' +
    'innerBoundaryIs LinearRing'
  ).split(' '),
);

const NAME = '[A-Za-z_][\\w.:-]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"<]*")*)\\s*(/?)>`);
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#x[0-9A-Fa-f]+|#\d+);/;
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks the XML subset tokml and our KML writer produce: an optional declaration, elements with double-quoted
 * attributes, text with entity references, balanced tags, no forbidden characters, no "]]>" in text.
 * Returns the element names in document order, or throws with the offset of the first problem.
 */
export function checkXml(xml: string, allowedElements?: ReadonlySet<string>): string[] {
  const bad = FORBIDDEN.exec(xml);
  if (bad) throw new Error(`forbidden character U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const stack: string[] = [];
  const names: string[] = [];
  while (i < xml.length) {
    const c = xml[i];
    if (c === '<') {
      const m = TAG.exec(xml.slice(i, i + 500));
      if (!m) throw new Error(`bad tag at ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
      const [all, close, name, , selfClose] = m;
      if (allowedElements && !allowedElements.has(name)) throw new Error(`unexpected element <${name}> at ${i}`);
      if (close) {
        if (stack.pop() !== name) throw new Error(`mismatched </${name}> at ${i}`);
      } else {
        names.push(name);
        if (!selfClose) stack.push(name);
      }
      i += all.length;
    } else if (c === '&') {
      const m = ENTITY.exec(xml.slice(i, i + 12));
      if (!m) throw new Error(`bare & at ${i}`);
      i += m[0].length;
    } else {
      if (c === ']' && xml.startsWith(']]>', i)) throw new Error(`"]]>" in text at ${i}`);
      if (stack.length === 0 && !/\s/.test(c)) throw new Error(`text outside the root element at ${i}`);
      i++;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  return names;
}

/** Decodes the five predefined entities and numeric character references. */
export function decodeXmlText(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9A-Fa-f]+|#\d+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] as string;
  });
}
