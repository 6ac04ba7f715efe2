import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Inline } from './index.js';
import { flatText, wrapRange, wrapWhole } from './inline.js';
import { inline } from '../entities/fixtures/model.js';

const name = (children: Inline[]): Inline => ({ type: 'name', kind: 'person', ref: 'x', children });

describe('wrapping a mention', () => {
  it('wraps a name that crosses a bracket and leaves the rest of the paragraph as it was', () => {
    const nodes = inline('met [Manolo] Ray in Havana\non the 3rd');
    const wrapped = wrapRange(nodes, 4, 14, name)!;
    expect(flatText(wrapped)).toBe(flatText(nodes));
    expect(wrapped.slice(-2)).toEqual(nodes.slice(-2));
    expect(wrapped).toEqual(wrapWhole(nodes, 4, 14, name));
  });

  // Random paragraphs of text, brackets, highlights, dates, footnote markers, line breaks and
  // names already wrapped: the same result as wrapWhole, which rebuilds the whole list.
  const leaf: fc.Arbitrary<Inline> = fc.oneof(
    fc.constantFrom('Kim', ' ', 'Il Sung ', 'a', ', ', '').map((value): Inline => ({ type: 'text', value })),
    fc.constant<Inline>({ type: 'lb' }),
    fc.constant<Inline>({ type: 'noteRef', n: '1' }),
    fc.constant<Inline>({ type: 'gap', reason: 'omitted', source: '[…]' }),
  );
  const node: fc.Arbitrary<Inline> = fc.letrec<{ node: Inline }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }).map((children): Inline => ({ type: 'supplied', reason: 'completion', resp: 'tr', children })),
      fc.array(tie('node'), { maxLength: 3 }).map((children): Inline => ({ type: 'hi', rend: 'letterspaced', children })),
      fc.array(tie('node'), { maxLength: 2 }).map((children): Inline => ({ type: 'date', children })),
      fc.array(tie('node'), { maxLength: 2 }).map((children): Inline => ({ type: 'name', kind: 'place', ref: 'p', children })),
    ),
  })).node;

  it('gives what wrapWhole gives on the whole list', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), fc.nat(40), fc.nat(40), (nodes, a, b) => {
        const length = flatText(nodes).length;
        const start = a % (length + 1);
        const end = start + (b % (length + 2 - start));
        expect(wrapRange(nodes, start, end, name)).toEqual(wrapWhole(nodes, start, end, name));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });
});
