import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { removeAbandoned } from './atomic.js';
import { writeFile, type FileWriter } from './bagit.js';
import { depositEdition } from './deposit.js';
import { dcValues, parseDspace } from './dublin-core.js';
import { verifyBag } from './verify.js';

const DIST = join(import.meta.dirname, 'fixtures', 'edition', 'dist');
const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-deposit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A writer that fails at its `n`th file, as a full disk or a killed process would. */
function failingAt(n: number): FileWriter {
  let count = 0;
  return (path, data) => {
    if (++count === n) throw new Error('ENOSPC: no space left on device (simulated)');
    writeFile(path, data);
  };
}

describe('an interrupted deposit', () => {
  it('leaves no partial bag behind', () => {
    const out = join(tmp, 'interrupted');
    expect(() => depositEdition(DIST, { out, write: failingAt(3) })).toThrow(/ENOSPC/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves the bags finished before it whole, and only those', () => {
    const out = join(tmp, 'interrupted-later');
    // 12 files make a document's bag (6 payload, 6 tag files): the second bag fails midway.
    expect(() => depositEdition(DIST, { out, write: failingAt(14) })).toThrow(/ENOSPC/);
    expect(readdirSync(out)).toEqual(['polish-telegram-jelen-1962-01-02']);
    expect(verifyBag(join(out, 'polish-telegram-jelen-1962-01-02')).valid).toBe(true);
  });

  it('keeps the previous bag of the same name whole when its replacement fails', () => {
    const out = join(tmp, 'replace');
    depositEdition(DIST, { out, date: '2026-01-01' });
    expect(() => depositEdition(DIST, { out, date: '2026-11-28', write: failingAt(4) })).toThrow(/ENOSPC/);
    expect(readdirSync(out).sort()).toEqual(['polish-telegram-jelen-1962-01-02', 'wcda-115180']);
    expect(readFileSync(join(out, 'wcda-115180', 'bag-info.txt'), 'utf8')).toContain('Bagging-Date: 2026-01-01');
    depositEdition(DIST, { out, date: '2026-11-28' });
    expect(readFileSync(join(out, 'wcda-115180', 'bag-info.txt'), 'utf8')).toContain('Bagging-Date: 2026-11-28');
    expect(readdirSync(out).sort()).toEqual(['polish-telegram-jelen-1962-01-02', 'wcda-115180']);
  });

  it('leaves no partial zip either', () => {
    const out = join(tmp, 'interrupted-zip');
    expect(() => depositEdition(DIST, { out, zip: true, write: failingAt(2) })).toThrow(/ENOSPC/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('has what a killed process left cleared by the next deposit', () => {
    const out = join(tmp, 'killed');
    // A pid that is not running: children exit before spawnSync returns.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(out, `.partial-${dead}-abc-wcda-115180`, 'data'), { recursive: true });
    mkdirSync(join(out, `.partial-1-abc-kept`), { recursive: true }); // pid 1 is running: not ours to touch
    expect(removeAbandoned(out)).toEqual([`.partial-${dead}-abc-wcda-115180`]);
    expect(readdirSync(out)).toEqual(['.partial-1-abc-kept']);
  });
});

describe('DSpace Simple Archive Format', () => {
  const out = join(tmp, 'saf');
  const report = depositEdition(DIST, { out, format: 'saf', date: '2026-11-28' });
  const archive = join(out, 'fixture-edition-of-diplomatic-records-saf');

  it('writes one item per document, and one for the registers', () => {
    expect(report.packages.map((p) => p.path)).toEqual([archive]);
    expect(readdirSync(archive).sort()).toEqual(['item_001', 'item_002', 'item_003']);
    expect(readdirSync(join(archive, 'item_002')).sort()).toEqual(['contents', 'dublin_core.xml', 'license.txt', 'wcda-115180.html', 'wcda-115180.txt', 'wcda-115180.xml']);
  });

  it('lists each file with its bundle in contents, the TEI as primary bitstream', () => {
    expect(readFileSync(join(archive, 'item_002', 'contents'), 'utf8')).toBe(
      [
        'wcda-115180.xml\tbundle:ORIGINAL\tdescription:TEI-XML\tprimary:true',
        'wcda-115180.html\tbundle:ORIGINAL\tdescription:HTML edition',
        'wcda-115180.txt\tbundle:ORIGINAL\tdescription:Plain-text edition',
        'license.txt\tbundle:LICENSE',
        '',
      ].join('\n'),
    );
    for (const item of readdirSync(archive)) {
      for (const line of readFileSync(join(archive, item, 'contents'), 'utf8').trim().split('\n')) {
        expect(existsSync(join(archive, item, line.split('\t')[0]!)), `${item}: ${line}`).toBe(true);
      }
    }
  });

  it('writes a well-formed dublin_core.xml with the document values', () => {
    const xml = readFileSync(join(archive, 'item_002', 'dublin_core.xml'), 'utf8');
    new SaxesParser().write(xml).close();
    const fields = parseDspace(xml);
    expect(dcValues(fields, 'title')).toEqual(['Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara']);
    expect(dcValues(fields, 'contributor.translator')).toEqual(['Svetlana Savranskaya']);
    expect(dcValues(fields, 'date.issued')).toEqual(['2026-11-28']);
    const registers = parseDspace(readFileSync(join(archive, 'item_003', 'dublin_core.xml'), 'utf8'));
    expect(dcValues(registers, 'title')).toEqual(['Fixture Edition of Diplomatic Records: registers of persons, places and organisations']);
    expect(dcValues(registers, 'type')).toEqual(['Dataset']);
  });

  it('zips the items at the root of the archive with --zip', () => {
    const zipped = join(tmp, 'saf-zip');
    depositEdition(DIST, { out: zipped, format: 'saf', zip: true });
    const list = spawnSync('unzip', ['-Z1', join(zipped, 'fixture-edition-of-diplomatic-records-saf.zip')], { encoding: 'utf8' });
    if (list.error) return console.warn('skipped: unzip is not installed');
    expect(list.stdout.split('\n')).toContain('item_002/dublin_core.xml');
  });
});

describe('documents that cannot be deposited', () => {
  it('leaves out TEI that is not well-formed, says which, and deposits the rest', () => {
    const dist = join(tmp, 'broken-dist');
    cpSync(DIST, dist, { recursive: true });
    writeFileSync(join(dist, 'tei', 'broken.xml'), '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>');
    const report = depositEdition(dist, { out: join(tmp, 'broken-out'), root: join(DIST, '..') });
    expect(report.failed.map((f) => f.file)).toEqual([join(dist, 'tei', 'broken.xml')]);
    expect(report.packages.map((p) => p.name).sort()).toEqual(['polish-telegram-jelen-1962-01-02', 'wcda-115180']);
    expect(report.warnings).toEqual([
      `${join(dist, 'tei', 'broken.xml')}: no html rendering of broken in the build; deposited without it`,
      `${join(dist, 'tei', 'broken.xml')}: no text rendering of broken in the build; deposited without it`,
    ]);
  });

  it('packages the site but not the build report, nor a deposit written inside DIST', () => {
    const dist = join(tmp, 'dist-with-out');
    cpSync(DIST, dist, { recursive: true });
    const out = join(dist, 'deposit');
    depositEdition(dist, { out, root: join(DIST, '..'), mode: 'collection' });
    depositEdition(dist, { out, root: join(DIST, '..'), mode: 'collection' });
    const manifest = readFileSync(join(out, 'fixture-edition-of-diplomatic-records', 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toContain('  data/index.html\n');
    expect(manifest).toContain('  data/assets/search.js\n');
    expect(manifest).not.toContain('build-report.json');
    expect(manifest).not.toContain('deposit/');
  });

  it('refuses a folder that is not a built edition', () => {
    expect(() => depositEdition(tmp, { out: join(tmp, 'x') })).toThrow(/not a built edition/);
  });
});
