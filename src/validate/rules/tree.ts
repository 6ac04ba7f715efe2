/**
 * A small element tree with positions, built during the saxes pass for the rules layer: enough for
 * the edition's checks (names, attributes, text, line:column), nothing of a DOM.
 */
import type { SaxesTagNS } from 'saxes';
import { XML_NS, XMLNS_NS, type ScanListener } from '../scan.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export interface Element {
  /** The local name for TEI elements; `{namespace}local` for others. */
  name: string;
  /** Attributes by name: bare for no namespace, `xml:id` for the XML namespace, `{ns}local` else. */
  attributes: Map<string, string>;
  children: (Element | string)[];
  parent: Element | undefined;
  line: number;
  column: number;
}

const nameOf = (uri: string, local: string, forAttribute: boolean): string =>
  uri === (forAttribute ? '' : TEI_NS) ? local : uri === XML_NS ? `xml:${local}` : uri === '' ? local : `{${uri}}${local}`;

export class TreeBuilder implements ScanListener {
  root: Element | undefined;
  private current: Element | undefined;

  startElement(tag: SaxesTagNS, line: number, column: number): void {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.uri !== XMLNS_NS) attributes.set(nameOf(a.uri, a.local, true), a.value);
    }
    const element: Element = { name: nameOf(tag.uri, tag.local, false), attributes, children: [], parent: this.current, line, column };
    if (this.current) this.current.children.push(element);
    else this.root = element;
    this.current = element;
  }

  endElement(): void {
    this.current = this.current?.parent;
  }

  text(text: string): void {
    this.current?.children.push(text);
  }

  end(): void {}
}

/** Every element of the tree in document order (iteratively: nesting depth is not bounded by the stack). */
export function* elements(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length) {
    const element = stack.pop()!;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i];
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

export function textOf(element: Element, skip: ReadonlySet<string> = new Set()): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else if (!skip.has(child.name)) text += textOf(child, skip);
  }
  return text;
}

export function hasDescendant(element: Element, name: string): boolean {
  for (const e of elements(element)) if (e !== element && e.name === name) return true;
  return false;
}
