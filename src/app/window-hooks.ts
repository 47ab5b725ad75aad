/** What the page exposes on `window` for tests and scripts (MapLibre's convention: `window.map`). */
import type { Map as MlMap } from 'maplibre-gl';

declare global {
  interface Window {
    map: MlMap;
    /** For tests and scripts: readiness, a load error, and the event id of a map feature id (its index). */
    __geoevents: {
      ready: boolean;
      error?: string;
      eventIdOf?: (featureId: unknown) => string | undefined;
      /** The event chunks' circle layers, and the chunks drawn now (for tests and the benchmark). */
      eventLayers?: () => string[];
      drawnChunks?: () => number[];
    };
  }
}
