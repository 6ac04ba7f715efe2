/**
 * How long the entities stage takes on a 25 KB document, warm (registers, gazetteers and word
 * lists loaded once, as in a build).
 *
 *   npm run bench:entities -- [--size BYTES] [--runs N] [--no-register] [--cold] [INPUT…]
 *
 * The document is made of the inputs' bodies (default: the samples of ../shared/samples, else
 * transcriptions/), repeated until its text reaches the size, so that it has the density of names
 * of real records. Prints the first run (loading the word lists and the gazetteer: from its cached
 * table, or with --cold from the packages, as the first process on a machine does), and the CPU
 * time per document, the median and 95th percentile wall time of warm runs, and the bytes a run
 * allocates (garbage collection is a large share of the time: less allocation, less collection).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg, tmpdir } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { readTranscription, parseTranscription } from '../src/transcription/index.js';
import { annotateEntities, loadRegisters } from '../src/entities/index.js';
import { segmentsOf } from '../src/entities/segments.js';
import { flatten } from '../src/entities/text.js';
import { defaultCacheDir } from '../src/cache.js';
import { cacheFileFor } from '../src/entities/gazetteer-cache.js';
import type { Transcription } from '../src/model/index.js';

const args = process.argv.slice(2);
let size = 25_000;
let runs = 50;
let useRegister = true;
let cold = false;
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--size') size = Number(args[++i]);
  else if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--no-register') useRegister = false;
  else if (args[i] === '--cold') cold = true;
  else inputs.push(args[i]);
}

function defaults(): string[] {
  const samples = resolve('..', 'shared', 'samples');
  const dirs = existsSync(samples) ? [samples, join(samples, 'dev')] : [resolve('transcriptions')];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => join(d, f)));
}

const parsed: Transcription[] = (inputs.length ? inputs : defaults()).map((file) => {
  const { text, normalisations } = readTranscription(readFileSync(file), file);
  return parseTranscription(text, file, normalisations).transcription;
});

const textSize = (t: Transcription) => segmentsOf(t).reduce((n, s) => n + Buffer.byteLength(flatten(s.nodes).flat), 0);
const doc: Transcription = { ...parsed[0], body: [], footnotes: [] };
while (textSize(doc) < size) {
  for (const t of parsed) {
    doc.body.push(...structuredClone(t.body));
    doc.footnotes.push(...structuredClone(t.footnotes));
  }
}

// --cold: an empty cache folder, so that the first run reads the packages and writes the table.
const coldCache = cold ? mkdtempSync(join(tmpdir(), 'bench-entities-')) : undefined;
if (coldCache) process.env.TEI_EDITION_CACHE = coldCache;
const cacheFile = cacheFileFor(defaultCacheDir());
const gazetteerFrom = cacheFile && existsSync(cacheFile) ? 'the cached table' : 'the packages, then cached';

let t0 = performance.now();
const registers = loadRegisters(resolve('tei/registers'));
const loadMs = performance.now() - t0;
t0 = performance.now();
const first = annotateEntities(doc, registers, { useRegister });
const coldMs = performance.now() - t0;
if (coldCache) rmSync(coldCache, { recursive: true, force: true });
for (let i = 0; i < 5; i++) annotateEntities(doc, registers, { useRegister });
// Wall time suffers when other processes share the cores; CPU time of this process much less so.
const times: number[] = [];
const cpuStart = process.cpuUsage();
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  annotateEntities(doc, registers, { useRegister });
  times.push(performance.now() - start);
}
const cpu = process.cpuUsage(cpuStart);
// Bytes allocated per document: heap growth over runs during which no collection ran (the median).
let collections = 0;
const observer = new PerformanceObserver((list) => void (collections += list.getEntries().length));
observer.observe({ entryTypes: ['gc'] });
const growth: number[] = [];
for (let i = 0; i < 40; i++) {
  const seen = collections;
  const before = getHeapStatistics().used_heap_size;
  annotateEntities(doc, registers, { useRegister });
  const after = getHeapStatistics().used_heap_size;
  await new Promise((done) => setImmediate(done)); // the observer hears of collections asynchronously
  if (collections === seen) growth.push(after - before);
}
observer.disconnect();
growth.sort((a, b) => a - b);
const allocated = growth.length ? growth[Math.floor(growth.length / 2)] : NaN;
const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
process.stdout.write(
  `entities on a ${(textSize(doc) / 1000).toFixed(1)} KB document (${doc.body.length} blocks, ${first.transcription.entities.length} entities), ${useRegister ? 'with' : 'without'} the register\n` +
    `  registers loaded in ${loadMs.toFixed(1)} ms; first run (word lists and gazetteer from ${gazetteerFrom}) ${coldMs.toFixed(0)} ms\n` +
    `  warm: CPU time ${cpuMs.toFixed(2)} ms per document; wall time median ${median.toFixed(2)} ms, 95th percentile ${p95.toFixed(2)} ms over ${runs} runs (target ≤ 10 ms)\n` +
    `  allocated: ${(allocated / 1e6).toFixed(2)} MB per document (heap growth over a run without garbage collection)\n` +
    `  load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores\n`,
);
