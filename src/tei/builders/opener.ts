import type { Opener, OpenerItem } from '../../model/index.js';
import { OPENER_LINES } from '../conventions.js';
import type { EncodeState } from '../state.js';
import { element, type El } from './element.js';
import { inline, isPlainText } from './index.js';

/** Provenance, markings, copy and registry numbers, datelines: one element per line (OPENER_LINES). */
export function opener(parent: El, block: Opener, state: EncodeState): void {
  const el = element(parent, 'opener');
  for (const item of block.items) openerLine(el, item, state);
}

function openerLine(parent: El, item: OpenerItem, state: EncodeState): void {
  let convention = OPENER_LINES[item.kind] ?? OPENER_LINES.line;
  if (convention.textOnly && !isPlainText(item.children)) convention = { element: 'seg', type: convention.type };
  inline(element(parent, convention.element, { type: convention.type }), item.children, state);
}
