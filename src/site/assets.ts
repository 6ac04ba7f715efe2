/**
 * The site's static files: our own CSS and scripts (`assets/`) and the MiniSearch browser build,
 * copied into the output folder (by src/site/index.ts, as site files) so that nothing is loaded
 * from elsewhere.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../render/compile.js';

/** Output name (under `assets/`) → source file. */
export function siteAssets(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const own = join(PACKAGE_ROOT, 'assets');
  return {
    'edition.css': join(own, 'edition.css'),
    'edition.js': join(own, 'edition.js'),
    'search.js': join(own, 'search.js'),
    // The package exports only its module builds; the browser (UMD) build sits beside them.
    'minisearch.js': join(dirname(require.resolve('minisearch')), '..', 'umd', 'index.js'),
  };
}
