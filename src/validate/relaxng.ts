/**
 * The RELAX NG layer: a salve-annos walker fed by the events of the one saxes pass over the
 * document (see `scan.ts`), so every schema problem carries the line and column where the parser
 * stood, as jing reports them.
 */
import type { SaxesTagNS } from 'saxes';
import { AttributeValueError, DefaultNameResolver, Name, type Grammar, type GrammarWalker } from 'salve-annos';
import type { Problem } from './index.js';
import { describeSchemaError, nameForMessage } from './schema-messages.js';
import { bmpStandIns } from './astral.js';
import { XML_NS, XMLNS_NS } from './scan.js';


interface OpenElement {
  name: string;
  uri: string;
  local: string;
  hasContext: boolean;
}

/** One document's walk through the grammar. */
export class SchemaSession {
  readonly problems: Problem[] = [];
  private readonly resolver = new DefaultNameResolver();
  private readonly walker: GrammarWalker<DefaultNameResolver>;
  private readonly open: OpenElement[] = [];
  private pendingText = '';
  private pendingAt: [number, number] = [1, 1];

  constructor(private readonly grammar: Grammar, private readonly maxProblems = 100) {
    this.walker = grammar.newWalker(this.resolver, true);
  }

  startElement(tag: SaxesTagNS, line: number, column: number): void {
    this.flushText();
    const definitions: [string, string][] = [];
    const attributes: SaxesTagNS['attributes'][string][] = [];
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS_NS) definitions.push([attribute.prefix === 'xmlns' ? attribute.local : '', attribute.value]);
      else attributes.push(attribute);
    }
    if (definitions.length) {
      this.resolver.enterContext();
      for (const [prefix, uri] of definitions) this.resolver.definePrefix(prefix, uri);
    }
    const name = tag.name;
    this.open.push({ name, uri: tag.uri, local: tag.local, hasContext: definitions.length > 0 });
    this.fire('enterStartTag', [tag.uri, tag.local], line, column, name, undefined, undefined, this.open[this.open.length - 2]?.name);
    for (const attribute of attributes) {
      if (attribute.uri === XML_NS && attribute.local === 'id') {
        // salve checks ID uniqueness only on separate name and value events.
        this.fire('attributeName', [attribute.uri, attribute.local], line, column, name, attribute.name);
        this.fire('attributeValue', [bmpStandIns(attribute.value)], line, column, name, attribute.name, attribute.value);
      } else {
        this.attribute(attribute.uri, attribute.local, attribute.value, line, column, name, attribute.name);
      }
    }
    this.fire('leaveStartTag', [], line, column, name);
  }

  text(text: string, line: number, column: number): void {
    if (this.pendingText === '') this.pendingAt = [line, column];
    this.pendingText += text;
  }

  endElement(tag: SaxesTagNS, line: number, column: number): void {
    this.flushText();
    const element = this.open.pop();
    this.fire('endTag', [tag.uri, tag.local], line, column, tag.name);
    if (element?.hasContext) this.resolver.leaveContext();
  }

  end(line: number, column: number): void {
    this.flushText();
    const result = this.walker.end();
    if (result !== false) for (const error of result) this.push(line, column, describeSchemaError(error, {}));
  }

  /**
   * Name and value in one event: salve then consumes the attribute even when its value is bad, so
   * a bad value does not spill over into errors about the element's content.
   */
  private attribute(uri: string, local: string, value: string, line: number, column: number, element: string, attribute: string): void {
    const result = this.walker.fireEvent('attributeNameAndValue', [uri, local, bmpStandIns(value)]);
    if (!result) return;
    for (const error of result) {
      if (!(error instanceof AttributeValueError)) {
        this.push(line, column, describeSchemaError(error, { event: 'attributeName', element, attribute, value }));
        continue;
      }
      const allowed = this.allowedValues(this.open[this.open.length - 1]!, uri, local);
      this.push(line, column, `value "${value}" of attribute "${attribute}" on element "${element}" is invalid${allowed.length ? `; allowed: ${allowed.map((v) => `"${v}"`).join(', ')}` : ''}`);
    }
  }

  /** The closed list of values an attribute takes on an element (none when it is not a list). Only on errors. */
  private allowedValues(element: OpenElement, uri: string, local: string): string[] {
    try {
      const name = new Name(element.uri, element.local);
      const definitions = this.grammar.elementDefinitions[name.toString()];
      if (definitions?.length !== 1) return [];
      const walker = definitions[0]!.newWalker(name) as unknown as { fireEvent(e: string, p: string[], r: DefaultNameResolver): unknown; possible(): Set<{ name: string; param: unknown }> };
      walker.fireEvent('attributeName', [uri, local], this.resolver);
      const values = [...walker.possible()].filter((e) => e.name === 'attributeValue');
      return values.every((e) => typeof e.param === 'string') ? values.map((e) => String(e.param)).sort() : [];
    } catch {
      return [];
    }
  }

  /** salve accepts one text event between two tags: comments and PIs must not split it. */
  private flushText(): void {
    if (this.pendingText === '') return;
    const text = this.pendingText;
    // Point at the text's first visible character, not at the whitespace before it.
    let [line, column] = this.pendingAt;
    const lead = /^\s*/.exec(text)![0];
    const lastBreak = lead.lastIndexOf('\n');
    if (lead.length < text.length) {
      if (lastBreak < 0) column += lead.length;
      else [line, column] = [line + lead.split('\n').length - 1, lead.length - lastBreak];
    }
    this.pendingText = '';
    this.fire('text', [bmpStandIns(text)], line, column, this.open[this.open.length - 1]?.name ?? '');
  }

  private fire(event: string, params: string[], line: number, column: number, element: string, attribute?: string, value?: string, parent?: string): void {
    const result = this.walker.fireEvent(event, params);
    if (!result) return;
    // "tag required" comes once per missing name: one message lists them all.
    const required = result.filter((e) => e.msg === 'tag required');
    if (required.length > 1) {
      const names = [...new Set(required.map((e) => `"${e.getNames().map(nameForMessage).join('" or "')}"`))];
      this.push(line, column, `element "${element}" incomplete; expected ${names.join(' or ')}`);
    }
    for (const error of result) {
      if (required.length > 1 && error.msg === 'tag required') continue;
      this.push(line, column, describeSchemaError(error, { event, element, attribute, value, parent }));
    }
  }

  private push(line: number, column: number, message: string): void {
    if (this.problems.length < this.maxProblems) this.problems.push({ layer: 'schema', line, column, message });
  }
}

export { nameForMessage };
