/**
 * `tei-edition convert FILE --to tei|html|txt [-o FILE]`: one document, to standard output by
 * default. FILE is a transcription; for `--to html|txt` it may also be a TEI file (`.xml`), which
 * is validated and rendered as it is.
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from './args.js';
import { basename, extname } from 'node:path';
import { EXIT, type Io } from '../cli.js';
import { writeFileAtomic, WriteError } from '../build/atomic.js';
import { stagesOf } from '../build/stages.js';
import { runTask, type TaskResult } from '../build/task.js';
import { openEdition } from '../pipeline.js';

const HELP = `Usage: tei-edition convert FILE --to tei|html|txt [-o FILE]

Converts one transcription (.md, .txt) to TEI, or renders it (or a TEI file, .xml) to HTML or
plain text. Writes to standard output unless -o names a file.

  -t, --to FORMAT   tei, html or txt
  -o, --output FILE write here instead of standard output
  -h, --help        this help

Exit status: 0 done, 1 the document failed (the message says why), 2 usage or I/O error.
`;

const FORMATS = { tei: 'tei', html: 'html', txt: 'text', text: 'text' } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('convert', argv, { to: { type: 'string', short: 't' }, output: { type: 'string', short: 'o' } }, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = FORMATS[(values.to ?? '') as keyof typeof FORMATS];
  if (positionals.length !== 1 || !format) {
    io.err(`tei-edition convert: ${positionals.length !== 1 ? 'give exactly one FILE' : `--to wants tei, html or txt${values.to ? `, not "${values.to}"` : ''}`}\n\n${HELP}`);
    return EXIT.usage;
  }
  const file = positionals[0]!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file; check the path' : code === 'EISDIR' ? 'is a folder; convert takes one file (build takes folders)' : code === 'EACCES' ? 'permission denied; make it readable (chmod +r)' : (e as Error).message;
    io.err(`${file}: error: ${why}\n`);
    return EXIT.usage;
  }

  const isTei = extname(file).toLowerCase() === '.xml';
  if (isTei && format === 'tei') {
    io.err(`${file}: error: is TEI already; convert it --to html or --to txt\n`);
    return EXIT.usage;
  }
  const stages = stagesOf(await openEdition());
  const id = basename(file, extname(file));
  const result: TaskResult = isTei
    ? runTask({ kind: 'render', source: file, id, tei: bytes.toString('utf8') }, stages)
    : runTask({ kind: 'convert', source: file, bytes, render: format !== 'tei' }, stages);
  for (const w of result.warnings) io.err(`${file}:${w.line ?? ''}${w.line !== undefined ? ': ' : ' '}warning: ${w.message}\n`);
  if (!result.ok) {
    io.err(`${file}: error: ${result.error}\n`);
    return EXIT.failed;
  }
  const output = format === 'tei' ? result.tei! : format === 'html' ? result.html! : result.text!;
  if (!values.output) {
    io.out(output);
    return EXIT.ok;
  }
  try {
    await writeFileAtomic(values.output, output);
  } catch (e) {
    if (!(e instanceof WriteError)) throw e;
    io.err(`tei-edition convert: ${e.message}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
