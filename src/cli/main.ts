/** The `geoevents` command: dispatch, --help, and one-line errors with exit code 2 (never a stack trace). */
import { evalCommand, EVAL_HELP } from './eval-command.js';
import { evalEventsCommand, EVAL_EVENTS_HELP } from './eval-events-command.js';
import { exportCommand, EXPORT_HELP } from './export-command.js';
import { GAZETTEER_HELP, gazetteerCommand } from './gazetteer-command.js';
import { GEOPARSE_HELP, geoparseCommand } from './geoparse-command.js';
import { INGEST_HELP, ingestCommand } from './ingest-command.js';
import { type Io, printable, processIo } from './io.js';

const COMMANDS: Record<string, [(argv: string[], io: Io) => Promise<number>, string, string]> = {
  ingest: [ingestCommand, INGEST_HELP, 'articles → events (GeoJSON, GeoJSONSeq, CSV, KML)'],
  geoparse: [geoparseCommand, GEOPARSE_HELP, 'the places a text names, resolved, with alternatives'],
  gazetteer: [gazetteerCommand, GAZETTEER_HELP, 'build the offline index; look up a name'],
  export: [exportCommand, EXPORT_HELP, 'convert an events file to another format'],
  eval: [evalCommand, EVAL_HELP, 'geoparser accuracy on an annotated corpus'],
  'eval-events': [evalEventsCommand, EVAL_EVENTS_HELP, 'event accuracy on UCDP-style incident records'],
};

export const HELP = `GeoEvents: news articles about conflict → dated, evidenced events on a map. Offline.

Usage: geoevents <command> [options]   (geoevents <command> --help for details)

${Object.entries(COMMANDS)
  .map(([k, [, , d]]) => `  ${k.padEnd(12)} ${d}`)
  .join('\n')}

Exit codes: 0 done, 2 bad input or usage (one line on stderr saying what to fix).
`;

export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    io.stdout(HELP);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version') {
    io.stdout('geoevents 0.1.0\n');
    return 0;
  }
  const entry = COMMANDS[cmd];
  if (!entry) {
    io.stderr(`geoevents: unknown command "${cmd}". Commands: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return 2;
  }
  try {
    return await entry[0](rest, io);
  } catch (e) {
    const msg = (e as Error).message ?? String(e);
    io.stderr(`geoevents ${cmd}: ${printable(msg.split('\n')[0])}\n`);
    if (process.env.GEOEVENTS_DEBUG) io.stderr(`${(e as Error).stack}\n`);
    return 2;
  }
}
