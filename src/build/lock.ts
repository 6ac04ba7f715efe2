/**
 * One build at a time per output folder: a lock file created exclusively in the folder. A second
 * build into the same folder stops with a message naming the first; a lock left by a build that
 * was killed (its process is gone) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.tei-edition.lock';

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

export class LockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

/** Whether a process with this id is running (one we may not signal counts as running). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return undefined;
  }
}

/** Takes the lock of `out` (created if needed; `shown` is its name in messages); returns the function that releases it. */
export function acquireLock(out: string, shown = out): () => void {
  mkdirSync(out, { recursive: true });
  const file = join(out, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine) + '\n', { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readLock(file)?.pid === mine.pid) rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readLock(file);
      // A lock from this machine whose process is gone was left by a killed build: take it over.
      const stale = holder !== undefined && holder.host === mine.host && !alive(holder.pid);
      if (!stale || attempt > 0) {
        const who = holder ? `process ${holder.pid} on ${holder.host}, started ${holder.started}` : 'another process';
        throw new LockError(
          `${shown} is being built by ${who}; wait for that build to finish ` +
            `(or, if no build is running, delete ${join(shown, LOCK_FILE)})`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new LockError(`could not take the lock ${file}`);
}
