import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from './compile.js';

// A process of its own each time: within one process V8 remembers what it compiled, whatever the cache says.
const MODULE = pathToFileURL(join(PACKAGE_ROOT, 'build', 'src', 'render', 'saxon.js')).href;

function load(cacheDir: string | false): { code: string; file?: string; works: string } {
  const script = `
    const { loadSaxon } = await import(${JSON.stringify(MODULE)});
    const loaded = loadSaxon(${JSON.stringify(cacheDir)});
    const works = loaded.saxon.XPath.evaluate('string-join(for $i in 1 to 3 return string($i * 2), ",")');
    loaded.keep?.();
    console.log(JSON.stringify({ code: loaded.code, file: loaded.file, works }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { code: string; file?: string; works: string };
}

describe('Saxon-JS with its compiled code kept', () => {
  it('compiles once, is taken from the cache by the next process, and compiles again when the kept code is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saxon-code-'));
    try {
      const first = load(dir);
      expect(first).toMatchObject({ code: 'compiled', works: '2,4,6' });
      expect(first.file).toMatch(/saxon-js-[0-9.]+-v8-.*\.bin$/);

      expect(load(dir)).toMatchObject({ code: 'cache', works: '2,4,6' });

      writeFileSync(first.file!, 'not code');
      expect(load(dir)).toMatchObject({ code: 'compiled', works: '2,4,6' });
      expect(load(dir)).toMatchObject({ code: 'cache', works: '2,4,6' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps nothing without a cache folder', () => {
    expect(load(false)).toEqual({ code: 'compiled', works: '2,4,6' });
  }, 60_000);
});
