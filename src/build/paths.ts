/**
 * Output paths from document ids. An id comes from the input (a record number, a file name), so
 * it is untrusted: the file name made from it can never leave the output folder, and stays a
 * plain, portable name on every disk (no `..`, separators, NUL, Windows-reserved or over-long
 * names; names that differ only in case are told apart, for case-insensitive disks).
 */
import { createHash } from 'node:crypto';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** Longest file name stem we make; with an extension it stays well under the 255-byte limit. */
export const MAX_STEM = 120;

/** Names Windows reserves whatever the extension (`CON.xml` is the console). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** An id that is its own stem: what fileStem gives back unchanged (it is called for every output of every build). */
const PLAIN_STEM = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?$/;

/** A portable file name stem for a document id: ASCII letters, digits, `.`, `_`, `-`. */
export function fileStem(id: string): string {
  if (id.length <= MAX_STEM && PLAIN_STEM.test(id) && !id.includes('--') && !WINDOWS_RESERVED.test(id.split('.')[0]!)) return id;
  let stem = id
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  if (stem === '') stem = 'document';
  if (WINDOWS_RESERVED.test(stem.split('.')[0]!)) stem = `_${stem}`;
  // (cut where it is cut, it must not end in `.` or `-`: the name would not be its own stem)
  if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM - 11).replace(/[.-]+$/, '')}-${shortHash(id)}`;
  return stem;
}

/**
 * Gives each document a file name stem of its own. A document keeps the name it had in the last
 * build; a new one whose name is taken (ignoring case) gets `-2`, `-3`…
 */
export class NameAllocator {
  private readonly owners = new Map<string, string>();

  /** Names already in use: `[owner, stem]` (owner: the source it belongs to). */
  constructor(taken: Iterable<[string, string]> = []) {
    for (const [owner, stem] of taken) this.owners.set(stem.toLowerCase(), owner);
  }

  claim(owner: string, id: string, previous?: string): string {
    if (previous && this.ownerOf(previous) === owner) return previous;
    const base = fileStem(id);
    for (let n = 1; ; n++) {
      const stem = n === 1 ? base : `${base}-${n}`;
      const current = this.ownerOf(stem);
      if (current === undefined || current === owner) {
        this.owners.set(stem.toLowerCase(), owner);
        return stem;
      }
    }
  }

  private ownerOf(stem: string): string | undefined {
    return this.owners.get(stem.toLowerCase());
  }
}

/** Throws unless `path` lies inside `folder` (the last guard before any write). */
export function assertInside(folder: string, path: string): string {
  const full = resolve(folder, path);
  const rel = relative(resolve(folder), full);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || full.includes('\0')) {
    throw new Error(`refusing to write ${JSON.stringify(path)}: outside the output folder ${folder}`);
  }
  return full;
}

/** The kinds of output a document has, with their sub-folder and extension. */
export const OUTPUT_KINDS = {
  tei: { dir: 'tei', ext: '.xml' },
  html: { dir: 'html', ext: '.html' },
  text: { dir: 'text', ext: '.txt' },
} as const;

export type OutputKind = keyof typeof OUTPUT_KINDS;

/** The file name of a document's output of this kind. */
export function outputName(kind: OutputKind, stem: string): string {
  // fileStem is idempotent on names it made, and sanitises anything else handed in.
  return fileStem(stem) + OUTPUT_KINDS[kind].ext;
}

export function outputPath(out: string, kind: OutputKind, stem: string): string {
  // The names fileStem makes hold only letters, digits, `.`, `_` and `-`, and start with none of
  // `.` and `-`: joined to the folder they stay in it (assertInside resolving both paths at every
  // call, for every output of every document of a build, was a tenth of a small rebuild).
  return join(isAbsolute(out) ? out : resolve(out), OUTPUT_KINDS[kind].dir, outputName(kind, stem));
}
