/**
 * `tei-edition deposit [DIR] --out DIR [--format bagit|saf] [--zip] [--per-document|--collection]`
 * and `tei-edition deposit verify BAG…`.
 */
import { parseArgs } from 'node:util';
import { EXIT, type Io } from '../cli.js';
import type { DepositFormat } from '../deposit/index.js';

const USAGE = `Usage:
  tei-edition deposit [DIR] --out DIR [--format bagit|saf] [--zip] [--per-document|--collection]
                      [--edition ROOT] [--date YYYY-MM-DD]
      Packages a built edition (DIR, default dist/) for a repository:
        bagit   BagIt 1.0 bags (RFC 8493), one per document (default) or, with --collection,
                one for the whole edition; each holds the TEI, HTML, text and Dublin Core of
                its documents and the registers.
        saf     a DSpace Simple Archive Format archive: one item per document.
      --zip      one zip per package instead of a folder
      --edition  the edition's root (edition.config.json); default the folder above DIR
      --date     the Bagging-Date (default today)
  tei-edition deposit verify BAG…
      Checks bags (folders or zips): bagit.txt, every manifest line, payload files missing from
      or extra to the manifests, Payload-Oxum, tag manifests. Exit 1 with the problems.
`;

const FORMATS: DepositFormat[] = ['bagit', 'saf'];

export async function run(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'verify') return verify(argv.slice(1), io);
  let values, positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', default: 'bagit' },
        zip: { type: 'boolean', default: false },
        'per-document': { type: 'boolean', default: false },
        collection: { type: 'boolean', default: false },
        edition: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (values.help) return io.out(USAGE), EXIT.ok;
  if (!values.out) return usage(io, '--out DIR is required');
  if (positionals.length > 1) return usage(io, `one edition folder at a time (got ${positionals.join(', ')})`);
  if (!FORMATS.includes(values.format as DepositFormat)) return usage(io, `--format must be bagit or saf, not "${values.format}"`);
  if (values.collection && values['per-document']) return usage(io, '--per-document and --collection exclude each other');
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) return usage(io, '--date must be YYYY-MM-DD');

  const dist = positionals[0] ?? 'dist';
  // Loaded only now: packaging needs the pipeline's configuration and Saxon-JS, usage errors do not.
  const { depositEdition } = await import('../deposit/deposit.js');
  let report;
  try {
    report = depositEdition(dist, {
      out: values.out,
      format: values.format as DepositFormat,
      zip: values.zip,
      mode: values.collection ? 'collection' : 'per-document',
      root: values.edition,
      date: values.date,
    });
  } catch (e) {
    io.err(`tei-edition deposit: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  for (const w of report.warnings) io.err(`warning: ${w}\n`);
  for (const f of report.failed) io.err(`${f.file}: error: left out of the deposit: ${f.message}\n`);
  for (const p of report.packages) io.out(`${p.path}  (${p.documents.length} document${p.documents.length === 1 ? '' : 's'}, ${p.files} files, ${p.bytes} bytes)\n`);
  io.out(`${report.packages.length} package${report.packages.length === 1 ? '' : 's'} in ${values.out}\n`);
  return report.failed.length > 0 ? EXIT.failed : EXIT.ok;
}

async function verify(bags: string[], io: Io): Promise<number> {
  if (bags.length === 0 || bags.includes('--help') || bags.includes('-h')) {
    (bags.length ? io.out : io.err)(USAGE);
    return bags.length ? EXIT.ok : EXIT.usage;
  }
  const { formatVerification, verifyBag } = await import('../deposit/verify.js');
  let status: number = EXIT.ok;
  for (const bag of bags) {
    const result = verifyBag(bag);
    (result.valid ? io.out : io.err)(formatVerification(result));
    if (!result.valid) status = EXIT.failed;
  }
  return status;
}

function usage(io: Io, message: string): number {
  io.err(`tei-edition deposit: ${message}\n\n${USAGE}`);
  return EXIT.usage;
}
