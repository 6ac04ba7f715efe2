/**
 * `npm run bench:render`: the render stage's figures (issue 6).
 *   - warm milliseconds per document for the one transform (HTML + text + summary from one parse),
 *     for the HTML page alone and for the text edition alone, on the fixtures and the samples' TEI;
 *   - the time to build the site's index pages (map, search index, six pages, assets) for 1,000
 *     documents, from summaries of the sample documents repeated with other ids and dates.
 *
 *   BENCH_RUNS=20 BENCH_SITE_DOCS=1000 npm run bench:render
 * CPU time of this process is reported beside wall time: on a shared machine it is the steadier.
 *
 * To compare stylesheets on a busy machine, keep the SEF of another revision and pass it:
 *   BENCH_COMPARE_SEF=/tmp/before.sef.json npm run bench:render
 * Both are then run in this process, in rounds of random order, so that other load falls on both
 * alike; each round gives the mean per document, and the median round is reported.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { SaxonJS } from '../src/render/saxon.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureDocuments, sampleDocuments, type BenchDocument } from './bench-documents.js';
import { createRenderer, type DocumentSummary, type RenderOutput } from '../src/render/index.js';
import { sefPath, XSLT_DIR } from '../src/render/compile.js';
import { buildSite } from '../src/site/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const SITE_DOCS = Number(process.env.BENCH_SITE_DOCS ?? 1000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The TEI to render: the hand-written fixtures and the samples converted by the pipeline. */
async function corpus(): Promise<BenchDocument[]> {
  const documents = fixtureDocuments();
  try {
    documents.push(...(await sampleDocuments()));
  } catch (e) {
    console.warn(`samples not converted (${(e as Error).message}); fixtures only`);
  }
  return documents;
}

const documents = await corpus();
const renderer = await createRenderer();
const kb = documents.reduce((n, d) => n + d.tei.length, 0) / documents.length / 1024;
console.log(`render: ${documents.length} TEI documents, ${kb.toFixed(1)} KB on average, ${RUNS} warm runs each`);

/** Median wall and CPU milliseconds of one render of each document, RUNS times, after a warm-up. */
function measure(docs: { id: string; tei: string }[], outputs: RenderOutput[]): { wall: number; cpu: number } {
  for (const d of docs) renderer.renderDocument(d.tei, { id: d.id, outputs }); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const d of docs) {
      const t = performance.now();
      const c = process.cpuUsage();
      renderer.renderDocument(d.tei, { id: d.id, outputs });
      const used = process.cpuUsage(c);
      wall.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { wall: median(wall), cpu: median(cpu) };
}

// The reference sample's TEI (about 25 KB) is the representative size of issue 8's batch target.
const reference = documents.find((d) => d.id === 'wcda-115180' && !d.fromFixture);
for (const outputs of [['html', 'text', 'summary'], ['html'], ['text']] as RenderOutput[][]) {
  const all = measure(documents, outputs);
  const ref = reference ? measure([reference], outputs) : undefined;
  console.log(`  ${outputs.join(' + ').padEnd(22)} median ${all.wall.toFixed(1)} ms/document wall, ${all.cpu.toFixed(1)} ms CPU` +
    (ref ? `; reference (${(reference!.tei.length / 1024).toFixed(0)} KB) ${ref.wall.toFixed(1)} ms wall, ${ref.cpu.toFixed(1)} ms CPU` : ''));
}

// Interleaved comparison with another revision's compiled stylesheet (see the header).
const compareWith = process.env.BENCH_COMPARE_SEF;
if (compareWith) {
  const sefs = { before: JSON.parse(readFileSync(compareWith, 'utf8')), now: JSON.parse(readFileSync(sefPath(join(XSLT_DIR, 'document.xsl')), 'utf8')) };
  const transform = (sef: unknown, d: { id: string; tei: string }, outputs: RenderOutput[]) =>
    SaxonJS.transform({ stylesheetInternal: sef, sourceText: d.tei, destination: 'serialized', baseOutputURI: 'file:///tei-edition/render/',
      stylesheetParams: { id: d.id, outputs }, deliverResultDocument: () => ({ destination: 'serialized', save: () => undefined }) }, 'sync');
  console.log(`compare: ${compareWith} (before) with build/xslt/document.sef.json (now)`);
  for (const [name, docs, rounds] of [['reference', reference ? [reference] : [], RUNS * 4], ['corpus', documents, RUNS]] as const) {
    for (const outputs of [['html', 'text', 'summary'], ['html'], ['text']] as RenderOutput[][]) {
      const figures = { before: { wall: [] as number[], cpu: [] as number[] }, now: { wall: [] as number[], cpu: [] as number[] } };
      for (const which of ['before', 'now'] as const) for (const d of docs) transform(sefs[which], d, outputs); // warm up
      for (let round = 0; round < rounds; round++) {
        for (const which of Math.random() < 0.5 ? (['before', 'now'] as const) : (['now', 'before'] as const)) {
          const t = performance.now();
          const c = process.cpuUsage();
          for (const d of docs) transform(sefs[which], d, outputs);
          const used = process.cpuUsage(c);
          figures[which].wall.push((performance.now() - t) / docs.length);
          figures[which].cpu.push((used.user + used.system) / 1000 / docs.length);
        }
      }
      const show = (f: { wall: number[]; cpu: number[] }) => `${median(f.wall).toFixed(1)} ms wall, ${median(f.cpu).toFixed(1)} ms CPU`;
      console.log(`  ${name.padEnd(9)} ${outputs.join(' + ').padEnd(22)} before ${show(figures.before)}; now ${show(figures.now)}`);
    }
  }
}

// Site indexes for SITE_DOCS documents: the samples' summaries, repeated with other ids and years.
const summaries: DocumentSummary[] = documents.map((d) => renderer.renderDocument(d.tei, { id: d.id }).summary);
const many: DocumentSummary[] = Array.from({ length: SITE_DOCS }, (_, i) => {
  const s = summaries[i % summaries.length]!;
  const year = 1945 + (i % 45);
  return { ...s, id: `${s.id}-${i}`, date: `${year}${(s.date ?? '').slice(4)}`, dateText: String(year) };
});
const out = mkdtempSync(join(tmpdir(), 'tei-edition-bench-site-'));
const t = performance.now();
const c = process.cpuUsage();
const site = await buildSite({ outDir: out, summaries: many });
const used = process.cpuUsage(c);
console.log(`site: ${SITE_DOCS} documents' index pages in ${(performance.now() - t).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU ` +
  `(map ${site.timings.map.toFixed(0)}, search index ${site.timings.search.toFixed(0)}, pages ${site.timings.pages.toFixed(0)}, write ${site.timings.write.toFixed(0)} ms)`);
rmSync(out, { recursive: true, force: true });
