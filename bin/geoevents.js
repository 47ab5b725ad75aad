#!/usr/bin/env node
// The `geoevents` command. The TypeScript sources are compiled to dist/ by `npm ci` (the prepare script).
import { existsSync } from 'node:fs';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'geoevents: not built yet. Run `npm ci` (or `npm run build:cli`) in the GeoEvents folder first.\n',
  );
  process.exit(2);
}
// A reader that stops early (`geoevents … | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`geoevents: cannot write the output (${err.message}).\n`);
  process.exit(2);
});
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
