/**
 * The helper thread of the site stage: makes the files it is sent (src/site/render.ts) while the
 * main thread makes others, so that a full rebuild of a large site uses two cores.
 */
import { parentPort } from 'node:worker_threads';
import { make, type Job } from './render.js';

parentPort!.on('message', (job: Job) => {
  const start = performance.now();
  try {
    parentPort!.postMessage({ content: make(job), ms: performance.now() - start });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message ?? String(e) });
  }
});
