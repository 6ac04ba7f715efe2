/**
 * The conventions of the archive's transcriptions, as data: words and shapes that mark a
 * classification, an opener line, a closer line, a postscript, a list label. The parser's
 * functions read these tables; a new convention is a new row, not a new branch.
 */
import type { CloserItemKind, OpenerItemKind } from '../model/index.js';

/** Classification markings, canonical form first; matched case-insensitively as whole segments. */
export const MARKINGS: { canonical: string; pattern: RegExp }[] = [
  { canonical: 'Top Secret', pattern: /^top[-\s]+secret$/i },
  { canonical: 'Strictly Secret', pattern: /^strictly\s+secret$/i },
  { canonical: 'Secret', pattern: /^secret$/i },
  { canonical: 'Strictly Confidential', pattern: /^strictly\s+confidential$/i },
  { canonical: 'Confidential', pattern: /^confidential$/i },
  { canonical: 'Extremely Urgent', pattern: /^extremely\s+urgent$/i },
  { canonical: 'Urgent', pattern: /^urgent$/i },
  { canonical: 'Top Priority', pattern: /^top\s+priority$/i },
  { canonical: 'Special', pattern: /^special$/i },
  { canonical: 'Eyes Only', pattern: /^(for\s+your\s+|exclusively\s+)?eyes\s+only$/i },
  { canonical: 'Sensitive', pattern: /^sensitive$/i },
  { canonical: 'NODIS', pattern: /^nodis$/i },
  { canonical: 'EXDIS', pattern: /^exdis$/i },
  { canonical: 'LIMDIS', pattern: /^limdis$/i },
  { canonical: 'Personal', pattern: /^personal$/i },
  { canonical: 'Immediate', pattern: /^immediate$/i },
  { canonical: 'Flash', pattern: /^flash$/i },
  { canonical: 'Restricted', pattern: /^restricted$/i },
  { canonical: 'For Official Use Only', pattern: /^for\s+official\s+use\s+only$/i },
  { canonical: 'Not for Publication', pattern: /^not\s+for\s+publication$/i },
  { canonical: 'Of Special Importance', pattern: /^of\s+special\s+importance$/i },
  { canonical: 'Declassified', pattern: /^declassified$/i },
];

/** Separators between markings written on one line (`SECRET—EXTREMELY URGENT`, `TOP PRIORITY/SPECIAL`). */
export const MARKING_SEPARATORS = /\s*(?:[—–\/,;]|\.\s|\s-\s)\s*/;

/** The number sign in its forms: `Nº`, `No.`, `№`, `N°`, `Nr.`, `#`, `NºNº`. */
export const NUMBER_SIGN = String.raw`(?:N[º°o]N[º°o]|N[º°]\.?|No\.?|№|Nr\.?|#)`;

/** Lines at the top of a document (opener), in order of precedence. `strong` cues alone make a block an opener. */
export const OPENER_CUES: { kind: OpenerItemKind; pattern: RegExp; strong: boolean }[] = [
  { kind: 'provenance', pattern: /^(From|Excerpt from|Extract from|From the)\s.*\b(Diary|Journal|Notes|Papers|Notebook|Files?|Records?)\b/i, strong: true },
  { kind: 'provenance', pattern: /^(Presented to|Handed over by|Handed to|Received from)\b/i, strong: true },
  { kind: 'provenance', pattern: /^(Translation|Translated) from\b/i, strong: true },
  { kind: 'copy', pattern: new RegExp(String.raw`^(Copy|Copies|Exemplar|Ex\.)\s*(${NUMBER_SIGN})?\s*\d+`, 'i'), strong: true },
  { kind: 'copy', pattern: /^(Copy|Copies)\s+(one|two|three|four|five|\d+)\b/i, strong: true },
  { kind: 'copy', pattern: /^(Made|Printed|Typed|Prepared|Produced)\s+in\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+cop(y|ies)\b/i, strong: true },
  { kind: 'registry', pattern: new RegExp(String.raw`^${NUMBER_SIGN}\s*[\dIVX][\w\/\-.()]*(\s*[-–,]?\s*\S.*)?$`), strong: true },
  { kind: 'routing', pattern: /^(To|From|Cc|Copy to|Via|Attention|Attn\.?)\s*:/i, strong: true },
  { kind: 'routing', pattern: /^(Dispatched|Sent|Received|Came to|Incoming|Outgoing|Transmitted|Delivered|Decoded|Deciphered)\b/i, strong: true },
  { kind: 'routing', pattern: /^[A-Z]{2,}(\/[A-Z0-9.()\-]+){2,}\S*$/, strong: true },
  { kind: 'routing', pattern: /^(Subject|Re|Ref\.?|Reference)\s*:/i, strong: true },
  { kind: 'dateline', pattern: /^Date(\s+and\s+Time)?\s*:/i, strong: true },
  { kind: 'line', pattern: /^(Location|Place|Venue|Time)\s*:/i, strong: true },
  { kind: 'stamp', pattern: /^\[?\s*(Stamp|Seal)\b/i, strong: true },
];

/** A salutation or addressee line opening a letter (`[to] Cde. G. M. MALENKOV!`, `to Mr. Generalissimo STALIN,`). */
export const SALUTE_CUES: RegExp[] = [
  /^\[?[Tt]o\]?\s+(Cde\.|Comrade|Comrades|Mr\.|Mrs\.|Ms\.|Dr\.|Generalissimo|His|Her|Their|Chairman|President|Premier|Prime|Minister|Ambassador|General|Marshal|the\s+(Chairman|President|Minister|Ambassador|Central|Government|Embassy|Secretary|CC))(?![\p{L}])/u,
  /^\[?[Tt]o\]?\s+\p{Lu}[\p{Lu}.\-’']+(\s+\p{Lu}[\p{Lu}.\-’']+)*\s*[,.!:]?$/u,
  /^(Dear|Esteemed|Respected|Honou?red|Deeply respected)\s+\S.*[,!:]?$/i,
  /^(Your|His|Her)\s+(Excellency|Majesty|Highness|Holiness)\b.{0,60}[,!:]$/,
  /^(Sir|Madam|Gentlemen|Comrades|Dear Sir|Dear Comrade)\s*[,!:]$/,
];

/** Field labels that look like a speaker label but are not (`To:`, `Location:`). */
export const FIELD_LABELS = /^(to|from|cc|via|subject|re|ref|reference|note|notes|date|time|date and time|location|place|venue|participants|present|attention|attn|copy|copies|encl|enclosure|p\.s|ps|nb|n\.b|source|summary|agenda|item|question|answer|remark|comment|translation|original|draft)$/i;

/** Roster labels that introduce participant lists. */
export const ROSTER_HEADS = /^(Participants|Present|Attending|Those present|Participating|Persons present|Attended by|In attendance)(\s+were)?\s*:?$/i;

/** Words that make a line a role or title in a closer (`USSR Ambassador to the Republic of Cuba`). */
export const ROLE_WORDS = /\b(Ambassador|Minister|Secretary|Chairman|Chair|President|Premier|Consul|Charg[eé]|Counsell?or|Attach[eé]|Director|Head|Chief|Commander|General|Marshal|Deputy|Envoy|Representative|Advisor|Adviser|Officer|Delegate|Governor|Leader|Embassy|Legation|Mission|Department|Committee|Bureau|Section|Division|Resident|Plenipotentiary)\b/i;

/** Closer lines other than names and roles. */
export const CLOSER_CUES: { kind: CloserItemKind; pattern: RegExp }[] = [
  { kind: 'salute', pattern: /^(Sincerely|Respectfully|Yours|With (comradely |best |deep |sincere |great )?(greetings|respect|regards|esteem)|Best regards|Kind regards|Faithfully|Cordially)\b.*[,.!]?$/i },
  { kind: 'line', pattern: /^NOTE OF [\p{Lu}.]+\s*:/u },
  { kind: 'signature', pattern: /^\((signature|signed|sgd\.?|s\/|illegible signature)\)$/i },
];

/** Blocks that follow the sign-off: copy counts, distribution, typists, verifiers, archival stamps. */
export const POSTSCRIPT_CUES: RegExp[] = [
  /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+)\s+cop(y|ies)\s+(printed|made|typed|prepared|sent|distributed)/i,
  new RegExp(String.raw`^cop(y|ies)\s*${NUMBER_SIGN}`, 'i'),
  /^(Typed|Printed|Verified|Checked|Compiled|Prepared|Drafted|Distributed|Dispatched|Sent|Executed|Ex\.|Exec\.|Typist|Translated|Translation by|Decoded|Deciphered|Encoded|Enciphered)\b/i,
  /^(Distribution|Copies|Copies to|Copy to|Cc|Sent to)\s*:/i,
  /^(Copies to|Copy to|Sent to)\b/i,
  /^\[\s*(Stamp|Seal|handwritten|Handwritten|Resolution|Notation)\b/,
  new RegExp(String.raw`^${NUMBER_SIGN}\s*\d`),
  /^\d{1,3}\s+[-–—]\s+\S/,
];

/** List labels: the style name (to keep a list to one style) and the label's shape. */
export const LIST_LABELS: { style: string; pattern: RegExp; listType: string }[] = [
  { style: 'num-dash', pattern: /^(\d{1,3})\s+[-–—]\s+/, listType: 'distribution' },
  { style: 'num-paren', pattern: /^(\d{1,3})\)\s+/, listType: 'ordered' },
  { style: 'num-dot', pattern: /^(\d{1,3})\.\s+/, listType: 'ordered' },
  { style: 'num-fullwidth', pattern: /^(\d{1,3}|[０-９]{1,3})．\s*/, listType: 'ordered' },
  { style: 'paren-num', pattern: /^\((\d{1,3})\)\s+/, listType: 'ordered' },
  { style: 'paren-letter', pattern: /^\(([a-z])\)\s+/, listType: 'ordered' },
  { style: 'letter-dot', pattern: /^([A-Z])\.\s+(?![A-Z]\.)/, listType: 'ordered' },
  { style: 'letter-paren', pattern: /^([a-zA-Z])\)\s+/, listType: 'ordered' },
  { style: 'roman-dot', pattern: /^([IVX]{1,5})\.\s+/, listType: 'ordered' },
  { style: 'bullet', pattern: /^([-*•–—])\s+/, listType: 'unordered' },
];

/** Archive portals named in citations. */
export const PORTALS = /^(Wilson Center Digital Archive|History and Public Policy Program Digital Archive|.*Digital Archive)$/i;

/** Words that make a citation segment the holding archive. */
export const REPOSITORY_WORDS = /\b(Archives?|Archiv|Archiwum|Archivum|Arhiva|Arquivo|Archivo|Archivio|Bundesarchiv|Library|Records Office|Record Office|Presidential|Museum|Collection|Ministry|Institute|Papers)\b/i;

/** Archive-reference parts (`Fond 0104`, `op. 11`, `d. 332`, `l. 8`, `Box 3`); the type is the identifier's `@type`. */
export const IDENTIFIER_PARTS: { type: string; pattern: RegExp }[] = [
  { type: 'fond', pattern: /^(fond|fonds|f\.|F\.)\s*(.+)$/i },
  { type: 'opis', pattern: /^(opis|op\.)\s*(.+)$/i },
  { type: 'folder', pattern: /^(folder|papka|pap\.|por\.|portfel)\s*(.+)$/i },
  { type: 'delo', pattern: /^(delo|d\.)\s*(.+)$/i },
  { type: 'file', pattern: /^(file|dossier|sprava|spr\.)\s*(.+)$/i },
  { type: 'list', pattern: /^(listy|list|ll\.|l\.)\s*(.+)$/i },
  { type: 'box', pattern: /^(box|carton|karton)\s*(.+)$/i },
  { type: 'series', pattern: /^(series|ser\.|record group|RG)\s*(.+)$/i },
  { type: 'collection', pattern: /^(collection|coll\.|zesp[oó]ł|zespol|fondo)\s*(.+)$/i },
  { type: 'volume', pattern: /^(vol\.|volume|tom|t\.)\s*(.+)$/i },
  { type: 'reel', pattern: /^(reel|microfilm)\s*(.+)$/i },
  { type: 'signature', pattern: /^(sygn\.|sig\.|signatur|signature|call number)\s*(.+)$/i },
  { type: 'item', pattern: /^(item|doc\.|document|no\.)\s*(\d.*)$/i },
];

/** Page references in a citation (`pp. 65-67`, `p.16-42`, `pages 3-5`). */
export const PAGES = /^(pp?\.|pages?|str\.|S\.)\s*(\d+[a-z]?)(?:\s*[-–]\s*(\d+[a-z]?))?\.?$/i;

/** Translator phrases in citations (the phrase is kept as written). */
export const TRANSLATOR_PHRASE = /((?:obtained\s+and\s+|obtained\s+for\s+\S+\s+and\s+)?(?:translated\s+for\s+(\S+)\s+by|translated\s+\[by\]|translated\s+by|translation\s+by|trans\.\s+by|translated\s+and\s+annotated\s+by))\s+/i;
