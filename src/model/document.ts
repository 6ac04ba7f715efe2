/**
 * The document model: what the parse stage reads out of a transcription, what the entities stage
 * annotates, and what the encode stage writes as TEI. Every node type is declared here, once.
 *
 * Inline content is a tree (like mdast/hast). Editorial brackets are nodes of their own; the
 * characters of the brackets themselves are not in the text (the TEI element stands for them and
 * the renderers put them back), except where a node keeps its `source` form verbatim.
 */

/** Where a node starts in the transcription (1-based line and column, 0-based offset). */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

// ---------------------------------------------------------------------------------------------
// Inline content

export interface Text {
  type: 'text';
  value: string;
}

/** Who supplied bracketed text: the translator (`#tr`) or the editor (`#ed`). */
export type Responsibility = 'tr' | 'ed';

/**
 * `[Manolo] Ray`: text the translator or editor supplied. When a name crosses the edge of a
 * bracket the supplied text is split in parts (`part`), encoded as one `supplied` chained by
 * `@next`/`@prev` so renderers print one pair of brackets.
 */
export interface Supplied {
  type: 'supplied';
  /** TEI `@reason`: `completion` (part-word or name completion), `clarification`, `summary`, … */
  reason: string;
  resp: Responsibility;
  children: Inline[];
  part?: 'initial' | 'medial' | 'final';
  /** Inner brackets of a nested form `[[N. P. Varnov?]]` count: 1 for `[x]`, 2 for `[[x]]`. */
  depth?: number;
}

/** `[…]`, `[...]`, `…` (omission), `[Signature]`, `[signature]`, `[Stalin’s signature]`. */
export interface Gap {
  type: 'gap';
  /** TEI `@reason`: `omitted`, `signature`, `illegible`, `not-filled-in`, … */
  reason: string;
  /** The words inside the bracket (`Signature`, `Stalin’s signature`), kept as `gap/desc`. */
  desc?: string;
  /** The form in the source, verbatim (`[…]`, `[...]`, `…`, `[signature]`), for the text edition. */
  source: string;
}

/** `BEIPING [SIC]`: the preceding word marked as reproduced as in the original. */
export interface Sic {
  type: 'sic';
  children: Inline[];
  /** The marker as written in the source (`[SIC]`, `[sic]`). */
  marker: string;
}

/** `word [?]`: an uncertain reading (`@cert="low"`). */
export interface Uncertain {
  type: 'uncertain';
  children: Inline[];
  /** The marker as written in the source (`[?]`). */
  marker: string;
}

/**
 * A bracketed editorial remark that is not text of the document: `[handwritten: …]`,
 * `[date not filled in]`, `[Stamp: …]` when inline. Kept word for word.
 */
export interface EditorialNote {
  type: 'editorialNote';
  /** e.g. `handwritten`, `stamp`, `date-not-filled-in`, `comment`. */
  kind: string;
  children: Inline[];
  resp: Responsibility;
}

/** A footnote marker glued to a word (`KRAJEWSKI1`); the note is anchored where it stood. */
export interface NoteRef {
  type: 'noteRef';
  n: string;
  /** The marker as written when it is not the bare number glued to a word (`[1]`). */
  source?: string;
}

/** A hard line break in the source (two trailing spaces or a line break inside a block). */
export interface LineBreak {
  type: 'lb';
}

/** `(p. 1)`: a page marker, kept as `pb[@n]`; `source` is the form in the text. */
export interface PageBreak {
  type: 'pb';
  n: string;
  source: string;
}

export type DateType =
  | 'conversation-or-meeting-date'
  | 'creation-date'
  | 'content-date'
  | 'received-date'
  | 'publication-date';

/** A date in the text; `when` only when the pipeline is certain of it. */
export interface DateNode {
  type: 'date';
  children: Inline[];
  when?: string;
  /** A range (`ON/27/28/X/62`, the night of 27/28 October 1962): TEI `@from`/`@to`, ISO. */
  from?: string;
  to?: string;
  dateType?: DateType;
  /** Non-Gregorian calendars (`persian`), with `when` only when the document states the equivalent. */
  calendar?: string;
}

/** Letter-spaced words (`M e m o r a n d u m`): `hi[@rend='letterspaced']`, text kept as in the source. */
export interface Highlight {
  type: 'hi';
  rend: string;
  children: Inline[];
}

export type EntityKind = 'person' | 'place' | 'org';

/** A name in the text, linked to an entity of this document's standOff by `ref` (an xml:id). */
export interface Name {
  type: 'name';
  kind: EntityKind;
  ref: string;
  children: Inline[];
}

/** A role or title (`USSR Ambassador to the Republic of Cuba`), e.g. in a closer. */
export interface RoleName {
  type: 'roleName';
  children: Inline[];
}

export type Inline =
  | Text
  | Supplied
  | Gap
  | Sic
  | Uncertain
  | EditorialNote
  | NoteRef
  | LineBreak
  | PageBreak
  | DateNode
  | Highlight
  | Name
  | RoleName;

/** Inline nodes that have children. */
export type Parent = Extract<Inline, { children: Inline[] }>;

// ---------------------------------------------------------------------------------------------
// Blocks of the document

interface BlockBase {
  position?: Position;
}

export interface Paragraph extends BlockBase {
  type: 'p';
  children: Inline[];
}

export interface Head extends BlockBase {
  type: 'head';
  children: Inline[];
}

export interface Dateline extends BlockBase {
  type: 'dateline';
  children: Inline[];
}

export interface ListItem {
  /** The label as written (`1)`, `A.`, `1 -`, `1．`), kept verbatim. */
  label?: string;
  children: Inline[];
  position?: Position;
}

/** Numbered or distribution lists, rosters (`list[@type]`: `ordered`, `distribution`, `participants`). */
export interface List extends BlockBase {
  type: 'list';
  listType?: string;
  head?: Inline[];
  items: ListItem[];
}

/** A speech in a transcript: `North (KIM): …` → `sp/speaker` + `p`. */
export interface Speech extends BlockBase {
  type: 'sp';
  speaker: Inline[];
  /** Who speaks, when known (an entity id). */
  who?: string;
  children: Inline[];
}

/** Stamps and letterheads (`stamp`, `fw`), often several columns flattened into lines. */
export interface Stamp extends BlockBase {
  type: 'stamp' | 'fw';
  stampType?: string;
  children: Inline[];
}

/** A block of lines the parser did not recognise: kept as it was (`ab` with `lb`). */
export interface AnonymousBlock extends BlockBase {
  type: 'ab';
  abType?: string;
  children: Inline[];
}

/** `<supplied reason="summary">` paragraph: a bracketed paragraph summarising omitted text. */
export interface SummaryParagraph extends BlockBase {
  type: 'summary';
  resp: Responsibility;
  children: Inline[];
}

export type OpenerItemKind =
  | 'provenance'
  | 'classification'
  | 'copy'
  | 'registry'
  | 'routing'
  | 'dateline'
  | 'salute'
  | 'address'
  | 'stamp'
  | 'line';

export interface OpenerItem {
  kind: OpenerItemKind;
  children: Inline[];
  /** For `dateline`: the normalised date, if any, is a DateNode among the children. */
  position?: Position;
}

/** The block of provenance, markings, numbers and dateline at the top of a document. */
export interface Opener extends BlockBase {
  type: 'opener';
  items: OpenerItem[];
}

export type CloserItemKind = 'role' | 'signature' | 'signer' | 'salute' | 'dateline' | 'line';

export interface CloserItem {
  kind: CloserItemKind;
  children: Inline[];
  position?: Position;
}

/** Sign-off: role, `[Signature]`, signer, or a closing dateline. */
export interface Closer extends BlockBase {
  type: 'closer';
  items: CloserItem[];
}

/** Blocks after the closer (distribution lists, typists' and verifiers' marks, archival stamps). */
export interface Postscript extends BlockBase {
  type: 'postscript';
  children: Block[];
}

export type Block =
  | Paragraph
  | Head
  | Dateline
  | List
  | Speech
  | Stamp
  | AnonymousBlock
  | SummaryParagraph
  | Opener
  | Closer
  | Postscript;

export interface Footnote {
  n: string;
  children: Inline[];
  position?: Position;
}

// ---------------------------------------------------------------------------------------------
// The archive's header sections

export interface SourceDate {
  /** The source's wording (`June 3, 1961`, `November 03, 1972`, `August 1949`). */
  text: string;
  /** ISO 8601 (`1961-06-03`, `1949-08`) when certain. */
  when?: string;
}

export interface ArchiveIdentifier {
  /** `fond`, `opis`, `folder`, `delo`, `file`, `list`, `box`, `series`, `signature`… */
  type: string;
  value: string;
}

export interface Translator {
  name: string;
  org?: string;
  /** The phrase in the source (`translated by`, `Translated for NKIDP by`). */
  phrase?: string;
}

/** The citation string, kept verbatim, and the parts it could be broken into. */
export interface Citation {
  text: string;
  title?: string;
  date?: SourceDate;
  /** The archive portal (`Wilson Center Digital Archive`, `History and Public Policy Program Digital Archive`). */
  portal?: string;
  /** The holding archive (`Foreign Policy Archive of the Russian Federation`). */
  repository?: string;
  repositoryAbbr?: string;
  settlement?: string;
  identifiers: ArchiveIdentifier[];
  /** The archive reference as written (`Fond 0104, Opis 17, Folder 118, File 4. pp. 65-67`). */
  reference?: string;
  pages?: { from: string; to?: string; text: string };
  translator?: Translator;
  url?: string;
}

export interface ArchiveHeader {
  /** The date line at the top (the archive's document date). */
  date?: SourceDate;
  title?: string;
  citation?: Citation;
  /** The record's URL (from the citation or on a line of its own). */
  url?: string;
  /** The archive's record number (`115180` from `/document/115180`). */
  recordNumber?: string;
  summary?: string[];
  credits?: string;
  /** Funders named in the credits (`Leon Levy Foundation`). */
  funders: string[];
  originalLanguage?: string;
  /** `Translation - English`, `English Translation`. */
  contents?: string;
  /** Header sections the parser did not know, kept verbatim. */
  other: { label: string; text: string }[];
}

export type DocumentKind =
  | 'record-of-conversation'
  | 'diary'
  | 'telegram'
  | 'cable'
  | 'letter'
  | 'memorandum'
  | 'report'
  | 'transcript'
  | 'document';

// ---------------------------------------------------------------------------------------------
// Entities (filled by the entities stage)

export interface EntityEntry {
  /** xml:id, the same in every document of the edition for registered entities. */
  id: string;
  kind: EntityKind;
  /** The register's standard name. */
  name: string;
  /** Forms seen in this document's text that differ from the standard name. */
  variants: string[];
  /** Role, occupation or office (`persName` entries: `occupation`/`roleName`). */
  roles?: string[];
  /** Authority ids from a real source only (`wikidata`, `viaf`, `geonames`). */
  idnos?: { type: string; value: string }[];
  /** `lat long`, only from a real source. */
  geo?: string;
  /** Place type (`country`, `city`, `province`, `river`, `building`…) or org type. */
  subtype?: string;
  /** True when the entity is in the edition's register; false for a new candidate. */
  registered: boolean;
  /** Where a new candidate came from (`gazetteer:world-countries`, `rule:title`, …). */
  evidence?: string;
}

export interface Participant {
  ref: string;
  role?: string;
}

// ---------------------------------------------------------------------------------------------
// The whole transcription

export interface Transcription {
  /** Stable id: `wcda-<record number>` when the source gives one, else from the file name. */
  id: string;
  /** The input file (as given). */
  file: string;
  header: ArchiveHeader;
  kind: DocumentKind;
  /** Classification markings found in the document (`Top Secret`). */
  classification: string[];
  /** The record's own date (drawn up), ISO, when stated. */
  creationDate?: string;
  /** Conversation or meeting date and place, when stated. */
  setting?: { when?: string; place?: string };
  /** Blocks of the document body in source order: opener, head, dateline, p…, closer, postscript. */
  body: Block[];
  footnotes: Footnote[];
  /** Set by the entities stage. */
  entities: EntityEntry[];
  /** The diarist or sender, an entity id, when the text says it. */
  author?: string;
  participants: Participant[];
  /** Notes on how the text was normalised (NFC, CRLF, BOM), for `editorialDecl`. */
  normalisations: string[];
}
