/**
 * The site stage's helper thread (src/site/render-worker.ts), started for a rebuild of many files,
 * on the same pool library as the build's workers. It runs the compiled worker (beside this module
 * when running from build/, else in build/), and when there is none (a source checkout never
 * compiled), the main thread makes everything.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { PACKAGE_ROOT } from '../render/compile.js';
import type { Job } from './render.js';

export interface Helper {
  make(job: Job): Promise<{ content: string; ms: number }>;
  close(): Promise<void>;
  /** How many files it makes at once (its threads, or the build pool's worker processes); one when not said. */
  threads?: number;
}

function workerFile(): string | undefined {
  const candidates = [fileURLToPath(new URL('./render-worker.js', import.meta.url)), join(PACKAGE_ROOT, 'build', 'src', 'site', 'render-worker.js')];
  return candidates.find((f) => existsSync(f));
}

export function startHelper(): Helper | undefined {
  const filename = workerFile();
  if (!filename) return undefined;
  const pool = new Piscina({ filename, minThreads: 1, maxThreads: 1, execArgv: [] });
  return {
    make: (job) => pool.run(job),
    close: () => pool.destroy(),
  };
}
