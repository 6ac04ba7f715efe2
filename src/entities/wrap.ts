/**
 * Wrapping a mention in a `name` node. `wrapRange` (the model's) rebuilds every node of the list it
 * is given, and a paragraph holds many names: it is given only the nodes the mention's range
 * overlaps, and the nodes around them are kept as they are.
 */
import type { Inline, Text } from '../model/index.js';
import { flatLength, wrapRange } from '../model/inline.js';

/**
 * `wrapRange(nodes, start, end, wrap)`, the same nodes out. Nodes that end before the range (or at
 * its start) and nodes that begin at or after its end are left out of the call: `wrapRange` keeps
 * those as they are, and moves atoms of no width at the range's edges out of the name. It also
 * drops empty text nodes from the whole list: a list that holds one is given whole.
 */
export function wrapMention(nodes: readonly Inline[], start: number, end: number, wrap: (children: Inline[]) => Inline): Inline[] | undefined {
  let from = -1;
  let fromOffset = 0;
  let to = nodes.length;
  let offset = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.type === 'text' && node.value === '') return wrapRange(nodes, start, end, wrap);
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
  if (from < 0) return wrapRange(nodes, start, end, wrap);
  const node = nodes[from];
  if (to === from + 1 && node.type === 'text' && start < end) return cutText(nodes, from, start - fromOffset, end - fromOffset, wrap);
  const wrapped = wrapRange(nodes.slice(from, to), start - fromOffset, end - fromOffset, wrap);
  return wrapped && [...nodes.slice(0, from), ...wrapped, ...nodes.slice(to)];
}

/**
 * Most names lie in one text node: it is cut in up to three (text before, the name, text after),
 * as `wrapRange` cuts it, without copying the node list more than once.
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
