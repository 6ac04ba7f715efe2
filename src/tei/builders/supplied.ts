import type { Supplied } from '../../model/index.js';
import { SUPPLIED_REND } from '../conventions.js';
import type { EncodeState } from '../state.js';
import { token } from '../xml-names.js';
import { element, pointer, type El } from './element.js';
import { inline } from './index.js';

/** `[Manolo]` → `supplied[@reason][@resp]`; the parts of a split text are chained by `@next`/`@prev`. */
export function supplied(parent: El, node: Supplied, state: EncodeState): void {
  const link = state.chains.get(node);
  const depth = node.depth ?? 1;
  const el = element(parent, 'supplied', {
    'xml:id': link?.id,
    reason: token(node.reason),
    resp: pointer(node.resp),
    rend: depth in SUPPLIED_REND ? SUPPLIED_REND[depth] : `brackets-${depth}`,
    prev: pointer(link?.prev),
    next: pointer(link?.next),
  });
  inline(el, node.children, state);
}
