import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAGIT_TXT, writeBag } from './bagit.js';
import { depositEdition } from './deposit.js';
import { parseTagFile, tagValues } from './tag-file.js';
import { verifyBag } from './verify.js';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'edition');
const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-bagit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `sha256sum -c` and friends, run inside the bag: an independent check of our manifests. */
function checkWithCoreutils(bag: string, manifest: string): { ok: boolean; output: string } | undefined {
  const tool = /sha512/.test(manifest) ? 'sha512sum' : 'sha256sum';
  if (spawnSync(tool, ['--version']).error) {
    if (process.env.CI === 'true') throw new Error(`${tool} is required in CI`);
    console.warn(`skipped: ${tool} is not installed`);
    return undefined;
  }
  const run = spawnSync(tool, ['-c', '--strict', manifest], { cwd: bag, encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

function bagInfo(bag: string): [string, string][] {
  return parseTagFile(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).fields;
}

describe('bags of the fixture edition', () => {
  const out = join(tmp, 'per-document');
  const report = depositEdition(join(FIXTURE, 'dist'), { out, date: '2026-11-28' });

  it('makes one bag per document, each holding TEI, HTML (with the assets it links to), text, Dublin Core and the registers', () => {
    expect(report.failed).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['polish-telegram-jelen-1962-01-02', 'wcda-115180']);
    const bag = join(out, 'wcda-115180');
    expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const listed = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8').trim().split('\n').map((l) => l.split('  ')[1]);
    expect(listed).toEqual([
      'data/assets/edition.css',
      'data/dublin-core/wcda-115180.xml',
      'data/html/wcda-115180.html',
      'data/tei/registers/persons.xml',
      'data/tei/wcda-115180.xml',
      'data/text/wcda-115180.txt',
    ]);
    expect(readFileSync(join(bag, 'data/tei/wcda-115180.xml'))).toEqual(readFileSync(join(FIXTURE, 'dist/tei/wcda-115180.xml')));
  });

  it('passes our verifier', () => {
    for (const name of readdirSync(out)) expect(verifyBag(join(out, name)).problems).toEqual([]);
  });

  it('passes sha256sum -c and sha512sum -c on every manifest, run inside the bag', () => {
    for (const name of readdirSync(out)) {
      for (const manifest of ['manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt']) {
        const result = checkWithCoreutils(join(out, name), manifest);
        if (result) expect(result.ok, `${name}/${manifest}: ${result.output}`).toBe(true);
      }
    }
  });

  it('writes bag-info from the configuration and the TEI header', () => {
    const info = bagInfo(join(out, 'wcda-115180'));
    const value = (label: string): string[] => tagValues(info, label);
    expect(value('Source-Organization')).toEqual(['Fixture Archive Project']);
    expect(value('Organization-Address')).toEqual(['1 Archive Street, Springfield']);
    expect(value('Contact-Name')).toEqual(['Fixture Editors']);
    expect(value('Contact-Email')).toEqual(['editors@example.org']);
    expect(value('Publisher')).toEqual(['Fixture Press']);
    expect(value('External-Identifier')).toEqual(['wcda-115180', 'https://example.org/tei-edition/html/wcda-115180.html']);
    expect(value('External-Description')).toEqual([
      "A record of a conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara, recorded in Kudryavtsev's diary. They discuss the internal and economic situations in Cuba, as well as U.S.-Cuban relations.",
    ]);
    expect(value('Bagging-Date')).toEqual(['2026-11-28']);
    expect(value('Bag-Software-Agent')[0]).toMatch(/^tei-edition v\d+\.\d+\.\d+/);
    expect(value('Bag-Group-Identifier')).toEqual(['https://example.org/fixture-edition']);
    expect(value('Bag-Count')).toEqual(['2 of 2']);
    const payload = ['assets', 'dublin-core', 'html', 'tei', 'text'].flatMap((d) =>
      readdirSync(join(out, 'wcda-115180', 'data', d), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)),
    );
    const bytes = payload.reduce((sum, f) => sum + readFileSync(f).byteLength, 0);
    expect(value('Payload-Oxum')).toEqual([`${bytes}.${payload.length}`]);
  });

  it('puts the whole edition in one bag with --collection', () => {
    const collection = join(tmp, 'collection');
    const { packages } = depositEdition(join(FIXTURE, 'dist'), { out: collection, mode: 'collection', date: '2026-11-28' });
    expect(packages.map((p) => p.name)).toEqual(['fixture-edition-of-diplomatic-records']);
    const bag = packages[0]!.path;
    expect(verifyBag(bag).problems).toEqual([]);
    // 2 × (TEI, HTML, text, DC), the register, and the site: index.html and both assets.
    expect(verifyBag(bag).files).toBe(12);
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toMatch(/ {2}data\/index\.html\n/);
    expect(tagValues(bagInfo(bag), 'External-Identifier')).toEqual(['https://example.org/fixture-edition']);
    expect(tagValues(bagInfo(bag), 'Bag-Group-Identifier')).toEqual(['https://example.org/fixture-edition']);
    const result = checkWithCoreutils(bag, 'manifest-sha512.txt');
    if (result) expect(result.ok, result.output).toBe(true);
  });

  it('writes one zip per bag with --zip, unpacking to one folder named like the zip, that verifies', () => {
    const zips = join(tmp, 'zips');
    const { packages } = depositEdition(join(FIXTURE, 'dist'), { out: zips, zip: true, date: '2026-11-28' });
    expect(readdirSync(zips).sort()).toEqual(['polish-telegram-jelen-1962-01-02.zip', 'wcda-115180.zip']);
    for (const p of packages) expect(verifyBag(p.path).problems).toEqual([]);
    const unzip = spawnSync('unzip', ['-q', join(zips, 'wcda-115180.zip'), '-d', join(tmp, 'unzipped')]);
    if (unzip.error) return console.warn('skipped: unzip is not installed');
    expect(readdirSync(join(tmp, 'unzipped'))).toEqual(['wcda-115180']);
    expect(verifyBag(join(tmp, 'unzipped', 'wcda-115180')).problems).toEqual([]);
  });
});

describe('file names in a bag', () => {
  it('keeps spaces and non-ASCII as they are, so sha256sum -c still finds the files', () => {
    const bag = join(tmp, 'names');
    writeBag(bag, {
      payload: [
        { path: 'letters/Jeleń to Krajewski.txt', bytes: Buffer.from('Ciphergram No. 150\n') },
        { path: '北京/電報.txt', bytes: Buffer.from('telegram\n') },
      ],
      info: [['Source-Organization', 'Test']],
    });
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toContain('  data/letters/Jeleń to Krajewski.txt\n');
    expect(verifyBag(bag).problems).toEqual([]);
    const result = checkWithCoreutils(bag, 'manifest-sha256.txt');
    if (result) expect(result.ok, result.output).toBe(true);
  });

  it('percent-encodes % in manifest paths and the verifier decodes it', () => {
    const bag = join(tmp, 'percent');
    writeBag(bag, { payload: [{ path: '100% done.txt', bytes: Buffer.from('x') }], info: [] });
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toMatch(/ {2}data\/100%25 done\.txt\n$/);
    expect(verifyBag(bag).problems).toEqual([]);
  });

  it('refuses two payload files with one path', () => {
    const twice = { path: 'tei/a.xml', bytes: Buffer.from('<a/>') };
    expect(() => writeBag(join(tmp, 'twice'), { payload: [twice, twice], info: [] })).toThrow('two payload files would be data/tei/a.xml');
  });

  it('refuses a payload path that would leave data/', () => {
    expect(() => writeBag(join(tmp, 'escape'), { payload: [{ path: '../bagit.txt', bytes: Buffer.from(BAGIT_TXT) }], info: [] })).toThrow(/inside data/);
  });
});
