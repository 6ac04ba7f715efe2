/**
 * `tei-edition validate PATH… [--schema edition|tei-all|FILE.rng] [--rules|--no-rules] [--format text|json]`:
 * well-formedness, RELAX NG and the edition's rules over files and folders (`*.xml`, recursively).
 * Exit 0 all valid, 1 some invalid (refused files included), 2 usage or I/O error.
 */
import { parseCommandArgs } from './args.js';
import { EXIT, type Io } from '../cli.js';
import { DEFAULT_LIMITS, SchemaNotFound, type Problem } from '../validate/index.js';
import { defaultJobs, validateFiles } from '../validate/files.js';
import { InputNotFound, listInputs } from '../validate/read-input.js';
import { resolveSchemaOption } from '../validate/schema-resolution.js';

const HELP = `Usage: tei-edition validate PATH… [--schema edition|tei-all|FILE.rng] [--rules|--no-rules] [--format text|json]

Checks TEI files (and the *.xml files in folders, recursively) in three layers:
well-formedness, RELAX NG, and the edition's rules (tei/rules/edition-rules.json).

  --schema S     edition (the edition's own schema), tei-all (the file named by TEI_ALL_RNG),
                 or a RELAX NG file. Default: each file's <?xml-model href?> when it names a
                 local .rng file (or TEI All with TEI_ALL_RNG set), else edition.
  --no-rules     skip the edition's rules (e.g. for TEI from elsewhere); --rules turns them on (default)
  --format F     text (file:line:column: error: message, default) or json
  --max-size N   refuse files larger than N bytes (default ${DEFAULT_LIMITS.maxBytes})
  --jobs N       worker threads (default ${defaultJobs()}, the cores of this machine up to 4)

Grammars are converted once and cached in $TEI_EDITION_CACHE, $XDG_CACHE_HOME/tei-edition or
~/.cache/tei-edition. Exit status: 0 all valid, 1 some file invalid, 2 usage or I/O error.
`;

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(
    'validate',
    argv,
    {
      schema: { type: 'string' },
      rules: { type: 'boolean' },
      'no-rules': { type: 'boolean' },
      format: { type: 'string', default: 'text' },
      'max-size': { type: 'string' },
      jobs: { type: 'string' },
    },
    HELP,
    io,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => (io.err(`tei-edition validate: ${message}\n`), EXIT.usage);
  if (positionals.length === 0) return usage(`give at least one file or folder\n\n${HELP}`);
  if (values.format !== 'text' && values.format !== 'json') return usage(`--format must be text or json, not "${values.format}"`);
  const maxBytes = values['max-size'] === undefined ? DEFAULT_LIMITS.maxBytes : Number(values['max-size']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) return usage(`--max-size must be a whole number of bytes, not "${values['max-size']}"`);

  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(`--jobs must be a whole number of at least 1, not "${values.jobs}"`);

  let files: string[];
  try {
    files = listInputs(positionals);
  } catch (error) {
    if (error instanceof InputNotFound) return usage(error.message);
    throw error;
  }

  const started = performance.now();
  try {
    if (values.schema !== undefined) resolveSchemaOption(values.schema);
  } catch (error) {
    if (error instanceof SchemaNotFound) return usage(error.message);
    throw error;
  }
  let result;
  try {
    result = await validateFiles(files, { schema: values.schema, rules: !values['no-rules'], maxBytes, jobs }, (report) => {
      if (values.format === 'text') io.out(report.problems.map((p) => formatProblem(report.file, p) + '\n').join(''));
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { reports } = result;

  const invalid = reports.filter((r) => !r.valid).length;
  const summary = {
    files: reports.length,
    valid: reports.length - invalid,
    invalid,
    problems: reports.reduce((n, r) => n + r.problems.length, 0),
    rules: !values['no-rules'],
    schemaLoads: result.loads,
    jobs: Math.min(jobs, files.length),
    milliseconds: Math.round(performance.now() - started),
  };
  if (values.format === 'json') io.out(JSON.stringify({ files: reports, summary }, null, 2) + '\n');
  else io.err(`${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.valid} valid, ${summary.invalid} invalid\n`);
  return invalid ? EXIT.failed : EXIT.ok;
}

/** `file:line:column: error: message`, with the layer (and rule) the problem comes from. */
export function formatProblem(file: string, problem: Problem): string {
  const where = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 0}`;
  const origin = problem.layer === 'rules' ? ` [${problem.rule}]` : problem.layer === 'well-formedness' ? ' [not well-formed]' : '';
  return `${where}: error: ${problem.message}${origin}`;
}
