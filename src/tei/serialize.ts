/**
 * The TEI tree (builders/element.ts) as an XML document. Readable without touching mixed content:
 * only elements listed in ELEMENT_ONLY, and only when they hold no text of their own (whitespace
 * aside, which is dropped), get a line break and indentation before each child and before their
 * end tag. An element without content is written as an empty-element tag.
 *
 * Given a list, the writer also records what it wrote, tag by tag (src/validate/replay.ts): the
 * validator reads that record instead of parsing the text again.
 */
import { ELEMENT_ONLY } from './conventions.js';
import type { El } from './builders/element.js';
import { escapeAttribute, escapeText } from './xml-names.js';
import type { WrittenEvent } from '../validate/index.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The document: the XML declaration, the root element, each on its own line. */
export function serializeDocument(root: El, written?: WrittenEvent[]): string {
  const writer = new Writer(written);
  writer.push(XML_DECLARATION);
  writer.text('\n');
  writer.element(root, 0);
  writer.text('\n');
  writer.flush();
  return writer.out.join('');
}

class Writer {
  readonly out: string[] = [];
  /** Characters (UTF-16 units) written so far, when recording. */
  private length = 0;
  /** Character data since the last tag, when recording. */
  private run = '';

  constructor(private readonly written?: WrittenEvent[]) {}

  push(markup: string): void {
    this.out.push(markup);
    if (this.written) this.length += markup.length;
  }

  text(text: string): void {
    this.push(escapeText(text));
    if (this.written) this.run += text;
  }

  element(element: El, depth: number): void {
    let tag = `<${element.name}`;
    for (const [name, value] of element.attributes) tag += ` ${name}="${escapeAttribute(value)}"`;
    const { children } = element;
    if (children.length === 0) {
      this.push(`${tag}/>`);
      this.tag({ kind: 'start', name: element.name, attributes: element.attributes, end: this.length, empty: true });
      this.tag({ kind: 'end', name: element.name, end: this.length });
      return;
    }
    this.push(`${tag}>`);
    this.tag({ kind: 'start', name: element.name, attributes: element.attributes, end: this.length });
    const elementOnly = ELEMENT_ONLY.has(element.name) && children.every((child) => typeof child !== 'string' || !child.trim());
    const inner = `\n${'  '.repeat(depth + 1)}`;
    for (const child of children) {
      if (typeof child !== 'string') {
        if (elementOnly) this.text(inner);
        this.element(child, depth + 1);
      } else if (!elementOnly) this.text(child);
    }
    if (elementOnly) this.text(`\n${'  '.repeat(depth)}`);
    this.push(`</${element.name}>`);
    this.tag({ kind: 'end', name: element.name, end: this.length });
  }

  /** Records the character data written since the last tag. */
  flush(): void {
    if (this.run) this.written?.push({ kind: 'text', text: this.run });
    this.run = '';
  }

  private tag(event: WrittenEvent): void {
    if (!this.written) return;
    this.flush();
    this.written.push(event);
  }
}
