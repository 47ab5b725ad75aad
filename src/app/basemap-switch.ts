/**
 * Switching between the offline basemap and an online style from Settings. A new style drops every source and layer:
 * `onLeave` runs before the switch, `onLoaded` once the new style is in (to add the event layers back). A part of an
 * online style refused by the page's Content-Security-Policy sends the map back to the offline basemap, once, with a
 * one-line message. The stored URL is applied at start.
 */
import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { basemapProblem, bindBasemapSettings, checkBasemapUrl, probeStyle, storedBasemapUrl } from './basemap.js';

export interface BasemapSwitchOptions {
  offlineStyle(): StyleSpecification;
  onLeave(): void;
  onLoaded(): void;
}

export function bindBasemapSwitch(map: MlMap, opts: BasemapSwitchOptions): void {
  let current = '';
  let onStyleLoad: (() => void) | null = null;
  async function apply(url: string): Promise<string | null> {
    if (url === current) return null;
    if (url) {
      const problem = await probeStyle(url);
      if (problem) return problem;
    }
    current = url;
    opts.onLeave();
    if (onStyleLoad) map.off('style.load', onStyleLoad);
    onStyleLoad = () => {
      onStyleLoad = null;
      opts.onLoaded();
    };
    map.once('style.load', onStyleLoad);
    map.setStyle(url || opts.offlineStyle(), { diff: false });
    return null;
  }
  bindBasemapSettings(apply);
  document.addEventListener('securitypolicyviolation', () => {
    if (!current) return;
    basemapProblem("The page's Content-Security-Policy blocked part of the online basemap; using the offline basemap.");
    void apply('');
  });
  const stored = checkBasemapUrl(storedBasemapUrl());
  if (stored) {
    void apply(stored).then((problem) => {
      if (problem) basemapProblem(problem);
    });
  }
}
