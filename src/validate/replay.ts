/**
 * The events of the saxes pass (scan.ts) for a document the build has just written itself
 * (src/tei/serialize.ts), from the record of what it wrote instead of a parse of its text: the
 * same tags, attributes, namespaces, text runs and positions as parsing the text would give, at a
 * fraction of the cost. Anything the record cannot settle as a parse would (a prefix not declared,
 * an attribute twice) gives up, and the caller parses the text instead.
 */
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';
import { XML_NS, XMLNS_NS, type ScanLimits, type ScanListener, type ScanResult } from './scan.js';

/**
 * One step of writing a document: a tag (`end`: the offset in the text just after its `>`; an
 * empty-element tag, `empty`, is a start and an end at the same offset), or a run of character data
 * as it stands before escaping, whitespace between the tags of element-only content and around the
 * root included.
 */
export type WrittenEvent =
  | { kind: 'start'; name: string; attributes: readonly (readonly [name: string, value: string])[]; end: number; empty?: boolean }
  | { kind: 'end'; name: string; end: number }
  | { kind: 'text'; text: string };

/** The record cannot stand for a parse of this document. */
export class NotReplayable extends Error {}

/** Line and column (code points) as saxes counts them, read forward through the text. */
class Position {
  line = 1;
  column = 0;
  private at = 0;

  constructor(private readonly xml: string) {}

  advanceTo(offset: number): void {
    const { xml } = this;
    let { at, line, column } = this;
    for (; at < offset; at++) {
      const code = xml.charCodeAt(at);
      if (code === 10) (line++, (column = 0));
      else if (code === 13) {
        if (xml.charCodeAt(at + 1) === 10) at++;
        line++;
        column = 0;
      } else if (code < 0xdc00 || code > 0xdfff) column++; // the second half of a pair is the same character
    }
    this.at = at;
    this.line = line;
    this.column = column;
  }
}

const splitName = (name: string): [prefix: string, local: string] => {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
};

/** Attribute values as an XML parser hands them over: each line end, tab or newline a space. */
const normalizeAttribute = (value: string) => value.replace(/\r\n|[\t\n\r]/g, ' ');

export function replayDocument(xml: string, events: readonly WrittenEvent[], limits: ScanLimits, listeners: ScanListener[]): ScanResult {
  const position = new Position(xml);
  // Namespace bindings in scope: one frame per open element.
  const scopes: Record<string, string>[] = [{ xml: XML_NS, xmlns: XMLNS_NS }];
  const open: SaxesTagNS[] = [];
  let markupLine = 1;
  let markupColumn = 1;

  for (const event of events) {
    if (event.kind === 'text') {
      const text = event.text.replace(/\r\n?/g, '\n');
      for (const listener of listeners) listener.text(text, markupLine, markupColumn);
      continue;
    }
    position.advanceTo(event.end);
    const { line } = position;
    const column = position.column + 1;
    if (event.kind === 'start') {
      if (open.length + 1 > limits.maxDepth) {
        return { problems: [{ layer: 'well-formedness', line, column: position.column, message: `refused: elements nested more than ${limits.maxDepth} levels deep` }] };
      }
      const tag = startTag(event.name, event.attributes, event.empty === true, scopes);
      open.push(tag);
      for (const listener of listeners) listener.startElement(tag, line, column);
    } else {
      const tag = open.pop();
      if (!tag || tag.name !== event.name) throw new NotReplayable(`end tag ${event.name} does not close ${tag?.name ?? 'anything'}`);
      scopes.pop();
      for (const listener of listeners) listener.endElement(tag, line, column);
    }
    [markupLine, markupColumn] = [line, column];
  }
  if (open.length > 0) throw new NotReplayable(`${open[open.length - 1]!.name} is not closed`);
  position.advanceTo(xml.length);
  for (const listener of listeners) listener.end(position.line, position.column);
  return { problems: [] };
}

function startTag(name: string, given: readonly (readonly [string, string])[], empty: boolean, scopes: Record<string, string>[]): SaxesTagNS {
  const declared: Record<string, string> = {};
  const attributes: Record<string, SaxesAttributeNS> = {};
  for (const [qname, raw] of given) {
    if (qname in attributes) throw new NotReplayable(`attribute ${qname} twice on ${name}`);
    const value = normalizeAttribute(raw);
    const [prefix, local] = splitName(qname);
    if (qname === 'xmlns') declared[''] = value;
    else if (prefix === 'xmlns') declared[local] = value;
    attributes[qname] = { name: qname, prefix, local, value, uri: '' };
  }
  const scope = { ...scopes[scopes.length - 1]!, ...declared };
  scopes.push(scope);
  for (const attribute of Object.values(attributes)) {
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') attribute.uri = XMLNS_NS;
    else if (attribute.prefix) attribute.uri = resolve(scope, attribute.prefix, name);
  }
  const [prefix, local] = splitName(name);
  const uri = prefix ? resolve(scope, prefix, name) : (scope[''] ?? '');
  return { name, prefix, local, uri, attributes, ns: declared, isSelfClosing: empty } as SaxesTagNS;
}

function resolve(scope: Record<string, string>, prefix: string, element: string): string {
  const uri = scope[prefix];
  if (uri === undefined) throw new NotReplayable(`prefix ${prefix} is not declared (on ${element})`);
  return uri;
}
