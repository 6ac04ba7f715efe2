/** Appending elements: attributes that are undefined are left out, text is made XML-safe. */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { xmlText } from '../xml-names.js';

export type El = XMLBuilder;

export type Attributes = Record<string, string | undefined>;

export function element(parent: El, name: string, attributes: Attributes = {}, text?: string): El {
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    const safe = value === undefined ? '' : xmlText(value);
    if (safe.trim() !== '') given[key] = escapeAmpersands(safe);
  }
  const child = parent.ele(name, given);
  if (text) appendText(child, text);
  return child;
}

/** Appends text (nothing when it is empty once made XML-safe). */
export function appendText(parent: El, text: string): void {
  const safe = xmlText(text);
  if (safe) parent.txt(escapeAmpersands(safe));
}

/**
 * xmlbuilder2 writes `&name;` and `&#65;` through as references, so a source's `&amp;` would be
 * read back as `&` and `&A;` would break the file; escaping every `&` first keeps the text as is.
 */
function escapeAmpersands(value: string): string {
  return value.replace(/&/g, '&amp;');
}

/** A pointer to an xml:id of this document. */
export const pointer = (id: string | undefined): string | undefined => (id === undefined ? undefined : `#${id}`);
