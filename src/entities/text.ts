/**
 * The flat text of one stretch of inline content, cut into word tokens with the facts the
 * recognition rules ask about: shape (capitalised, all caps, initial), line, bracket edges.
 */
import type { Inline } from '../model/index.js';

export type Shape = 'cap' | 'upper' | 'lower' | 'initial' | 'number' | 'other';

export interface Token {
  start: number;
  end: number;
  /** The word as written (a possessive `’s` is left out of the token). */
  text: string;
  /** Folded for comparison: lower case, no diacritics, straight apostrophes. */
  norm: string;
  shape: Shape;
  /** Index of the line (hard line breaks) within the segment. */
  line: number;
  /** The line is written in capitals (letters mostly upper case): case says nothing there. */
  upperLine: boolean;
  /** First word of a sentence, a line or the segment. */
  sentenceStart: boolean;
  /** Followed directly by `’s`. */
  possessive: boolean;
  /** Memos of `rare()`, `acronym()` and `personWord()` (recognise/shape.ts), filled on first use. */
  rare?: boolean;
  acronym?: boolean;
  personWord?: boolean;
}

/** A span of supplied (bracketed) text in the flat text. */
export interface SuppliedSpan {
  start: number;
  end: number;
  reason: string;
}

/** One inline container of the document (a paragraph, an opener item, a footnote…). */
export interface Segment {
  /** What kind of container: `p`, `head`, `opener:provenance`, `closer:signer`, `item`, `speaker`, `note`… */
  context: string;
  flat: string;
  tokens: Token[];
  supplied: SuppliedSpan[];
  /** Facts several rules ask about, computed once per segment. */
  memo: { placeEnds?: Int32Array };
}


/** Case- and accent-insensitive form of a word or name. */
const ASCII = /^[\x20-\x7e]*$/;

export function fold(text: string): string {
  if (ASCII.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’`]/g, "'")
    .toLowerCase()
    .replace(/[łđøßæœıþ]/g, (c) => LETTERS[c]);
}

/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

/** Folded tokens of a name, for lookups: `S.M. Kudryavtsev` and `S. M. KUDRYAVTSEV` agree. */
export function nameKey(text: string): string {
  let key = NAME_KEYS.get(text);
  if (key === undefined) {
    // The same names recur in every document of an edition: each is folded once (up to a bound).
    if (NAME_KEYS.size > 50_000) NAME_KEYS.clear();
    const out: string[] = [];
    for (const [start, end] of words(text)) out.push(fold(text.slice(start, end).replace(/['’]s$/u, '')));
    NAME_KEYS.set(text, (key = out.join(' ')));
  }
  return key;
}

const NAME_KEYS = new Map<string, string>();

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Beyond ASCII, what the Unicode test said of each UTF-16 unit met so far (0: not asked yet, 1: yes, 2: no). */
const WORD_UNITS = new Uint8Array(65536);

/** A letter, a digit or a combining mark (ASCII by code, the rest by Unicode property, once per character). */
function wordChar(flat: string, i: number): boolean {
  const c = flat.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = WORD_UNITS[c];
  if (!known) WORD_UNITS[c] = known = LETTER_OR_DIGIT.test(flat[i]) ? 1 : 2;
  return known === 1;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase();
}

/** Is the character at i a small letter? (ASCII by code, the rest by case mapping.) */
function lowerAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return isLower(word[i]);
}

function shapeOf(word: string): Shape {
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'number';
  const upperFirst = c < 128 ? c >= 65 && c <= 90 : isUpper(word[0]);
  if (!upperFirst) return lowerAt(word, 0) ? 'lower' : /\p{N}/u.test(word[0]) ? 'number' : 'other';
  for (let i = 1; i < word.length; i++) if (lowerAt(word, i)) return 'cap';
  return word.length === 1 ? 'initial' : 'upper';
}

/** The words of a text: letters and digits, joined by inner hyphens and apostrophes, and a `(b)` suffix. */
function* words(flat: string): Generator<[number, number]> {
  let i = 0;
  const n = flat.length;
  while (i < n) {
    if (!wordChar(flat, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      if (wordChar(flat, i)) i++;
      else if ((flat[i] === '-' || flat[i] === "'" || flat[i] === '’') && i + 1 < n && wordChar(flat, i + 1)) i++;
      else break;
    }
    if (flat[i] === '(' && i + 2 < n && flat[i + 2] === ')' && isLower(flat[i + 1])) i += 3;
    yield [start, i];
  }
}

/** Characters after which a word opens a sentence: `. ! ? : ; " “ ” « »`. */
const SENTENCE_MARKS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x22, 0x201c, 0x201d, 0xab, 0xbb]);

/** Per line: is it written in capitals (at least four capitals, three times more than small letters)? */
function upperLinesOf(flat: string): boolean[] {
  const lines: boolean[] = [];
  let upper = 0;
  let lower = 0;
  for (let i = 0; i <= flat.length; i++) {
    const c = i < flat.length ? flat.charCodeAt(i) : 10;
    if (c === 10) {
      lines.push(upper >= 4 && upper > 3 * lower);
      upper = lower = 0;
    } else if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = flat[i];
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return lines;
}

export function tokenize(flat: string): Token[] {
  const tokens: Token[] = [];
  const upperLines = upperLinesOf(flat);
  const n = flat.length;
  let line = 0;
  let newLine = true;
  /** The last mark (not a space or tab) since the previous word or line break; 0 for none. */
  let mark = 0;
  let i = 0;
  while (i < n) {
    if (!wordChar(flat, i)) {
      const c = flat.charCodeAt(i);
      if (c === 10) {
        line++;
        newLine = true;
        mark = 0;
      } else if (c !== 32 && c !== 9) mark = c;
      i++;
      continue;
    }
    // A word: letters and digits joined by inner hyphens and apostrophes, and a `(b)` suffix.
    const start = i;
    let ascii = true;
    while (i < n) {
      const c = flat.charCodeAt(i);
      if (wordChar(flat, i)) {
        if (c > 127) ascii = false;
        i++;
      } else if ((c === 45 || c === 39 || c === 0x2019) && i + 1 < n && wordChar(flat, i + 1)) {
        if (c > 127) ascii = false;
        i++;
      } else break;
    }
    if (flat.charCodeAt(i) === 40 && i + 2 < n && flat.charCodeAt(i + 2) === 41 && isLower(flat[i + 1])) i += 3;
    let end = i;
    let possessive = false;
    // A possessive `'s` or `’s` is left out of the word.
    if (end - start > 2 && flat.charCodeAt(end - 1) === 115 && (flat.charCodeAt(end - 2) === 39 || flat.charCodeAt(end - 2) === 0x2019)) {
      end -= 2;
      possessive = true;
    }
    const text = flat.slice(start, end);
    let shape = shapeOf(text);
    // `Yu.`, `S.`: a one- or two-letter capitalised word followed by a full stop is an initial.
    if ((shape === 'initial' || (shape === 'cap' && text.length === 2)) && flat.charCodeAt(end) === 46) shape = 'initial';
    const norm = ascii ? text.toLowerCase() : fold(text);
    tokens.push({ start, end, text, norm, shape, line, upperLine: upperLines[line], sentenceStart: newLine || SENTENCE_MARKS.has(mark), possessive, rare: undefined, acronym: undefined, personWord: undefined });
    newLine = false;
    mark = 0;
  }
  return tokens;
}

const ATOM_TEXT: Partial<Record<Inline['type'], string>> = { lb: '\n', gap: ' ', pb: ' ' };

/** The flat text of inline nodes (as `flatText` in the model) and where supplied text lies in it. */
export function flatten(nodes: readonly Inline[]): { flat: string; supplied: SuppliedSpan[] } {
  const supplied: SuppliedSpan[] = [];
  // Pieces joined once: a string grown by `+=` is a rope, and every `charCodeAt` of the scans
  // that follow would walk it (tokenizing a rope takes about three times as long).
  const parts: string[] = [];
  let length = 0;
  const visit = (list: readonly Inline[]): void => {
    for (const node of list) {
      if (node.type === 'text') {
        parts.push(node.value);
        length += node.value.length;
      } else if ('children' in node) {
        const start = length;
        visit(node.children);
        if (node.type === 'supplied') supplied.push({ start, end: length, reason: node.reason });
      } else {
        const atom = ATOM_TEXT[node.type] ?? '';
        parts.push(atom);
        length += atom.length;
      }
    }
  };
  visit(nodes);
  return { flat: parts.join(''), supplied };
}

export function segmentOf(nodes: readonly Inline[], context: string): Segment {
  const { flat, supplied } = flatten(nodes);
  return { context, flat, tokens: tokenize(flat), supplied, memo: {} };
}

/** True when a supplied span starts at `offset` (a bracket opens between two words of a phrase). */
export function suppliedStartsAt(segment: Segment, offset: number): boolean {
  for (const s of segment.supplied) if (s.start === offset) return true;
  return false;
}

/** What lies between two tokens (`, `, ` `, `\n`…). */
export function gapBetween(segment: Segment, a: Token, b: Token): string {
  return segment.flat.slice(a.end + (a.possessive ? 2 : 0), b.start);
}

/**
 * `flat.slice(start, end)` with each run of white space made one space, and trimmed: the form of a
 * name as written. Names are mostly words apart by single spaces: those need no regular expression.
 */
export function spacedText(flat: string, start: number, end: number): string {
  let previousSpace = true;
  for (let i = start; i < end; i++) {
    const c = flat.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return slowSpacedText(flat, start, end);
      previousSpace = true;
    } else if (c > 127 || (c >= 9 && c <= 13)) return slowSpacedText(flat, start, end);
    else previousSpace = false;
  }
  return previousSpace ? slowSpacedText(flat, start, end) : flat.slice(start, end);
}

function slowSpacedText(flat: string, start: number, end: number): string {
  return flat.slice(start, end).replace(/\s+/g, ' ').trim();
}
