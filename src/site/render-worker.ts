/**
 * The helper thread of the site stage: makes the files it is sent (src/site/render.ts) while the
 * main thread makes others, so that a full rebuild of a large site uses two cores.
 */
import { make, type Job } from './render.js';

export default function makeFile(job: Job): { content: string; ms: number } {
  const start = performance.now();
  const content = make(job);
  return { content, ms: performance.now() - start };
}
