/**
 * `npm run bench`: the build benchmark of issue 8. Generates a synthetic corpus from the sample
 * transcriptions, then times, with the CLI as a user runs it: a cold build, a rebuild with
 * nothing changed, a rebuild after one transcription changed (a paragraph added; then a title,
 * which every index page listing the document shows), and one after one register entry
 * changed. The small rebuilds are run BENCH_REPEAT times (default 5), each after a change of its
 * own to another document, and given as the median run with the range: one run of a second or two
 * says little on a machine whose speed varies. So is the cold build of up to 2,000 documents, each
 * time into an empty folder, BENCH_COLD_REPEAT times (default 3; larger ones once). Writes the
 * figures, with the machine and versions, into BENCHMARKS.md.
 *
 *   BENCH_SIZES=1000,10000 BENCH_JOBS=2 npm run bench
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus, sampleFiles } from './synthetic-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'tei-edition.js');
const sizes = (process.env.BENCH_SIZES ?? '1000').split(',').map(Number).filter((n) => n > 0);
const jobs = Number(process.env.BENCH_JOBS ?? availableParallelism());
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 5));
const coldRepeat = (size: number) => (size <= 2000 ? Math.max(1, Number(process.env.BENCH_COLD_REPEAT ?? 3)) : 1);
const samples = sampleFiles([join(ROOT, '..', 'shared', 'samples'), join(ROOT, '..', 'shared', 'samples', 'dev'), join(ROOT, 'transcriptions')]);

interface Run {
  label: string;
  seconds: number;
  documents: number;
  processed: number;
  failed: number;
  peakMemoryMB: number;
  stages: Record<string, number>;
  /** For a repeated run: the fastest and slowest of the runs, in seconds (the rest is the median run's). */
  range?: [number, number];
  /** For a repeated run: how many runs. */
  times?: number;
}

function build(edition: string, corpus: string, out: string, label: string): Run {
  const start = performance.now();
  const r = spawnSync(process.execPath, [BIN, 'build', corpus, '--out', out, '--jobs', String(jobs), '--quiet'], { cwd: edition, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - start) / 1000;
  if (!existsSync(join(out, 'build-report.json'))) throw new Error(`${label}: build failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  const { summary } = JSON.parse(readFileSync(join(out, 'build-report.json'), 'utf8'));
  if (r.status === 2) console.log(`${label}: exit 2: ${JSON.stringify(summary.problems)}`);
  if (summary.failed > 0) console.log(`${label}: ${summary.failed} failed, e.g. ${r.stderr.split('\n').find((l) => l.includes('error'))}`);
  const run: Run = { label, seconds, documents: summary.documents, processed: summary.processed, failed: summary.failed, peakMemoryMB: summary.peakMemoryMB, stages: summary.stages };
  console.log(`${label}: ${seconds.toFixed(1)} s, ${run.processed}/${run.documents} processed, ${run.failed} failed, ${(run.documents / seconds).toFixed(1)} docs/s, peak ${run.peakMemoryMB} MB; stages (ms) ${JSON.stringify(run.stages)}`);
  return run;
}

/** A build run `times` times, the i-th after `change(i)`: the median run, with the range. */
function repeated(edition: string, corpus: string, out: string, label: string, change: (i: number) => void, times = repeat): Run {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) {
    change(i);
    runs.push(build(edition, corpus, out, `${label} (${i + 1} of ${times})`));
  }
  runs.sort((a, b) => a.seconds - b.seconds);
  return { ...runs[Math.floor((runs.length - 1) / 2)]!, label, range: times > 1 ? [runs[0]!.seconds, runs.at(-1)!.seconds] : undefined, times };
}

/** Changes one register entry: one more variant name for the first person of the registers. */
function changeRegisterEntry(edition: string): string {
  const dir = join(edition, 'tei', 'registers');
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const path = join(dir, file);
    const xml = readFileSync(path, 'utf8');
    const at = xml.indexOf('</persName>', xml.indexOf('<person '));
    if (xml.indexOf('<person ') < 0 || at < 0) continue;
    const end = at + '</persName>'.length;
    writeFileSync(path, `${xml.slice(0, end)}<persName type="variant">Benchmarkov</persName>${xml.slice(end)}`);
    const id = /<person [^>]*xml:id="([^"]+)"/.exec(xml.slice(xml.indexOf('<person ')))?.[1] ?? 'the first person';
    return `${file}: ${id} gained a variant`;
  }
  throw new Error(`no register with a <person> in ${dir}`);
}

/** Retitles one transcription (its title is the second line in bold): every index page that lists it changes. */
function retitle(path: string): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  const bold = lines.flatMap((line, i) => (/^\*\*.+\*\*\s*$/.test(line) ? [i] : []));
  const at = bold[1];
  if (at === undefined) throw new Error(`no title line in ${path}`);
  lines[at] = lines[at]!.replace(/\*\*\s*$/, ' (revised)**');
  writeFileSync(path, lines.join('\n'));
}

function table(runs: Run[]): string {
  const range = (r: Run) => (r.range ? `${r.range[0].toFixed(1)}–${r.range[1].toFixed(1)} (${r.times} runs)` : '–');
  const rows = runs.map((r) => `| ${r.label} | ${r.documents} | ${r.processed} | ${r.failed} | ${r.seconds.toFixed(1)} | ${range(r)} | ${(r.processed / r.seconds).toFixed(1)} | ${((r.stages.indexes ?? 0) / 1000).toFixed(1)} | ${r.peakMemoryMB} |`);
  return [
    `| run | documents | rebuilt | failed | seconds (median run when repeated) | range, s | docs/s (rebuilt) | of which index pages, s | peak MB |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function stageTable(run: Run): string {
  const per = (ms: number) => (ms / Math.max(1, run.processed)).toFixed(1);
  const rows = Object.entries(run.stages).map(([stage, ms]) => `| ${stage} | ${(ms / 1000).toFixed(1)} | ${stage === 'indexes' ? '–' : per(ms)} |`);
  return ['| stage | seconds (summed over workers) | ms per document |', '|---|---:|---:|', ...rows].join('\n');
}

function version(pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${osType()} ${release()}; Node ${process.version}, saxon-js ${version('saxon-js')}, salve-annos ${version('salve-annos')}, tei-edition ${version('..')}`;

const work = mkdtempSync(join(tmpdir(), 'tei-edition-bench-'));
const edition = join(work, 'edition');
mkdirSync(edition);
for (const part of ['edition.config.json', join('tei', 'registers')]) if (existsSync(join(ROOT, part))) cpSync(join(ROOT, part), join(edition, part), { recursive: true });
console.log(`benchmark in ${work} with ${jobs} jobs; ${samples.length} samples; ${machine}`);

const sections: Record<number, string> = {};
try {
  for (const size of sizes) {
    const corpus = join(work, `corpus-${size}`);
    const out = join(work, `out-${size}`);
    generateCorpus(samples, corpus, size, size);
    const runs: Run[] = [];
    runs.push(repeated(edition, corpus, out, `cold build of ${size}`, () => rmSync(out, { recursive: true, force: true }), coldRepeat(size)));
    // Each repetition changes another document, half-way through the corpus, then a third of the way.
    const files = readdirSync(corpus).sort();
    const nth = (at: number, i: number) => join(corpus, files[(Math.floor(size * at) + i) % size]!);
    runs.push(repeated(edition, corpus, out, 'rebuild, nothing changed', () => undefined));
    runs.push(repeated(edition, corpus, out, 'rebuild, one transcription changed', (i) => appendFileSync(nth(1 / 2, i), '\nThe conversation was continued on the next day.\n')));
    runs.push(repeated(edition, corpus, out, 'rebuild, one transcription retitled', (i) => retitle(nth(1 / 3, i))));
    const what = changeRegisterEntry(edition);
    runs.push(build(edition, corpus, out, 'rebuild, one register entry changed'));
    sections[size] = [
      `<!-- bench:${size} -->`,
      `### ${size} documents (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, --jobs ${jobs})`,
      '',
      table(runs),
      '',
      `Register change: ${what}. Per stage, cold build:`,
      '',
      stageTable(runs[0]!),
      `<!-- /bench:${size} -->`,
    ].join('\n');
  }
} finally {
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}

const file = join(ROOT, 'BENCHMARKS.md');
let md = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (!md) {
  md = `# Benchmarks\n\nMade by \`npm run bench\` (scripts/bench.ts): a synthetic corpus generated from the sample transcriptions\n(record numbers, archive numbers, years and surnames varied, so no two documents are alike), built with the CLI.\n"rebuilt" counts the documents converted or rendered again; peak MB is the build's peak resident memory, its\nworker processes included (at each document, the build process's memory and each worker's peak so far, added up).\nStage times are summed over the workers.\n\n## Machine\n\n<!-- machine -->\n<!-- /machine -->\n`;
}
md = md.replace(/<!-- machine -->[\s\S]*?<!-- \/machine -->/, `<!-- machine -->\n${machine}\n<!-- /machine -->`);
for (const [size, section] of Object.entries(sections)) {
  const re = new RegExp(`<!-- bench:${size} -->[\\s\\S]*?<!-- /bench:${size} -->`);
  md = re.test(md) ? md.replace(re, section) : `${md.trimEnd()}\n\n${section}\n`;
}
writeFileSync(file, md);
console.log(`written to ${file}`);
