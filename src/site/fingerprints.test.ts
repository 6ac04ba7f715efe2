import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourcePrints, lanesOf, type Rows } from './fingerprints.js';

/** Rows as a list of [document, entity?] pairs; an entity's row carries a print of its mention (here, of its id). */
type Row = [string, string?];
const rows = (list: Row[]): Rows => (visit) => {
  for (const [document, entity] of list) visit(document, entity === undefined ? undefined : lanesOf(entity));
};

const digests = () => new Map([['a', 'digest a'], ['b', 'digest b'], ['c', 'digest c']]);
const print = (list: Row[], prints = new SourcePrints(digests()), file = 'persons-k.html') => prints.print('salt', file, [rows(list)]);

describe("a page's sources print", () => {
  const page: Row[] = [['a', 'per-kim'], ['b', 'per-kim'], ['c', 'per-lee']];

  it('is the same for the same rows and digests, whichever SourcePrints made it', () => {
    expect(print(page)).toBe(print(page));
    expect(print(page)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with a document's digest, a row added or removed, a row's print (as when it moves to another entity), the file or the salt", () => {
    const changed = digests().set('b', 'digest b, retitled');
    const variants = [
      print(page, new SourcePrints(changed)),
      print([...page, ['c', 'per-kim']]),
      print(page.slice(0, 2)),
      print([['a', 'per-kim'], ['b', 'per-lee'], ['c', 'per-lee']]),
      print([['a'], ['b'], ['c']]),
      print(page, undefined, 'persons-l.html'),
      new SourcePrints(digests()).print('other salt', 'persons-k.html', [rows(page)]),
    ];
    expect(new Set([print(page), ...variants]).size).toBe(variants.length + 1);
  });

  it('is the same for a page whose rows come in several sets, each added up once however many pages show it', () => {
    const prints = new SourcePrints(digests());
    const kim = rows([['a', 'per-kim'], ['b', 'per-kim']]);
    const lee = rows([['c', 'per-lee']]);
    expect(prints.print('salt', 'persons-k.html', [kim, lee])).toBe(print(page));
    expect(prints.print('salt', 'persons-k.html', [lee, kim])).toBe(print(page));
    // The same set on another page: its sum is taken again from what was added up, and is the same.
    expect(prints.print('salt', 'persons.html', [kim, lee])).toBe(print(page, undefined, 'persons.html'));
  });

  it('tells apart a row counted twice from rows that cancel out', () => {
    // A sum of mixed numbers, not an exclusive or: the same row twice does not vanish.
    expect(print([['a'], ['a'], ['b']])).not.toBe(print([['b']]));
    expect(print([['a', 'per-kim'], ['a', 'per-kim']])).not.toBe(print([]));
  });

  it('differs for any two different collections of rows (property)', () => {
    const row = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.option(fc.constantFrom('per-kim', 'per-lee', 'pla-seoul'), { nil: undefined }));
    const key = (list: Row[]) => list.map(([d, e]) => `${d}\t${e ?? ''}`).sort().join('\n');
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.array(row, { maxLength: 12 }), (one, other) => {
        const prints = new SourcePrints(digests());
        expect(print(one, prints) === print(other, prints)).toBe(key(one) === key(other));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
