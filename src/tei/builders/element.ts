/** Appending elements: attributes that are undefined are left out, text is made XML-safe. */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { xmlText } from '../xml-names.js';

export type El = XMLBuilder;

export type Attributes = Record<string, string | undefined>;

export function element(parent: El, name: string, attributes: Attributes = {}, text?: string): El {
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== '') given[key] = xmlText(value);
  }
  const child = parent.ele(name, given);
  if (text) child.txt(xmlText(text));
  return child;
}

/** A pointer to an xml:id of this document. */
export const pointer = (id: string | undefined): string | undefined => (id === undefined ? undefined : `#${id}`);
