/**
 * site: the edition's index pages (documents, persons, places, organisations, map, search) from the
 * per-document summaries that the render stage took from the TEI. Pages are rendered by
 * `xslt/site.xsl`; the map is projected and the search index built here; every file is written by
 * our code inside the output folder, with relative links only, so the site works from a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import SaxonJS from 'saxon-js';
import { loadStylesheet } from '../render/renderer.js';
import type { DocumentSummary } from '../render/index.js';
import { copyAssets } from './assets.js';
import { projectMap, type MapGeometry, type MapOptions } from './map.js';
import { siteDataXml } from './data.js';
import { searchIndexScript } from './search.js';

export { projectMap, placesWithCoordinates } from './map.js';
export { buildSearchIndex, searchIndexScript, SEARCH_OPTIONS } from './search.js';
export { buildSiteFromTei } from './edition.js';

/** The pages `xslt/site.xsl` writes; anything else it might name is refused. */
export const SITE_PAGES = ['index.html', 'persons.html', 'places.html', 'organisations.html', 'map.html', 'search.html'] as const;

export interface SiteOptions {
  outDir: string;
  summaries: DocumentSummary[];
  editionTitle?: string;
  map?: MapOptions;
}

export interface SiteResult {
  files: string[];
  /** Milliseconds spent on each part, for the benchmark. */
  timings: { map: number; search: number; pages: number; write: number };
}

let siteStylesheet: unknown;

/** The index pages as strings, by file name (nothing written). */
export function renderSitePages(summaries: DocumentSummary[], map: MapGeometry, editionTitle?: string): Record<string, string> {
  siteStylesheet ??= loadStylesheet('site');
  const pages: Record<string, string> = {};
  const params: Record<string, string> = { 'map-land': map.land, 'map-graticule': map.graticule };
  if (editionTitle) params['edition-title'] = editionTitle;
  SaxonJS.transform(
    {
      stylesheetInternal: siteStylesheet,
      initialTemplate: 'site',
      sourceText: siteDataXml(summaries, map),
      destination: 'serialized',
      baseOutputURI: 'file:///tei-edition/site/',
      stylesheetParams: params,
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri: unknown, serialized: unknown) => {
          const name = String(uri).slice(String(uri).lastIndexOf('/') + 1);
          if (!(SITE_PAGES as readonly string[]).includes(name)) throw new Error(`site: the stylesheet named an unexpected page "${name}"`);
          pages[name] = String(serialized);
        },
      }),
    },
    'sync',
  );
  return pages;
}

export function buildSite(options: SiteOptions): SiteResult {
  const time = () => performance.now();
  let t = time();
  const map = projectMap(options.summaries, options.map);
  const timings = { map: time() - t, search: 0, pages: 0, write: 0 };
  t = time();
  const searchIndex = searchIndexScript(options.summaries);
  timings.search = time() - t;
  t = time();
  const pages = renderSitePages(options.summaries, map, options.editionTitle);
  timings.pages = time() - t;
  t = time();
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  for (const [name, html] of Object.entries(pages)) {
    const file = join(options.outDir, name);
    writeFileSync(file, html);
    files.push(file);
  }
  const indexFile = join(options.outDir, 'search-index.js');
  writeFileSync(indexFile, searchIndex);
  files.push(indexFile, ...copyAssets(options.outDir));
  timings.write = time() - t;
  return { files, timings };
}
