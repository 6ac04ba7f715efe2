/**
 * The build manifest: what each document's outputs were made from, so that the next build redoes
 * only what changed. Per document: the hash of its input, the hash of the edition-wide
 * dependencies (stylesheets, schema, rules, configuration, tool), the register entries it mentions
 * (their hashes are those of the register state it was converted with, kept once for all
 * documents), and the hash of the TEI the pipeline last wrote (a TEI file that differs from it
 * was edited by hand).
 *
 * It lives in `DIR/.tei-edition/`: `manifest.json`, and `journal.jsonl`, appended while the build
 * runs, so that a killed build loses nothing it did. At the end of a build that changed something
 * the journal is flushed to disk and kept while it is small beside the manifest (rewriting the
 * manifest of a large edition for one document was a good part of such a rebuild); once it is not,
 * the whole manifest is written again and the journal emptied.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import type { DocumentSummary } from '../render/index.js';
import type { Candidate } from '../entities/index.js';
import { writeFileAtomic } from './atomic.js';
import type { EntityCounts } from './task.js';

export const STATE_DIR = '.tei-edition';
const MANIFEST = 'manifest.json';
const JOURNAL = 'journal.jsonl';
const FORMAT = 3;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Size and modification time: when both are unchanged the file is taken as unchanged (as git does). */
export interface FileStamp {
  hash: string;
  size: number;
  mtimeMs: number;
}

export function stampOf(path: string, hash: string): FileStamp {
  const s = statSync(path);
  return { hash, size: s.size, mtimeMs: s.mtimeMs };
}

/** Whether the file is as stamped; `known` is its stat when the caller already took it. */
export function sameStat(stamp: FileStamp | undefined, path: string, known?: { size: number; mtimeMs: number }): boolean {
  if (!stamp) return false;
  try {
    const s = known ?? statSync(path);
    return s.size === stamp.size && s.mtimeMs === stamp.mtimeMs;
  } catch {
    return false;
  }
}

/** What the build report says of a document, kept so that a skipped document is reported too. */
export interface DocumentRecord {
  status: 'ok' | 'kept' | 'failed';
  warnings: { line?: number; message: string }[];
  error?: string;
  entities: EntityCounts;
  candidates: Candidate[];
}

export interface ManifestEntry {
  /** The input's resolved path (the key). */
  path: string;
  id?: string;
  /** The file name stem of its outputs. */
  name?: string;
  input?: FileStamp;
  /** Hash of the edition-wide dependencies the outputs were made with. */
  deps?: string;
  /** Ids of the register entries the document mentions; their hashes are in `registerSets[registers]`. */
  mentions?: string[];
  /** The registers as a whole when the document was converted (a key of `registerSets`). */
  registers?: string;
  /** Hash of the TEI the pipeline last wrote. */
  written?: string;
  /** Hash of a TEI about to be written when the build stopped (journal only): also the pipeline's. */
  pending?: string;
  /** The TEI file (the pipeline's or a hand edit) the HTML and text were rendered from. */
  rendered?: FileStamp;
  record?: DocumentRecord;
  /** Hash of the document's summary for the site (kept in `summaries/NAME.json`, read when the site is built). */
  summary?: string;
}

export interface ManifestData {
  format: number;
  /**
   * Register states documents were converted with: hash → (entry id → entry hash). Comparing a
   * document's state with today's gives the entries that are new or changed for it.
   */
  registerSets: Record<string, Record<string, string>>;
  documents: Record<string, ManifestEntry>;
  /** What the site's index pages were last built from (documents, summaries, dependencies). */
  site?: string;
}

type JournalLine =
  | { op: 'registers'; hash: string; entries: Record<string, string> }
  | { op: 'pending'; path: string; hash: string }
  | { op: 'done'; entry: ManifestEntry }
  | { op: 'site'; key?: string };

/** The journal is folded into the manifest once it is larger than this, or than an eighth of the manifest. */
const JOURNAL_KEPT_UP_TO = 256 * 1024;

export class Manifest {
  private readonly dir: string;
  readonly data: ManifestData;
  /** The manifest must be written again whatever the journal's size (it was of an older format). */
  private rewrite = false;
  /** Inputs touched but unchanged: their new dates, recorded when the build ends. */
  private readonly restamped = new Set<string>();

  constructor(readonly out: string) {
    this.dir = join(out, STATE_DIR);
    this.data = this.load();
  }

  private load(): ManifestData {
    let data: ManifestData = { format: FORMAT, registerSets: {}, documents: {} };
    try {
      const read = JSON.parse(readFileSync(join(this.dir, MANIFEST), 'utf8')) as ManifestData;
      if (read.format === FORMAT) data = read;
      else if (read.format === 2) {
        data = { ...read, format: FORMAT };
        this.rewrite = true; // written again in this format
      }
    } catch {
      // No manifest (first build) or an unreadable one: everything is built, hand edits still kept.
    }
    let journal = '';
    try {
      journal = readFileSync(join(this.dir, JOURNAL), 'utf8');
    } catch {
      return fromFormat2(data);
    }
    for (const line of journal.split('\n')) {
      let item: JournalLine;
      try {
        item = JSON.parse(line) as JournalLine;
      } catch {
        continue; // the last line of a killed build may be cut short
      }
      if (item.op === 'registers') data.registerSets[item.hash] = item.entries;
      else if (item.op === 'pending') {
        const entry = (data.documents[item.path] ??= { path: item.path });
        entry.pending = item.hash;
      } else if (item.op === 'done') {
        // Done means every output is in place: nothing of this document is pending any more.
        data.documents[item.entry.path] = item.entry;
      } else if (item.op === 'site') data.site = item.key;
    }
    return fromFormat2(data);
  }

  get(path: string): ManifestEntry | undefined {
    return this.data.documents[path];
  }

  /** Hashes of TEI the pipeline wrote for this document: a file with another hash is a hand edit. */
  pipelineHashes(path: string): Set<string> {
    const entry = this.get(path);
    return new Set([entry?.written, entry?.pending].filter((h): h is string => h !== undefined));
  }

  private append(...lines: JournalLine[]): void {
    mkdirSync(this.dir, { recursive: true });
    appendFileSync(join(this.dir, JOURNAL), lines.map((line) => JSON.stringify(line) + '\n').join(''));
  }

  /** Records the registers this build converts with; returns their hash. */
  useRegisters(entries: Record<string, string>): string {
    const hash = sha256(JSON.stringify(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1))));
    if (!this.data.registerSets[hash]) {
      this.data.registerSets[hash] = entries;
      this.append({ op: 'registers', hash, entries });
    }
    return hash;
  }

  /** Records, before the TEI file is renamed into place, the hash it will have. */
  pending(path: string, hash: string): void {
    (this.data.documents[path] ??= { path }).pending = hash;
    this.append({ op: 'pending', path, hash });
  }

  /** A document's input was touched but its content is the same: its new size and date are kept. */
  restamp(path: string, input: FileStamp): void {
    const entry = this.data.documents[path];
    if (!entry) return;
    entry.input = input;
    this.restamped.add(path);
  }

  done(entry: ManifestEntry): void {
    const { pending: _pending, ...kept } = entry;
    void _pending;
    this.data.documents[entry.path] = kept;
    this.restamped.delete(entry.path);
    this.append({ op: 'done', entry: kept });
  }

  private summaryPath(name: string): string {
    return join(this.dir, 'summaries', `${name}.json`);
  }

  /** Keeps a document's summary beside the manifest; returns its hash. */
  async saveSummary(name: string, summary: DocumentSummary): Promise<string> {
    const json = JSON.stringify(summary);
    await writeFileAtomic(this.summaryPath(name), json);
    return sha256(json);
  }

  readSummary(name: string): DocumentSummary | undefined {
    try {
      return JSON.parse(readFileSync(this.summaryPath(name), 'utf8')) as DocumentSummary;
    } catch {
      return undefined;
    }
  }

  /**
   * Records the end of a build: what the index pages were built from, and the inputs restamped.
   * A build that changed nothing, and left no journal, writes nothing. Otherwise the journal is
   * flushed to disk and kept if it is still small (see above), else the whole manifest is written
   * (register states no document uses any more dropped) and the journal emptied.
   */
  async save(site?: string): Promise<void> {
    const journal = join(this.dir, JOURNAL);
    const manifest = join(this.dir, MANIFEST);
    const lines: JournalLine[] = [...this.restamped].map((path) => ({ op: 'done', entry: this.data.documents[path]! }));
    if (this.data.site !== site) lines.push({ op: 'site', key: site });
    this.restamped.clear();
    this.data.site = site;
    const journalSize = fileSize(journal);
    const manifestSize = fileSize(manifest);
    if (lines.length === 0 && journalSize === undefined && manifestSize !== undefined && !this.rewrite) return;
    if (lines.length > 0) this.append(...lines);
    const kept = Math.max(JOURNAL_KEPT_UP_TO, (manifestSize ?? 0) / 8);
    if (manifestSize !== undefined && !this.rewrite && (fileSize(journal) ?? 0) <= kept) {
      if (lines.length > 0 || journalSize !== undefined) flushFile(journal);
      return;
    }
    const used = new Set(Object.values(this.data.documents).map((d) => d.registers));
    for (const hash of Object.keys(this.data.registerSets)) if (!used.has(hash)) delete this.data.registerSets[hash];
    await writeFileAtomic(manifest, JSON.stringify(this.data), undefined, { flush: true });
    rmSync(journal, { force: true });
    this.rewrite = false;
  }
}

/**
 * When the build in `out` last recorded what it did (the manifest's date, or the journal's when a
 * later build left its records there); undefined before a first build.
 */
export function recordedAt(out: string): number | undefined {
  const manifest = statOf(join(out, STATE_DIR, MANIFEST))?.mtimeMs;
  return manifest === undefined ? undefined : Math.max(manifest, statOf(join(out, STATE_DIR, JOURNAL))?.mtimeMs ?? 0);
}

/** The file's stat, or undefined when there is no such file. */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const fileSize = (path: string): number | undefined => statOf(path)?.size;

/** Waits until the file's data is on disk. */
function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Format 2 (in a manifest or a journal) kept, for each document, the hash of every entry it
 * mentions: the same hashes as its register state's, written again for each document (half the
 * manifest of a large edition). Now only the ids are.
 */
function fromFormat2(data: ManifestData): ManifestData {
  for (const entry of Object.values(data.documents)) {
    const old = entry as ManifestEntry & { entries?: Record<string, string> };
    if (!old.entries) continue;
    old.mentions = Object.keys(old.entries);
    delete old.entries;
  }
  return data;
}

/** Hash of every file under `dir` whose name passes `keep` (names and contents), in a stable order. */
export function hashTree(dir: string, keep: (name: string) => boolean = () => true): string {
  const hash = createHash('sha256');
  const visit = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const s = statSync(path);
      if (s.isDirectory()) visit(path);
      else if (keep(name)) hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  if (existsSync(dir)) visit(dir);
  return hash.digest('hex');
}
