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

/** Heap per worker: enough for a large document, small enough that a runaway one is stopped. */
export const WORKER_HEAP_MB = 1024;

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
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
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
    siteHelper: () => ({ make: (job) => pool.run(job, { name: 'site' }), close: async () => undefined }),
  };
}

/** Runs the tasks in this thread (for tests, and for callers that already hold an edition). */
export function inProcessRunner(run: (task: Task) => TaskResult): Runner {
  return { run: async (task) => run(task), close: async () => undefined };
}
