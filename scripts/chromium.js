/**
 * How GeoEvents starts Chromium for its browser tests and benchmark: Debian's build, headless, software GL (SwiftShader,
 * no GPU needed), no background network traffic. One place, so tests and benchmark measure the same browser.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
