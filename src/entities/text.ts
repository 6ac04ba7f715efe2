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

/**
 * A word as written and folded, one pair per distinct word (up to a bound): the same words recur
 * in every paragraph and document. Tokens then share strings that live on (fewer bytes for the
 * garbage collector to copy) and whose hashes are known to the sets and tables they are looked
 * up in.
 */
const WORD_FORMS = new Map<string, { text: string; norm: string }>();

function wordForms(text: string, ascii: boolean): { text: string; norm: string } {
  let forms = WORD_FORMS.get(text);
  if (forms === undefined) {
    if (WORD_FORMS.size > 50_000) WORD_FORMS.clear();
    WORD_FORMS.set(text, (forms = { text, norm: ascii ? text.toLowerCase() : fold(text) }));
  }
  return forms;
}

/**
 * What the tokenizer asks of a UTF-16 unit, as bits: a word character (letter, digit, combining
 * mark), a capital (`toLowerCase` changes it), a small letter (`toUpperCase` changes it), a digit.
 * ASCII is filled at once, the rest on first meeting; the scans then read one table per character.
 */
const WORD = 1;
const UPPER = 2;
const LOWER = 4;
const DIGIT = 8;
const KNOWN = 16;
const UNIT_CLASS = new Uint8Array(65536);

function classOfUnit(c: number): number {
  const ch = String.fromCharCode(c);
  let bits = KNOWN;
  if (/[\p{L}\p{N}\p{M}]/u.test(ch)) bits |= WORD;
  if (ch !== ch.toLowerCase()) bits |= UPPER;
  if (ch !== ch.toUpperCase()) bits |= LOWER;
  if (/\p{N}/u.test(ch)) bits |= DIGIT;
  return bits;
}

for (let c = 0; c < 128; c++) UNIT_CLASS[c] = classOfUnit(c);

function unitClass(c: number): number {
  const bits = UNIT_CLASS[c];
  return bits !== 0 ? bits : (UNIT_CLASS[c] = classOfUnit(c));
}

/** A letter, a digit or a combining mark. */
function wordChar(flat: string, i: number): boolean {
  return (unitClass(flat.charCodeAt(i)) & WORD) !== 0;
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
    if (flat[i] === '(' && i + 2 < n && flat[i + 2] === ')' && unitClass(flat.charCodeAt(i + 1)) & LOWER) i += 3;
    yield [start, i];
  }
}

/** Characters after which a word opens a sentence: `. ! ? : ; " “ ” « »`. */
const SENTENCE_MARKS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x22, 0x201c, 0x201d, 0xab, 0xbb]);

/**
 * The shape of the word [start, end): from its first unit's class and whether a small letter
 * follows it (as `shapeOf` on the word's text would say).
 */
function shapeAt(first: number, length: number, lowerAfterFirst: boolean): Shape {
  if (first & DIGIT && !(first & (UPPER | LOWER))) return 'number';
  if (!(first & UPPER)) return first & LOWER ? 'lower' : 'other';
  if (lowerAfterFirst) return 'cap';
  return length === 1 ? 'initial' : 'upper';
}

/**
 * Tokens and segments are made by constructors, not object literals: they live as long as their
 * document's run, and when most of a literal's objects are alive at a collection V8 may allocate
 * all its later objects straight in the old generation ("allocation-site pretenuring"; objects made
 * by `new` are not subject to it). A segment put there keeps its tokens alive through every young
 * collection until a full one. Measured on the benchmark: with literals, one process in five took
 * about 1.6 times as long.
 */
class WordToken implements Token {
  upperLine = false;
  rare: boolean | undefined = undefined;
  acronym: boolean | undefined = undefined;
  personWord: boolean | undefined = undefined;

  constructor(
    public start: number,
    public end: number,
    public text: string,
    public norm: string,
    public shape: Shape,
    public line: number,
    public sentenceStart: boolean,
    public possessive: boolean,
  ) {}
}

class SegmentText implements Segment {
  memo: Segment['memo'] = {};

  constructor(
    public context: string,
    public flat: string,
    public tokens: Token[],
    public supplied: SuppliedSpan[],
  ) {}
}

/**
 * One pass over the text: the words with their shape, line and sentence start, and per line the
 * count of capitals and small letters that says whether it is written in capitals (at least four
 * capitals, three times more than small letters).
 */
export function tokenize(flat: string): Token[] {
  // `new Array()`, not `[]`, for the same reason as the classes above: an array literal may be
  // pretenured, and a list in the old generation keeps its young tokens alive.
  const tokens: Token[] = new Array<Token>();
  const upperLines: boolean[] = [];
  const n = flat.length;
  let line = 0;
  let upper = 0;
  let lower = 0;
  let newLine = true;
  /** The last mark (not a space or tab) since the previous word or line break; 0 for none. */
  let mark = 0;
  let i = 0;
  while (i < n) {
    const c = flat.charCodeAt(i);
    const bits = unitClass(c);
    if (!(bits & WORD)) {
      if (c === 10) {
        upperLines.push(upper >= 4 && upper > 3 * lower);
        upper = lower = 0;
        line++;
        newLine = true;
        mark = 0;
      } else {
        if (bits & UPPER) upper++;
        else if (bits & LOWER) lower++;
        if (c !== 32 && c !== 9) mark = c;
      }
      i++;
      continue;
    }
    // A word: letters and digits joined by inner hyphens and apostrophes, and a `(b)` suffix.
    const start = i;
    let ascii = true;
    /** Small letters after the first unit (a possessive `s` included, taken off below). */
    let lowerAfter = 0;
    while (i < n) {
      const u = flat.charCodeAt(i);
      const b = unitClass(u);
      if (b & WORD) {
        if (u > 127) ascii = false;
        if (b & UPPER) upper++;
        else if (b & LOWER) lower++;
        if (b & LOWER && i > start) lowerAfter++;
        i++;
      } else if ((u === 45 || u === 39 || u === 0x2019) && i + 1 < n && unitClass(flat.charCodeAt(i + 1)) & WORD) {
        if (u > 127) ascii = false;
        i++;
      } else break;
    }
    if (flat.charCodeAt(i) === 40 && i + 2 < n && flat.charCodeAt(i + 2) === 41 && unitClass(flat.charCodeAt(i + 1)) & LOWER) {
      // `VKP(b)`: the brackets have no case; the letter counts for the line and the shape.
      const u = flat.charCodeAt(i + 1);
      const b = unitClass(u);
      if (u > 127) ascii = false;
      if (b & UPPER) upper++;
      else lower++;
      lowerAfter++;
      i += 3;
    }
    let end = i;
    let possessive = false;
    // A possessive `'s` or `’s` is left out of the word.
    if (end - start > 2 && flat.charCodeAt(end - 1) === 115 && (flat.charCodeAt(end - 2) === 39 || flat.charCodeAt(end - 2) === 0x2019)) {
      end -= 2;
      possessive = true;
      lowerAfter--;
    }
    const { text, norm } = wordForms(flat.slice(start, end), ascii);
    let shape = shapeAt(unitClass(flat.charCodeAt(start)), end - start, lowerAfter > 0);
    // `Yu.`, `S.`: a one- or two-letter capitalised word followed by a full stop is an initial.
    if ((shape === 'initial' || (shape === 'cap' && text.length === 2)) && flat.charCodeAt(end) === 46) shape = 'initial';
    tokens.push(new WordToken(start, end, text, norm, shape, line, newLine || SENTENCE_MARKS.has(mark), possessive));
    newLine = false;
    mark = 0;
  }
  upperLines.push(upper >= 4 && upper > 3 * lower);
  for (const t of tokens) t.upperLine = upperLines[t.line];
  return tokens;
}

const ATOM_TEXT: Partial<Record<Inline['type'], string>> = { lb: '\n', gap: ' ', pb: ' ' };

/** The flat text of inline nodes (as `flatText` in the model) and where supplied text lies in it. */
export function flatten(nodes: readonly Inline[]): { flat: string; supplied: SuppliedSpan[] } {
  const supplied: SuppliedSpan[] = [];
  // Pieces joined once: a string grown by `+=` is a rope that the character scans that follow
  // must first flatten (measured: tokenizing is about a sixth faster on the joined string).
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
  return new SegmentText(context, flat, tokenize(flat), supplied);
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
