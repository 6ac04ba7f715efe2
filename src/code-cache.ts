/**
 * CommonJS scripts run with V8's compiled code kept in the cache folder, so that the next process
 * or worker does not compile them again: Saxon-JS (one 2 MB script) and the build worker's bundle
 * (the worker's own code and its packages in one script). Node 20 keeps no compiled code for ES
 * modules, and a worker that compiles some 700 modules first is what a one-document rebuild waits
 * for.
 *
 * V8 checks kept code against its own version and flags but, of the source, only its length: the
 * caller names the file after what it was compiled from (a package version, a hash of the source).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { markUsed, writeCacheFile } from './cache.js';

/** How the kept code of this V8 on this architecture is named: `NAME` then this. */
export const CODE_SUFFIX = `-v8-${process.versions.v8}-${process.arch}.bin`;

/** The names of kept code in the cache folder, of any V8 and architecture. */
const KIND = /-v8-[^/]+\.bin/;

/** Where the code compiled from what `name` identifies (a version, a hash) is kept in `cacheDir`. */
export function codeCacheFile(cacheDir: string, name: string): string {
  return join(cacheDir, 'code', name + CODE_SUFFIX);
}

export interface LoadedScript<T> {
  exports: T;
  /** `cache`: V8 took the kept compiled code; `compiled`: compiled from source. */
  code: 'cache' | 'compiled';
  /** Keeps the compiled code, when it is not kept yet (or V8 refused what was); undefined otherwise. */
  keep?: () => void;
}

/**
 * Runs the CommonJS script `source` as Node's `require` would (its own `require`, `module`,
 * `__filename`, `__dirname`), compiled from the code kept in `cacheFile` when V8 accepts it.
 * Called after the script's functions have run, `keep` keeps them too, not only the top level;
 * measure before doing so (see src/build/worker-bundle.ts). The modules named in `lazy` are
 * required by the script only when it first uses them.
 */
export function runCommonJs<T>(source: string, cacheFile?: string, options: { lazy?: string[] } = {}): LoadedScript<T> {
  const cachedData = cacheFile && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The wrapper Node gives every CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(source, 'utf8')}\n})`, {
    filename: source,
    cachedData,
  });
  const module = { exports: {} as T };
  const require = createRequire(source);
  const lazy = new Set(options.lazy);
  const requireLazily = Object.assign((id: string) => (lazy.has(id) ? lazyModule(() => require(id)) : require(id)), require);
  script.runInThisContext()(module.exports, requireLazily, module, source, dirname(source));
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  if (accepted) markUsed(cacheFile!);
  const keep = cacheFile && !accepted ? () => writeCacheFile(cacheFile, script.createCachedData(), KIND) : undefined;
  return { exports: module.exports, code: accepted ? 'cache' : 'compiled', keep };
}

/** A stand-in for a module (a function or an object), which loads it on first use. */
function lazyModule(load: () => unknown): unknown {
  let loaded: unknown;
  const real = () => (loaded ??= load()) as Record<PropertyKey, unknown> & ((...args: unknown[]) => unknown);
  return new Proxy(function () {}, {
    get: (_target, property) => real()[property],
    has: (_target, property) => property in real(),
    apply: (_target, self, args) => Reflect.apply(real(), self, args),
  });
}
