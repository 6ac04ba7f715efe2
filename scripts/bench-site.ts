/**
 * `npm run bench:site`: the site stage (index pages, map, search index) at scale (issue 8).
 * For 1,000 and 10,000 synthetic summaries, each size in a process of its own so that peak memory
 * is the site's: a cold build into an empty folder, a rerun with nothing changed, a rerun after one
 * document's summary changed (its title and summary), and a check that the incremental result is
 * byte-identical to a build from scratch of the changed summaries.
 *
 *   BENCH_SITE_SIZES=1000,10000 npm run bench:site
 *
 * (`npm run build` first: the helper thread runs the compiled stage, build/src/site/.)
 *
 * Wall time and CPU time are both printed: on a shared machine the CPU time is the steadier.
 * The summaries come from the fixtures' and samples' real TEI (rendered once), copied with other
 * ids, dates, titles and summaries, and with persons, places and organisations of their own drawn
 * from pools that grow with the corpus (a real archive names thousands of people, a few of them in
 * most documents).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureDocuments, sampleDocuments } from './bench-documents.js';
import { createRenderer, type DocumentSummary } from '../src/render/index.js';
import { buildSite } from '../src/site/index.js';
import { random } from './synthetic-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');

/** The real summaries: the fixtures' TEI and the samples converted by the pipeline. */
export async function realSummaries(): Promise<DocumentSummary[]> {
  const documents = fixtureDocuments();
  try {
    documents.push(...(await sampleDocuments()));
    const renderer = await createRenderer();
    return documents.map((d) => renderer.renderDocument(d.tei, { id: d.id }).summary);
  } catch (e) {
    // The stylesheets being edited: the summaries the last build of the samples kept will do.
    const kept = join(ROOT, 'dist', '.tei-edition', 'summaries');
    if (!existsSync(kept)) throw e;
    console.warn(`samples not rendered (${(e as Error).message.split('\n')[0]}); using the summaries in dist/`);
    return readdirSync(kept).filter((f) => f.endsWith('.json')).sort()
      .map((f) => ({ ...(JSON.parse(readFileSync(join(kept, f), 'utf8')) as DocumentSummary), id: f.slice(0, -5) }));
  }
}

const FIRST = ['Anna', 'Boris', 'Carlos', 'Dolores', 'Emil', 'Fidel', 'Galina', 'Hector', 'Irina', 'José', 'Klara', 'Lev', 'María', 'Nikolai', 'Olga', 'Pavel'];
const LAST = ['Abramov', 'Betancourt', 'Cienfuegos', 'Dorticós', 'Escalante', 'Fomin', 'García', 'Herrera', 'Ivanov', 'Jiménez', 'Kozlov', 'López', 'Mikoyan', 'Novikov', 'Ortega', 'Pérez', 'Quintero', 'Roa', 'Sokolov', 'Torres', 'Ulyanov', 'Valdés', 'Wójcik', 'Yakovlev', 'Zorin'];

/** `count` summaries from the real ones: ids, dates, titles, summaries and extra names varied. */
export function syntheticSummaries(real: DocumentSummary[], count: number, seed = 1): DocumentSummary[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const persons = Math.max(50, Math.floor(count / 4));
  const places = Math.max(10, Math.floor(count / 20));
  const orgs = Math.max(10, Math.floor(count / 50));
  // A few of a pool are named very often, most rarely (a long tail).
  const skewed = (n: number) => Math.floor(n * rnd() ** 3);
  return Array.from({ length: count }, (_, i) => {
    const s = real[i % real.length]!;
    const year = 1945 + Math.floor(rnd() * 46);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const extra: DocumentSummary['entities'] = [];
    for (let k = 0; k < 3; k++) {
      const n = skewed(persons);
      // First name, a middle initial and a surname: 10,400 different names, spread over the surnames' initials.
      const middle = String.fromCharCode(65 + (Math.floor(n / (FIRST.length * LAST.length)) % 26));
      extra.push({ id: `synthetic-person-${n}`, kind: 'person', name: `${FIRST[n % FIRST.length]} ${middle}. ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`,
        role: `Official no. ${n}`, occurrences: [{ block: 'p1', label: 'paragraph 1' }] });
    }
    const place = skewed(places);
    extra.push({ id: `synthetic-place-${place}`, kind: 'place', name: `${LAST[place % LAST.length]}sk ${place}`, geo: place % 3 === 0 ? [10 + (place % 50), -80 + (place % 90)] : undefined,
      occurrences: [{ block: 'p1', label: 'paragraph 1' }] });
    const org = skewed(orgs);
    extra.push({ id: `synthetic-org-${org}`, kind: 'org', name: `${LAST[org % LAST.length]} Commission ${org}`, occurrences: [{ block: 'p1', label: 'paragraph 1' }] });
    return {
      ...s,
      id: `${s.id}-${i}`,
      date: `${year}-${month}-${day}`,
      dateText: `${pick(['January', 'March', 'May', 'July', 'September', 'November'])} ${Number(day)}, ${year}`,
      title: `${s.title} (${i})`,
      summary: `${s.summary ?? ''} Copy ${i}, ${pick(FIRST)} ${pick(LAST)}.`,
      entities: [...s.entities, ...extra],
    };
  });
}

/** Every file under `dir` (relative) with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function measure(count: number): Promise<Record<string, unknown>> {
  const real = await realSummaries();
  const summaries = syntheticSummaries(real, count);
  const before = rssMB();
  const out = mkdtempSync(join(tmpdir(), 'tei-edition-bench-site-'));
  const timed = async (list: DocumentSummary[], dir = out) => {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await buildSite({ outDir: dir, summaries: list });
    const cpu = process.cpuUsage(c);
    return { ms: Math.round(performance.now() - t), cpu: Math.round((cpu.user + cpu.system) / 1000), written: r.written.length, files: r.files.length, timings: r.timings };
  };
  const cold = await timed(summaries);
  const peakCold = rssMB();
  const unchanged = await timed(summaries);
  const changed = [...summaries];
  const k = Math.floor(count / 2);
  changed[k] = { ...changed[k]!, title: `${changed[k]!.title} (corrected)`, summary: `${changed[k]!.summary} Corrected.` };
  const one = await timed(changed);
  const textOnly = [...changed];
  textOnly[k + 1] = { ...textOnly[k + 1]!, text: `${String(textOnly[k + 1]!['text'] ?? '')} corrected` };
  const oneText = await timed(textOnly);
  const fresh = mkdtempSync(join(tmpdir(), 'tei-edition-bench-site-fresh-'));
  await timed(textOnly, fresh);
  const a = snapshot(out);
  const b = snapshot(fresh);
  const identical = a.size === b.size && [...a].every(([name, bytes]) => b.get(name)?.equals(bytes));
  const bytes = [...a.values()].reduce((n, x) => n + x.length, 0);
  const largest = [...a].sort((x, y) => y[1].length - x[1].length)[0]!;
  rmSync(out, { recursive: true, force: true });
  rmSync(fresh, { recursive: true, force: true });
  return { count, cold, unchanged, one, oneText, identical, rssBeforeMB: before, peakColdMB: peakCold, peakMB: rssMB(), siteMB: mb(bytes), largest: `${largest[0]} ${mb(largest[1].length)} MB` };
}

const child = process.argv.indexOf('--docs');
const main = process.argv[1] === fileURLToPath(import.meta.url);
if (!main) {
  // imported for syntheticSummaries
} else if (child > 0) {
  console.log(JSON.stringify(await measure(Number(process.argv[child + 1]))));
} else {
  const sizes = (process.env.BENCH_SITE_SIZES ?? '1000,10000').split(',').map(Number);
  console.log(`site stage, synthetic summaries; ${new Date().toISOString()}, node ${process.version}`);
  for (const count of sizes) {
    const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--docs', String(count)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
    const r = JSON.parse(output.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof measure>> & Record<string, any>;
    const t = (x: { ms: number; cpu: number; written: number; timings: Record<string, number> }) =>
      `${(x.ms / 1000).toFixed(2)} s (${(x.cpu / 1000).toFixed(2)} s CPU), ${x.written} files written (${Object.entries(x.timings).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')} ms)`;
    console.log(`${count} documents: ${r.cold.files} files, ${r.siteMB} MB (largest ${r.largest})`);
    console.log(`  cold:                 ${t(r.cold)}; peak RSS ${r.peakColdMB} MB (${r.rssBeforeMB} MB before the site stage)`);
    console.log(`  unchanged rerun:      ${t(r.unchanged)}`);
    console.log(`  one title changed:    ${t(r.one)}`);
    console.log(`  one text changed:     ${t(r.oneText)}`);
    console.log(`  incremental = from scratch: ${r.identical ? 'yes, byte-identical' : 'NO: the files differ'}`);
  }
}

