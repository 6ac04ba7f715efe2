/**
 * The build worker, run from its bundle (scripts/bundle-worker.js) with V8's compiled code kept in
 * the cache folder: a worker then starts without compiling its 700 modules again, which is most of
 * what a one-document rebuild waited for. The pool runs this module only while the bundle is as
 * new as the compiled code it was made from (`workerScript` in bundle.ts), else `worker.js` itself.
 */
import { removeReplaced } from '../cache.js';
import { CODE_SUFFIX, runCommonJs } from '../code-cache.js';
import { CACHE_PREFIX, type Bundle } from './bundle.js';
import type * as Worker from './worker.js';
import type { Task, TaskResult } from './task.js';
import { workerInput } from './worker-input.js';

/** The code kept for any bundle on this V8 (not the temporary files of one being kept). */
const BUNDLE_CODE = new RegExp(`^${CACHE_PREFIX}[0-9a-f]+${CODE_SUFFIX.replaceAll('.', '\\.')}$`);

const { bundle } = workerInput<{ bundle: Bundle }>();
const loaded = runCommonJs<typeof Worker>(bundle.file, bundle.cacheFile);
// Kept at once, with the code the script's top level compiled, not after a first document: code
// kept after documents had run made the encoder run half as fast in every later worker (measured
// with `build --jobs 1` over 300 documents: 1.0-1.3 s against 1.9-2.6 s), while Saxon-JS's, kept
// after a first transform, renders as fast as freshly compiled code.
if (loaded.keep && bundle.cacheFile) {
  loaded.keep();
  // The code kept for earlier bundles (one file per change to the code) is removed at once.
  removeReplaced(bundle.cacheFile, BUNDLE_CODE);
}

export default (task: Task): Promise<TaskResult> => loaded.exports.default(task);

export const site: typeof Worker.site = (job) => loaded.exports.site(job);
