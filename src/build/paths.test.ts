import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameAllocator, assertInside, fileStem, outputPath } from './paths.js';

describe('fileStem', () => {
  it.each([
    ['wcda-115180', 'wcda-115180'],
    ['../../etc/passwd', 'etc-passwd'],
    ['/abs/olute', 'abs-olute'],
    ['C:\\Windows\\x', 'C-Windows-x'],
    ['nul\0byte', 'nul-byte'],
    ['..', 'document'],
    ['', 'document'],
    ['CON', '_CON'],
    ['aux.txt', '_aux.txt'],
    ['com1', '_com1'],
    ['Lpt9', '_Lpt9'],
    ['console', 'console'],
    ['Jeleń', 'Jelen'],
    ['trailing.', 'trailing'],
    ['a--b', 'a-b'],
    ['x-', 'x'],
    ['-x', 'x'],
    ['_x.y-2', '_x.y-2'],
    ['con.x', '_con.x'],
  ])('%j → %j', (id, stem) => expect(fileStem(id)).toBe(stem));

  it('shortens very long ids, keeping them apart by a hash', () => {
    const a = fileStem('a'.repeat(1000) + '1');
    const b = fileStem('a'.repeat(1000) + '2');
    expect(a.length).toBeLessThanOrEqual(120);
    expect(a).not.toBe(b);
  });

  it('is stable on names it made', () => {
    for (const id of ['../x', 'CON', 'a'.repeat(500), 'same-2', 'a'.repeat(108) + '-b'.repeat(30), 'a'.repeat(107) + '.-' + 'b'.repeat(50)]) expect(fileStem(fileStem(id))).toBe(fileStem(id));
  });

  it('makes of any id a plain name that is its own stem and stays in the output folder', () => {
    const piece = fc.constantFrom('a', 'Z', '0', '_', '-', '.', '..', '/', '\\', '\0', ' ', 'é', 'Ł', '--', 'con', 'NUL', 'lpt1', 'ﬁ', '²');
    const id = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(id, (id) => {
        const stem = fileStem(id);
        expect(stem).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
        expect(stem.length).toBeLessThanOrEqual(120);
        expect(fileStem(stem)).toBe(stem);
        const path = outputPath('/out', 'tei', id);
        expect(assertInside('/out', path)).toBe(path);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});

describe('NameAllocator', () => {
  it('tells apart names that differ only in case, for case-insensitive disks', () => {
    const names = new NameAllocator();
    expect(names.claim('a.md', 'Doc')).toBe('Doc');
    expect(names.claim('b.md', 'doc')).toBe('doc-2');
    expect(names.claim('c.md', 'DOC')).toBe('DOC-3');
    expect(names.claim('a.md', 'Doc')).toBe('Doc');
  });

  it('lets a document keep its name from the last build', () => {
    const names = new NameAllocator([['b.md', 'same']]);
    expect(names.claim('a.md', 'same')).toBe('same-2');
    expect(names.claim('b.md', 'same', 'same')).toBe('same');
  });
});

describe('assertInside', () => {
  it('refuses anything outside the output folder', () => {
    expect(() => assertInside('/out', '../x')).toThrow(/outside the output folder/);
    expect(() => assertInside('/out', '/etc/passwd')).toThrow(/outside/);
    expect(() => assertInside('/out', 'tei/../../x')).toThrow(/outside/);
    expect(() => assertInside('/out', 'tei/a\0b')).toThrow(/outside/);
    expect(assertInside('/out', 'tei/a.xml')).toBe('/out/tei/a.xml');
  });

  it('outputPath sanitises whatever stem it is given', () => {
    expect(outputPath('/out', 'tei', '../../x')).toBe('/out/tei/x.xml');
    expect(outputPath('/out', 'html', 'a')).toBe('/out/html/a.html');
  });
});
