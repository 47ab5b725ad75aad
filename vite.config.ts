import { defineConfig } from 'vite';

// The web app (src/app, entry index.html). Relative base so dist-app works from any directory or static host.
export default defineConfig({
  base: './',
  publicDir: 'public',
  build: {
    outDir: 'dist-app',
    emptyOutDir: true,
    target: 'es2022',
    // maplibre-gl alone is ~1 MB minified.
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1' },
});
