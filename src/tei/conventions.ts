/**
 * The encoding's conventions as data: document kinds, the TEI of opener and closer lines, bracket
 * forms, and which elements hold only elements (and so may be indented).
 */
import type { CloserItemKind, DocumentKind, OpenerItemKind } from '../model/index.js';
import { token } from './xml-names.js';

export interface KindConvention {
  /** `div/@type` (ENCODING.md: entry, letter, telegram, memorandum, report, document). */
  divType: string;
  /** The category's description in `classDecl/taxonomy`. */
  label: string;
}

export const DOCUMENT_KINDS: Record<DocumentKind, KindConvention> = {
  'record-of-conversation': { divType: 'entry', label: 'Record of conversation' },
  diary: { divType: 'entry', label: 'Diary or journal entry' },
  telegram: { divType: 'telegram', label: 'Telegram or ciphergram' },
  cable: { divType: 'telegram', label: 'Cable' },
  letter: { divType: 'letter', label: 'Letter' },
  memorandum: { divType: 'memorandum', label: 'Memorandum' },
  report: { divType: 'report', label: 'Report' },
  transcript: { divType: 'document', label: 'Transcript of a conversation or meeting' },
  document: { divType: 'document', label: 'Other document' },
};

export const KIND_TAXONOMY = 'document-kinds';
export const CLASSIFICATION_TAXONOMY = 'classification';
export const kindCategory = (kind: DocumentKind): string => `kind-${kind}`;
export const classificationCategory = (marking: string): string => `classification-${token(marking)}`;

/**
 * How a line of the opener or closer is encoded: an element and, for `seg`, its `@type`. A line
 * the element cannot hold falls back to `seg[@type]` (its `type`, else the line's kind): `textOnly`, the element takes text only
 * (TEI `idno`); `needsDate`, the edition's rules want a date in it (`dateline`).
 */
export interface LineConvention {
  element: string;
  type?: string;
  textOnly?: boolean;
  needsDate?: boolean;
}

export const OPENER_LINES: Record<OpenerItemKind, LineConvention> = {
  provenance: { element: 'seg', type: 'provenance' },
  classification: { element: 'seg', type: 'classification' },
  copy: { element: 'seg', type: 'copy' },
  registry: { element: 'idno', type: 'registry', textOnly: true },
  routing: { element: 'seg', type: 'routing' },
  dateline: { element: 'dateline', needsDate: true },
  salute: { element: 'salute' },
  address: { element: 'seg', type: 'address' },
  stamp: { element: 'stamp' },
  line: { element: 'seg', type: 'line' },
};

/** Closer lines that together make one `signed` (role, `[Signature]`, signer). */
export const SIGNED_PARTS = new Set<CloserItemKind>(['role', 'signature', 'signer']);

export const CLOSER_LINES: Record<Exclude<CloserItemKind, 'role' | 'signature' | 'signer'>, LineConvention> = {
  salute: { element: 'salute' },
  dateline: { element: 'dateline', needsDate: true },
  line: { element: 'seg', type: 'line' },
};

/** The bracket pair a supplied text of the given depth was written with, for `@rend`. */
export const SUPPLIED_REND: Record<number, string | undefined> = { 1: undefined, 2: 'double-brackets' };

/** The TEI element of a name in the text, by entity kind. */
export const NAME_ELEMENT = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

/**
 * Elements whose content the encoder builds from elements only: these are indented. Every other
 * element (p, head, seg, signed, note, bibl's title…) is mixed content and is written as is.
 */
export const ELEMENT_ONLY = new Set([
  'TEI', 'teiHeader', 'fileDesc', 'titleStmt', 'respStmt', 'publicationStmt', 'availability', 'notesStmt',
  'sourceDesc', 'bibl', 'msDesc', 'msIdentifier', 'msContents', 'msItem', 'encodingDesc', 'appInfo',
  'application', 'editorialDecl', 'normalization', 'interpretation', 'classDecl', 'taxonomy', 'category',
  'profileDesc', 'abstract', 'langUsage', 'textClass', 'keywords', 'particDesc', 'listPerson',
  'person', 'settingDesc', 'setting', 'calendarDesc', 'calendar', 'revisionDesc', 'standOff',
  'listPlace', 'place', 'location', 'listOrg', 'org', 'text', 'body', 'div', 'opener', 'closer',
  'list', 'sp', 'postscript',
]);
