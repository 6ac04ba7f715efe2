/**
 * Saxon-JS, loaded once per process or worker, for every stage that transforms (render, site,
 * deposit). Starting a worker is what a one-document rebuild waits for, and Saxon-JS is one 2 MB
 * script, so it is loaded as CommonJS by `require` (an ESM `import` of a package without a
 * `type` first parses it once more to detect its module format and scan its exports), and
 * V8's compiled code is kept in the cache folder (src/code-cache.ts), named by the Saxon-JS and V8
 * versions, so that the next process does not compile it again. Code V8 refuses (a damaged file)
 * is compiled again from the source.
 */
import { createRequire } from 'node:module';
import type SaxonJSModule from 'saxon-js';
import { defaultCacheDir } from '../cache.js';
import { codeCacheFile, runCommonJs } from '../code-cache.js';

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
  const { version } = require('saxon-js/package.json') as { version: string };
  const file = cacheDir ? codeCacheFile(cacheDir, `saxon-js-${version}`) : undefined;
  try {
    // axios, with which Saxon-JS fetches http(s) resources, is loaded only if it ever does: the
    // edition's stylesheets fetch nothing, and loading it cost 0.15 s in every worker.
    const { exports, code, keep } = runCommonJs<Saxon>(require.resolve('saxon-js'), file, { lazy: ['axios'] });
    return { saxon: exports, code, file, keep };
  } catch {
    // A platform where this fails still renders, at the usual cost.
    return { saxon: require('saxon-js') as Saxon, code: 'plain' };
  }
}

let loaded: LoadedSaxon | undefined;

/**
 * The one Saxon-JS of this process or worker, loaded when first used: a build whose index pages
 * need no transform (only a search shard is made again) does not load it into the main thread,
 * which is a fifth of a second of a small rebuild. Its functions are called on Saxon-JS itself.
 */
export const SaxonJS: Saxon = new Proxy({} as Saxon, {
  get(_target, key) {
    const saxon = (loaded ??= loadSaxon()).saxon;
    const value: unknown = Reflect.get(saxon, key);
    return typeof value === 'function' ? value.bind(saxon) : value;
  },
});

/**
 * Keeps the compiled code, if it is not kept yet. Called after a first transform: by then V8 has
 * compiled the functions a transform runs, not only the script's top level, and they are kept too.
 */
export function keepCompiledSaxon(): void {
  loaded?.keep?.();
  if (loaded) loaded.keep = undefined;
}
