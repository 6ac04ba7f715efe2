import type { LineBreak, PageBreak } from '../../model/index.js';
import { element, type El } from './element.js';
import { sourceForm } from './source-form.js';

export function lb(parent: El, _node: LineBreak): void {
  element(parent, 'lb');
}

/** `(p. 1)` → `pb[@n='1'][@rend='(p. 1)']`. */
export function pb(parent: El, node: PageBreak): void {
  element(parent, 'pb', { n: node.n, rend: sourceForm(node.source) });
}
