/**
 * App state in the URL hash: #map=zoom/lat/lon&from=YYYY-MM-DD&to=YYYY-MM-DD&types=a|b&q=text&actor=A&country=C&sel=event_id
 * &heat=1.
 * Written with history.replaceState so moving the map does not flood the history.
 */
import { dayToIso, isoToDay } from './model.js';

export interface HashState {
  center?: [number, number];
  zoom?: number;
  from?: number;
  to?: number;
  types?: string[];
  q?: string;
  actor?: string;
  country?: string;
  sel?: string;
  /** The heatmap is on. */
  heat?: boolean;
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const out: HashState = {};
  const m = (params.get('map') ?? '').split('/').map(Number);
  if (m.length === 3 && m.every(Number.isFinite) && Math.abs(m[1]) <= 90) {
    out.zoom = Math.min(Math.max(m[0], 0), 22);
    out.center = [((((m[2] + 180) % 360) + 360) % 360) - 180, m[1]];
  }
  const from = isoToDay(params.get('from') ?? '');
  const to = isoToDay(params.get('to') ?? '');
  if (Number.isFinite(from)) out.from = from;
  if (Number.isFinite(to)) out.to = to;
  if (params.has('types')) out.types = (params.get('types') ?? '').split('|').filter(Boolean);
  if (params.has('q')) out.q = params.get('q') ?? '';
  if (params.get('actor')) out.actor = params.get('actor') ?? undefined;
  if (params.get('country')) out.country = params.get('country') ?? undefined;
  if (params.get('sel')) out.sel = params.get('sel') ?? undefined;
  if (params.get('heat') === '1') out.heat = true;
  return out;
}

export function formatHash(s: HashState, allTypes: string[]): string {
  const params = new URLSearchParams();
  if (s.center && s.zoom !== undefined) {
    params.set('map', `${s.zoom.toFixed(2)}/${s.center[1].toFixed(4)}/${s.center[0].toFixed(4)}`);
  }
  if (s.from !== undefined) params.set('from', dayToIso(s.from));
  if (s.to !== undefined) params.set('to', dayToIso(s.to));
  if (s.types && s.types.length !== allTypes.length) params.set('types', s.types.join('|'));
  if (s.q) params.set('q', s.q);
  if (s.actor) params.set('actor', s.actor);
  if (s.country) params.set('country', s.country);
  if (s.sel) params.set('sel', s.sel);
  if (s.heat) params.set('heat', '1');
  return `#${params.toString()}`;
}

export function writeHash(s: HashState, allTypes: string[]): void {
  const hash = formatHash(s, allTypes);
  if (hash !== window.location.hash) {
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
  }
}
