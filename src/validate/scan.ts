/**
 * One saxes pass over a document: well-formedness (complete, with line:column), the refusals that
 * keep hostile input harmless, and the events the RELAX NG session needs. saxes never reads an
 * external entity and never expands a DOCTYPE entity (an undeclared-entity error instead), so no
 * file outside the inputs is read and no entity can blow up; a DOCTYPE that declares entities is
 * refused with a message saying so, and nesting is bounded so later layers stay within the stack.
 * Positions follow jing's convention: the column just after the tag the event belongs to.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Problem } from './index.js';

/** The namespaces XML itself binds: `xml:` (xml:id, xml:lang) and namespace declarations (`xmlns`). */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** What follows the pass: the RELAX NG session, the tree builder of the rules layer. */
export interface ScanListener {
  startElement(tag: SaxesTagNS, line: number, column: number): void;
  endElement(tag: SaxesTagNS, line: number, column: number): void;
  text(text: string, line: number, column: number): void;
  end(line: number, column: number): void;
}

export interface ScanLimits {
  /** Deepest element nesting accepted. */
  maxDepth: number;
}

export interface ScanResult {
  /** Well-formedness problems and refusals; empty when the document is well-formed. */
  problems: Problem[];
}

/** Thrown inside saxes' callbacks to stop the pass at the first fatal problem. */
class Stop extends Error {}

const ENTITY_DECLARATION = /<!ENTITY/;
const EXTERNAL_ID = /^\s*\S+\s+(SYSTEM|PUBLIC)\b/;

export function scanDocument(xml: string, limits: ScanLimits, listeners: ScanListener[]): ScanResult {
  const problems: Problem[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  let depth = 0;
  // Where the last markup ended: a text node starts there.
  let markupLine = 1;
  let markupColumn = 1;
  const markupEnded = () => ((markupLine = parser.line), (markupColumn = parser.column + 1));
  const stop = (message: string, line = parser.line, column = parser.column): never => {
    problems.push({ layer: 'well-formedness', line, column, message });
    throw new Stop(message);
  };

  parser.on('error', (error) => stop(error.message.replace(/^\d+:\d+:\s*/, '')));
  parser.on('doctype', (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) stop('refused: the DOCTYPE declares entities; entity declarations are not processed (safety: no entity expansion). Replace the entities with their text or with Unicode characters');
    if (EXTERNAL_ID.test(doctype)) stop('refused: the DOCTYPE refers to an external DTD, which is not read (safety: no file or URL outside the inputs). Remove the DOCTYPE; TEI is validated with RELAX NG');
  });
  parser.on('opentag', (tag) => {
    if (++depth > limits.maxDepth) stop(`refused: elements nested more than ${limits.maxDepth} levels deep`);
    for (const listener of listeners) listener.startElement(tag as SaxesTagNS, parser.line, parser.column + 1);
    markupEnded();
  });
  parser.on('closetag', (tag) => {
    depth--;
    for (const listener of listeners) listener.endElement(tag as SaxesTagNS, parser.line, parser.column + 1);
    markupEnded();
  });
  if (listeners.length) parser.on('text', (text) => { for (const listener of listeners) listener.text(text, markupLine, markupColumn); });
  parser.on('comment', markupEnded);
  parser.on('processinginstruction', markupEnded);

  try {
    parser.write(xml);
    // Where the text ends (close() starts the parser afresh, at 1:0).
    const [line, column] = [parser.line, parser.column];
    parser.close();
    for (const listener of listeners) listener.end(line, column);
  } catch (error) {
    if (!(error instanceof Stop)) {
      problems.push({ layer: 'well-formedness', line: parser.line, column: parser.column, message: `the document could not be read: ${(error as Error).message}` });
    }
  }
  return { problems };
}
