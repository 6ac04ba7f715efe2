/**
 * Which script the build's workers run: the worker bundle (scripts/bundle-worker.js, run by
 * src/build/worker-bundle.ts with V8's compiled code kept between builds) while it is as new as the
 * compiled modules it was made from, else `worker.js` itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCacheDir } from '../cache.js';
import { codeCacheFile } from '../code-cache.js';

export interface Bundle {
  /** The bundle to run. */
  file: string;
  /** Where V8's compiled code of this bundle is kept; none keeps nothing. */
  cacheFile?: string;
}

/** The kept code of a bundle is named after a hash of the bundle and the V8 version. */
export const CACHE_PREFIX = 'build-worker-';

/**
 * The worker script for the compiled modules in `dir` (build/src/build): `worker-bundle.js` with
 * the bundle, when the bundle and its record are there and none of the modules it was made from
 * is newer (a `tsc` run alone leaves it stale); else `worker.js`.
 */
export function workerScript(dir: string, cacheDir: string | false = defaultCacheDir()): { filename: string; bundle?: Bundle } {
  const plain = { filename: join(dir, 'worker.js') };
  try {
    const file = join(dir, 'worker.bundle.cjs');
    const record = JSON.parse(readFileSync(join(dir, 'worker.bundle.json'), 'utf8')) as { hash: string; inputs: string[] };
    const made = statSync(file).mtimeMs;
    if (record.inputs.length === 0 || record.inputs.some((input) => statSync(join(dir, input)).mtimeMs > made)) return plain;
    const cacheFile = cacheDir ? codeCacheFile(cacheDir, CACHE_PREFIX + record.hash) : undefined;
    return { filename: join(dir, 'worker-bundle.js'), bundle: { file, cacheFile } };
  } catch {
    return plain; // no bundle (a build without esbuild), or a module it was made from is gone
  }
}
