/**
 * What each site file was last made from, kept in the output folder (`.tei-edition/site.json`,
 * beside the build manifest): a fingerprint per file of its input together with everything else it
 * depends on (the site stylesheet's compiled form, the tool's version, the options). A file whose
 * fingerprint is unchanged, and which is still there, is not made again.
 *
 * A page made from documents' summaries also keeps the digest of those summaries (`sources`): while
 * they are the same, so is its input, and the input is not even computed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../build/atomic.js';
import { STATE_DIR } from '../build/manifest.js';

const FORMAT = 1;

export interface SiteState {
  format: number;
  /** File (relative, with `/`) → fingerprint. */
  files: Record<string, string>;
  /** File → digest of the summaries it was made from (pages made from summaries only). */
  sources?: Record<string, string>;
  /** What every file's fingerprint starts from: the stylesheet, the stage's code, the tool, the options. */
  salt?: string;
  /** The documents, in the pages' order (by date), each with its summary's digest and its site digest (siteDigestOf). */
  documents?: RecordedDocument[];
}

/** A document as the site state records it: id, the digest of its summary, the digest of what the pages show of it. */
export type RecordedDocument = [id: string, digest: string, site: string];

export const statePath = (outDir: string): string => join(outDir, STATE_DIR, 'site.json');

export const fingerprint = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * The digest of what the index pages show of a document: its summary but the search text (and
 * fields of the summary no page shows, taken in anyway: a change to them only costs a rebuild of
 * the pages' data).
 */
export function siteDigestOf(summary: Record<string, unknown>): string {
  return fingerprint(JSON.stringify({ ...summary, text: undefined })).slice(0, 32);
}

/** The last state, or an empty one (nothing known: everything is made). */
export function readState(outDir: string): SiteState {
  try {
    const state = JSON.parse(readFileSync(statePath(outDir), 'utf8')) as SiteState;
    if (state.format === FORMAT && state.files && typeof state.files === 'object') return state;
  } catch {
    // missing or unreadable: start afresh
  }
  return { format: FORMAT, files: {} };
}

/** Four 32-bit numbers from the SHA-256 of `text`. */
export function lanesOf(text: string): Uint32Array {
  const digest = createHash('sha256').update(text).digest();
  return Uint32Array.of(digest.readUInt32BE(0), digest.readUInt32BE(4), digest.readUInt32BE(8), digest.readUInt32BE(12));
}

function remembered<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** MurmurHash3's finaliser: every bit of the result depends on every bit of `h`. */
export function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Calls `visit` with each row of a set of rows: a document, and for an entity's row the print of
 * what the page shows of the entity in that document (src/site/store.ts: its fields, the forms
 * seen, where), as four numbers of `lanes` from `at`.
 */
export type Rows = (visit: (document: string, lanes?: Uint32Array, at?: number) => void) => void;

const NO_LANES = new Uint32Array(4);

/**
 * The fingerprint of the documents a page is made from, each with the digest of what the page
 * shows of it: while it is the same, so is the page's input. An entity index of a large edition
 * has hundreds of thousands of rows, so a row is not hashed: each document's id and digest are
 * hashed once into four 32-bit numbers, an entity's row comes with four of its own, and a page adds
 * up a mix of its rows' numbers, 128 bits in all. A sum does not see the order of the rows; the
 * order is the documents' (dates, titles) and the entities' (names), which are in the digests and
 * the rows' prints. What changes a page (a row added, removed or moved to another entity, a
 * document's digest or a row's print changed) changes the sum but for a chance of one in 2^128.
 *
 * A page's rows come in sets (an entity's rows, a year's documents), each added up once however
 * many pages show it: an entity's decade pages and its index page share its rows.
 */
export class SourcePrints {
  private readonly documents = new Map<string, Uint32Array>();
  private readonly sums = new WeakMap<Rows, number[]>();

  constructor(digests: Map<string, string>) {
    for (const [id, digest] of digests) this.documents.set(id, lanesOf(`${id}\0${digest}`));
  }

  print(salt: string, file: string, sets: Rows[]): string {
    const total = Uint32Array.of(0, 0, 0, 0);
    let count = 0;
    for (const rows of sets) {
      const sum = this.sumOf(rows);
      for (let j = 0; j < 4; j++) total[j] = (total[j]! + sum[j]!) | 0;
      count += sum[4]!;
    }
    return fingerprint(salt, file, String(count), Buffer.from(total.buffer).toString('hex'));
  }

  /** The lanes of a set's rows added up, and their count. */
  private sumOf(rows: Rows): number[] {
    let sum = this.sums.get(rows);
    if (sum) return sum;
    let [s0, s1, s2, s3, count] = [0, 0, 0, 0, 0];
    rows((document, row = NO_LANES, at = 0) => {
      // (buildSite gives a digest of every document; one without would count by its id alone.)
      const lanes = remembered(this.documents, document, () => lanesOf(`${document}\0`));
      s0 = (s0 + mix(lanes[0]! ^ row[at]!)) | 0;
      s1 = (s1 + mix(lanes[1]! ^ row[at + 1]!)) | 0;
      s2 = (s2 + mix(lanes[2]! ^ row[at + 2]!)) | 0;
      s3 = (s3 + mix(lanes[3]! ^ row[at + 3]!)) | 0;
      count++;
    });
    this.sums.set(rows, (sum = [s0, s1, s2, s3, count]));
    return sum;
  }
}

const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export async function writeState(outDir: string, state: Omit<SiteState, 'format'>): Promise<void> {
  const { files, sources = {}, salt, documents } = state;
  const head = JSON.stringify({ format: FORMAT, ...(salt ? { salt } : {}), files: sorted(files), sources: sorted(sources) }, null, 1);
  // A document a line: the state of a large edition is read at every build.
  const tail = documents ? `,\n "documents": [\n${documents.map((d) => `  ${JSON.stringify(d)}`).join(',\n')}\n ]\n}` : '\n}';
  await writeFileAtomic(statePath(outDir), `${head.slice(0, -2)}${tail}\n`);
}
