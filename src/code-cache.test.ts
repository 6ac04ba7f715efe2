import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runCommonJs } from './code-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'tei-edition-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Modules that say when they are loaded, and scripts that require them, lazily or not.
for (const name of ['script', 'lazy']) {
  writeFileSync(join(dir, `${name}-counted.js`), 'globalThis.countedLoads = (globalThis.countedLoads ?? 0) + 1;\nmodule.exports = Object.assign((x) => x * 2, { half: (x) => x / 2 });\n');
  writeFileSync(
    join(dir, `${name}.js`),
    `const counted = require("./${name}-counted.js");\nexports.twice = (x) => counted(x);\nexports.half = (x) => counted.half(x);\nexports.dir = __dirname;\n`,
  );
}
const loads = () => (globalThis as { countedLoads?: number }).countedLoads ?? 0;

it('runs a CommonJS script as require would, and keeps its compiled code for the next run', () => {
  const cacheFile = join(dir, 'code', 'script.bin');
  const first = runCommonJs<{ twice: (x: number) => number; dir: string }>(join(dir, 'script.js'), cacheFile);
  expect(first.code).toBe('compiled');
  expect(first.exports.twice(21)).toBe(42);
  expect(first.exports.dir).toBe(dir);
  first.keep!();
  expect(existsSync(cacheFile)).toBe(true);
  // Taken from the cache, the kept code is marked as used (src/cache.ts removes files unused for a month).
  const monthAgo = (Date.now() - 40 * 86_400_000) / 1000;
  utimesSync(cacheFile, monthAgo, monthAgo);
  const second = runCommonJs<{ twice: (x: number) => number }>(join(dir, 'script.js'), cacheFile);
  expect(second.code).toBe('cache');
  expect(statSync(cacheFile).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  expect(second.keep).toBeUndefined();
  expect(second.exports.twice(2)).toBe(4);
});

it('loads a module named lazy only when the script first uses it, as a function or for a property', () => {
  const before = loads();
  const lazy = runCommonJs<{ twice: (x: number) => number; half: (x: number) => number }>(join(dir, 'lazy.js'), undefined, { lazy: ['./lazy-counted.js'] });
  expect(loads()).toBe(before);
  expect(lazy.exports.half(8)).toBe(4);
  expect(loads()).toBe(before + 1);
  expect(lazy.exports.twice(5)).toBe(10);
  expect(loads()).toBe(before + 1);
});
