/** Predicates on tokens shared by the rule families. */
import { spacedText, type Segment, type Token } from '../text.js';
import type { Gazetteer } from '../gazetteer.js';
import { isCommon, STOP_WORDS, NOT_ACRONYMS } from '../words.js';
import { TITLE_WORDS } from '../titles.js';
import { ORG_HEADS, PLACE_HEADS } from '../heads.js';

/** Written with a capital (or in a line of capitals): may be part of a name. */
export function capital(t: Token): boolean {
  return t.shape === 'cap' || t.shape === 'upper' || t.shape === 'initial';
}

/** A word that is not an English word of the common vocabulary (or a hyphenated name part: `Seong-cheol`). */
export function rare(t: Token): boolean {
  // Every rule family asks this of the same tokens: answered once per token.
  return (t.rare ??= rareWord(t.norm));
}

function rareWord(norm: string): boolean {
  if (norm.includes('-')) return norm.split('-').some((p) => p.length > 1 && !isCommon(p) && !STOP_WORDS.has(p));
  return !isCommon(norm) && !STOP_WORDS.has(norm);
}

/** Could be a word of a person's name: capitalised, and not a function word, title, head noun or adjective of a nation. */
export function personWord(t: Token, demonyms: Set<string>): boolean {
  if (t.shape !== 'cap' && t.shape !== 'upper') return false;
  // Asked of most capitalised tokens by several rules: answered once per token, for the
  // gazetteer's adjectives of nations (the first set met; any other set is not memoised).
  memoDemonyms ??= demonyms;
  if (demonyms !== memoDemonyms) return personWordOf(t, demonyms);
  return (t.personWord ??= personWordOf(t, demonyms));
}

let memoDemonyms: Set<string> | undefined;

function personWordOf(t: Token, demonyms: Set<string>): boolean {
  if (drafterMark(t.text)) return false; // `FDKohler`: a drafter's mark, not a name as written
  const n = t.norm;
  if (STOP_WORDS.has(n) || TITLE_WORDS.has(n) || ORG_HEADS.has(n) || PLACE_HEADS.has(n) || demonyms.has(n)) return false;
  if (n.includes('-') && n.split('-').every((p) => demonyms.has(p) || TITLE_WORDS.has(p) || isCommon(p))) return false;
  return true;
}

const DRAFTER_MARK = /^\p{Lu}{2,}\p{Ll}/u;

/** Two capitals then a small letter (`FDKohler`); ASCII in place, the rest by the regular expression. */
function drafterMark(text: string): boolean {
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a < 128 && b < 128) {
    if (!(a >= 65 && a <= 90 && b >= 65 && b <= 90)) return false;
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128) return DRAFTER_MARK.test(text);
      if (c >= 97 && c <= 122) return true;
      if (!(c >= 65 && c <= 90)) return false;
    }
    return false;
  }
  return DRAFTER_MARK.test(text);
}

/** An initial (`S.`, `Yu.`) that is not an abbreviation (`No.`, `St.`). */
const NOT_INITIALS = new Set(['no', 'st', 'mt', 'dr', 'mr', 'ms', 'pp', 'op', 'ft', 'vs', 'nº', 'oz', 'lt', 'co', 'jr', 'sr']);
export function initial(segment: Segment, t: Token): boolean {
  return t.shape === 'initial' && segment.flat[t.end] === '.' && !NOT_INITIALS.has(t.norm);
}

/** An abbreviation in capitals (`CPC`, `UVPI`, `VKP(b)`), not a roman numeral or a unit. */
export function acronym(t: Token): boolean {
  if (t.shape !== 'upper') return false;
  return (t.acronym ??= acronymWord(t));
}

function acronymWord(t: Token): boolean {
  if (!/^\p{Lu}{2,5}(?:\(\p{Ll}\))?$/u.test(t.text)) return false;
  const letters = t.text.replace(/\(\p{Ll}\)$/u, '');
  return letters.length >= 2 && letters.length <= 5 && !NOT_ACRONYMS.has(t.norm) && !isCommon(t.norm) && !STOP_WORDS.has(t.norm);
}

/** Two tokens of one name: only spaces between them (or a full stop after an initial), no line break. */
export interface JoinOptions {
  /** A hard line break may stand between them (a name broken across lines). */
  lineBreak?: boolean;
  /** The first may carry a possessive `’s` (`Korean People’s Army`). */
  possessive?: boolean;
}

export const PLAIN: JoinOptions = {};
export const LINE_BREAK: JoinOptions = { lineBreak: true };
export const POSSESSIVE: JoinOptions = { possessive: true };
export const LINE_BREAK_POSSESSIVE: JoinOptions = { lineBreak: true, possessive: true };

export function joined(segment: Segment, a: Token, b: Token, options: JoinOptions = PLAIN): boolean {
  const lineBreak = options.lineBreak ?? false;
  if (a.possessive && !options.possessive) return false;
  // Read the gap in place (no slice, no regular expression): this is asked at nearly every token.
  const { flat } = segment;
  const end = b.start;
  let p = a.end + (a.possessive ? 2 : 0);
  const first = p < end ? flat.charCodeAt(p) : -1;
  const abbreviated = first === FULL_STOP;
  const apostrophe = first === APOSTROPHE || first === RIGHT_QUOTE;
  if (lineBreak) {
    // `[.'’]? [ \t]* \n? [ \t]*`
    if (abbreviated || apostrophe) p++;
    p = skipBlanks(flat, p, end);
    if (p < end && flat.charCodeAt(p) === NEWLINE) p = skipBlanks(flat, p + 1, end);
    if (p < end) return false;
  } else if (abbreviated) {
    // `. [ \t]*`
    if (skipBlanks(flat, p + 1, end) < end) return false;
  } else {
    // `['’]? [ \t]+`
    if (apostrophe) p++;
    if (p >= end || skipBlanks(flat, p, end) < end) return false;
  }
  // A full stop may follow an initial (`S.M.`) or an abbreviated title (`Cde.`), nothing else.
  if (abbreviated && a.shape !== 'initial' && !TITLE_WORDS.has(a.norm)) return false;
  if (apostrophe && !/s$/i.test(a.text)) return false; // `Workers' Party`
  for (const s of segment.supplied) if (s.start === b.start && s.start > a.end) return false;
  return true;
}

const FULL_STOP = 46;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const NEWLINE = 10;

/** The index after the spaces and tabs from p (at most `end`). */
function skipBlanks(flat: string, p: number, end: number): number {
  while (p < end) {
    const c = flat.charCodeAt(p);
    if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

const GLUED_AFTER = /^\.?[-–]\p{L}/u;
const GLUED_BEFORE = /\p{L}[-–]$/u;

function asciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A compound adjective (`Soviet-Cuban`, `U.S.-Cuban`): the span is glued to a hyphen. */
export function hyphenGlued(segment: Segment, start: number, end: number): boolean {
  const { flat } = segment;
  // ASCII settles it in place; anything else goes to the regular expressions.
  let p = end;
  if (flat.charCodeAt(p) === FULL_STOP) p++;
  const dash = flat.charCodeAt(p);
  if (dash === 45 || dash === 0x2013) {
    const c = flat.charCodeAt(p + 1);
    if (c < 128 ? asciiLetter(c) : GLUED_AFTER.test(flat.slice(end, end + 3))) return true;
  }
  if (start >= 2) {
    const d = flat.charCodeAt(start - 1);
    if (d === 45 || d === 0x2013) {
      const c = flat.charCodeAt(start - 2);
      return c < 128 ? asciiLetter(c) : GLUED_BEFORE.test(flat.slice(start - 2, start));
    }
  }
  return false;
}

/** The flat text of tokens [from, to) with whitespace collapsed. */
export function spanText(segment: Segment, tokens: readonly Token[], from: number, to: number): string {
  return spacedText(segment.flat, tokens[from].start, tokens[to - 1].end);
}

/** Where the gazetteer name starting at token i ends (i when none); looked up once per token. */
export function placeEnd(segment: Segment, gz: Gazetteer, i: number): number {
  const { tokens } = segment;
  if (i < 0 || i >= tokens.length) return i;
  const ends = (segment.memo.placeEnds ??= new Int32Array(tokens.length).fill(-1));
  if (ends[i] < 0) ends[i] = gz.names.endAt(tokens, i);
  return ends[i];
}
