/**
 * A bracket or marker as written in the source (`[…]`, `[...]`, `…`, `[SIC]`, `[?]`, `(p. 1)`),
 * kept in `@rend` so the text edition can print it as the source had it. `@rend` is a list of
 * words, so the form is kept with its whitespace normalised.
 */
import { xmlText } from '../xml-names.js';

export function sourceForm(source: string | undefined): string | undefined {
  const form = xmlText(source ?? '').replace(/\s+/g, ' ').trim();
  // TEI's words exclude control, private-use and unassigned characters: such a form is not kept
  // (its words still are, in the element's content or `desc`).
  if (/\p{C}/u.test(form)) return undefined;
  return form || undefined;
}
