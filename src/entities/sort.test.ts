import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortShort } from './sort.js';

describe('sorting the short lists of a segment', () => {
  it('gives the order Array.prototype.sort gives, ties kept in their order', () => {
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }), (keys) => {
        const items = keys.map((key, n) => ({ key, n }));
        expect(sortShort(items.slice(), byKey)).toEqual(items.slice().sort(byKey));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
