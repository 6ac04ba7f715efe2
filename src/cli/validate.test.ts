// `tei-edition validate` as users call it: files and folders, text and JSON output, exit statuses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './validate.js';

const TEI = 'http://www.tei-c.org/ns/1.0';
const RNG = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="${TEI}"><start><element name="TEI">
  <element name="teiHeader"><element name="title"><text/></element></element>
  <element name="text"><zeroOrMore><element name="p"><text/></element></zeroOrMore></element></element></start></grammar>`;

const dir = mkdtempSync(join(tmpdir(), 'tei-edition-validate-cli-'));
const rng = join(dir, 'small.rng');
writeFileSync(rng, RNG);
mkdirSync(join(dir, 'edition', 'deeper'), { recursive: true });
const good = `<TEI xmlns="${TEI}"><teiHeader><title>T</title></teiHeader><text><p>x</p></text></TEI>`;
writeFileSync(join(dir, 'edition', 'good.xml'), good);
writeFileSync(join(dir, 'edition', 'deeper', 'bad.xml'), `<TEI xmlns="${TEI}">\n<teiHeader></teiHeader><text/></TEI>`);
writeFileSync(join(dir, 'edition', 'notes.txt'), 'not looked at');
writeFileSync(join(dir, 'binary.xml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x00]));
writeFileSync(join(dir, 'good.xml'), good);

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const status = await run(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { status, out, err };
}

describe('tei-edition validate', () => {
  it('exit 0 when every file is valid', async () => {
    const { status, out, err } = await cli('--schema', rng, join(dir, 'good.xml'));
    expect(status).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/1 file: 1 valid, 0 invalid/);
  });

  it('walks folders for *.xml and prints file:line:col: error: message; exit 1', async () => {
    const { status, out, err } = await cli('--schema', rng, join(dir, 'edition'));
    expect(status).toBe(1);
    expect(out).toBe(`${join(dir, 'edition', 'deeper', 'bad.xml')}:2:24: error: element "teiHeader" incomplete; expected "title"\n`);
    expect(err).toMatch(/2 files: 1 valid, 1 invalid/);
  });

  it('JSON output as MISSION.md has it', async () => {
    const { status, out } = await cli('--schema', rng, '--format', 'json', join(dir, 'edition'), join(dir, 'binary.xml'));
    expect(status).toBe(1);
    const json = JSON.parse(out);
    expect(json.files.map((f: { file: string; valid: boolean }) => [f.file, f.valid])).toEqual([
      [join(dir, 'edition', 'deeper', 'bad.xml'), false],
      [join(dir, 'edition', 'good.xml'), true],
      [join(dir, 'binary.xml'), false],
    ]);
    expect(json.files[0].problems[0]).toEqual({ layer: 'schema', line: 2, column: 24, message: 'element "teiHeader" incomplete; expected "title"' });
    expect(json.files[2].problems[0].message).toMatch(/refused: not text/);
    expect(json.summary).toMatchObject({ files: 3, valid: 1, invalid: 2 });
  });

  it('exit 2 for a path that does not exist, a bad option, no path, TEI All not found', async () => {
    expect((await cli('--schema', rng, join(dir, 'missing.xml'))).status).toBe(2);
    expect((await cli('--format', 'yaml', join(dir, 'good.xml'))).status).toBe(2);
    expect((await cli()).status).toBe(2);
    const saved = process.env.TEI_ALL_RNG;
    delete process.env.TEI_ALL_RNG;
    const teiAll = await cli('--schema', 'tei-all', join(dir, 'good.xml'));
    if (saved !== undefined) process.env.TEI_ALL_RNG = saved;
    expect(teiAll.status).toBe(2);
    expect(teiAll.err).toMatch(/TEI_ALL_RNG/);
  });

  it('--help', async () => {
    const { status, out } = await cli('--help');
    expect(status).toBe(0);
    expect(out).toMatch(/--no-rules/);
  });
});

describe('tei-edition validate in worker threads (the built CLI)', () => {
  it('gives the same reports, in the same order, with 1 and 3 jobs', () => {
    const cliAt = join(import.meta.dirname, '..', '..', 'bin', 'tei-edition.js');
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 12; i++) writeFileSync(join(many, `f${String(i).padStart(2, '0')}.xml`), i % 3 ? good : `<TEI xmlns="${TEI}"><teiHeader/><text/></TEI>`);
    const runWith = (jobs: string) => spawnSync(process.execPath, [cliAt, 'validate', '--schema', rng, '--format', 'json', '--jobs', jobs, many], { encoding: 'utf8', env: { ...process.env, TEI_EDITION_CACHE: join(dir, 'cli-cache') } });
    const one = runWith('1');
    const three = runWith('3');
    expect(one.status).toBe(1);
    expect(three.status).toBe(1);
    const files = (out: string) => JSON.parse(out).files;
    expect(files(three.stdout)).toEqual(files(one.stdout));
    expect(files(one.stdout).filter((f: { valid: boolean }) => !f.valid)).toHaveLength(4);
    expect(JSON.parse(three.stdout).summary.jobs).toBe(3);
  });
});
