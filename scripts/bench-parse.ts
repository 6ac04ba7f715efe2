/**
 * Benchmark of the parse stage: the sample transcriptions repeated to 1,000 documents, read and
 * parsed (and encoded to TEI when the encoder is there). Prints documents/s and ms/document.
 *   npm run bench:parse            (BENCH_DOCS=5000 for more)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readTranscription, parseTranscription } from '../src/transcription/index.js';
import { encodeTei } from '../src/tei/index.js';
import { DEFAULT_CONFIG } from '../src/model/config.js';

const DIR = 'test/fixtures/transcriptions/samples';
const samples = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => ({ file: f, bytes: readFileSync(join(DIR, f)) }));
const total = Number(process.env.BENCH_DOCS ?? 1000);
const docs = Array.from({ length: total }, (_, i) => samples[i % samples.length]);
const kb = docs.reduce((n, d) => n + d.bytes.length, 0) / 1024;

function run(label: string, work: (d: (typeof docs)[number]) => void): void {
  for (const d of docs.slice(0, 50)) work(d); // warm up
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const d of docs) work(d);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${label.padEnd(14)} ${docs.length} documents (${kb.toFixed(0)} KB) in ${ms.toFixed(0)} ms: ${(docs.length / (ms / 1000)).toFixed(0)} documents/s, ${(ms / docs.length).toFixed(3)} ms/document (CPU ${(cpuMs / docs.length).toFixed(3)} ms/document)`);
}

const parse = (d: (typeof docs)[number]) => {
  const { text, normalisations } = readTranscription(d.bytes, d.file);
  return parseTranscription(text, d.file, normalisations).transcription;
};

run('parse', parse);
let encodes = true;
try {
  encodeTei(parse(docs[0]), { config: DEFAULT_CONFIG, toolVersion: 'bench', date: '2026-01-01' });
} catch (e) {
  encodes = false;
  console.log(`parse+encode   skipped: the encoder is not ready (${(e as Error).message})`);
}
if (encodes) run('parse+encode', (d) => encodeTei(parse(d), { config: DEFAULT_CONFIG, toolVersion: 'bench', date: '2026-01-01' }));
