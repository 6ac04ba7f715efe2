import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { createRenderer } from '../render/index.js';
import { PACKAGE_ROOT } from '../render/compile.js';
import { buildSite, buildSiteFromTei, projectMap } from './index.js';
import type { DocumentSummary } from '../render/index.js';
import { make, type Job } from './render.js';
import { fingerprint } from './fingerprints.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'tei');
let out: string;
let summaries: DocumentSummary[];

const read = (name: string) => readFileSync(join(out, name), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Every internal link and anchor of the site in `dir` resolves, and all are relative. */
function expectLinksResolve(dir: string, atLeast = 200): void {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      if (/^(https?:|data:|mailto:)/i.test(value!)) continue;
      checked++;
      if (/^(\/|[a-z][a-z0-9+.-]*:)/i.test(value!)) { broken.push(`${relative(dir, file)}: ${attr}="${value}" is not relative`); continue; }
      const [path, fragment] = value!.split('#') as [string, string | undefined];
      const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
      if (!existsSync(target)) broken.push(`${relative(dir, file)}: ${value} (no file)`);
      else if (fragment && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${relative(dir, file)}: ${value} (no anchor)`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(atLeast);
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tei-edition-site-'));
  const renderer = await createRenderer({ editionTitle: 'Test Edition' });
  const teiFiles = ['wcda-115180.xml', 'features.xml'].map((f) => join(FIXTURES, f));
  ({ summaries } = await buildSiteFromTei({ teiFiles, outDir: out, renderer, editionTitle: 'Test Edition' }));
});

describe('the built site', () => {
  it('has every page, the assets and the outputs of each document', () => {
    for (const file of ['index.html', 'persons.html', 'places.html', 'organisations.html', 'map.html', 'search.html',
      'search-index.js', 'assets/edition.css', 'assets/edition.js', 'assets/search.js', 'assets/minisearch.js',
      'html/wcda-115180.html', 'text/wcda-115180.txt', 'tei/wcda-115180.xml', 'html/features.html']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('resolves every internal link and anchor, and all of them are relative', () => {
    expectLinksResolve(out);
  });

  it('lists the documents in date order with kind, date, title and summary', () => {
    const index = read('index.html');
    const features = index.indexOf('href="html/features.html"');
    const reference = index.indexOf('href="html/wcda-115180.html"');
    expect(reference).toBeGreaterThan(0);
    expect(features).toBeGreaterThan(reference); // 1961 before 1962
    expect(index).toContain('<span class="kind">Record of conversation</span> · <time datetime="1961-06-03">June 3, 1961</time>');
    expect(index).toContain('<li class="document-entry" data-kind="telegram" data-year="1962">');
    expect(index).toContain('<option value="1961">1961</option>');
    expect(index).toContain('<option value="record-of-conversation">Record of conversation</option>');
    expect(index).toContain('They discuss the internal and economic situations in Cuba');
  });

  it('indexes each entity with its variants, role, authority links and every block where it occurs', () => {
    const persons = read('persons.html');
    const guevara = persons.slice(persons.indexOf('<article class="entity person" id="guevara-ernesto">'));
    expect(guevara).toMatch(/^<article class="entity person" id="guevara-ernesto"><h3>Ernesto Guevara<\/h3><p class="role">Minister of Industry of the Republic of Cuba<\/p><p class="variants">Also: Guevara; Che Guevara<\/p>/);
    expect(guevara.slice(0, guevara.indexOf('</article>'))).toContain('<a href="html/wcda-115180.html#head1">heading</a>, <a href="html/wcda-115180.html#p1">paragraph 1</a>');
    const places = read('places.html');
    expect(places).toContain('<a href="https://www.geonames.org/3546791" rel="external">GeoNames 3546791</a>');
    expect(read('organisations.html')).toContain('id="oas"');
    // persons sort by surname: Castro before Guevara before Kudryavtsev
    expect(persons.indexOf('id="castro-fidel"')).toBeLessThan(persons.indexOf('id="guevara-ernesto"'));
    expect(persons.indexOf('id="guevara-ernesto"')).toBeLessThan(persons.indexOf('id="kudryavtsev-sm"'));
  });

  it('draws the places with coordinates on an SVG map, each point linking to its entry', () => {
    const map = read('map.html');
    expect(map).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 500"');
    const points = [...map.matchAll(/<a href="places.html#([^"]+)" class="place-point">/g)].map((m) => m[1]);
    expect(points.sort()).toEqual(['brazil', 'cuba', 'dominican-republic', 'ecuador', 'mexico', 'moa', 'pla-havana', 'united-states']);
    expect(map).toMatch(/<path class="land" d="M[-\d.,LMZ]+/);
    expect(map).not.toMatch(/https?:\/\/(?!www.w3.org\/2000\/svg)/);
  });

  it('projects points inside the frame', () => {
    const geometry = projectMap(summaries);
    for (const p of geometry.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(geometry.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(geometry.height);
    }
  });

  it('ships a search index as a script that finds a document by a word of its text', () => {
    const sandbox: { window: { teiEditionSearch?: { index: unknown; options: object } } } = { window: {} };
    vm.runInNewContext(read('search-index.js'), sandbox);
    const data = sandbox.window.teiEditionSearch!;
    const index = MiniSearch.loadJS(data.index as never, data.options as never);
    expect(index.search('nickel').map((r) => r.id)).toEqual(['wcda-115180']);
    expect(index.search('zafra').map((r) => r.id)).toEqual(['features']);
    expect(index.search('Krajewski').map((r) => r.id)).toEqual(['features']);
    expect(read('search.html')).toMatch(/<script src="assets\/minisearch.js" defer><\/script><script src="search-index.js" defer><\/script><script src="assets\/search.js" defer><\/script>/);
  });

  it('loads nothing from elsewhere', () => {
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<(script|img|iframe|video|audio|source)[^>]+src="(https?:)?\/\//);
      // links that browsers fetch (rel="schema.DC" names a vocabulary and is never fetched)
      expect(html, file).not.toMatch(/<link rel="(stylesheet|icon|preload|modulepreload|prefetch)"[^>]+href="(https?:)?\/\//);
      expect(html, file).not.toMatch(/@import|@font-face/);
    }
    expect(read('assets/edition.css')).not.toMatch(/url\(|@import|@font-face/);
  });
});

/** Every file of the site in `dir` (outside the state folder), by relative path. */
function siteFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(join(d, e.name));
      else files.set(relative(dir, join(d, e.name)), readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe('incremental site builds', () => {
  const title = 'Test Edition';
  const fresh = () => mkdtempSync(join(tmpdir(), 'tei-edition-site-incr-'));
  const retitled = () => summaries.map((s) => (s.id === 'features' ? { ...s, title: 'Telegram, retitled by the editor' } : s));

  it('writes nothing when no summary changed, and leaves every file as it was', async () => {
    const dir = fresh();
    const first = await buildSite({ outDir: dir, summaries, editionTitle: title });
    expect(first.written.length).toBe(first.files.length);
    const mtimes = first.files.map((f) => statSync(f).mtimeMs);
    const again = await buildSite({ outDir: dir, summaries: [...summaries].reverse(), editionTitle: title });
    expect(again.written).toEqual([]);
    expect(again.files.map((f) => statSync(f).mtimeMs)).toEqual(mtimes);
  });

  it('after one summary changed, rewrites only the pages that show it, byte-identical to a build from scratch', async () => {
    const dir = fresh();
    await buildSite({ outDir: dir, summaries, editionTitle: title });
    const { written } = await buildSite({ outDir: dir, summaries: retitled(), editionTitle: title });
    // The title shows in the documents list, the indexes of the entities the document names (it
    // names no organisation) and the search index; the map and the search page do not show it.
    expect(summaries.find((s) => s.id === 'features')!.entities.some((e) => e.kind === 'org')).toBe(false);
    const names = written.map((f) => relative(dir, f)).sort();
    expect(names).toEqual(['index.html', 'persons.html', 'places.html', 'search-index.js']);
    const scratch = fresh();
    await buildSite({ outDir: scratch, summaries: retitled(), editionTitle: title });
    expect(siteFiles(dir)).toEqual(siteFiles(scratch));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('Telegram, retitled by the editor');
  });

  it('takes the digests the caller keeps of the summaries: a page whose documents have the same digests is not made, nor its data computed', async () => {
    const dir = fresh();
    const digests = new Map(summaries.map((s) => [s.id, `digest of ${s.id}, first version`]));
    await buildSite({ outDir: dir, summaries, editionTitle: title, digests });
    // The same digests for a changed summary: the build believes them, and makes nothing.
    expect((await buildSite({ outDir: dir, summaries: retitled(), editionTitle: title, digests })).written).toEqual([]);
    // Its own digest changed: the pages that show it are made again, as from scratch.
    digests.set('features', 'digest of features, retitled');
    const { written } = await buildSite({ outDir: dir, summaries: retitled(), editionTitle: title, digests });
    expect(written.map((f) => relative(dir, f)).sort()).toEqual(['index.html', 'persons.html', 'places.html', 'search-index.js']);
    const scratch = fresh();
    await buildSite({ outDir: scratch, summaries: retitled(), editionTitle: title });
    expect(siteFiles(dir)).toEqual(siteFiles(scratch));
  });

  it('lets a thread the caller lends make files beside this one, byte-identical, and leaves it open', async () => {
    const made: string[] = [];
    let closed = false;
    const helper = {
      make: async (job: Job) => {
        made.push(job.file);
        // A thread of its own takes its time: this one would meanwhile take the next files.
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { content: make(job), ms: 0 };
      },
      close: async () => void (closed = true),
    };
    const dir = fresh();
    const { written } = await buildSite({ outDir: dir, summaries, editionTitle: title, helper });
    expect(made.length).toBeGreaterThan(0);
    // Few pages: the lent thread, where Saxon-JS is warm, makes every one of them.
    const pages = written.map((f) => relative(dir, f)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    expect(made.filter((f) => f.endsWith('.html')).sort()).toEqual(pages.sort());
    expect(closed).toBe(false);
    const scratch = fresh();
    await buildSite({ outDir: scratch, summaries, editionTitle: title });
    expect(siteFiles(dir)).toEqual(siteFiles(scratch));
  });

  it('makes as many files at once as the lent helper has threads, and leaves it every page when it has several', async () => {
    const made: string[] = [];
    let inFlight = 0;
    let most = 0;
    const helper = {
      threads: 2,
      make: async (job: Job) => {
        made.push(job.file);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        return { content: make(job), ms: 0 };
      },
      close: async () => undefined,
    };
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-site-lanes-'));
    // Split pages, so that there are more of them than a lone helper would be left.
    const limits = { documents: 0, occurrences: 0, search: 1, entity: 1000 };
    const { written } = await buildSite({ outDir: dir, summaries, editionTitle: title, helper, limits });
    const pages = written.map((f) => relative(dir, f)).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(most).toBe(2);
    expect(made.filter((f) => f.endsWith('.html')).sort()).toEqual(pages.sort());
    const scratch = mkdtempSync(join(tmpdir(), 'tei-edition-site-lanes-'));
    await buildSite({ outDir: scratch, summaries, editionTitle: title, limits });
    expect(siteFiles(dir)).toEqual(siteFiles(scratch));
  });

  it('makes every file in this thread when the lent one fails', async () => {
    let asked = 0;
    const helper = {
      make: async (): Promise<{ content: string; ms: number }> => {
        asked++;
        throw new Error('the worker is gone');
      },
      close: async () => undefined,
    };
    const dir = fresh();
    await buildSite({ outDir: dir, summaries, editionTitle: title, helper });
    expect(asked).toBe(1);
    const scratch = fresh();
    await buildSite({ outDir: scratch, summaries, editionTitle: title });
    expect(siteFiles(dir)).toEqual(siteFiles(scratch));
  });

  it('remakes everything when the options change, and a page that went missing', async () => {
    const dir = fresh();
    const first = await buildSite({ outDir: dir, summaries, editionTitle: title });
    const { written } = await buildSite({ outDir: dir, summaries, editionTitle: 'Another Title' });
    expect(written.filter((f) => f.endsWith('.html')).length).toBe(6);
    expect(readFileSync(join(dir, 'map.html'), 'utf8')).toContain('Another Title');
    rmSync(join(dir, 'map.html'));
    expect((await buildSite({ outDir: dir, summaries, editionTitle: 'Another Title' })).written).toEqual([join(dir, 'map.html')]);
    expect(first.files.every((f) => existsSync(f))).toBe(true);
    // --force remakes every file, changed or not
    expect((await buildSite({ outDir: dir, summaries, editionTitle: 'Another Title', force: true })).written.sort()).toEqual([...first.files].sort());
  });
});

describe('a large edition: pages split by year and by initial', () => {
  const limits = { documents: 0, occurrences: 0, search: 1, entity: 1000 };
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tei-edition-site-split-'));
    await buildSite({ outDir: dir, summaries, editionTitle: 'Test Edition', limits });
    for (const folder of ['html', 'tei', 'text']) cpSync(join(out, folder), join(dir, folder), { recursive: true });
  });

  it('lists the years on index.html and each year on a page of its own', () => {
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('<a href="documents-1961.html">1961</a> (1)');
    expect(index).toContain('<a href="documents-1962.html">1962</a> (1)');
    const year = readFileSync(join(dir, 'documents-1961.html'), 'utf8');
    expect(year).toContain('<h1>Documents of 1961</h1>');
    expect(year).toContain('href="html/wcda-115180.html"');
    expect(year).not.toContain('href="html/features.html"');
  });

  it('keeps every entity anchor on persons.html (document pages link there) and its full entry on its initial\'s page', () => {
    const persons = readFileSync(join(dir, 'persons.html'), 'utf8');
    expect(persons).toMatch(/<li class="entry person" id="guevara-ernesto"><a href="persons-g.html#guevara-ernesto">Ernesto Guevara<\/a> — Minister of Industry of the Republic of Cuba \(1 document\)<\/li>/);
    expect(persons).toContain('<nav class="letters" aria-label="Initials"><ul><li><a href="persons-c.html">C</a></li><li><a href="persons-g.html">G</a></li>');
    const g = readFileSync(join(dir, 'persons-g.html'), 'utf8');
    expect(g).toContain('<p class="lead">1 entry. <a href="persons.html">All persons</a>.</p>');
    expect(g).toContain('<article class="entity person" id="guevara-ernesto"><h3>Ernesto Guevara</h3>');
    expect(g).toContain('<a href="html/wcda-115180.html#p1">paragraph 1</a>');
    expect(g).not.toContain('id="castro-fidel"');
  });

  it('shards the search index; the shards together find a document by a word of its text', () => {
    const search = readFileSync(join(dir, 'search.html'), 'utf8');
    expect(search).toContain('<script src="assets/minisearch.js" defer></script><script src="search-index-0.js" defer></script><script src="search-index-1.js" defer></script><script src="assets/search.js" defer></script>');
    const sandbox: { window: { teiEditionSearchShards?: { index: unknown; options: object }[] } } = { window: {} };
    for (const shard of ['search-index-0.js', 'search-index-1.js']) vm.runInNewContext(readFileSync(join(dir, shard), 'utf8'), sandbox);
    const shards = sandbox.window.teiEditionSearchShards!.map((d) => MiniSearch.loadJS(d.index as never, d.options as never));
    expect(shards).toHaveLength(2);
    const find = (word: string) => shards.flatMap((index) => index.search(word).map((r) => r.id));
    expect(find('nickel')).toEqual(['wcda-115180']);
    expect(find('zafra')).toEqual(['features']);
    expect(existsSync(join(dir, 'search-index.js'))).toBe(false);
  });

  it('resolves every link, from the document pages to the split indexes and back', () => {
    expectLinksResolve(dir);
  });

  it('removes the page of a year that no longer has documents', async () => {
    const { removed } = await buildSite({ outDir: dir, summaries: summaries.filter((s) => s.id !== 'features'), editionTitle: 'Test Edition', limits });
    expect(removed).toContain(join(dir, 'documents-1962.html'));
    expect(existsSync(join(dir, 'documents-1962.html'))).toBe(false);
    expect(existsSync(join(dir, 'documents-1961.html'))).toBe(true);
  });
});

describe('an entity named in many documents', () => {
  it('lists its documents on a page per decade, linked from its entry, and every link resolves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-site-years-'));
    await buildSite({ outDir: dir, summaries, editionTitle: 'Test Edition', limits: { documents: 1000, occurrences: 1000, search: 1000, entity: 0 } });
    for (const folder of ['html', 'tei', 'text']) cpSync(join(out, folder), join(dir, folder), { recursive: true });
    const persons = readFileSync(join(dir, 'persons.html'), 'utf8');
    const guevara = persons.slice(persons.indexOf('<article class="entity person" id="guevara-ernesto">'));
    expect(guevara.slice(0, guevara.indexOf('</article>'))).toContain('<p class="by-decade">1 document, by decade:');
    expect(guevara.slice(0, guevara.indexOf('</article>'))).toContain('<a href="persons/guevara-ernesto/1960s.html">1960s</a> (1)');
    const year = readFileSync(join(dir, 'persons/guevara-ernesto/1960s.html'), 'utf8');
    expect(year).toContain('<h1>Ernesto Guevara: 1960s</h1>');
    expect(year).toContain('Documents of the 1960s that name Ernesto Guevara: 1 of 1. <a href="../../persons.html#guevara-ernesto">All decades</a>');
    expect(year).toContain('<a href="../../html/wcda-115180.html#p1">paragraph 1</a>');
    expect(year).toContain('<link rel="stylesheet" href="../../assets/edition.css">');
    expectLinksResolve(dir);
  });
});

describe("the site's store: a rebuild reads only the summaries that changed", () => {
  const title = 'Test Edition';
  // Split pages and small shards, as in a large edition; an entity's decade pages too.
  const limits = { documents: 0, occurrences: 0, search: 3, entity: 4 };
  /** Twenty documents from the two fixtures, each its own id, title, date and search text. */
  const corpus = (): DocumentSummary[] =>
    Array.from({ length: 20 }, (_, i) => {
      const s = summaries[i % 2]!;
      const year = 1941 + i * 2;
      return { ...s, id: `doc-${i}`, title: `${s.title} (${i})`, date: `${year}${(s.date ?? '-01-01').slice(4)}`, text: `${String(s['text'] ?? '')} word${i}` };
    });
  /** The documents as the build gives them, with every summary read counted. */
  const refsOf = (list: DocumentSummary[], reads: string[]) =>
    list.map((s) => ({ id: s.id, digest: fingerprint(JSON.stringify(s)), read: () => (reads.push(s.id), structuredClone(s)) }));
  const fromScratch = async (list: DocumentSummary[]) => {
    const scratch = mkdtempSync(join(tmpdir(), 'tei-edition-site-scratch-'));
    await buildSite({ outDir: scratch, summaries: list, editionTitle: title, limits });
    return siteFiles(scratch);
  };
  const change = (list: DocumentSummary[], id: string, edit: (s: DocumentSummary) => DocumentSummary) => list.map((s) => (s.id === id ? edit(s) : s));

  it('after a change to the search text alone, remakes one shard, reads only that shard, and writes no page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-site-store-'));
    const list = corpus();
    await buildSite({ outDir: dir, documents: refsOf(list, []), editionTitle: title, limits });
    const reads: string[] = [];
    const edited = change(list, 'doc-7', (s) => ({ ...s, text: `${String(s['text'])} and a sentence added` }));
    const { written } = await buildSite({ outDir: dir, documents: refsOf(edited, reads), editionTitle: title, limits });
    expect(written.map((f) => relative(dir, f))).toEqual([expect.stringMatching(/^search-index-\d+\.js$/)]);
    // The changed document, to see that only its text changed, then the documents of its shard.
    expect(reads[0]).toBe('doc-7');
    expect(new Set(reads).size).toBeLessThanOrEqual(limits.search + 2);
    expect(siteFiles(dir)).toEqual(await fromScratch(edited));
  });

  it('after a retitled document, a document naming one more place, a name seen again, one document removed and one added, is byte-identical to a site made from scratch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-site-store-'));
    let list = corpus();
    await buildSite({ outDir: dir, documents: refsOf(list, []), editionTitle: title, limits });
    const place = list[1]!.entities.find((e) => e.kind === 'place')!;
    const steps: [string, (l: DocumentSummary[]) => DocumentSummary[]][] = [
      ['retitled', (l) => change(l, 'doc-4', (s) => ({ ...s, title: 'A title the editor corrected' }))],
      ['one more place', (l) => change(l, 'doc-6', (s) => ({ ...s, entities: [...s.entities, { ...place, seen: ['Sandy Hook'], occurrences: [{ block: 'p1', label: 'paragraph 1' }] }] }))],
      // The same rows, one of them showing more: another form of a name, another paragraph.
      ['seen again', (l) => change(l, 'doc-2', (s) => ({ ...s, entities: s.entities.map((e, i) => (i === 0 ? { ...e, seen: [...((e['seen'] as string[]) ?? []), 'Another Form'], occurrences: [...((e['occurrences'] as object[]) ?? []), { block: 'p2', label: 'paragraph 2' }] } : e)) }))],
      ['removed', (l) => l.filter((s) => s.id !== 'doc-9')],
      ['added', (l) => [...l, { ...l[0]!, id: 'doc-new', title: 'A document added', date: '1999-12-31' }]],
    ];
    for (const [what, step] of steps) {
      list = step(list);
      const reads: string[] = [];
      await buildSite({ outDir: dir, documents: refsOf(list, reads), editionTitle: title, limits });
      expect(siteFiles(dir), what).toEqual(await fromScratch(list));
      // The documents that changed, and those of the search shards made again: not the edition.
      expect(new Set(reads).size, what).toBeLessThan(list.length / 2);
    }
  });

  it('is a cache: a store that cannot be read is made again from the summaries, and the site is the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-site-store-'));
    const list = corpus();
    await buildSite({ outDir: dir, documents: refsOf(list, []), editionTitle: title, limits });
    const store = join(dir, '.tei-edition', 'site-documents.json');
    expect(existsSync(store)).toBe(true);
    writeFileSync(store, '{"format": 1, "entities": [');
    const edited = change(list, 'doc-3', (s) => ({ ...s, title: 'Retitled once the store was lost' }));
    const reads: string[] = [];
    await buildSite({ outDir: dir, documents: refsOf(edited, reads), editionTitle: title, limits });
    expect(new Set(reads).size).toBe(list.length);
    expect(siteFiles(dir)).toEqual(await fromScratch(edited));
    expect(() => JSON.parse(readFileSync(store, 'utf8'))).not.toThrow();
  });
});
