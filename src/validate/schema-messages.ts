/**
 * salve's terse error messages ("tag required", "attribute missing") turned into messages an
 * editor can act on: `element "titleStmt" incomplete; expected "title"`. One table, keyed by
 * salve's message.
 */
import { Name, NameChoice, type BaseName, type ValidationError } from 'salve-annos';
import { XML_NS } from './scan.js';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export interface ErrorContext {
  event?: string;
  /** The element being validated (its qualified name as written). */
  element?: string;
  attribute?: string | undefined;
  value?: string | undefined;
  /** The element around it (for "not allowed here"). */
  parent?: string | undefined;
}

/** A name as an editor writes it: TEI elements bare, `xml:id`, others as `{namespace}local`. */
export function nameForMessage(name: BaseName): string {
  if (name instanceof Name) {
    if (name.ns === TEI_NS || name.ns === '') return name.name;
    if (name.ns === XML_NS) return `xml:${name.name}`;
    return `{${name.ns}}${name.name}`;
  }
  if (name instanceof NameChoice) return `${nameForMessage(name.a)}" or "${nameForMessage(name.b)}`;
  return name.toString();
}

type Describe = (names: string[], context: ErrorContext, raw: string) => string;

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

const MESSAGES: Record<string, Describe> = {
  'tag not allowed here': ([name], c) => `element "${name}" not allowed ${c.parent ? `here in "${c.parent}"` : 'as the root element'}`,
  'tag not allowed here with these attributes': ([name], c) => `element "${name}" not allowed here${c.parent ? ` in "${c.parent}"` : ''} with these attributes`,
  'tag required': (names, c) => `element "${c.element}" incomplete; expected ${quoted(names)}`,
  'unexpected end tag': ([name]) => `element "${name}" incomplete`,
  'attribute not allowed here': ([name], c) => `attribute "${name}" not allowed on element "${c.element}"`,
  'attribute missing': ([name], c) => `element "${c.element}" missing required attribute "${name}"`,
  'attribute value required': (_n, c) => `attribute "${c.attribute}" on element "${c.element}" needs a value`,
  'text not allowed here': (_n, c) => `text not allowed in element "${c.element}"`,
  'value required': (_n, c) => `element "${c.element}" needs a value`,
};

export function describeSchemaError(error: ValidationError, context: ErrorContext): string {
  const names = error.getNames().map(nameForMessage);
  const raw = error.toStringWithNames(names.map((n) => `"${n}"`));
  const describe = MESSAGES[error.msg];
  if (describe) return describe(names, context, raw);
  if (error.msg === '' && names.length) return `${context.element ? `element "${context.element}"` : 'the document'} must contain either ${raw.replace(/^must choose either /, '')}`;
  if (/^ID ".*" has already been declared\.$/.test(error.msg)) return `${error.msg.replace('declared.', 'defined')} (xml:id values must be unique)`;
  if (context.event === 'attributeValue') return `value "${context.value}" of attribute "${context.attribute}" on element "${context.element}" is invalid${/^invalid attribute value/.test(raw) ? '' : `: ${raw}`}`;
  return context.element ? `element "${context.element}": ${raw}` : raw;
}
