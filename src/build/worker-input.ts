/**
 * What a build worker is started with: `workerData` in a worker thread, or the environment variable
 * the process pool (pool.ts) sets for a worker process; and the messages between the pool and its
 * worker processes (worker-process.ts).
 */
import { workerData } from 'node:worker_threads';

export const WORKER_DATA_ENV = 'TEI_EDITION_WORKER_DATA';
/** The worker script a worker process loads (worker-process.ts). */
export const WORKER_SCRIPT_ENV = 'TEI_EDITION_WORKER_SCRIPT';

/** A call of one of the worker script's exports (`default`: a document; `site`: a file of the site). */
export interface Call {
  id: number;
  name: 'default' | 'site';
  payload: unknown;
}

/** What a call gave: its value, or the message of what it threw. */
export type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** A worker process's answer to a call: the reply, with the process's peak resident memory so far. */
export type Answer = Reply & { maxRssKb: number };

export function workerInput<T>(): T {
  if (workerData !== null && workerData !== undefined) return workerData as T;
  const passed = process.env[WORKER_DATA_ENV];
  if (!passed) throw new Error(`a build worker needs its data (${WORKER_DATA_ENV}); it is started by the build`);
  return JSON.parse(passed) as T;
}
