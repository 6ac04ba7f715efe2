/**
 * site: the edition's index pages (documents, persons, places, organisations, map, search) from the
 * per-document summaries that the render stage took from the TEI. Each page is rendered by
 * `xslt/site.xsl` in a transform of its own, from only the data it shows (src/site/pages.ts); the
 * map is projected and the search index built here. The site is incremental: a file whose input,
 * stylesheet, tool version and options are unchanged is not made again (src/site/fingerprints.ts),
 * so a build where one document changed re-renders only the pages that show it. What the pages
 * need of each document is kept between builds (src/site/store.ts), so that a rebuild reads only
 * the summaries that changed; and when no document changed in what the pages show (an edit to the
 * words of a transcription), only the search shards are looked at. Every file is written
 * atomically by our code inside the output folder, with relative links only, so the site works
 * from a folder.
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
import { SourcePrints, fingerprint, readState, siteDigestOf, writeState, type RecordedDocument, type SiteState } from './fingerprints.js';
import type { MapOptions } from './map.js';
import { modelOf } from './model.js';
import { SiteStore, type DocumentRef } from './store.js';
import { DEFAULT_LIMITS, searchOutputs, siteOutputs, type PageLimits, type SiteOutput } from './pages.js';
import { startHelper, type Helper } from './helper.js';
import { make, type Job } from './render.js';

export { projectMap, placesWithCoordinates } from './map.js';
export { buildSearchIndex, searchIndexScript, SEARCH_OPTIONS } from './search.js';
export { buildSiteFromTei } from './edition.js';
export { DEFAULT_LIMITS, type PageLimits } from './pages.js';
export { renderPage } from './render.js';
export type { DocumentRef } from './store.js';

export interface SiteOptions {
  outDir: string;
  /** The documents' summaries; or, instead, `documents`. */
  summaries?: DocumentSummary[];
  /**
   * The documents as the build knows them (id, summary hash, how to read the summary): what the
   * site needs of them is taken from its store (src/site/store.ts) and only the summaries that
   * changed are read.
   */
  documents?: DocumentRef[];
  editionTitle?: string;
  map?: MapOptions;
  /** When the documents list and the entity indexes split into pages (default DEFAULT_LIMITS). */
  limits?: PageLimits;
  /** Make every file again, whatever was made before (`build --force`). */
  force?: boolean;
  /**
   * With `summaries`: a digest of each summary, by document id, if the caller keeps one; a summary
   * without one is hashed here.
   */
  digests?: Map<string, string>;
  /**
   * A thread the caller already has running that makes files (the build's worker, after a small
   * rebuild: warm, where a new helper would first load Saxon-JS). Not closed here.
   */
  helper?: Helper;
}

export interface SiteResult {
  /** Every file of the site, written now or before, in order. */
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

/** A page, made by the site stylesheet in Saxon-JS (the other files are search shards and assets). */
const isPage = (output: SiteOutput) => output.file.endsWith('.html');

/** Our own CSS and scripts and the MiniSearch browser build, as outputs like the pages. */
function assetOutputs(): SiteOutput[] {
  return Object.entries(siteAssets()).map(([name, source]) => {
    const text = readFileSync(source, 'utf8');
    return { file: `assets/${name}`, input: () => text, make: () => ({ text }) };
  });
}

/** A file named in the state is ours only if it is a plain relative path inside the site. */
const isSitePath = (file: string): boolean => /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(file) && !file.split('/').some((p) => p === '..' || p === '.');

/**
 * When no document changed in what the pages show (its summary but the search text: the edits of a
 * transcription that change its words only), the site's model is the last build's: then only the
 * search shards, and our assets, are looked at, and neither the store nor the model is made. The
 * documents, in the model's order, as the state records them; undefined when the model may differ.
 */
function sameModel(refs: DocumentRef[], state: SiteState, salt: string, outDir: string): { documents: RecordedDocument[]; read: Map<string, DocumentSummary> } | undefined {
  if (state.salt !== salt || !state.documents || state.documents.length !== refs.length) return undefined;
  const recorded = new Map(state.documents.map((d) => [d[0], d]));
  const read = new Map<string, DocumentSummary>();
  const digests = new Map<string, string>();
  for (const ref of refs) {
    const known = recorded.get(ref.id);
    if (!known) return undefined;
    if (known[1] === ref.digest) continue;
    const summary = ref.read();
    if (!summary || siteDigestOf(summary) !== known[2]) return undefined;
    read.set(ref.id, summary);
    digests.set(ref.id, ref.digest);
  }
  // A file that went missing is made again, by the whole stage.
  if (Object.keys(state.files).some((file) => !existsSync(join(outDir, file)))) return undefined;
  return { documents: state.documents.map(([id, digest, site]) => [id, digests.get(id) ?? digest, site]), read };
}

export async function buildSite(options: SiteOptions): Promise<SiteResult> {
  const time = () => performance.now();
  const timings = { data: 0, map: 0, search: 0, pages: 0, write: 0 };
  let t = time();
  const refs: DocumentRef[] =
    options.documents ??
    (options.summaries ?? []).map((s) => ({ id: s.id, digest: options.digests?.get(s.id) ?? fingerprint(JSON.stringify(s)), read: () => s }));
  const byId = new Map(refs.map((d) => [d.id, d]));
  const hash = stylesheetHash();
  const salt = fingerprint(hash, codeHash(), TOOL_VERSION, JSON.stringify({ editionTitle: options.editionTitle ?? null, limits: options.limits ?? null, map: options.map ?? null }));
  const state = readState(options.outDir);
  const same = options.force ? undefined : sameModel(refs, state, salt, options.outDir);
  let outputs: SiteOutput[];
  let recorded: RecordedDocument[];
  // A page is made from what it shows of its documents (`prints`); a search shard from their whole summaries.
  let prints: SourcePrints | undefined;
  let store: SiteStore | undefined;
  if (same) {
    const documents = same.documents.map(([id]) => ({ id, title: '', entities: [] }) as DocumentSummary);
    const full = (d: DocumentSummary) => same.read.get(d.id) ?? byId.get(d.id)?.read() ?? d;
    outputs = [...searchOutputs(documents, options.limits ?? DEFAULT_LIMITS, full).outputs, ...assetOutputs()];
    recorded = same.documents;
  } else {
    store = SiteStore.load(options.outDir);
    const documents = store.sources(refs);
    const model = modelOf(documents.sources, documents.full);
    outputs = [...siteOutputs(model, { limits: options.limits, map: options.map }), ...assetOutputs()];
    prints = new SourcePrints(documents.fieldsDigests);
    recorded = model.documents.map((d) => [d.id, byId.get(d.id)!.digest, documents.siteDigests.get(d.id)!]);
  }
  const textPrints = new SourcePrints(new Map(refs.map((d) => [d.id, d.digest])));
  // With the model unchanged, the files not looked at are as they were.
  const next: Record<string, string> = same ? { ...state.files } : {};
  const sources: Record<string, string> = same ? { ...state.sources } : {};
  const stale: { output: SiteOutput; print: string }[] = [];
  for (const output of outputs) {
    // A page whose documents' summaries are those it was made from has the same input: its data
    // is not built again just to be hashed.
    let print: string | undefined;
    if (output.documents) {
      const from = (output.text ? textPrints : prints!).print(salt, output.file, output.documents);
      sources[output.file] = from;
      if (state.sources?.[output.file] === from) print = state.files[output.file];
    }
    print ??= fingerprint(salt, output.file, output.input());
    next[output.file] = print;
    if (options.force || state.files[output.file] !== print || !existsSync(join(options.outDir, output.file))) stale.push({ output, print });
  }
  const gone = Object.keys(state.files).filter((file) => !(file in next) && isSitePath(file));
  const after: SiteState = { format: state.format, files: next, sources, salt, documents: recorded };
  timings.data = time() - t;

  const written: string[] = [];
  const removed: string[] = [];
  if (stale.length > 0 || gone.length > 0) {
    // Forget what is about to change first: a build killed half-way then remakes those files.
    const kept = { ...state.files };
    for (const { output } of stale) delete kept[output.file];
    const keptSources = { ...state.sources };
    for (const { output } of stale) delete keptSources[output.file];
    await writeState(options.outDir, { files: kept, sources: keptSources });
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
    // Lanes take the next file in turn: this thread, and for a large rebuild a helper thread (or the
    // workers of the build's pool, lent), one lane for each of its threads or worker processes.
    // Pages need Saxon-JS. The workers lent by the build have it loaded and warm, where this thread
    // would load it, cold, and it has the search shards and assets to make: it leaves the pages to
    // them, unless there is only one and many pages. The helper's lanes take the pages first.
    const pages = stale.filter(({ output }) => isPage(output));
    const rest = stale.filter(({ output }) => !isPage(output));
    const pagesHere = !lent || ((lent.threads ?? 1) < 2 && pages.length >= HELPER_FROM);
    const nextHere = () => rest.shift() ?? (pagesHere ? pages.shift() : undefined);
    const nextThere = () => pages.shift() ?? rest.shift();
    const makeHere = async (output: SiteOutput) => {
      const start = time();
      const content = make(jobOf(output));
      await write(output, content, time() - start);
    };
    const here = async () => {
      for (let next = nextHere(); next; next = nextHere()) {
        await makeHere(next.output);
        // Let the helper's finished files in between.
        if (helper) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    let lanesLeft = helper ? Math.max(1, helper.threads ?? 1) : 0;
    const there = async (helper: Helper) => {
      let failed = false;
      try {
        for (let next = nextThere(); next; next = nextThere()) {
          const { output } = next;
          if (!failed) {
            try {
              const made = await helper.make(jobOf(output));
              await write(output, made.content, made.ms);
              continue;
            } catch {
              // A helper that fails (a stale compiled worker) leaves its file, and the rest, to this thread.
              failed = true;
            }
          }
          await makeHere(output);
        }
      } finally {
        if (--lanesLeft === 0 && !lent) await helper.close();
      }
    };
    const lanes = await Promise.allSettled([here(), ...Array.from({ length: lanesLeft }, () => there(helper!))]);
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
    await writeState(options.outDir, after);
    timings.write = time() - t;
  } else if (JSON.stringify(after) !== JSON.stringify(state)) {
    // Nothing to make, but what the pages are made from is not what the state says (a document's
    // search text the same, or a site of an earlier version).
    await writeState(options.outDir, after);
  }
  t = time();
  await store?.save(options.outDir);
  timings.write += time() - t;
  return { files: Object.keys(next).sort().map((file) => join(options.outDir, file)), written, removed, timings };
}
