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

/**
 * The fingerprint of the documents a page is made from, each with its summary's digest. An entity
 * index of a large edition has hundreds of thousands of rows: they are hashed in large chunks.
 */
export function sourcesPrint(salt: string, file: string, ids: Iterable<string>, digests: Map<string, string>): string {
  const hash = createHash('sha256').update(`${salt}\0${file}\0`);
  let chunk = '';
  for (const id of ids) {
    chunk += `${id}\t${digests.get(id) ?? ''}\n`;
    if (chunk.length > 65536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  return hash.update(chunk).digest('hex');
}

const sorted = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export async function writeState(outDir: string, files: Record<string, string>, sources: Record<string, string> = {}): Promise<void> {
  await writeFileAtomic(statePath(outDir), `${JSON.stringify({ format: FORMAT, files: sorted(files), sources: sorted(sources) }, null, 1)}\n`);
}
