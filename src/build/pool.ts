/**
 * Runs tasks on a pool of worker threads (piscina), `jobs` of them, each with its own loaded
 * edition. A worker that runs out of memory on a monstrous document fails that document only.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { PACKAGE_ROOT } from '../render/compile.js';
import { workerScript } from './bundle.js';
import type { Task, TaskResult } from './task.js';
import type { WorkerData } from './worker.js';
import type { Helper } from '../site/helper.js';

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  /** The pool's workers, lent to the site stage to make its files. */
  siteHelper?(): Helper;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Heap per worker: enough for a large document, small enough that a runaway one is stopped.
 *
 * It is also what V8 sizes its full collections by. After each one, V8 lets the heap grow by a
 * factor that it caps by this limit: about 1.6 at 1 GB, 4 from 2 GB. A worker keeps about 50 MB live,
 * and rendering lets about 1.5 MB per document outlive the young generation, so under 1 GB it made
 * a full collection every 20 documents or so. Each one drops the optimized code of Saxon-JS's
 * closures of the last transform (V8 holds it weakly), which is compiled again by the next: at
 * 1,000 documents V8's background threads, compiling and collecting, used a third of the build's
 * CPU. With 2 GB the collections are half as many (about 50 MB live, the next one at about
 * 200 MB): a cold build of 1,000 took 39–43 s of CPU instead of 48–50 (BENCHMARKS.md).
 */
export const WORKER_HEAP_MB = 2048;

/**
 * Young generation per worker. A transform of Saxon-JS allocates about 16 MB; with V8's default
 * (16 MB semi-spaces) a long one can meet two scavenges, and what it still holds (the parsed source,
 * the result being built) is moved to the old generation, which brings the next full collection
 * nearer. 64 MB (about 21 MB semi-spaces) took a cold build of 1,000 from 21.6–23.4 s to
 * 20.5–22.5 s in alternated runs, for about 100 MB more at the peak; 192 MB did no better.
 */
export const WORKER_YOUNG_MB = 64;

export function createPool(options: WorkerData & { jobs: number }): Runner {
  // Always the compiled worker, also when the caller runs from TypeScript sources (tests).
  const { filename, bundle } = workerScript(join(PACKAGE_ROOT, 'build', 'src', 'build'));
  const pool = new Piscina({
    filename,
    // One thread at first, more as documents queue: a build with one document to redo starts one.
    minThreads: 1,
    maxThreads: options.jobs,
    idleTimeout: 60_000,
    workerData: { root: options.root, schema: options.schema, bundle } satisfies WorkerData,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  return {
    run: (task) =>
      pool.run(task).catch((e: unknown) => {
        const err = e as NodeJS.ErrnoException;
        const error =
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `ran out of memory (over ${WORKER_HEAP_MB} MB); split the transcription or lower --max-size`
            : `the worker failed: ${err.message}`;
        return { ok: false, error, warnings: [], candidates: [], entities: { persons: 0, places: 0, orgs: 0 }, mentions: [], timings: {} };
      }),
    close: () => pool.destroy(),
    // As many files at once as it has threads running: one more would start cold.
    siteHelper: () => ({ make: (job) => pool.run(job, { name: 'site' }), close: async () => undefined, threads: Math.max(1, pool.threads.length) }),
  };
}

/** Runs the tasks in this thread (for tests, and for callers that already hold an edition). */
export function inProcessRunner(run: (task: Task) => TaskResult): Runner {
  return { run: async (task) => run(task), close: async () => undefined };
}
