import type { List } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { token } from '../xml-names.js';
import { element, type El } from './element.js';
import { inline } from './index.js';

/**
 * Numbered lists, distribution lists, rosters. Labels as written (`1)`, `A.`, `1 -`) are kept
 * as `label` before each `item`; TEI wants all items labelled or none, so a missing label is empty.
 */
export function list(parent: El, block: List, state: EncodeState): void {
  if (block.items.length === 0) {
    inline(element(parent, 'ab', { type: 'list' }), block.head ?? [], state);
    return;
  }
  const el = element(parent, 'list', { type: block.listType ? token(block.listType) : undefined });
  if (block.head) inline(element(el, 'head'), block.head, state);
  const labelled = block.items.some((item) => item.label !== undefined);
  for (const item of block.items) {
    if (labelled) element(el, 'label', {}, item.label);
    inline(element(el, 'item'), item.children, state);
  }
}
