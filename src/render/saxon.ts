/**
 * Saxon-JS, loaded once per process or worker, for every stage that transforms (render, site,
 * deposit). Starting a worker is what a one-document rebuild waits for, and Saxon-JS is one 2 MB
 * script, so it is loaded as CommonJS by `require` (an ESM `import` of a package without a
 * `type` first parses it once more to detect its module format and scan its exports), and
 * V8's compiled code is kept in the cache folder, keyed by the Saxon-JS and V8 versions, so that
 * the next process does not compile it again. V8 checks the cached code against the source and
 * refuses a stale or foreign one; the script is then compiled as usual.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import type SaxonJSModule from 'saxon-js';
import { defaultCacheDir, writeCacheFile } from '../cache.js';

type Saxon = typeof SaxonJSModule;

const require = createRequire(import.meta.url);

export interface LoadedSaxon {
  saxon: Saxon;
  /** `cache`: V8 took the kept compiled code; `compiled`: compiled from source; `plain`: Node's own require. */
  code: 'cache' | 'compiled' | 'plain';
  /** The file the compiled code is kept in. */
  file?: string;
  /** Keeps the compiled code, when it is not kept yet (or V8 refused what was). */
  keep?: () => void;
}

/** Loads a fresh copy of Saxon-JS; `cacheDir` false compiles it without keeping anything. */
export function loadSaxon(cacheDir: string | false = defaultCacheDir()): LoadedSaxon {
  const source = require.resolve('saxon-js');
  const { version } = require('saxon-js/package.json') as { version: string };
  const file = cacheDir ? join(cacheDir, 'code', `saxon-js-${version}-v8-${process.versions.v8}-${process.arch}.bin`) : undefined;
  try {
    const cachedData = file && existsSync(file) ? readFileSync(file) : undefined;
    // The wrapper Node gives every CommonJS module.
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(source, 'utf8')}\n})`, { filename: source, cachedData });
    const module = { exports: {} as Saxon };
    script.runInThisContext()(module.exports, createRequire(source), module, source, dirname(source));
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    const keep = file && !accepted ? () => writeCacheFile(file, script.createCachedData()) : undefined;
    return { saxon: module.exports, code: accepted ? 'cache' : 'compiled', file, keep };
  } catch {
    // A platform where this fails still renders, at the usual cost.
    return { saxon: require('saxon-js') as Saxon, code: 'plain' };
  }
}

const loaded = loadSaxon();

/** The one Saxon-JS of this process or worker. */
export const SaxonJS: Saxon = loaded.saxon;

/**
 * Keeps the compiled code, if it is not kept yet. Called after a first transform: by then V8 has
 * compiled the functions a transform runs, not only the script's top level, and they are kept too.
 */
export function keepCompiledSaxon(): void {
  loaded.keep?.();
  loaded.keep = undefined;
}
