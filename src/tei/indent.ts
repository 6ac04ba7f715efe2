/**
 * Readable TEI without touching mixed content: only elements listed in ELEMENT_ONLY, and only
 * when they hold no text of their own, get a line break and indentation before each child.
 * (xmlbuilder2's prettyPrint would put whitespace into paragraphs and names.)
 */
import { ELEMENT_ONLY } from './conventions.js';

/** The part of the DOM (xmlbuilder2's `.node`) this pass uses. */
export interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  ownerDocument: { createTextNode(data: string): DomNode } | null;
  insertBefore(node: DomNode, child: DomNode | null): DomNode;
  appendChild(node: DomNode): DomNode;
  removeChild(child: DomNode): DomNode;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function indent(element: DomNode, depth = 0): void {
  const children = Array.from(element.childNodes);
  const elementOnly = ELEMENT_ONLY.has(element.localName ?? '')
    && children.length > 0
    && children.every((child) => child.nodeType === ELEMENT_NODE || (child.nodeType === TEXT_NODE && !child.nodeValue?.trim()));
  for (const child of children) if (child.nodeType === ELEMENT_NODE) indent(child, depth + 1);
  if (!elementOnly) return;
  const document = element.ownerDocument!;
  for (const child of children) {
    if (child.nodeType === TEXT_NODE) element.removeChild(child);
    else element.insertBefore(document.createTextNode('\n' + '  '.repeat(depth + 1)), child);
  }
  element.appendChild(document.createTextNode('\n' + '  '.repeat(depth)));
}
