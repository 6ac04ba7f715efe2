/**
 * tei-edition's cache folder, shared by the stages that keep derived data between runs (the
 * validator's converted grammars, the entities' gazetteer table, V8's compiled code). Entries are
 * named by a hash of what they were made from, so a stale entry is never read. It is not left
 * behind for ever either: a file is marked as used when it is read (its modification time, at most
 * once a day), and writing a file removes the files of its kind beside it that were not used for
 * UNUSED_DAYS. A file still in use, by this version or by another checkout or version sharing the
 * folder, stays; a file of no kind of ours (the folder may be one the user shares) is never touched.
 */
import { mkdirSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** `TEI_EDITION_CACHE`, else `$XDG_CACHE_HOME/tei-edition`, else `~/.cache/tei-edition`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEI_EDITION_CACHE) return env.TEI_EDITION_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tei-edition');
}

/**
 * Written beside and renamed into place, so parallel processes and workers never read half a
 * file. A cache that cannot be written (a read-only home) is skipped: it only costs time next run.
 * `kind` matches the names of this kind of entry (and so of their temporary files): those beside
 * `file` unused for UNUSED_DAYS are removed.
 */
export function writeCacheFile(file: string, text: string | Uint8Array, kind: RegExp, now = Date.now()): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    return; // skipped: see above
  }
  removeUnused(dirname(file), kind, now);
}

/** A cache file not read or written for this many days is removed when a file beside it is written. */
export const UNUSED_DAYS = 30;
const DAY_MS = 86_400_000;

/** Marks a cache file as used (read now), so that it is not removed as unused. */
export function markUsed(file: string, now = Date.now()): void {
  try {
    if (now - statSync(file).mtimeMs > DAY_MS) utimesSync(file, now / 1000, now / 1000);
  } catch {
    // gone, or a read-only cache: then nothing is removed from it either
  }
}

/**
 * Removes at once the files of `kind` beside `file`, which replaces them (the worker bundle's kept
 * code: one file per change to the code, that no later build reads).
 */
export function removeReplaced(file: string, kind: RegExp): void {
  removeFiles(dirname(file), kind, (name) => name !== basename(file));
}

/** Removes the files of `kind` in `dir` unused for UNUSED_DAYS (left-over temporary files of killed runs too). */
function removeUnused(dir: string, kind: RegExp, now: number): void {
  removeFiles(dir, kind, (_name, stat) => now - stat.mtimeMs > UNUSED_DAYS * DAY_MS);
}

function removeFiles(dir: string, kind: RegExp, remove: (name: string, stat: Stats) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((n) => kind.test(n))) {
    const file = join(dir, name);
    try {
      const stat = statSync(file);
      if (stat.isFile() && remove(name, stat)) unlinkSync(file);
    } catch {
      // removed by another process first
    }
  }
}
