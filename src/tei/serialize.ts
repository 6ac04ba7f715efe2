/**
 * The TEI tree (builders/element.ts) as XML text. Readable without touching mixed content: only
 * elements listed in ELEMENT_ONLY, and only when they hold no text of their own (whitespace aside,
 * which is dropped), get a line break and indentation before each child and before their end tag.
 * An element without content is written as an empty-element tag.
 */
import { ELEMENT_ONLY } from './conventions.js';
import type { El } from './builders/element.js';
import { escapeAttribute, escapeText } from './xml-names.js';

export function serialize(root: El): string {
  const out: string[] = [];
  write(root, 0, out);
  return out.join('');
}

function write(element: El, depth: number, out: string[]): void {
  let tag = `<${element.name}`;
  for (const [name, value] of element.attributes) tag += ` ${name}="${escapeAttribute(value)}"`;
  const { children } = element;
  if (children.length === 0) {
    out.push(`${tag}/>`);
    return;
  }
  out.push(`${tag}>`);
  const elementOnly = ELEMENT_ONLY.has(element.name) && children.every((child) => typeof child !== 'string' || !child.trim());
  const inner = elementOnly ? `\n${'  '.repeat(depth + 1)}` : '';
  for (const child of children) {
    if (typeof child !== 'string') {
      out.push(inner);
      write(child, depth + 1, out);
    } else if (!elementOnly) out.push(escapeText(child));
  }
  if (elementOnly) out.push(`\n${'  '.repeat(depth)}`);
  out.push(`</${element.name}>`);
}
