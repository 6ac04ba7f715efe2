/**
 * tei-edition's cache folder, shared by the stages that keep derived data between runs (the
 * validator's converted grammars, the entities' gazetteer table). Entries are named by a hash of
 * what they were made from, so a stale entry is never read, only left behind.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** `TEI_EDITION_CACHE`, else `$XDG_CACHE_HOME/tei-edition`, else `~/.cache/tei-edition`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEI_EDITION_CACHE) return env.TEI_EDITION_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tei-edition');
}

/**
 * Written beside and renamed into place, so parallel processes and workers never read half a
 * file. A cache that cannot be written (a read-only home) is skipped: it only costs time next run.
 */
export function writeCacheFile(file: string, text: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    // skipped: see above
  }
}
