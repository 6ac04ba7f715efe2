/**
 * The batch: a set of transcriptions into an edition folder, in parallel and incrementally.
 *
 * Inputs are taken in a stable order and run on the pool a few at a time; results are committed
 * (named, written, recorded) in input order, so that the same inputs give the same outputs
 * whatever the number of workers. Each document is skipped when nothing it depends on changed,
 * kept when its TEI was edited by hand, and otherwise converted and rendered.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRegisters, type Registers } from '../entities/registers.js';
import { error, type EntityEntry } from '../model/index.js';
import { TOOL_NAME, TOOL_VERSION, loadConfig, registersDirOf } from '../edition.js';
import { PACKAGE_ROOT, compileStylesheets } from '../render/compile.js';
import type { DocumentSummary } from '../render/index.js';
import { nodeFs, removeLeftovers, writeFileAtomic, type WriteFs } from './atomic.js';
import { collectInputs, type Input } from './inputs.js';
import { acquireLock } from './lock.js';
import { Manifest, STATE_DIR, hashTree, recordedAt, sameStat, sha256, stampOf, type DocumentRecord, type ManifestEntry } from './manifest.js';
import { NameAllocator, OUTPUT_KINDS, assertInside, outputName, outputPath, type OutputKind } from './paths.js';
import { createPool, defaultJobs, type Runner } from './pool.js';
import type { Helper } from '../site/helper.js';
import type { DocumentRef } from '../site/store.js';
import { summarise, reportPath, writeReport, type BuildReport, type DocumentReport } from './report.js';
import { DEFAULT_LIMITS, refuseSize, type Limits, type Task, type TaskResult } from './task.js';

/**
 * A document as the site's index pages know it: by the name of its outputs, which is unique (two
 * transcriptions of one record share an id but not a name; its page is `html/NAME.html`), with
 * the hash of its summary as the manifest keeps it, and its summary, read only if the site needs it.
 */
export type SiteDocument = DocumentRef;

export type SiteBuilder = (out: string, documents: SiteDocument[]) => Promise<void> | void;

export interface BuildOptions {
  /** The output folder (default `dist`). */
  out?: string;
  /** Worker processes (default: the number of cores). */
  jobs?: number;
  /** Re-convert every document, hand-edited TEI included (after a backup copy). */
  force?: boolean;
  /** The edition's root (configuration, registers); default the working folder. */
  root?: string;
  cwd?: string;
  schema?: string;
  limits?: Limits;
  /** The conversion date written into the TEI (ISO); default today. */
  date?: string;
  /** The registers, when the caller has them loaded (default: read from the edition's root). */
  registers?: Registers;
  /** Runs the documents; default a pool of `jobs` worker processes. */
  runner?: Runner;
  /** Writes the index pages from the documents' summaries; default the site stage. */
  site?: SiteBuilder;
  /** Edition-wide dependency hash; default computed from the stylesheets, schema, rules, configuration, tool. */
  dependencies?: string;
  /** Called once the inputs are known, before any document is built. */
  onStart?: (total: number) => void;
  /** Called as each document is finished. */
  onDocument?: (report: DocumentReport) => void;
  writeFs?: WriteFs;
}

export interface BuildResult {
  report: BuildReport;
  /** 0 all built, 1 some document failed, 2 some input could not be read at all. */
  exitCode: 0 | 1 | 2;
}

const DEPENDENCY_TREES: { dir: string; keep?: (name: string) => boolean }[] = [
  { dir: 'xslt' },
  { dir: join('tei', 'schema') },
  { dir: join('tei', 'rules') },
];

/**
 * Everything every document's outputs depend on, as one hash: the tool's version (its code is
 * taken to change with it; after changing the code itself, build with --force), the stylesheets,
 * the schema, the rules and the configuration.
 */
export function editionDependencies(root: string, schema = 'edition'): string {
  const parts = [TOOL_VERSION, schema, JSON.stringify(loadConfig(root))];
  for (const { dir, keep } of DEPENDENCY_TREES) {
    parts.push(hashTree(join(PACKAGE_ROOT, dir), keep));
    if (resolve(root) !== PACKAGE_ROOT) parts.push(hashTree(join(root, dir), keep));
  }
  return sha256(parts.join('\n'));
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

export function registerHashes(entries: Map<string, EntityEntry>): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [id, entry] of entries) hashes[id] = sha256(stableJson(entry));
  return hashes;
}

/**
 * The pool stays up to help make the index pages, its workers warm, when at most this many
 * documents were converted or rendered, or when the edition has at most `LEND_POOL_SITE_UP_TO`
 * documents. A large edition rebuilt in full lets the workers' memory go first: remaking the site
 * of 10,000 documents beside them peaked at 1.2–1.8 GB.
 */
const LEND_POOL_UP_TO = 100;
const LEND_POOL_SITE_UP_TO = 2000;

/**
 * What a build will likely convert or render: whether anything at all (it is forced, or there is no
 * manifest yet, or an input, a register or the configuration changed after the last build recorded
 * it), and which inputs were modified since (none listed when that does not tell what will be
 * done: forced, a first build, a register or the configuration changed). Only a guess, to start
 * the workers early: the manifest decides what is done.
 */
export function likelyChanges(out: string, root: string, inputs: Input[], force = false, stat: (path: string) => { mtimeMs: number } = statSync): { work: boolean; inputs: Input[] } {
  if (force) return { work: true, inputs: [] };
  const mtime = (path: string) => {
    try {
      return stat(path).mtimeMs;
    } catch {
      return undefined;
    }
  };
  const built = recordedAt(out);
  if (built === undefined) return { work: true, inputs: [] };
  const changed = inputs.filter((i) => (mtime(i.path) ?? 0) > built);
  const registers = registersDirOf(root);
  const others = [join(root, 'edition.config.json'), registers, ...(existsSync(registers) ? readdirSync(registers).map((f) => join(registers, f)) : [])];
  if (others.some((path) => (mtime(path) ?? 0) > built)) return { work: true, inputs: [] };
  return { work: changed.length > 0, inputs: changed };
}

/** Whether a build will likely convert or render something (see likelyChanges). */
export const likelyWork = (...args: Parameters<typeof likelyChanges>): boolean => likelyChanges(...args).work;

/**
 * The site stage: index pages from the summaries. It is loaded only when some document is rebuilt
 * (it brings Saxon-JS into the main thread), while the workers convert, when the main thread has
 * nothing else to do.
 */
let siteModule: Promise<typeof import('../site/index.js')> | undefined;
const loadSite = () => (siteModule ??= import('../site/index.js'));

function siteOf(root: string, force = false, helper?: Helper): SiteBuilder {
  return async (out, documents) => {
    const { buildSite } = await loadSite();
    await buildSite({ outDir: out, editionTitle: loadConfig(root).title, documents, force, helper });
  };
}

type Work =
  | { kind: 'skip'; entry: ManifestEntry; record: DocumentRecord }
  | { kind: 'failed'; error: string }
  | { kind: 'convert'; bytes: Uint8Array; inputHash: string; backup?: string; result: Promise<TaskResult> }
  | { kind: 'kept'; entry: ManifestEntry; teiPath: string; teiHash: string; inputChanged: boolean; result: Promise<TaskResult> };

const NO_ENTITIES = { persons: 0, places: 0, orgs: 0 };

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied; make it readable (chmod +r) or leave it out';
  if (code === 'ENOENT') return 'disappeared while the build was running';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read: ${(e as Error).message}`;
}

export async function buildEdition(paths: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const shownOut = options.out ?? 'dist';
  const out = resolve(cwd, shownOut);
  const root = resolve(cwd, options.root ?? '.');
  const limits = options.limits ?? DEFAULT_LIMITS;
  const jobs = options.jobs ?? defaultJobs();
  const fs = options.writeFs ?? nodeFs;
  const write = (path: string, data: string) => writeFileAtomic(assertInside(out, path), data, fs);

  const { inputs, problems } = collectInputs(paths, { cwd, exclude: [out] });
  const release = acquireLock(out, shownOut);
  // The pool starts with the first document that needs work: a build with nothing to do loads nothing.
  let ownRunner: Runner | undefined;
  // The workers are processes: the build's peak memory is theirs and this one's together.
  let workersPeakKb = 0;
  const closeRunner = () => {
    workersPeakKb = Math.max(workersPeakKb, ownRunner?.peakMemoryKb?.() ?? 0);
    const closing = ownRunner?.close();
    ownRunner = undefined;
    return closing;
  };
  // `documents`: how many the pool will likely run (see WORKER_V8_FLAGS in pool.ts).
  const startPool = (documents: number) => {
    // Stale stylesheets are compiled here, once, rather than by each worker as it starts.
    compileStylesheets({ quiet: true });
    return createPool({ jobs: Math.min(jobs, inputs.length), root, schema: options.schema, documents });
  };
  const runner = options.runner ?? {
    // Started by a document the first guess did not expect: one of few.
    run: (task: Task) => (ownRunner ??= startPool(1)).run(task),
    close: async () => undefined,
  };
  try {
    // An input's stat is taken once: likelyWork keeps those it takes for the input's check below.
    const inputStats = new Map<string, Stats>();
    const keepStat = (path: string): Stats => {
      const taken = statSync(path);
      inputStats.set(path, taken);
      return taken;
    };
    const statInput = (path: string): Stats => {
      const taken = inputStats.get(path);
      inputStats.delete(path);
      return taken ?? statSync(path);
    };
    // When work is likely, the pool starts at once, so that its workers load while the manifest is
    // read and every input checked (seconds, for a large edition).
    const likely = inputs.length > 0 ? likelyChanges(out, root, inputs, options.force, keepStat) : { work: false, inputs: [] };
    // A first build, a forced one, or a changed register or configuration may redo any input.
    if (!options.runner && likely.work) ownRunner = startPool(likely.inputs.length || inputs.length);
    // The few inputs modified since the last build are sent to the workers now, before the manifest
    // is read and every input checked (a second or more for a large edition), so that a small
    // rebuild's conversions do not wait for that. The manifest then decides: the conversion of an
    // input whose content is what it was, or whose TEI was edited by hand, is not used.
    const early = new Map<string, { hash: string; result: Promise<TaskResult> }>();
    if (ownRunner && likely.inputs.length <= jobs) {
      for (const input of likely.inputs) {
        try {
          if (refuseSize((inputStats.get(input.path) ?? keepStat(input.path)).size, limits)) continue;
          const bytes = readFileSync(input.path);
          early.set(input.path, { hash: sha256(bytes), result: runner.run({ kind: 'convert', source: input.source, bytes, date: options.date, limits }) });
        } catch {
          // unreadable: reported when its turn comes
        }
      }
    }
    for (const dir of ['', STATE_DIR, ...Object.values(OUTPUT_KINDS).map((k) => k.dir)]) await removeLeftovers(join(out, dir));
    const manifest = new Manifest(out);
    const registersDir = registersDirOf(root);
    const registers = options.registers ?? loadRegisters(registersDir);
    const entryHashes = registerHashes(registers.entries);
    const deps = options.dependencies ?? editionDependencies(root, options.schema);

    // Register entries that are new or changed since a document was converted: if it names one
    // of them (in any of its forms) it is converted again, even if it did not mention it before.
    const registerSet = manifest.useRegisters(entryHashes);
    const changedNamesSince = new Map<string | undefined, string[]>();
    const namesSince = (set: string | undefined) => {
      let names = changedNamesSince.get(set);
      if (!names) {
        const then = (set && manifest.data.registerSets[set]) || {};
        names = [];
        for (const [id, hash] of Object.entries(entryHashes)) {
          if (then[id] === hash) continue;
          const entry = registers.entries.get(id)!;
          names.push(...[entry.name, ...entry.variants].filter((n) => n.length > 0));
        }
        changedNamesSince.set(set, names);
      }
      return names;
    };
    const namesChanged = (entry: ManifestEntry, bytes: () => Uint8Array) => {
      if (entry.registers === registerSet) return false;
      const names = namesSince(entry.registers);
      if (names.length === 0) return false;
      const text = new TextDecoder().decode(bytes());
      return names.some((name) => text.includes(name));
    };
    const entriesSame = (entry: ManifestEntry) => {
      const then = (entry.registers && manifest.data.registerSets[entry.registers]) || {};
      return (entry.mentions ?? []).every((id) => then[id] !== undefined && entryHashes[id] === then[id]);
    };
    // Which outputs are there, from one listing of each folder (a check per file was a good part of
    // a rebuild of a large edition). Taken before this build writes: only files of earlier builds count.
    const listings = new Map<OutputKind, Set<string>>();
    const present = (kind: OutputKind, name: string) => {
      let files = listings.get(kind);
      if (!files) {
        const dir = join(out, OUTPUT_KINDS[kind].dir);
        files = new Set(existsSync(dir) ? readdirSync(dir) : []);
        listings.set(kind, files);
      }
      return files.has(outputName(kind, name));
    };
    const outputsExist = (name: string) => (['tei', 'html', 'text'] as OutputKind[]).every((k) => present(k, name));

    const allocator = new NameAllocator(
      Object.values(manifest.data.documents)
        .filter((e) => e.name)
        .map((e) => [e.path, e.name!] as [string, string]),
    );
    options.onStart?.(inputs.length);
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
    const backupOf = async (name: string, teiPath: string) => {
      const backup = join(out, STATE_DIR, 'backup', `${name}.${stamp}.xml`);
      mkdirSync(join(out, STATE_DIR, 'backup'), { recursive: true });
      copyFileSync(teiPath, backup);
      return backup;
    };
    const run = (task: Task) => runner.run(task);

    /** Decides what to do with one input and starts its task. Never throws. */
    const prepare = async (input: Input): Promise<Work> => {
      const entry = manifest.get(input.path);
      let stat: Stats;
      try {
        stat = statInput(input.path);
      } catch (e) {
        return { kind: 'failed', error: readError(e) };
      }
      const tooBig = refuseSize(stat.size, limits);
      if (tooBig) return { kind: 'failed', error: tooBig };
      let bytes: Uint8Array | undefined;
      let inputHash = entry?.input?.hash;
      const readInput = () => {
        bytes ??= readFileSync(input.path);
        inputHash = sha256(bytes);
        return bytes;
      };
      try {
        if (!sameStat(entry?.input, input.path, stat)) readInput();
      } catch (e) {
        return { kind: 'failed', error: readError(e) };
      }
      const inputChanged = inputHash !== entry?.input?.hash;

      // The TEI file in the output: the pipeline's (its hash is recorded) or a hand edit.
      const teiPath = entry?.name ? outputPath(out, 'tei', entry.name) : undefined;
      let teiHash: string | undefined;
      let tei: string | undefined;
      if (teiPath && present('tei', entry!.name!)) {
        if (sameStat(entry!.rendered, teiPath)) teiHash = entry!.rendered!.hash;
        else {
          tei = readFileSync(teiPath, 'utf8');
          teiHash = sha256(tei);
        }
      }
      const handEdited = teiHash !== undefined && !manifest.pipelineHashes(input.path).has(teiHash);
      const depsSame = entry?.deps === deps && entriesSame(entry);

      if (handEdited && !options.force) {
        if (entry!.rendered?.hash === teiHash && depsSame && outputsExist(entry!.name!) && entry!.record) {
          return { kind: 'skip', entry: entry!, record: { ...entry!.record, status: 'kept' } };
        }
        tei ??= readFileSync(teiPath!, 'utf8');
        return { kind: 'kept', entry: entry!, teiPath: teiPath!, teiHash: teiHash!, inputChanged, result: run({ kind: 'render', source: input.source, id: entry!.id!, tei }) };
      }
      try {
        if (!options.force && !handEdited && !inputChanged && depsSame && entry?.record?.status === 'ok' && outputsExist(entry.name!) && !namesChanged(entry, () => bytes ?? readInput())) {
          // Touched but the same: its new date is kept, so that it is not read again next time.
          if (bytes) manifest.restamp(input.path, stampOf(input.path, inputHash!));
          return { kind: 'skip', entry, record: entry.record };
        }
        readInput();
      } catch (e) {
        return { kind: 'failed', error: readError(e) };
      }
      const backup = handEdited ? await backupOf(entry!.name!, teiPath!) : undefined;
      const started = early.get(input.path);
      early.delete(input.path);
      const result = started && started.hash === inputHash ? started.result : run({ kind: 'convert', source: input.source, bytes: bytes!, date: options.date, limits });
      return { kind: 'convert', bytes: bytes!, inputHash: inputHash!, backup, result };
    };

    const documents: DocumentReport[] = [];
    const site: { name: string; summary: string }[] = [];
    const saveSummary = (name: string, r: TaskResult) => (r.summary ? manifest.saveSummary(name, r.summary) : Promise.resolve(undefined));
    const stages: Record<string, number> = {};
    let processed = 0;
    const addTimings = (timings: Record<string, number>) => {
      for (const [stage, ms] of Object.entries(timings)) stages[stage] = (stages[stage] ?? 0) + ms;
    };
    const outputsOf = (name: string) => ({
      tei: reportPath(out, shownOut, outputPath(out, 'tei', name)),
      html: reportPath(out, shownOut, outputPath(out, 'html', name)),
      text: reportPath(out, shownOut, outputPath(out, 'text', name)),
    });
    const finish = (report: DocumentReport, summary?: string, name?: string) => {
      documents.push(report);
      if (summary && name) site.push({ name, summary });
      options.onDocument?.(report);
    };
    const details = ({ status: _status, ...rest }: DocumentRecord) => rest;
    const recordOf = (r: TaskResult, status: DocumentRecord['status']): DocumentRecord => ({
      status,
      warnings: r.warnings,
      ...(r.error ? { error: r.error } : {}),
      entities: r.entities,
      candidates: r.candidates,
    });
    const failedReport = (input: Input, error: string, r?: TaskResult): DocumentReport => ({
      ...(r?.id ? { id: r.id } : {}),
      source: input.source,
      status: 'failed',
      outputs: {},
      warnings: r?.warnings ?? [],
      error,
      entities: r?.entities ?? NO_ENTITIES,
      candidates: r?.candidates ?? [],
    });
    const writeOutputs = async (name: string, r: TaskResult, tei?: string) => {
      const start = performance.now();
      // Side by side: each write waits for its own flush to disk.
      const results = await Promise.allSettled([
        tei !== undefined ? write(outputPath(out, 'tei', name), tei) : undefined,
        write(outputPath(out, 'html', name), r.html ?? ''),
        write(outputPath(out, 'text', name), r.text ?? ''),
      ]);
      const failure = results.find((x): x is PromiseRejectedResult => x.status === 'rejected');
      if (failure) throw failure.reason;
      stages.write = (stages.write ?? 0) + performance.now() - start;
    };
    const mentionsOf = (r: TaskResult) => [...new Set(r.mentions.filter((id) => id in entryHashes))];

    /** Names, writes and records one document, in input order. */
    const commit = async (input: Input, work: Work) => {
      if (work.kind === 'failed') return finish(failedReport(input, work.error));
      if (work.kind === 'skip') {
        const { entry, record } = work;
        return finish(
          { id: entry.id, source: input.source, status: record.status === 'kept' ? 'kept' : 'skipped', outputs: outputsOf(entry.name!), ...details(record), ...(record.status === 'kept' ? { note: 'hand-edited TEI kept, unchanged since the last build' } : {}) },
          entry.summary,
          entry.name,
        );
      }
      const r = await work.result;
      processed++;
      addTimings(r.timings);
      if (work.kind === 'kept') {
        const { entry } = work;
        const shown = reportPath(out, shownOut, work.teiPath);
        if (!r.ok) return finish(failedReport(input, `the hand-edited TEI ${shown} is not valid; fix it, or run with --force to convert the transcription again (a backup copy is kept): ${r.error}`, r));
        await writeOutputs(entry.name!, r);
        const record = recordOf(r, 'kept');
        const summary = await saveSummary(entry.name!, r);
        manifest.done({ ...entry, deps, mentions: mentionsOf(r), registers: registerSet, rendered: stampOf(work.teiPath, work.teiHash), record, summary });
        const note = `hand-edited TEI kept and rendered as it is${work.inputChanged ? '; the transcription changed too: run with --force to convert it again (a backup copy is kept)' : ''}`;
        return finish({ id: entry.id, source: input.source, status: 'kept', outputs: outputsOf(entry.name!), ...details(record), note }, summary, entry.name);
      }
      if (!r.ok || r.id === undefined || r.tei === undefined) return finish(failedReport(input, r.error ?? 'failed', r));
      const entry = manifest.get(input.path);
      const name = allocator.claim(input.path, r.id, entry?.id === r.id ? entry.name : undefined);
      const teiPath = outputPath(out, 'tei', name);
      const teiHash = sha256(r.tei);
      let backup = work.backup;
      // A TEI file already at this name that no build of ours wrote: someone's work, never overwritten silently.
      if (name !== entry?.name && existsSync(teiPath)) {
        const there = readFileSync(teiPath);
        if (sha256(there) !== teiHash) {
          if (!options.force) {
            const kept = await run({ kind: 'render', source: input.source, id: r.id, tei: there.toString('utf8') });
            const shown = reportPath(out, shownOut, teiPath);
            if (!kept.ok) return finish(failedReport(input, `${shown} exists, was not written by this tool, and is not valid TEI; move it away or run with --force (a backup copy is kept): ${kept.error}`, r));
            await writeOutputs(name, kept);
            const record = recordOf(kept, 'kept');
            const summary = await saveSummary(name, kept);
            manifest.done({ path: input.path, id: r.id, name, input: stampOf(input.path, work.inputHash), deps, mentions: mentionsOf(kept), registers: registerSet, rendered: stampOf(teiPath, sha256(there)), record, summary });
            return finish({ id: r.id, source: input.source, status: 'kept', outputs: outputsOf(name), ...details(record), note: `${shown} was already there (not written by this tool): kept and rendered as it is` }, summary, name);
          }
          backup = await backupOf(name, teiPath);
        }
      }
      manifest.pending(input.path, teiHash);
      await writeOutputs(name, r, r.tei);
      const record = recordOf(r, 'ok');
      const summary = await saveSummary(name, r);
      manifest.done({ path: input.path, id: r.id, name, input: stampOf(input.path, work.inputHash), deps, mentions: mentionsOf(r), registers: registerSet, written: teiHash, rendered: stampOf(teiPath, teiHash), record, summary });
      return finish(
        { id: r.id, source: input.source, status: 'ok', outputs: outputsOf(name), ...details(record), ...(backup ? { backup: reportPath(out, shownOut, backup), note: 'hand-edited TEI replaced by a new conversion (--force); the hand edit is in the backup' } : {}) },
        summary,
        name,
      );
    };

    // A few documents in flight per worker keeps the pool busy while memory stays flat. Documents
    // are committed in input order, but only those with a task count: while one is converted, the
    // unchanged ones after it are checked, not waited for.
    const window = Math.max(2, jobs * 3);
    const queue: { input: Input; work: Work }[] = [];
    let tasks = 0;
    const hasTask = (work: Work) => work.kind === 'convert' || work.kind === 'kept';
    const commitHead = async () => {
      const next = queue.shift()!;
      if (hasTask(next.work)) tasks--;
      await commit(next.input, next.work);
    };
    for (const input of inputs) {
      const work = await prepare(input);
      queue.push({ input, work });
      if (hasTask(work)) {
        tasks++;
        // The site stage loads while this thread waits for the workers. (A failure to load is
        // reported when the site is built.)
        if (!options.site) loadSite().catch(() => undefined);
      }
      while (queue.length > 0 && (!hasTask(queue[0]!.work) || tasks >= window)) await commitHead();
    }
    while (queue.length > 0) await commitHead();
    inputStats.clear(); // (those of the registers and the configuration)
    // After a large rebuild of a large edition the workers' memory goes back before the index pages
    // are made; otherwise the workers, warm, help make them.
    const lend = processed <= LEND_POOL_UP_TO || site.length <= LEND_POOL_SITE_UP_TO ? ownRunner?.siteHelper?.() : undefined;
    if (!lend) await closeRunner();

    // The registers, beside the TEI that points into them (deposit packages carry them).
    for (const file of existsSync(registersDir) ? readdirSync(registersDir).filter((f) => f.endsWith('.xml')).sort() : []) {
      const target = join(out, 'tei', 'registers', file);
      const data = readFileSync(join(registersDir, file), 'utf8');
      if (!existsSync(target) || readFileSync(target, 'utf8') !== data) await write(target, data);
    }

    // The index pages, from the summaries, unless they were built from exactly these last time.
    const siteKey = sha256([deps, loadConfig(root).title, ...site.map((d) => `${d.name}\0${d.summary}`)].join('\n'));
    const siteBuilder = options.site ?? siteOf(root, options.force, lend);
    let siteBuilt = site.length > 0 && manifest.data.site === siteKey && existsSync(join(out, 'index.html'));
    if (site.length > 0 && !siteBuilt) {
      const start = performance.now();
      // The site knows a document by its page's name (its summary's id is the record's).
      const underName = (name: string) => {
        const summary = manifest.readSummary(name);
        return summary && { ...summary, id: name };
      };
      const siteDocuments = site.map(({ name, summary }) => ({ id: name, digest: summary, read: () => underName(name) }));
      try {
        await siteBuilder(out, siteDocuments);
        siteBuilt = true;
      } catch (e) {
        problems.push(error('site.failed', `the index pages could not be built: ${(e as Error).message}`, { file: join(shownOut, 'index.html') }));
      }
      stages.indexes = performance.now() - start;
    }
    // The workers stop while the manifest and the report are written.
    const closing = closeRunner()?.catch(() => undefined);
    await manifest.save(siteBuilt ? siteKey : undefined);

    const seconds = (performance.now() - started) / 1000;
    const report: BuildReport = {
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      out: shownOut,
      documents,
      summary: summarise(documents, {
        processed,
        jobs,
        seconds: Math.round(seconds * 1000) / 1000,
        documentsPerSecond: Math.round((documents.length / seconds) * 10) / 10,
        stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, Math.round(v)])),
        peakMemoryMB: Math.round(Math.max(process.resourceUsage().maxRSS, workersPeakKb) / 1024),
        problems: problems.map((p) => ({ ...(p.file ? { file: p.file } : {}), message: p.message })),
      }),
    };
    await writeReport(join(out, 'build-report.json'), report);
    await closing;
    const exitCode = problems.some((p) => p.severity === 'error') ? 2 : report.summary.failed > 0 ? 1 : 0;
    return { report, exitCode };
  } finally {
    await closeRunner();
    release();
  }
}
