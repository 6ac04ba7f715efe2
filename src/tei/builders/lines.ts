import type { Inline } from '../../model/index.js';
import type { LineConvention } from '../conventions.js';
import type { EncodeState } from '../state.js';
import { element, type El } from './element.js';
import { hasDate, inline, isPlainText } from './index.js';

/** A line of an opener or closer in its element (LineConvention), or `seg[@type]` when it cannot hold it. */
export function line(parent: El, convention: LineConvention, kind: string, children: Inline[], state: EncodeState): void {
  const fits = !(convention.textOnly && !isPlainText(children)) && !(convention.needsDate && !hasDate(children));
  const el = fits
    ? element(parent, convention.element, { type: convention.type })
    : element(parent, 'seg', { type: convention.type ?? kind });
  inline(el, children, state);
}
