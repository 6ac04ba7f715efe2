import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { WriteError, nodeFs, removeLeftovers, writeFileAtomic, type WriteFs } from './atomic.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tei-edition-atomic-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('replaces a file with the new content and leaves no temporary file', async () => {
  const file = join(dir, 'sub', 'a.xml');
  await writeFileAtomic(file, 'one');
  await writeFileAtomic(file, 'two');
  expect(readFileSync(file, 'utf8')).toBe('two');
  expect(readdirSync(join(dir, 'sub'))).toEqual(['a.xml']);
});

it('keeps the previous file whole when the disk fills up mid-write', async () => {
  const file = join(dir, 'a.xml');
  writeFileSync(file, '<TEI>the previous, complete file</TEI>');
  const full: WriteFs = {
    ...nodeFs,
    writeNew: async (path, data) => {
      writeFileSync(path, String(data).slice(0, 5));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
  const attempt = writeFileAtomic(file, '<TEI>a new file that does not fit</TEI>', full);
  await expect(attempt).rejects.toBeInstanceOf(WriteError);
  await expect(writeFileAtomic(file, 'x', full)).rejects.toThrow(`could not write ${file}: the disk is full; free some space and build again (ENOSPC); the previous version of the file is unchanged`);
  expect(readFileSync(file, 'utf8')).toBe('<TEI>the previous, complete file</TEI>');
  expect(readdirSync(dir)).toEqual(['a.xml']);
});

it('removes what a killed write left behind, and nothing else', async () => {
  writeFileSync(join(dir, '.a.xml.1234abcd.tei-edition-tmp'), 'half');
  writeFileSync(join(dir, 'a.xml'), 'whole');
  writeFileSync(join(dir, '.hidden'), 'mine');
  expect(await removeLeftovers(dir)).toBe(1);
  expect(readdirSync(dir).sort()).toEqual(['.hidden', 'a.xml']);
});
