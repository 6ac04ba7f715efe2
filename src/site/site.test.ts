import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { createRenderer } from '../render/index.js';
import { PACKAGE_ROOT } from '../render/compile.js';
import { buildSiteFromTei, projectMap } from './index.js';
import type { DocumentSummary } from '../render/index.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'tei');
let out: string;
let summaries: DocumentSummary[];

const read = (name: string) => readFileSync(join(out, name), 'utf8');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tei-edition-site-'));
  const renderer = await createRenderer({ editionTitle: 'Test Edition' });
  const teiFiles = ['wcda-115180.xml', 'features.xml'].map((f) => join(FIXTURES, f));
  ({ summaries } = buildSiteFromTei({ teiFiles, outDir: out, renderer, editionTitle: 'Test Edition' }));
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
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (/^(https?:|data:|mailto:)/i.test(value!)) continue;
        checked++;
        if (/^(\/|[a-z][a-z0-9+.-]*:)/i.test(value!)) { broken.push(`${relative(out, file)}: ${attr}="${value}" is not relative`); continue; }
        const [path, fragment] = value!.split('#') as [string, string | undefined];
        const target = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
        if (!existsSync(target)) broken.push(`${relative(out, file)}: ${value} (no file)`);
        else if (fragment && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${relative(out, file)}: ${value} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
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
