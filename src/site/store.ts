/**
 * The site's store: what the index pages need of each document, kept between builds in one file
 * (`.tei-edition/site-documents.json`), so that a rebuild reads again only the summaries of the
 * documents that changed. The summaries of 10,000 documents are 67 MB of JSON, and reading them took
 * a rebuild over a second: most of it is the search text, the fields no index page shows, and each
 * entity's fields written again in every document that names it. The store keeps the fields the
 * pages show (SITE_FIELDS), each entity's fields once, and the forms seen and the places where an
 * entity occurs as numbers into one table of strings. A search shard made again reads the whole
 * summaries of its documents.
 *
 * A document is taken from the store only when the hash stored with it is its summary's hash now:
 * the store is a cache of the summaries, never a source of its own. A store that cannot be read is
 * made again from the summaries.
 *
 * Each document and each entity it names also get a print (four 32-bit numbers) of what the pages
 * show of them, so that a page is made again only when what it shows changed (src/site/fingerprints.ts):
 * a paragraph added to a document changes its search text, not the pages of the persons it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary } from '../render/index.js';
import { STATE_DIR } from '../build/manifest.js';
import { writeFileAtomic } from '../build/atomic.js';
import { fingerprint, lanesOf, mix, siteDigestOf } from './fingerprints.js';
import { SITE_FIELDS, type Mention, type Occurrence, type SiteSource } from './model.js';

/** Changes when what is stored of a summary changes. */
const FORMAT = 1;

export const storePath = (outDir: string): string => join(outDir, STATE_DIR, 'site-documents.json');

type Entity = DocumentSummary['entities'][number];

/** A mention: its entity, how many forms were seen, the forms, then a block and a label for each occurrence (strings by number). */
type StoredMention = number[];

/** A document: the hash of its summary, its site digest (siteDigestOf), the hash of its fields below, those fields, its mentions. */
type Stored = [digest: string, siteDigest: string, fieldsDigest: string, fields: DocumentSummary, mentions: StoredMention[]];

interface StoreFile {
  format: number;
  entities: Entity[];
  strings: string[];
  documents: Stored[];
}

/** A document the site is asked to show: its id (unique in the edition), its summary's hash, and how to read the summary. */
export interface DocumentRef {
  id: string;
  digest: string;
  /** The summary, with `id` as its id. */
  read: () => DocumentSummary | undefined;
}

/** What the store gives the site for its documents. */
export interface StoreSources {
  sources: SiteSource[];
  /** A document's whole summary (its search text), read when asked for. */
  full: (id: string) => DocumentSummary | undefined;
  /** By document id, the hash of the fields the pages show. */
  fieldsDigests: Map<string, string>;
  /** By document id, the site digest (siteDigestOf). */
  siteDigests: Map<string, string>;
}

const NO_ENTITIES: DocumentSummary['entities'] = [];

/** Up to this many documents read again from their summaries, a rebuild leaves the store as it is. */
const REREAD_UP_TO = 50;

/** The fields of a summary the index pages show, in a fixed order. */
function siteFields(summary: DocumentSummary): DocumentSummary {
  const fields: Record<string, unknown> = {};
  for (const key of SITE_FIELDS) if (summary[key] !== undefined) fields[key] = summary[key];
  return { ...(fields as Omit<DocumentSummary, 'entities'>), entities: NO_ENTITIES } as DocumentSummary;
}

/** Folds four lanes into those of `into` from `at`; the order of what is folded counts. */
function fold(into: Uint32Array, at: number, lanes: Uint32Array, step: number): void {
  for (let j = 0; j < 4; j++) into[at + j] = mix((Math.imul(into[at + j]! ^ lanes[j]!, 0x01000193) + step) | 0) >>> 0;
}

const SEED = [0x2545f491, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];

/** A table of the store (entities, strings): each value once, by number, with its print. */
class Table<T> {
  /** Numbers by content, made when a new document's mentions are first stored. */
  private index?: Map<string, number>;
  /** Prints of the entries, made when first needed. */
  private readonly prints: (Uint32Array | undefined)[] = [];

  constructor(
    readonly values: T[],
    private readonly keyOf: (value: T) => string,
  ) {}

  /** The number of `value`, added if it is new. */
  number(value: T): number {
    this.index ??= new Map(this.values.map((v, i) => [this.keyOf(v), i]));
    const key = this.keyOf(value);
    let n = this.index.get(key);
    if (n === undefined) {
      this.index.set(key, (n = this.values.length));
      this.values.push(value);
    }
    return n;
  }

  lanes(n: number): Uint32Array {
    return (this.prints[n] ??= lanesOf(this.keyOf(this.values[n]!)));
  }
}

export class SiteStore {
  private readonly entities: Table<Entity>;
  private readonly strings: Table<string>;
  private readonly documents: Map<string, Stored>;
  /** Documents taken from their summaries, or left out, since the store was read. */
  private changes = 0;
  private readonly found: boolean;

  private constructor(file: StoreFile | undefined) {
    this.entities = new Table(file?.entities ?? [], (e) => `entity\0${JSON.stringify(e)}`);
    this.strings = new Table(file?.strings ?? [], (s) => `string\0${s}`);
    this.documents = new Map((file?.documents ?? []).map((d) => [d[3].id, d]));
    this.found = file !== undefined;
  }

  /** The store of the site in `outDir`; empty when there is none or it cannot be read. */
  static load(outDir: string): SiteStore {
    try {
      const file = JSON.parse(readFileSync(storePath(outDir), 'utf8')) as StoreFile;
      if (file.format === FORMAT && Array.isArray(file.entities) && Array.isArray(file.strings) && Array.isArray(file.documents)) return new SiteStore(file);
    } catch {
      // none yet, or unreadable: made again from the summaries
    }
    return new SiteStore(undefined);
  }

  /**
   * The site's sources for these documents, in this order: from the store when a document's hash is
   * the stored one, else from its summary, which the store then takes. A document whose summary
   * cannot be read is left out. Documents no longer asked for leave the store.
   */
  sources(refs: DocumentRef[]): StoreSources {
    const byId = new Map<string, DocumentRef>();
    const fieldsDigests = new Map<string, string>();
    const siteDigests = new Map<string, string>();
    const documents: Stored[] = [];
    for (const ref of refs) {
      byId.set(ref.id, ref);
      let stored = this.documents.get(ref.id);
      if (!stored || stored[0] !== ref.digest) {
        const whole = ref.read();
        if (!whole) {
          if (stored) this.forget(ref.id);
          continue;
        }
        this.documents.set(ref.id, (stored = this.storedOf(ref.digest, whole)));
        this.changes++;
      }
      siteDigests.set(ref.id, stored[1]);
      fieldsDigests.set(ref.id, stored[2]);
      documents.push(stored);
    }
    // Every mention's print, four numbers each, in one array.
    const lanes = new Uint32Array(4 * documents.reduce((n, d) => n + d[4].length, 0));
    let at = 0;
    const sources = documents.map(([, , , fields, mentions]): SiteSource => ({
      summary: fields,
      mentions: mentions.map((m) => {
        const mention = this.mentionOf(m, lanes, at);
        at += 4;
        return mention;
      }),
    }));
    for (const id of [...this.documents.keys()]) if (!byId.has(id)) this.forget(id);
    // Read again when asked for, not kept: a first build would hold every summary of the edition.
    const full = (id: string): DocumentSummary | undefined => byId.get(id)?.read();
    return { sources, full, fieldsDigests, siteDigests };
  }

  /**
   * Writes the store when it is worth it: when there was none, or when more documents changed than
   * a rebuild would take a moment to read again from their summaries (writing the store of a large
   * edition takes a tenth of a second). Entities and strings no document uses any more are left out.
   */
  async save(outDir: string): Promise<void> {
    if (this.found && this.changes <= Math.max(REREAD_UP_TO, this.documents.size / 100)) return;
    const entities = new Map<number, number>();
    const strings = new Map<number, number>();
    const number = (table: Map<number, number>, i: number) => {
      let n = table.get(i);
      if (n === undefined) table.set(i, (n = table.size));
      return n;
    };
    const documents: Stored[] = [];
    for (const [digest, siteDigest, fieldsDigest, fields, mentions] of this.documents.values()) {
      documents.push([digest, siteDigest, fieldsDigest, fields, mentions.map((m) => m.map((value, i) => (i === 0 ? number(entities, value) : i === 1 ? value : number(strings, value))))]);
    }
    const file: StoreFile = {
      format: FORMAT,
      entities: [...entities.keys()].map((i) => this.entities.values[i]!),
      strings: [...strings.keys()].map((i) => this.strings.values[i]!),
      documents,
    };
    await writeFileAtomic(storePath(outDir), JSON.stringify(file));
    this.changes = 0;
  }

  private forget(id: string): void {
    this.documents.delete(id);
    this.changes++;
  }

  private mentionOf(m: StoredMention, lanes: Uint32Array, at: number): Mention {
    const seenCount = m[1]!;
    const seen: string[] = [];
    lanes.set(SEED, at);
    fold(lanes, at, this.entities.lanes(m[0]!), 1);
    for (let i = 2; i < 2 + seenCount; i++) {
      seen.push(this.strings.values[m[i]!]!);
      fold(lanes, at, this.strings.lanes(m[i]!), 2);
    }
    for (let i = 2 + seenCount; i < m.length; i++) fold(lanes, at, this.strings.lanes(m[i]!), 3);
    const occurrences = (): Occurrence[] => {
      const list: Occurrence[] = [];
      for (let i = 2 + seenCount; i + 1 < m.length; i += 2) list.push({ block: this.strings.values[m[i]!]!, label: this.strings.values[m[i + 1]!]! });
      return list;
    };
    return { entity: this.entities.values[m[0]!]!, seen, occurrences, lanes, at };
  }

  private storedOf(digest: string, summary: DocumentSummary): Stored {
    const fields = siteFields(summary);
    const mentions = summary.entities.map((e): StoredMention => {
      const { seen, occurrences, ...own } = e;
      const forms = (seen as string[] | undefined) ?? [];
      const mention = [this.entities.number(own as Entity), forms.length, ...forms.map((s) => this.strings.number(s))];
      for (const o of (occurrences as Occurrence[] | undefined) ?? []) mention.push(this.strings.number(o.block), this.strings.number(o.label));
      return mention;
    });
    return [digest, siteDigestOf(summary), fingerprint(JSON.stringify(fields)).slice(0, 32), fields, mentions];
  }
}
