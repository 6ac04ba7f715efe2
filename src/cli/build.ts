/**
 * `tei-edition build [INPUT…] [--out DIR] [--jobs N] [--force]`: transcriptions into an edition
 * folder. A thin shell over `buildEdition`: arguments, progress, messages, exit status.
 */
import { parseArgs } from 'node:util';
import { EXIT, type Io } from '../cli.js';
import type { BuildOptions } from '../build/build.js';
import { LockError } from '../build/lock.js';
import { WriteError } from '../build/atomic.js';
import { defaultJobs } from '../build/pool.js';
import { Progress } from '../build/progress.js';
import { DEFAULT_LIMITS } from '../build/task.js';

const HELP = `Usage: tei-edition build [INPUT…] [--out DIR] [--jobs N] [--force]

Builds the edition: TEI (DIR/tei/), HTML (DIR/html/), plain text (DIR/text/), the site's index
pages (DIR/index.html…) and DIR/build-report.json.

  INPUT              transcription files (.md, .txt) or folders of them (default: transcriptions/)
  -o, --out DIR      output folder (default: dist/)
  -j, --jobs N       worker processes (default: the number of cores, ${defaultJobs()} here)
  -f, --force        convert every document again, also hand-edited TEI (a backup copy is kept
                     in DIR/.tei-edition/backup/)
      --max-size MB  refuse transcriptions larger than this (default ${DEFAULT_LIMITS.maxBytes / 1048576})
      --max-paragraphs N
                     refuse transcriptions with more paragraphs (default ${DEFAULT_LIMITS.maxParagraphs})
  -q, --quiet        no progress
  -h, --help         this help

Unchanged documents are skipped; TEI edited by hand in DIR/tei/ is kept and rendered as it is.
Exit status: 0 all built, 1 some input failed (the others are built; the report says why),
2 usage or I/O error.
`;

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} wants a positive number, not "${value}"`);
  return n;
}

class UsageError extends Error {}

export async function run(argv: string[], io: Io): Promise<number> {
  let options: BuildOptions;
  let inputs: string[];
  let quiet: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        jobs: { type: 'string', short: 'j' },
        force: { type: 'boolean', short: 'f' },
        'max-size': { type: 'string' },
        'max-paragraphs': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.out(HELP);
      return EXIT.ok;
    }
    const jobs = positiveInteger(values.jobs, '--jobs');
    if (jobs !== undefined && !Number.isInteger(jobs)) throw new UsageError(`--jobs wants a whole number, not "${values.jobs}"`);
    const maxMb = positiveInteger(values['max-size'], '--max-size');
    const maxParagraphs = positiveInteger(values['max-paragraphs'], '--max-paragraphs');
    inputs = positionals.length > 0 ? positionals : ['transcriptions'];
    quiet = values.quiet ?? false;
    options = {
      out: values.out ?? 'dist',
      jobs,
      force: values.force ?? false,
      limits: {
        maxBytes: maxMb !== undefined ? Math.round(maxMb * 1048576) : DEFAULT_LIMITS.maxBytes,
        maxParagraphs: maxParagraphs ?? DEFAULT_LIMITS.maxParagraphs,
      },
    };
  } catch (e) {
    io.err(`tei-edition build: ${(e as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }

  // A terminal gets a bar; a pipe, a log or CI gets a few plain lines.
  const tty = Boolean(process.stderr.isTTY) && process.env.CI !== 'true';
  let progress: Progress | undefined;
  const lines: string[] = [];
  options.onDocument = (doc) => {
    if (doc.status === 'failed') lines.push(`${doc.source}: error: ${doc.error}`);
    else if (doc.status === 'kept' && doc.note && !doc.note.includes('unchanged since')) lines.push(`${doc.source}: kept: ${doc.note}`);
    if (!tty && lines.length > 0) io.err(lines.splice(0).join('\n') + '\n');
    progress?.tick(doc.status === 'failed');
  };

  if (!quiet) options.onStart = (total) => (progress = new Progress({ total, tty, write: io.err }));

  try {
    // Loaded after the arguments are checked: the pipeline's modules take a moment to load.
    const { buildEdition } = await import('../build/build.js');
    const { report, exitCode } = await buildEdition(inputs, options);
    progress?.finish();
    if (lines.length > 0) io.err(lines.join('\n') + '\n');
    for (const p of report.summary.problems) io.err(`${p.file ? p.file + ': ' : ''}${p.message}\n`);
    const s = report.summary;
    io.out(
      `${s.documents} documents into ${report.out}/: ${s.ok} built, ${s.skipped} unchanged, ${s.kept} hand-edited kept, ${s.failed} failed` +
        ` (${s.seconds.toFixed(1)} s); report: ${report.out}/build-report.json\n`,
    );
    if (s.ok + s.skipped + s.kept > 0) io.out(`open ${report.out}/index.html\n`);
    return exitCode;
  } catch (e) {
    progress?.finish();
    if (e instanceof LockError || e instanceof WriteError) {
      io.err(`tei-edition build: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
