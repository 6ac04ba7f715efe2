/**
 * Working with inline content as flat text: the entities stage finds names in the text of a
 * block (brackets removed) and wraps the matching range in a `name` node, whatever editorial
 * brackets the range crosses.
 */
import type { Inline, Parent, Supplied, Text } from './document.js';

/** What an atom (a node without text) counts for in the flat text. */
const ATOM_TEXT: Partial<Record<Inline['type'], string>> = { lb: '\n', gap: ' ', pb: ' ' };

/** Nodes that may be cut in two when a name crosses their edge. */
const SPLITTABLE = new Set<Inline['type']>(['supplied', 'hi']);

function hasChildren(node: Inline): node is Parent {
  return 'children' in node;
}

/**
 * The text of inline nodes as the entities stage sees it: the words of the document without
 * bracket characters or markers; a line break is `\n`, a gap or page break a space, a footnote
 * marker nothing.
 */
export function flatText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.value;
    else if (hasChildren(node)) out += flatText(node.children);
    else out += ATOM_TEXT[node.type] ?? '';
  }
  return out;
}

function flatLength(node: Inline): number {
  if (node.type === 'text') return node.value.length;
  if (hasChildren(node)) return node.children.reduce((n, c) => n + flatLength(c), 0);
  return (ATOM_TEXT[node.type] ?? '').length;
}

const NEXT_PART: Record<string, [Supplied['part'], Supplied['part']]> = {
  none: ['initial', 'final'],
  initial: ['initial', 'medial'],
  medial: ['medial', 'medial'],
  final: ['medial', 'final'],
};

/** Cuts a node list at flat position `at`; returns undefined when a node that must stay whole is cut. */
function splitAt(nodes: readonly Inline[], at: number): [Inline[], Inline[]] | undefined {
  const left: Inline[] = [];
  const right: Inline[] = [];
  let offset = 0;
  for (const node of nodes) {
    const length = flatLength(node);
    if (offset + length <= at) left.push(node);
    else if (offset >= at) right.push(node);
    else if (node.type === 'text') {
      left.push({ type: 'text', value: node.value.slice(0, at - offset) });
      right.push({ type: 'text', value: node.value.slice(at - offset) });
    } else if (hasChildren(node) && SPLITTABLE.has(node.type)) {
      const inner = splitAt(node.children, at - offset);
      if (!inner) return undefined;
      const [l, r] = inner;
      if (node.type === 'supplied') {
        const [partL, partR] = NEXT_PART[node.part ?? 'none'];
        left.push({ ...node, children: l, part: partL });
        right.push({ ...node, children: r, part: partR });
      } else {
        left.push({ ...node, children: l } as Inline);
        right.push({ ...node, children: r } as Inline);
      }
    } else return undefined;
    offset += length;
  }
  return [left, right];
}

/**
 * Wraps the flat range [start, end) of `nodes` in the node `wrap` makes of it. A range inside a
 * single child is wrapped inside that child; a range that crosses the edge of a supplied text
 * cuts the supplied text in parts. Returns undefined when the range would cut a node that must
 * stay whole (an existing name, a date), so callers can skip that mention.
 *
 * A paragraph holds many names, wrapped one after the other: only the nodes the range overlaps are
 * rebuilt (by `wrapWhole`), and the nodes around them are kept as they are. Nodes that end before
 * the range (or at its start) and nodes that begin at or after its end are left out: `wrapWhole`
 * keeps those as they are, and moves atoms of no width at the range's edges out of the name. It
 * also drops empty text nodes from the whole list: a list that holds one is given whole.
 */
export function wrapRange(nodes: readonly Inline[], start: number, end: number, wrap: (children: Inline[]) => Inline): Inline[] | undefined {
  let from = -1;
  let fromOffset = 0;
  let to = nodes.length;
  let offset = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'text' && node.value === '') return wrapWhole(nodes, start, end, wrap);
    if (to < nodes.length) continue;
    if (offset >= end) {
      to = i;
      continue;
    }
    const length = flatLength(node);
    if (from < 0 && offset + length > start) {
      from = i;
      fromOffset = offset;
    }
    offset += length;
  }
  if (from < 0) return wrapWhole(nodes, start, end, wrap);
  const node = nodes[from];
  if (to === from + 1 && node.type === 'text' && start < end) return cutText(nodes, from, start - fromOffset, end - fromOffset, wrap);
  const wrapped = wrapWhole(nodes.slice(from, to), start - fromOffset, end - fromOffset, wrap);
  return wrapped && [...nodes.slice(0, from), ...wrapped, ...nodes.slice(to)];
}

/**
 * Most names lie in one text node: it is cut in up to three (text before, the name, text after),
 * as `wrapWhole` cuts it, without copying the node list more than once.
 */
function cutText(nodes: readonly Inline[], i: number, a: number, b: number, wrap: (children: Inline[]) => Inline): Inline[] {
  const { value } = nodes[i] as Text;
  const out = nodes.slice(0, i);
  if (a > 0) out.push({ type: 'text', value: value.slice(0, a) });
  out.push(wrap([a === 0 && b === value.length ? nodes[i] : { type: 'text', value: value.slice(a, b) }]));
  if (b < value.length) out.push({ type: 'text', value: value.slice(b) });
  for (let k = i + 1; k < nodes.length; k++) out.push(nodes[k]);
  return out;
}

/**
 * `wrapRange` as plainly stated, rebuilding every node of the list; `wrapRange` gives the same
 * nodes (a property test holds them to it).
 */
export function wrapWhole(
  nodes: readonly Inline[],
  start: number,
  end: number,
  wrap: (children: Inline[]) => Inline,
): Inline[] | undefined {
  if (start >= end) return undefined;
  // A range that lies inside one parent child goes into that child.
  let offset = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const length = flatLength(node);
    if (hasChildren(node) && start >= offset && end <= offset + length && !(start === offset && end === offset + length)) {
      const inner = wrapWhole(node.children, start - offset, end - offset, wrap);
      if (!inner) return undefined;
      return [...nodes.slice(0, i), { ...node, children: inner } as Inline, ...nodes.slice(i + 1)];
    }
    offset += length;
  }
  const first = splitAt(nodes, start);
  if (!first) return undefined;
  const second = splitAt(first[1], end - start);
  if (!second) return undefined;
  const [before, [middle, after]] = [first[0], second];
  // Atoms of no width at the edges (footnote markers) stay outside the name.
  while (middle.length && flatLength(middle[middle.length - 1]) === 0) after.unshift(middle.pop()!);
  while (middle.length && flatLength(middle[0]) === 0) before.push(middle.shift()!);
  return [...before.filter(nonEmpty), wrap(middle), ...after.filter(nonEmpty)];
}

function nonEmpty(node: Inline): boolean {
  return node.type !== 'text' || node.value.length > 0;
}

/** Visits every inline node, depth first. */
export function* walkInline(nodes: readonly Inline[]): Generator<Inline> {
  for (const node of nodes) {
    yield node;
    if (hasChildren(node)) yield* walkInline(node.children);
  }
}
