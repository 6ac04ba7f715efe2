/**
 * A build worker process (pool.ts): it loads the worker script it is given (the bundle or
 * `worker.js`), runs what the build sends it, one message at a time, and answers each with its
 * result. It exits when the build disconnects, also when the build itself was killed.
 */
import { pathToFileURL } from 'node:url';
import { WORKER_SCRIPT_ENV, type Answer, type Call, type Reply } from './worker-input.js';

type WorkerModule = Record<Call['name'], (payload: unknown) => unknown>;

if (process.send) {
  const script = process.env[WORKER_SCRIPT_ENV];
  const loaded: Promise<WorkerModule> = script
    ? (import(pathToFileURL(script).href) as Promise<WorkerModule>)
    : Promise.reject(new Error(`a build worker process needs its script (${WORKER_SCRIPT_ENV})`));
  loaded.catch(() => undefined);
  const answer = (reply: Reply) => process.send!({ ...reply, maxRssKb: process.resourceUsage().maxRSS } satisfies Answer);
  process.on('message', (call: Call) => {
    loaded
      .then((module) => module[call.name](call.payload))
      .then(
        (value) => answer({ id: call.id, ok: true, value }),
        (e: unknown) => answer({ id: call.id, ok: false, error: (e as Error)?.message ?? String(e) }),
      );
  });
  process.on('disconnect', () => process.exit(0));
}
