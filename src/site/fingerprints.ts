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
}

export const statePath = (outDir: string): string => join(outDir, STATE_DIR, 'site.json');

export const fingerprint = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

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
function lanesOf(text: string): Uint32Array {
  const digest = createHash('sha256').update(text).digest();
  return Uint32Array.of(digest.readUInt32BE(0), digest.readUInt32BE(4), digest.readUInt32BE(8), digest.readUInt32BE(12));
}

function remembered<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

/** MurmurHash3's finaliser: every bit of the result depends on every bit of `h`. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Calls `visit` with each row of a page: a document, and the entity whose row it is, if any. */
export type Rows = (visit: (document: string, entity?: string) => void) => void;

/**
 * The fingerprint of the documents a page is made from, each with its summary's digest: while it is
 * the same, so is the page's input. An entity index of a large edition has hundreds of thousands of
 * rows, so a row is not hashed: each document's id and digest, and each entity's id, are hashed
 * once into four 32-bit numbers, and a page adds up a mix of its rows' numbers, 128 bits in all.
 * A sum does not see the order of the rows; the order is the summaries' (dates, titles, names),
 * which are in the digests. What changes a page (a row added, removed or moved to another entity,
 * a summary changed) changes the sum but for a chance of one in 2^128.
 */
export class SourcePrints {
  private readonly documents = new Map<string, Uint32Array>();
  private readonly entities = new Map<string, Uint32Array>();

  constructor(digests: Map<string, string>) {
    for (const [id, digest] of digests) this.documents.set(id, lanesOf(`${id}\0${digest}`));
  }

  print(salt: string, file: string, rows: Rows): string {
    const none = new Uint32Array(4);
    let [s0, s1, s2, s3, count] = [0, 0, 0, 0, 0];
    let lastEntity: string | undefined;
    let entity: Uint32Array = none;
    rows((document, id) => {
      if (id !== lastEntity) {
        lastEntity = id;
        entity = id === undefined ? none : remembered(this.entities, id, () => lanesOf(`#${id}`));
      }
      // (buildSite gives a digest of every summary; one without would count by its id alone.)
      const lanes = remembered(this.documents, document, () => lanesOf(`${document}\0`));
      s0 = (s0 + mix(lanes[0]! ^ entity[0]!)) | 0;
      s1 = (s1 + mix(lanes[1]! ^ entity[1]!)) | 0;
      s2 = (s2 + mix(lanes[2]! ^ entity[2]!)) | 0;
      s3 = (s3 + mix(lanes[3]! ^ entity[3]!)) | 0;
      count++;
    });
    const sum = Buffer.from(Uint32Array.of(s0, s1, s2, s3).buffer).toString('hex');
    return fingerprint(salt, file, String(count), sum);
  }
}

const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export async function writeState(outDir: string, files: Record<string, string>, sources: Record<string, string> = {}): Promise<void> {
  await writeFileAtomic(statePath(outDir), `${JSON.stringify({ format: FORMAT, files: sorted(files), sources: sorted(sources) }, null, 1)}\n`);
}
