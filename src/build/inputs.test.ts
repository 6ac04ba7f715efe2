import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { collectInputs } from './inputs.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tei-edition-inputs-'));
  mkdirSync(join(dir, 'in/sub'), { recursive: true });
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'in/b.md'), 'b');
  writeFileSync(join(dir, 'in/a.TXT'), 'a');
  writeFileSync(join(dir, 'in/sub/c.md'), 'c');
  writeFileSync(join(dir, 'in/notes.pdf'), 'x');
  writeFileSync(join(dir, 'in/.hidden.md'), 'x');
  writeFileSync(join(dir, 'outside/secret.md'), 'not for the edition');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sources = (r: ReturnType<typeof collectInputs>) => r.inputs.map((i) => i.source);

it('finds the transcriptions of a folder, in a stable order', () => {
  const r = collectInputs(['in'], { cwd: dir });
  expect(sources(r)).toEqual(['in/a.TXT', 'in/b.md', 'in/sub/c.md']);
  expect(r.problems).toEqual([]);
});

it('does not follow symbolic links out of the input folder', () => {
  symlinkSync(join(dir, 'outside/secret.md'), join(dir, 'in/link.md'));
  symlinkSync(join(dir, 'outside'), join(dir, 'in/linkdir'));
  symlinkSync(join(dir, 'in/b.md'), join(dir, 'in/same.md'));
  symlinkSync(join(dir, 'in'), join(dir, 'in/sub/loop'));
  const r = collectInputs(['in'], { cwd: dir });
  expect(sources(r)).toEqual(['in/a.TXT', 'in/b.md', 'in/sub/c.md']);
  expect(r.problems.map((p) => [p.file, p.message])).toEqual([
    ['in/link.md', 'symbolic link out of in; not followed'],
    ['in/linkdir', 'symbolic link out of in; not followed'],
  ]);
});

it('names a missing path and an empty folder, with what to do', () => {
  mkdirSync(join(dir, 'empty'));
  const r = collectInputs(['nowhere.md', 'empty', 'in/b.md'], { cwd: dir });
  expect(sources(r)).toEqual(['in/b.md']);
  expect(r.problems.map((p) => [p.severity, p.file, p.message])).toEqual([
    ['error', 'nowhere.md', 'no such file or folder; check the path'],
    ['error', 'empty', 'folder holds no transcriptions (*.md, *.txt); name a folder or files of transcriptions'],
  ]);
});

it('reads a file named explicitly whatever its extension, once', () => {
  const r = collectInputs(['in/notes.pdf', 'in', 'in/b.md'], { cwd: dir });
  expect(sources(r)).toEqual(['in/notes.pdf', 'in/a.TXT', 'in/b.md', 'in/sub/c.md']);
});

it('skips the output folder when it lies inside the input folder', () => {
  mkdirSync(join(dir, 'in/dist/text'), { recursive: true });
  writeFileSync(join(dir, 'in/dist/text/x.txt'), 'output');
  expect(sources(collectInputs(['in'], { cwd: dir, exclude: ['in/dist'] }))).toEqual(['in/a.TXT', 'in/b.md', 'in/sub/c.md']);
});
