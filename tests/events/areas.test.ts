import * as turf from '@turf/turf';
import { describe, expect, test } from 'vitest';
import { borderStrip, countryPart } from '../../src/events/areas.js';
import { sideOfLine } from '../../src/events/line-side.js';
import { box } from './helpers.js';

const LB = box(35.1, 33.05, 36.6, 34.7);
const IL = box(34.3, 29.5, 35.9, 33.05);
const bboxOf = (g: GeoJSON.Geometry) => turf.bbox(turf.feature(g));

describe('relative areas', () => {
  test('south of a river: the country part below the line', () => {
    const river: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [36.6, 33.42],
        [36.1, 33.4],
        [35.6, 33.5],
        [35.1, 33.45],
      ],
    };
    const south = sideOfLine(river, LB, 'south')!;
    const [w, s, e, n] = bboxOf(south);
    expect([w, s, e]).toEqual([35.1, 33.05, 36.6]);
    expect(n).toBeCloseTo(33.5, 5);
    expect(turf.booleanPointInPolygon([35.8, 33.2], south)).toBe(true);
    expect(turf.booleanPointInPolygon([35.8, 33.6], south)).toBe(false);
    const north = sideOfLine(river, LB, 'north')!;
    expect(turf.booleanPointInPolygon([35.8, 33.6], north)).toBe(true);
    expect(turf.area(turf.feature(north)) + turf.area(turf.feature(south))).toBeCloseTo(
      turf.area(turf.feature(LB)),
      -6,
    );
  });

  test('south of a river that rises inland: the land beyond its source is on no side of it', () => {
    // From the coast east, then north-east to a source well inside the country (as the Litani rises in the Bekaa).
    const river: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [35.1, 33.4],
        [35.9, 33.45],
        [36.1, 33.9],
      ],
    };
    const south = sideOfLine(river, LB, 'south')!;
    expect(turf.booleanPointInPolygon([35.5, 33.2], south)).toBe(true);
    expect(turf.booleanPointInPolygon([36.0, 33.5], south)).toBe(true);
    expect(turf.booleanPointInPolygon([36.4, 33.3], south)).toBe(false);
    expect(bboxOf(south)[2]).toBeCloseTo(36.1, 6);
  });

  test('a river that doubles back falls back to a half-plane at its mean latitude', () => {
    const zigzag: GeoJSON.LineString = {
      type: 'LineString',
      coordinates: [
        [35.2, 33.4],
        [36.4, 33.5],
        [35.5, 33.6],
        [36.5, 33.3],
      ],
    };
    const south = sideOfLine(zigzag, LB, 'south')!;
    expect(south).not.toBeNull();
    expect(bboxOf(south)[3]).toBeLessThanOrEqual(33.6);
  });

  test('southern third of a country', () => {
    const part = countryPart(LB, 'south')!;
    const [, s, , n] = bboxOf(part);
    expect(s).toBeCloseTo(33.05, 6);
    expect(n).toBeCloseTo(33.05 + (34.7 - 33.05) / 3, 6);
    expect(bboxOf(countryPart(LB, 'northeast')!)[0]).toBeCloseTo(36.1, 6);
  });

  test('border strip: the country within ~10 km of the neighbour', () => {
    const strip = borderStrip(LB, IL, 10)!;
    const [, s, , n] = bboxOf(strip);
    expect(s).toBeCloseTo(33.05, 3);
    expect(n).toBeGreaterThan(33.1);
    expect(n).toBeLessThan(33.2);
  });
});
