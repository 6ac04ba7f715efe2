import type { Sic, Uncertain } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { element, type El } from './element.js';
import { inline } from './index.js';
import { sourceForm } from './source-form.js';

/** `BEIPING [SIC]` → `sic[@rend='[SIC]']`. */
export function sic(parent: El, node: Sic, state: EncodeState): void {
  inline(element(parent, 'sic', { rend: sourceForm(node.marker) }), node.children, state);
}

/** `word [?]` → `seg[@type='uncertain'][@cert='low'][@rend='[?]']`. */
export function uncertain(parent: El, node: Uncertain, state: EncodeState): void {
  const el = element(parent, 'seg', { type: 'uncertain', cert: 'low', rend: sourceForm(node.marker) });
  inline(el, node.children, state);
}
