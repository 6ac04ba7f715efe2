/**
 * Atomic output: a bag (or zip) is built under a hidden temporary name inside the output folder
 * and renamed into place only when complete. A rename within one folder is atomic, so whatever
 * interrupts a deposit, the output folder holds whole packages or none, never half of one.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { alive } from '../build/lock.js';

const PARTIAL = '.partial-';

export interface Staged {
  /** Where to write: a hidden sibling of `target`. */
  path: string;
  /** The final name. */
  target: string;
}

function stagedName(name: string): string {
  return `${PARTIAL}${process.pid}-${Date.now().toString(36)}-${name}`;
}

/**
 * Builds `outDir/name` by `build(tempPath)`; on success renames it into place (replacing an
 * older package of that name), on failure removes what was written and rethrows.
 */
export function writeAtomically<T>(outDir: string, name: string, build: (staged: Staged) => T): T {
  mkdirSync(outDir, { recursive: true });
  const staged: Staged = { path: join(outDir, stagedName(name)), target: join(outDir, name) };
  try {
    const result = build(staged);
    replace(staged);
    return result;
  } catch (e) {
    rmSync(staged.path, { recursive: true, force: true });
    throw e;
  }
}

function replace({ path, target }: Staged): void {
  if (!existsSync(target)) return renameSync(path, target);
  // Two renames and a delete: the old package stays whole until the new one has its name.
  const old = `${path}.old`;
  renameSync(target, old);
  renameSync(path, target);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Removes what a killed deposit (one that could not clean up after itself) left in `outDir`: the
 * hidden `.partial-PID-…` entries of processes that are no longer running.
 */
export function removeAbandoned(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  const removed: string[] = [];
  for (const entry of readdirSync(outDir)) {
    const pid = Number(/^\.partial-(\d+)-/.exec(entry)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(join(outDir, entry), { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

