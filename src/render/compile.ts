/**
 * Compiling the XSLT stylesheets to SEF (Saxon-JS's executable form) with `xslt3`. It runs as a
 * build step (`npm run build`) and again from the CLI whenever a `.xsl` file is newer than its SEF,
 * so an installed package or a fresh clone always renders with the current stylesheets.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder (where `xslt/` and `tei/` are): the nearest folder above this module
 * with tei-edition's package.json, so that it is found from `build/src/render/` and from
 * `src/render/` (tests run the TypeScript directly) alike.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"tei-edition"/.test(readFileSync(manifest, 'utf8'))) return dir;
    if (dirname(dir) === dir) return join(from, '..', '..', '..');
  }
}
export const XSLT_DIR = join(PACKAGE_ROOT, 'xslt');
export const SEF_DIR = join(PACKAGE_ROOT, 'build', 'xslt');

/** The main stylesheets: the `.xsl` files at the top of `xslt/`; modules live in sub-folders. */
export function mainStylesheets(): string[] {
  return readdirSync(XSLT_DIR)
    .filter((f) => f.endsWith('.xsl'))
    .map((f) => join(XSLT_DIR, f))
    .sort();
}

export function sefPath(stylesheet: string): string {
  return join(SEF_DIR, basename(stylesheet, '.xsl') + '.sef.json');
}

function newestXslt(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestXslt(path));
    else if (entry.name.endsWith('.xsl')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Stylesheets whose SEF is missing or older than any `.xsl` file (modules included). */
export function staleStylesheets(): string[] {
  const newest = newestXslt(XSLT_DIR);
  return mainStylesheets().filter((xsl) => {
    const sef = sefPath(xsl);
    return !existsSync(sef) || statSync(sef).mtimeMs < newest;
  });
}

/** Compiles the stale stylesheets; returns the ones compiled. Throws with xslt3's message on error. */
export function compileStylesheets(options: { force?: boolean; quiet?: boolean } = {}): string[] {
  const todo = options.force ? mainStylesheets() : staleStylesheets();
  if (todo.length === 0) return [];
  mkdirSync(SEF_DIR, { recursive: true });
  const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
  for (const xsl of todo) {
    if (!options.quiet) process.stderr.write(`compiling ${basename(xsl)} with xslt3\n`);
    execFileSync(process.execPath, [xslt3, `-xsl:${xsl}`, `-export:${sefPath(xsl)}`, '-nogo', '-relocate:on'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
  return todo;
}
