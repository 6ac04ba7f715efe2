/**
 * The command line: a thin shell over the library. Each command lives in `cli/<command>.ts` and
 * returns its exit status: 0 all good, 1 some input failed or is invalid, 2 usage or I/O error.
 */
import { PipelineError, formatDiagnostic } from './model/index.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Standard output and error, so tests and callers can capture them. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type Command = (argv: string[], io: Io) => Promise<number>;

const USAGE = `tei-edition: transcriptions of archival documents into a scholarly digital edition

Usage:
  tei-edition build   [INPUT…] [--out DIR] [--jobs N] [--force]
                       transcription files or folders (default transcriptions/) → DIR (default dist/)
  tei-edition convert FILE --to tei|html|txt [-o FILE]
                       one document, to standard output by default
  tei-edition validate PATH… [--schema edition|tei-all|FILE.rng] [--rules|--no-rules] [--format text|json]
                       [--jobs N] [--max-size BYTES]
  tei-edition entities [INPUT…] [--no-register]
                       names not yet in the registers, as ready-to-paste register entries
  tei-edition deposit [DIR] --out DIR [--format bagit|saf] [--zip] [--per-document|--collection]
  tei-edition deposit verify BAG…
  tei-edition serve   [DIR] [--port N]      preview the built site on localhost

Run \`tei-edition COMMAND --help\` for the options of one command.
Exit status: 0 all good, 1 some input failed or is invalid, 2 usage or I/O error.
`;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  build: () => import('./cli/build.js'),
  convert: () => import('./cli/convert.js'),
  validate: () => import('./cli/validate.js'),
  entities: () => import('./cli/entities.js'),
  deposit: () => import('./cli/deposit.js'),
  serve: () => import('./cli/serve.js'),
};

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.out : io.err)(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    const { TOOL_VERSION } = await import('./edition.js');
    io.out(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`tei-edition: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof PipelineError) io.err(formatDiagnostic(e.diagnostic) + '\n');
    else io.err(`tei-edition ${name}: ${(e as Error).stack ?? e}\n`);
    return EXIT.usage;
  }
}
