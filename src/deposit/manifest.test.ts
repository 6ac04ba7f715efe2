import { describe, expect, it } from 'vitest';
import { checksum, decodeManifestPath, encodeManifestPath, formatManifest, parseManifest } from './manifest.js';
import { formatTagFile, parseTagFile, tagValues } from './tag-file.js';

describe('manifest paths (RFC 8493 §2.1.3)', () => {
  it('percent-encodes only CR, LF and %', () => {
    expect(encodeManifestPath('data/100% sure\r\nnow.txt')).toBe('data/100%25 sure%0D%0Anow.txt');
    expect(encodeManifestPath('data/Jeleń letter.xml')).toBe('data/Jeleń letter.xml');
  });

  it('decodes what it encodes, and leaves other escapes alone', () => {
    for (const path of ['data/a%b', 'data/x\ny', 'data/%0A literal', 'data/Ž z.txt']) {
      expect(decodeManifestPath(encodeManifestPath(path))).toBe(path);
    }
    expect(decodeManifestPath('data/a%20b')).toBe('data/a%20b');
    expect(decodeManifestPath('data/a%0ab')).toBe('data/a\nb');
  });

  it('writes sorted `checksum  path` lines and reads them back, with line numbers', () => {
    const text = formatManifest([
      { path: 'data/b.txt', checksum: 'bb' },
      { path: 'data/a b.txt', checksum: 'aa' },
    ]);
    expect(text).toBe('aa  data/a b.txt\nbb  data/b.txt\n');
    const parsed = parseManifest(text + 'not a line\r\n');
    expect(parsed.entries).toEqual([
      { checksum: 'aa', path: 'data/a b.txt', line: 1 },
      { checksum: 'bb', path: 'data/b.txt', line: 2 },
    ]);
    expect(parsed.malformed).toEqual([{ line: 3, text: 'not a line' }]);
  });

  it('computes the digests sha256sum and sha512sum compute', () => {
    const abc = new TextEncoder().encode('abc');
    expect(checksum('sha256', abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(checksum('sha512', abc).slice(0, 16)).toBe('ddaf35a193617aba');
  });
});

describe('tag files (bag-info.txt)', () => {
  it('folds long values under 80 columns and unfolds them on reading', () => {
    const long = 'A record of a conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara, recorded in his diary.';
    const text = formatTagFile([['External-Description', long], ['Bag-Count', '1 of 2'], ['External-Identifier', 'a'], ['External-Identifier', 'b']]);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(79);
    expect(text.split('\n')[1]).toMatch(/^ {2}\S/);
    const { fields, malformed } = parseTagFile(text);
    expect(malformed).toEqual([]);
    expect(tagValues(fields, 'external-description')).toEqual([long]);
    expect(tagValues(fields, 'External-Identifier')).toEqual(['a', 'b']);
  });

  it('keeps a word longer than a line whole', () => {
    const url = `https://example.org/${'x'.repeat(120)}`;
    const value = `see ${url} and ${url}`;
    const text = formatTagFile([['External-Description', value]]);
    expect(text).toBe(`External-Description: see\n  ${url}\n  and\n  ${url}\n`);
    expect(tagValues(parseTagFile(text).fields, 'External-Description')).toEqual([value]);
  });

  it('reports lines that are not `Label: value`', () => {
    expect(parseTagFile('BagIt-Version: 1.0\nrubbish\n').malformed).toEqual([{ line: 2, text: 'rubbish' }]);
  });
});
