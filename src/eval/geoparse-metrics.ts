/**
 * Standard geoparsing metrics (Gritta et al. 2018; EUPEG): recognition P/R/F1 by span overlap, acc@161 over matched
 * toponyms, end-to-end acc@161 over all gold toponyms, mean/median error and the AUC of the log-error curve.
 */
import { haversineKm } from '../gazetteer/gazetteer.js';

export interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
}

export interface PredictedToponym {
  start: number;
  end: number;
  lat: number | null;
  lon: number | null;
}

export interface GeoparseMetrics {
  docs: number;
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of recognised gold toponyms resolved within 161 km. */
  acc161_found: number;
  /** Share of ALL gold toponyms found and resolved within 161 km. */
  acc161_end_to_end: number;
  mean_error_km: number;
  median_error_km: number;
  auc: number;
}

const MAX_KM = 20039;
const r4 = (x: number) => Math.round(x * 10000) / 10000;

export interface DocResult {
  gold: GoldToponym[];
  predicted: PredictedToponym[];
}

/** Per gold toponym: the error in km of the overlapping prediction (Infinity when unresolved), or null when not found. */
export function goldErrors(doc: DocResult): (number | null)[] {
  return doc.gold.map((g) => {
    const p = doc.predicted.find((q) => q.start < g.end && g.start < q.end);
    if (!p) return null;
    if (p.lat === null || p.lon === null) return Infinity;
    return haversineKm(g.lat, g.lon, p.lat, p.lon);
  });
}

export function geoparseMetrics(docs: DocResult[]): GeoparseMetrics {
  let gold = 0;
  let predicted = 0;
  let predHit = 0;
  let goldHit = 0;
  let within = 0;
  const errors: number[] = [];
  for (const d of docs) {
    gold += d.gold.length;
    predicted += d.predicted.length;
    for (const p of d.predicted) if (d.gold.some((g) => p.start < g.end && g.start < p.end)) predHit++;
    for (const e of goldErrors(d)) {
      if (e === null) continue;
      goldHit++;
      errors.push(Math.min(e, MAX_KM));
      if (e <= 161) within++;
    }
  }
  const precision = predicted ? predHit / predicted : 0;
  const recall = gold ? goldHit / gold : 0;
  errors.sort((a, b) => a - b);
  const mean = errors.length ? errors.reduce((s, x) => s + x, 0) / errors.length : 0;
  const median = errors.length ? errors[Math.floor(errors.length / 2)] : 0;
  const auc = errors.length ? errors.reduce((s, x) => s + Math.log(1 + x), 0) / (errors.length * Math.log(MAX_KM)) : 0;
  return {
    docs: docs.length,
    gold,
    predicted,
    precision: r4(precision),
    recall: r4(recall),
    f1: r4(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    acc161_found: r4(goldHit ? within / goldHit : 0),
    acc161_end_to_end: r4(gold ? within / gold : 0),
    mean_error_km: Math.round(mean),
    median_error_km: Math.round(median),
    auc: r4(auc),
  };
}
