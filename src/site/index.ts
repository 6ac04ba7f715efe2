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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../build/atomic.js';
import { compileStylesheets, type DocumentSummary } from '../render/index.js';
import { sefPath, XSLT_DIR } from '../render/compile.js';
import { TOOL_VERSION } from '../edition.js';
import { siteAssets } from './assets.js';
import { SourcePrints, fingerprint, readState, writeState } from './fingerprints.js';
import type { MapOptions } from './map.js';
import { siteModel } from './model.js';
import { siteOutputs, type PageLimits, type SiteOutput } from './pages.js';
import { startHelper, type Helper } from './helper.js';
import { make, type Job } from './render.js';

export { projectMap, placesWithCoordinates } from './map.js';
export { buildSearchIndex, searchIndexScript, SEARCH_OPTIONS } from './search.js';
export { buildSiteFromTei } from './edition.js';
export { DEFAULT_LIMITS, type PageLimits } from './pages.js';
export { renderPage } from './render.js';

export interface SiteOptions {
  outDir: string;
  summaries: DocumentSummary[];
  editionTitle?: string;
  map?: MapOptions;
  /** When the documents list and the entity indexes split into pages (default DEFAULT_LIMITS). */
  limits?: PageLimits;
  /** Make every file again, whatever was made before (`build --force`). */
  force?: boolean;
  /**
   * A digest of each summary, by document id, if the caller keeps one (the build's manifest does);
   * a summary without one is hashed here.
   */
  digests?: Map<string, string>;
  /**
   * A thread the caller already has running that makes files (the build's worker, after a small
   * rebuild: warm, where a new helper would first load Saxon-JS). Not closed here.
   */
  helper?: Helper;
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

/**
 * The compiled site stylesheet's hash (part of every page's fingerprint); compiled when stale.
 * Its compile time and checksum are left out: compiling the same stylesheets again (as any change
 * to any stylesheet does) must not remake the site.
 */
function stylesheetHash(): string {
  compileStylesheets({ quiet: true });
  const sef = readFileSync(sefPath(join(XSLT_DIR, 'site.xsl')), 'utf8');
  return fingerprint(sef.replace(/"buildDateTime":"[^"]*",?/, '').replace(/,?"\u03a3":"[0-9a-f]*"/, ''));
}

/** This stage's own code (what builds the pages' data): a change to it remakes the site, version or not. */
function codeHash(): string {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(dir).filter((f) => /\.(js|ts)$/.test(f) && !/\.(test|d)\.ts$/.test(f)).sort();
  return fingerprint(...files.map((f) => readFileSync(join(dir, f), 'utf8')));
}

/** Below this many files to make, the helper thread costs more to start than it saves. */
const HELPER_FROM = 8;

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
  const salt = fingerprint(hash, codeHash(), TOOL_VERSION, JSON.stringify({ editionTitle: options.editionTitle ?? null, limits: options.limits ?? null, map: options.map ?? null }));
  const state = readState(options.outDir);
  const digests = new Map(options.digests);
  for (const s of options.summaries) if (!digests.has(s.id)) digests.set(s.id, fingerprint(JSON.stringify(s)));
  const prints = new SourcePrints(digests);
  const next: Record<string, string> = {};
  const sources: Record<string, string> = {};
  const stale: { output: SiteOutput; print: string }[] = [];
  for (const output of outputs) {
    // A page whose documents' summaries are those it was made from has the same input: its data
    // is not built again just to be hashed.
    let print: string | undefined;
    if (output.documents) {
      const from = prints.print(salt, output.file, output.documents);
      sources[output.file] = from;
      if (state.sources?.[output.file] === from) print = state.files[output.file];
    }
    print ??= fingerprint(salt, output.file, output.input());
    next[output.file] = print;
    if (options.force || state.files[output.file] !== print || !existsSync(join(options.outDir, output.file))) stale.push({ output, print });
  }
  const gone = Object.keys(state.files).filter((file) => !(file in next) && isSitePath(file));
  timings.data = time() - t;

  const written: string[] = [];
  const removed: string[] = [];
  if (stale.length > 0 || gone.length > 0) {
    // Forget what is about to change first: a build killed half-way then remakes those files.
    const kept = { ...state.files };
    for (const { output } of stale) delete kept[output.file];
    const keptSources = { ...state.sources };
    for (const { output } of stale) delete keptSources[output.file];
    await writeState(options.outDir, kept, keptSources);
    const writes: Promise<void>[] = [];
    const write = async (output: SiteOutput, content: string, ms: number) => {
      const part = output.file === 'map.html' ? 'map' : output.file.startsWith('search-index') ? 'search' : 'pages';
      timings[part] += ms;
      const promise = writeFileAtomic(join(options.outDir, output.file), content);
      promise.catch(() => undefined); // reported when awaited, not as an unhandled rejection
      writes.push(promise);
      // A few writes in flight while the next file is made; not every page held in memory.
      if (writes.length >= 4) await writes.shift();
    };
    const jobOf = (output: SiteOutput): Job => ({ file: output.file, made: output.make(), hash, editionTitle: options.editionTitle });
    const lent = options.helper;
    const helper = lent ?? (stale.length >= HELPER_FROM ? startHelper() : undefined);
    // Two lanes take the next file in turn: this thread, and for a large rebuild a helper thread.
    let nextJob = 0;
    const here = async () => {
      while (nextJob < stale.length) {
        const { output } = stale[nextJob++]!;
        const start = time();
        const content = make(jobOf(output));
        await write(output, content, time() - start);
        // Let the helper's finished files in between.
        if (helper) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const there = async () => {
      if (!helper) return;
      try {
        while (nextJob < stale.length) {
          const { output } = stale[nextJob++]!;
          let made: { content: string; ms: number };
          try {
            made = await helper.make(jobOf(output));
          } catch {
            // A helper that fails (a stale compiled worker) leaves its file, and the rest, to this thread.
            const start = time();
            made = { content: make(jobOf(output)), ms: 0 };
            made.ms = time() - start;
            await write(output, made.content, made.ms);
            return;
          }
          await write(output, made.content, made.ms);
        }
      } finally {
        if (!lent) await helper.close();
      }
    };
    const lanes = await Promise.allSettled([here(), there()]);
    for (const lane of lanes) if (lane.status === 'rejected') throw lane.reason;
    written.push(...stale.map(({ output }) => join(options.outDir, output.file)));
    t = time();
    await Promise.all(writes);
    for (const name of gone) {
      const file = join(options.outDir, name);
      await fsp.unlink(file).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      removed.push(file);
    }
    await writeState(options.outDir, next, sources);
    timings.write = time() - t;
  } else if (Object.keys(sources).some((file) => state.sources?.[file] !== sources[file])) {
    // Nothing to make, but what the pages are made from was not known yet (a site of an earlier version).
    await writeState(options.outDir, next, sources);
  }
  return { files: outputs.map((o) => join(options.outDir, o.file)), written, removed, timings };
}
