import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBag } from './bagit.js';
import { formatVerification, verifyBag, type BagVerification } from './verify.js';

const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-verify-'));
const pristine = join(tmp, 'pristine');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  writeBag(pristine, {
    payload: [
      { path: 'tei/wcda-115180.xml', bytes: Buffer.from('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="wcda-115180"/>\n') },
      { path: 'text/wcda-115180.txt', bytes: Buffer.from('RECORD OF CONVERSATION\n') },
      { path: 'html/wcda-115180.html', bytes: Buffer.from('<!DOCTYPE html><title>x</title>\n') },
    ],
    info: [['Source-Organization', 'Test'], ['External-Identifier', 'wcda-115180']],
  });
});

let copies = 0;
/** A fresh copy of the good bag, altered by `tamper`, then verified. */
function tampered(tamper: (bag: string) => void): BagVerification {
  const bag = join(tmp, `copy-${++copies}`);
  cpSync(pristine, bag, { recursive: true });
  tamper(bag);
  return verifyBag(bag);
}

function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('verifying a bag', () => {
  it('finds nothing wrong with an untouched bag', () => {
    const result = verifyBag(pristine);
    expect(result).toMatchObject({ valid: true, problems: [], files: 3 });
    expect(formatVerification(result)).toMatch(/valid bag \(3 payload files/);
  });

  it('catches one byte changed in a payload file, in each manifest', () => {
    const result = tampered((bag) => edit(join(bag, 'data/text/wcda-115180.txt'), (t) => t.replace('RECORD', 'RECORd')));
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      { file: 'data/text/wcda-115180.txt', message: 'sha256 checksum does not match manifest-sha256.txt line 3' },
      { file: 'data/text/wcda-115180.txt', message: 'sha512 checksum does not match manifest-sha512.txt line 3' },
    ]);
  });

  it('catches a payload file removed', () => {
    const result = tampered((bag) => unlinkSync(join(bag, 'data/html/wcda-115180.html')));
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.file)).toEqual(['data/html/wcda-115180.html', 'data/html/wcda-115180.html', 'bag-info.txt']);
    expect(result.problems[0]!.message).toBe('listed in manifest-sha256.txt line 1 but missing from the bag');
  });

  it('catches an extra file added to the payload', () => {
    const result = tampered((bag) => writeFileSync(join(bag, 'data/tei/extra.xml'), '<x/>'));
    expect(result.valid).toBe(false);
    expect(result.problems).toContainEqual({ file: 'data/tei/extra.xml', message: 'payload file not listed in manifest-sha256.txt' });
    expect(result.problems).toContainEqual({ file: 'data/tei/extra.xml', message: 'payload file not listed in manifest-sha512.txt' });
    expect(result.problems.find((p) => p.file === 'bag-info.txt')?.message).toMatch(/Payload-Oxum/);
  });

  it('catches a manifest line edited, in the payload file and in the tag manifests', () => {
    const result = tampered((bag) => edit(join(bag, 'manifest-sha256.txt'), (t) => t.replace(/^[0-9a-f]/, (c) => (c === '0' ? '1' : '0'))));
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      { file: 'data/html/wcda-115180.html', message: 'sha256 checksum does not match manifest-sha256.txt line 1' },
      { file: 'manifest-sha256.txt', message: 'sha256 checksum does not match tagmanifest-sha256.txt line 3' },
      { file: 'manifest-sha256.txt', message: 'sha512 checksum does not match tagmanifest-sha512.txt line 3' },
    ]);
  });

  it('catches a manifest line that names a file the bag does not have', () => {
    const result = tampered((bag) => edit(join(bag, 'manifest-sha512.txt'), (t) => t.replace('data/tei/wcda-115180.xml', 'data/tei/wcda-115181.xml')));
    expect(result.problems).toContainEqual({ file: 'data/tei/wcda-115181.xml', message: 'listed in manifest-sha512.txt line 2 but missing from the bag' });
    expect(result.problems).toContainEqual({ file: 'data/tei/wcda-115180.xml', message: 'payload file not listed in manifest-sha512.txt' });
  });

  it('catches a wrong Payload-Oxum', () => {
    const result = tampered((bag) => edit(join(bag, 'bag-info.txt'), (t) => t.replace(/Payload-Oxum: (\d+)\.3/, (_, n) => `Payload-Oxum: ${Number(n) + 1}.3`)));
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toMatchObject({ file: 'bag-info.txt' });
    expect(result.problems[0]!.message).toMatch(/^Payload-Oxum \d+\.3 does not match the payload \(\d+ bytes in 3 files/);
    // bag-info.txt is a tag file: its tag manifest entries catch the edit too.
    expect(result.problems.slice(1)).toEqual([
      { file: 'bag-info.txt', message: 'sha256 checksum does not match tagmanifest-sha256.txt line 1' },
      { file: 'bag-info.txt', message: 'sha512 checksum does not match tagmanifest-sha512.txt line 1' },
    ]);
  });

  it('catches a missing or wrong bagit.txt, and a bag without manifests', () => {
    expect(tampered((bag) => unlinkSync(join(bag, 'bagit.txt'))).problems[0]).toEqual({ file: 'bagit.txt', message: 'missing: every bag must have a bag declaration' });
    const noManifest = tampered((bag) => {
      unlinkSync(join(bag, 'manifest-sha256.txt'));
      unlinkSync(join(bag, 'manifest-sha512.txt'));
    });
    expect(noManifest.problems[0]).toEqual({ file: 'manifest-sha256.txt', message: 'no payload manifest (manifest-ALGORITHM.txt) in the bag' });
    // The tag manifests still list them: each is reported missing there.
    expect(noManifest.problems.filter((p) => /missing from the bag/.test(p.message)).map((p) => p.file).sort()).toEqual(['manifest-sha256.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'manifest-sha512.txt']);
  });

  it('catches a manifest line that points outside the bag', () => {
    const result = tampered((bag) => edit(join(bag, 'manifest-sha256.txt'), (t) => t + '00  data/../../etc/passwd\n'));
    expect(result.problems).toContainEqual({ file: 'manifest-sha256.txt', message: 'line 4: path "data/../../etc/passwd" leaves the bag' });
  });

  it('reads a zipped bag, and catches tampering inside it', () => {
    const files: Record<string, Uint8Array> = {};
    for (const name of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt', 'data/tei/wcda-115180.xml', 'data/text/wcda-115180.txt', 'data/html/wcda-115180.html']) {
      files[`bag/${name}`] = readFileSync(join(pristine, name));
    }
    writeFileSync(join(tmp, 'good.zip'), zipSync(files));
    expect(verifyBag(join(tmp, 'good.zip')).problems).toEqual([]);
    files['bag/data/text/wcda-115180.txt'] = Buffer.from('RECORD OF CONVERSATIOn\n');
    writeFileSync(join(tmp, 'bad.zip'), zipSync(files));
    expect(verifyBag(join(tmp, 'bad.zip')).problems.map((p) => p.file)).toEqual(['data/text/wcda-115180.txt', 'data/text/wcda-115180.txt']);
  });

  it('names the bag and each file in its report', () => {
    const result = tampered((bag) => unlinkSync(join(bag, 'data/text/wcda-115180.txt')));
    const text = formatVerification(result);
    expect(text).toContain(`${result.bag}/data/text/wcda-115180.txt: listed in manifest-sha256.txt line 3 but missing from the bag\n`);
    expect(text).toMatch(/INVALID \(3 problems\)\n$/);
  });

  it('accepts a minimal bag of another tool: md5 manifest, CRLF lines, no bag-info or tag manifest', () => {
    const bag = join(tmp, 'other-tool');
    mkdirSync(join(bag, 'data', 'sub dir'), { recursive: true });
    writeFileSync(join(bag, 'data', 'sub dir', 'a.txt'), 'hello\n');
    writeFileSync(join(bag, 'bagit.txt'), 'BagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8\r\n');
    writeFileSync(join(bag, 'manifest-md5.txt'), 'b1946ac92492d2347c6235b4d2611184 *data/sub dir/a.txt\r\n');
    expect(verifyBag(bag).problems).toEqual([]);
    writeFileSync(join(bag, 'manifest-md5.txt'), 'b1946ac92492d2347c6235b4d2611185  data/sub dir/a.txt\n');
    expect(verifyBag(bag).problems).toEqual([{ file: 'data/sub dir/a.txt', message: 'md5 checksum does not match manifest-md5.txt line 1' }]);
  });

  it('reports a path that is not a bag', () => {
    expect(verifyBag(join(tmp, 'nothing-here')).problems).toEqual([{ file: '.', message: 'no such bag (folder or .zip)' }]);
  });
});
