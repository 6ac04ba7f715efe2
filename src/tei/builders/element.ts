/**
 * The TEI being built, as a plain tree (serialized by ../serialize.ts): elements are appended with
 * their attributes in order, undefined and empty ones left out; text is made XML-safe.
 */
import { xmlText } from '../xml-names.js';

export interface El {
  readonly name: string;
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** Elements and text, in document order. */
  readonly children: (El | string)[];
}

export type Attributes = Record<string, string | undefined>;

/** A root element (no parent): `attributes` as given, in order. */
export function rootElement(name: string, attributes: readonly (readonly [string, string])[]): El {
  return { name, attributes, children: [] };
}

export function element(parent: El, name: string, attributes: Attributes = {}, text?: string): El {
  const given: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const safe = value === undefined ? '' : xmlText(value);
    if (safe.trim() !== '') given.push([key, safe]);
  }
  const child: El = { name, attributes: given, children: [] };
  parent.children.push(child);
  if (text) appendText(child, text);
  return child;
}

/** Appends text (nothing when it is empty once made XML-safe). */
export function appendText(parent: El, text: string): void {
  const safe = xmlText(text);
  if (safe) parent.children.push(safe);
}

/** A pointer to an xml:id of this document. */
export const pointer = (id: string | undefined): string | undefined => (id === undefined ? undefined : `#${id}`);
