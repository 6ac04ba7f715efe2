/**
 * The site stage's helper thread (src/site/render-worker.ts), started for a rebuild of many files.
 * It runs the compiled worker (beside this module when running from build/, else in build/), and
 * when there is none (a source checkout never compiled), the main thread makes everything.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../render/compile.js';
import type { Job } from './render.js';

export interface Helper {
  make(job: Job): Promise<{ content: string; ms: number }>;
  close(): Promise<void>;
}

function workerFile(): string | undefined {
  const candidates = [fileURLToPath(new URL('./render-worker.js', import.meta.url)), join(PACKAGE_ROOT, 'build', 'src', 'site', 'render-worker.js')];
  return candidates.find((f) => existsSync(f));
}

export function startHelper(): Helper | undefined {
  const file = workerFile();
  if (!file) return undefined;
  const worker = new Worker(file, { execArgv: [] });
  let pending: { resolve: (r: { content: string; ms: number }) => void; reject: (e: Error) => void } | undefined;
  const fail = (e: Error) => {
    pending?.reject(e);
    pending = undefined;
  };
  worker.on('message', (m: { content?: string; ms?: number; error?: string }) => {
    const p = pending;
    pending = undefined;
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve({ content: m.content!, ms: m.ms ?? 0 });
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the site's helper thread stopped (exit code ${code})`)));
  return {
    make(job) {
      return new Promise((resolve, reject) => {
        pending = { resolve, reject };
        worker.postMessage(job);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
