import type { Gap } from '../../model/index.js';
import { clean, token } from '../xml-names.js';
import { element, type El } from './element.js';
import { sourceForm } from './source-form.js';

/** `[…]`, `…`, `[Signature]` → `gap[@reason]`, the words inside as `desc`, the form as `@rend`. */
export function gap(parent: El, node: Gap): void {
  const el = element(parent, 'gap', { reason: token(node.reason), rend: sourceForm(node.source) });
  if (clean(node.desc)) element(el, 'desc', {}, clean(node.desc));
}
