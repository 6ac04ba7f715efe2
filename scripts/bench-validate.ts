/**
 * `npm run bench:validate`: 1,000 TEI documents of about 25 KB validated against TEI All in one
 * `tei-edition validate` call, as a user runs it. Prints the total time, documents per second, peak
 * memory (RSS of the process), and the schema load time cold (empty cache) and cached.
 * Target: ≤ 15 s for the 1,000 including the schema load, ≤ 1 GB.
 *   TEI_ALL_RNG=… npm run bench:validate [-- --docs N] [-- --no-rules]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const teiAll = process.env.TEI_ALL_RNG ?? join(root, '..', 'shared', 'schema', 'tei_all.rng');
if (!existsSync(teiAll)) {
  console.error(`bench:validate: TEI All not found at ${teiAll}; set TEI_ALL_RNG`);
  process.exit(2);
}
const argv = process.argv.slice(2);
const docs = Number(argv[argv.indexOf('--docs') + 1] || 1000) || 1000;
const rules = !argv.includes('--no-rules');

// Our own output for the reference transcription (as `tei-edition convert` writes it), grown to
// about 25 KB with copies of its paragraphs and given its own id, so no two files are equal. When
// the encoder cannot run, the corpus's hand-written record of conversation stands in.
function baseDocument(): { xml: string; from: string } {
  const convert = spawnSync(process.execPath, [join(root, 'bin', 'tei-edition.js'), 'convert', join(root, 'transcriptions', 'wcda-115180.md'), '--to', 'tei'], { encoding: 'utf8' });
  if (convert.status === 0 && convert.stdout.includes('<TEI')) return { xml: convert.stdout, from: 'tei-edition convert transcriptions/wcda-115180.md' };
  return { xml: readFileSync(join(root, 'test', 'validate-corpus', 'valid', 'wcda-115180.xml'), 'utf8'), from: 'test/validate-corpus/valid/wcda-115180.xml' };
}
const base = baseDocument();
const bodyStart = base.xml.indexOf('<body');
const paragraphs = [...base.xml.slice(bodyStart).matchAll(/<p\b[^>]*>[\s\S]*?<\/p>/g)].map((m) => m[0]).filter((p) => !p.includes('xml:id'));
function document(doc: number): string {
  let xml = base.xml.replace(/(<TEI\b[^>]*xml:id=")([^"]+)"/, `$1$2-${doc}"`);
  const anchor = xml.lastIndexOf('</p>') + 4;
  let extra = '';
  for (let n = 0; paragraphs.length && xml.length + extra.length < 25_000; n++) extra += '\n' + paragraphs[(doc + n) % paragraphs.length];
  return xml.slice(0, anchor) + extra + xml.slice(anchor);
}

const work = mkdtempSync(join(tmpdir(), 'tei-edition-bench-validate-'));
const corpus = join(work, 'tei');
mkdirSync(corpus);
let bytes = 0;
for (let i = 0; i < docs; i++) {
  const xml = document(i);
  bytes += xml.length;
  writeFileSync(join(corpus, `doc-${String(i).padStart(4, '0')}.xml`), xml);
}

interface Run { seconds: number; cpuSeconds: number; peakMB: number; summary: { files: number; valid: number; invalid: number; jobs?: number; schemaLoads: { source: string; milliseconds: number }[] } }
function validate(cacheDir: string): Run {
  const args = ['-f', '%M %e %U %S', process.execPath, join(root, 'bin', 'tei-edition.js'), 'validate', '--schema', teiAll, '--format', 'json', ...(rules ? [] : ['--no-rules']), corpus];
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TEI_EDITION_CACHE: cacheDir } });
  const [kb, seconds, user, system] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, cpuSeconds: user! + system!, peakMB: kb! / 1024, summary: JSON.parse(run.stdout).summary };
}

const cache = join(work, 'cache');
const cold = validate(cache); // empty cache: TEI All converted, then cached
const warm = validate(cache); // cached grammar
rmSync(work, { recursive: true, force: true });

const load = (r: Run) => `${Math.round(r.summary.schemaLoads[0]!.milliseconds)} ms (${r.summary.schemaLoads[0]!.source})`;
console.log(`bench:validate: ${docs} documents, ${(bytes / docs / 1024).toFixed(1)} KB each on average (from ${base.from}), TEI All, rules ${rules ? 'on' : 'off'}`);
console.log(`  verdicts:            ${warm.summary.valid} valid, ${warm.summary.invalid} invalid`);
console.log(`  schema load, cold:   ${load(cold)}`);
console.log(`  schema load, cached: ${load(warm)}`);
console.log(`  total (cached run):  ${warm.seconds.toFixed(2)} s incl. schema load and process start → ${(docs / warm.seconds).toFixed(0)} docs/s`);
console.log(`  total (cold run):    ${cold.seconds.toFixed(2)} s`);
console.log(`  CPU time (cached):   ${warm.cpuSeconds.toFixed(2)} s user+system over ${warm.summary.jobs ?? 1} worker(s); load average now ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
console.log(`  peak memory (RSS):   ${warm.peakMB.toFixed(0)} MB (cold run ${cold.peakMB.toFixed(0)} MB)`);
const ok = warm.seconds <= 15 && Math.max(warm.peakMB, cold.peakMB) <= 1024 && warm.summary.invalid === 0;
console.log(`  target ≤ 15 s, ≤ 1 GB, all valid: ${ok ? 'met' : 'NOT met'}`);
process.exitCode = ok ? 0 : 1;
