import type { DateNode, DateType } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { isIsoDate, ncname } from '../xml-names.js';
import { element, pointer, type El } from './element.js';
import { inline } from './index.js';

/** The closed list of `date/@type` values (ENCODING.md). */
export const DATE_TYPES: ReadonlySet<DateType> = new Set<DateType>([
  'conversation-or-meeting-date', 'creation-date', 'content-date', 'received-date', 'publication-date',
]);

/**
 * `3 June 1961` → `date[@when='1961-06-03']`; a range (`27/28/X/62`) → `@from`/`@to`;
 * `@calendar` points to the calendar's declaration.
 */
export function date(parent: El, node: DateNode, state: EncodeState): void {
  const el = element(parent, 'date', {
    when: isIsoDate(node.when) ? node.when : undefined,
    from: isIsoDate(node.from) ? node.from : undefined,
    to: isIsoDate(node.to) ? node.to : undefined,
    type: node.dateType && DATE_TYPES.has(node.dateType) ? node.dateType : undefined,
    calendar: node.calendar ? pointer(ncname(node.calendar)) : undefined,
  });
  inline(el, node.children, state);
}
