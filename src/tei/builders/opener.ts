import type { Opener, OpenerItem } from '../../model/index.js';
import { OPENER_LINES } from '../conventions.js';
import type { EncodeState } from '../state.js';
import { element, type El } from './element.js';
import { line } from './lines.js';

/** Provenance, markings, copy and registry numbers, datelines: one element per line (OPENER_LINES). */
export function opener(parent: El, block: Opener, state: EncodeState): void {
  const el = element(parent, 'opener');
  for (const item of block.items) openerLine(el, item, state);
}

function openerLine(parent: El, item: OpenerItem, state: EncodeState): void {
  line(parent, OPENER_LINES[item.kind] ?? OPENER_LINES.line, item.kind, item.children, state);
}
