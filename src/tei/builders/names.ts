import type { Highlight, Name, RoleName } from '../../model/index.js';
import { NAME_ELEMENT } from '../conventions.js';
import { entityPointer, type EncodeState } from '../state.js';
import { token } from '../xml-names.js';
import { element, pointer, type El } from './element.js';
import { hasWords, inline } from './index.js';

/**
 * A name linked to the standOff: `@ref` for TEI pointers, `@key` (the bare id) for viewers that
 * read it. A name with no words is no name: its content stands on its own.
 */
export function name(parent: El, node: Name, state: EncodeState): void {
  if (!hasWords(node.children)) return inline(parent, node.children, state);
  const id = entityPointer(state, node.ref);
  inline(element(parent, NAME_ELEMENT[node.kind], { ref: pointer(id), key: id }), node.children, state);
}

export function roleName(parent: El, node: RoleName, state: EncodeState): void {
  inline(element(parent, 'roleName'), node.children, state);
}

/** `M e m o r a n d u m` → `hi[@rend='letterspaced']`, the letters as the source spaced them. */
export function hi(parent: El, node: Highlight, state: EncodeState): void {
  inline(element(parent, 'hi', { rend: token(node.rend) }), node.children, state);
}
