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
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:\([\p{Ll}]\))?/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** Case- and accent-insensitive form of a word or name. */
export function fold(text: string): string {
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
  return (text.match(WORD) ?? []).map((w) => fold(w.replace(/['’]s$/u, ''))).join(' ');
}

function shapeOf(word: string): Shape {
  if (/^\p{N}/u.test(word)) return 'number';
  const first = word[0];
  if (!UPPER.test(first)) return LOWER.test(first) ? 'lower' : 'other';
  const rest = word.slice(1);
  if (!LOWER.test(rest)) return word.length === 1 ? 'initial' : 'upper';
  return 'cap';
}

const SENTENCE_END = /[.!?:;"“”«»]\s*$|^\s*$/u;

export function tokenize(flat: string): Token[] {
  const tokens: Token[] = [];
  const lineStarts = [0];
  for (let i = 0; i < flat.length; i++) if (flat[i] === '\n') lineStarts.push(i + 1);
  const upperLines = lineStarts.map((start, i) => {
    const line = flat.slice(start, i + 1 < lineStarts.length ? lineStarts[i + 1] : flat.length);
    const upper = (line.match(/\p{Lu}/gu) ?? []).length;
    const lower = (line.match(/\p{Ll}/gu) ?? []).length;
    return upper >= 4 && upper > 3 * lower;
  });
  let line = 0;
  for (const m of flat.matchAll(WORD)) {
    let text = m[0];
    const start = m.index;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
    let possessive = false;
    if (/['’]s$/u.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    }
    const before = flat.slice(Math.max(lineStarts[line], start - 3), start);
    const previous = tokens[tokens.length - 1];
    const sentenceStart = !previous || previous.line !== line || SENTENCE_END.test(before) || /[.!?]\s*$/.test(flat.slice(previous.end, start));
    let shape = shapeOf(text);
    // `Yu.`, `S.`: a one- or two-letter capitalised word followed by a full stop is an initial.
    if ((shape === 'initial' || (shape === 'cap' && text.length === 2)) && flat[start + text.length] === '.') shape = 'initial';
    tokens.push({ start, end: start + text.length, text, norm: fold(text), shape, line, upperLine: upperLines[line], sentenceStart, possessive });
  }
  return tokens;
}

const ATOM_TEXT: Partial<Record<Inline['type'], string>> = { lb: '\n', gap: ' ', pb: ' ' };

/** The flat text of inline nodes (as `flatText` in the model) and where supplied text lies in it. */
export function flatten(nodes: readonly Inline[]): { flat: string; supplied: SuppliedSpan[] } {
  const supplied: SuppliedSpan[] = [];
  let flat = '';
  const visit = (list: readonly Inline[]): void => {
    for (const node of list) {
      if (node.type === 'text') flat += node.value;
      else if ('children' in node) {
        const start = flat.length;
        visit(node.children);
        if (node.type === 'supplied') supplied.push({ start, end: flat.length, reason: node.reason });
      } else flat += ATOM_TEXT[node.type] ?? '';
    }
  };
  visit(nodes);
  return { flat, supplied };
}

export function segmentOf(nodes: readonly Inline[], context: string): Segment {
  const { flat, supplied } = flatten(nodes);
  return { context, flat, tokens: tokenize(flat), supplied };
}

/** True when a supplied span starts at `offset` (a bracket opens between two words of a phrase). */
export function suppliedStartsAt(segment: Segment, offset: number): boolean {
  return segment.supplied.some((s) => s.start === offset);
}

/** What lies between two tokens (`, `, ` `, `\n`…). */
export function gapBetween(segment: Segment, a: Token, b: Token): string {
  return segment.flat.slice(a.end + (a.possessive ? 2 : 0), b.start);
}
