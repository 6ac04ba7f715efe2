/**
 * site: the edition's index pages (documents, persons, places, organisations, map, search) from the
 * per-document summaries that the render stage took from the TEI. Each page is rendered by
 * `xslt/site.xsl` in a transform of its own, from only the data it shows (src/site/pages.ts); the
 * map is projected and the search index built here. The site is incremental: a file whose input,
 * stylesheet, tool version and options are unchanged is not made again (src/site/fingerprints.ts),
 * so a build where one document changed re-renders only the pages that show it. Every file is
 * written atomically by our code inside the output folder, with relative links only, so the site
 * works from a folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import SaxonJS from 'saxon-js';
import { writeFileAtomic } from '../build/atomic.js';
import { loadStylesheet } from '../render/renderer.js';
import { compileStylesheets, type DocumentSummary } from '../render/index.js';
import { PACKAGE_ROOT, sefPath, XSLT_DIR } from '../render/compile.js';
import { siteAssets } from './assets.js';
import { fingerprint, readState, writeState } from './fingerprints.js';
import type { MapOptions } from './map.js';
import { siteModel } from './model.js';
import { siteOutputs, type PageLimits, type PageSource, type SiteOutput } from './pages.js';

export { projectMap, placesWithCoordinates } from './map.js';
export { buildSearchIndex, searchIndexScript, SEARCH_OPTIONS } from './search.js';
export { buildSiteFromTei } from './edition.js';
export { DEFAULT_LIMITS, type PageLimits } from './pages.js';

export interface SiteOptions {
  outDir: string;
  summaries: DocumentSummary[];
  editionTitle?: string;
  map?: MapOptions;
  /** When the documents list and the entity indexes split into pages (default DEFAULT_LIMITS). */
  limits?: PageLimits;
}

export interface SiteResult {
  /** Every file of the site, written now or before. */
  files: string[];
  /** The files this build wrote (none when nothing changed). */
  written: string[];
  /** Files of an earlier build that the site no longer has (a year without documents), removed. */
  removed: string[];
  /** Milliseconds spent on each part, for the benchmark. */
  timings: { data: number; map: number; search: number; pages: number; write: number };
}

const TOOL_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
const OUTPUT_BASE = 'file:///tei-edition/site/';

let stylesheet: { hash: string; sef: unknown } | undefined;

/** The compiled site stylesheet's hash (part of every page's fingerprint); compiled when stale. */
function stylesheetHash(): string {
  compileStylesheets({ quiet: true });
  return fingerprint(readFileSync(sefPath(join(XSLT_DIR, 'site.xsl')), 'utf8'));
}

/** One page from its data; the stylesheet must name exactly that file. */
export function renderPage(file: string, source: PageSource, hash: string, editionTitle?: string): string {
  if (stylesheet?.hash !== hash) stylesheet = { hash, sef: loadStylesheet('site') };
  const params: Record<string, string> = { ...source.params };
  if (editionTitle) params['edition-title'] = editionTitle;
  let html: string | undefined;
  SaxonJS.transform(
    {
      stylesheetInternal: stylesheet.sef,
      sourceText: source.xml,
      destination: 'serialized',
      baseOutputURI: OUTPUT_BASE,
      stylesheetParams: params,
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri: unknown, serialized: unknown) => {
          if (String(uri) !== OUTPUT_BASE + file) throw new Error(`site: the stylesheet named an unexpected page "${String(uri)}" for ${file}`);
          html = String(serialized);
        },
      }),
    },
    'sync',
  );
  if (html === undefined) throw new Error(`site: the stylesheet wrote no ${file}`);
  return html;
}

/** Our own CSS and scripts and the MiniSearch browser build, as outputs like the pages. */
function assetOutputs(): SiteOutput[] {
  return Object.entries(siteAssets()).map(([name, source]) => {
    const text = readFileSync(source, 'utf8');
    return { file: `assets/${name}`, input: () => text, make: () => ({ text }) };
  });
}

/** A file named in the state is ours only if it is a plain relative path inside the site. */
const isSitePath = (file: string): boolean => /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(file) && !file.split('/').some((p) => p === '..' || p === '.');

export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const time = () => performance.now();
  const timings = { data: 0, map: 0, search: 0, pages: 0, write: 0 };
  let t = time();
  const model = siteModel(options.summaries);
  const outputs = [...siteOutputs(model, { limits: options.limits, map: options.map }), ...assetOutputs()];
  const hash = stylesheetHash();
  const salt = fingerprint(hash, TOOL_VERSION, JSON.stringify({ editionTitle: options.editionTitle ?? null }));
  const state = readState(options.outDir);
  const next: Record<string, string> = {};
  const stale: { output: SiteOutput; print: string }[] = [];
  for (const output of outputs) {
    const print = fingerprint(salt, output.file, output.input());
    next[output.file] = print;
    if (state.files[output.file] !== print || !existsSync(join(options.outDir, output.file))) stale.push({ output, print });
  }
  const gone = Object.keys(state.files).filter((file) => !(file in next) && isSitePath(file));
  timings.data = time() - t;

  const written: string[] = [];
  const removed: string[] = [];
  if (stale.length > 0 || gone.length > 0) {
    // Forget what is about to change first: a build killed half-way then remakes those files.
    const kept = { ...state.files };
    for (const { output } of stale) delete kept[output.file];
    await writeState(options.outDir, kept);
    const writes: Promise<void>[] = [];
    for (const { output } of stale) {
      t = time();
      const made = output.make();
      const content = 'text' in made ? made.text : renderPage(output.file, made, hash, options.editionTitle);
      const part = output.file === 'map.html' ? 'map' : output.file.startsWith('search-index') ? 'search' : 'pages';
      timings[part] += time() - t;
      const file = join(options.outDir, output.file);
      const write = writeFileAtomic(file, content);
      write.catch(() => undefined); // reported when awaited below, not as an unhandled rejection
      writes.push(write);
      written.push(file);
      // A few writes in flight while the next page renders; not every page held in memory.
      if (writes.length >= 4) await writes.shift();
    }
    t = time();
    await Promise.all(writes);
    for (const name of gone) {
      const file = join(options.outDir, name);
      await fsp.unlink(file).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      removed.push(file);
    }
    await writeState(options.outDir, next);
    timings.write = time() - t;
  }
  return { files: outputs.map((o) => join(options.outDir, o.file)), written, removed, timings };
}
