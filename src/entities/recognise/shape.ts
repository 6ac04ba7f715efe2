/** Predicates on tokens shared by the rule families. */
import type { Segment, Token } from '../text.js';
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
  if (t.norm.includes('-')) return t.norm.split('-').some((p) => p.length > 1 && !isCommon(p) && !STOP_WORDS.has(p));
  return !isCommon(t.norm) && !STOP_WORDS.has(t.norm);
}

/** Could be a word of a person's name: capitalised, and not a function word, title, head noun or adjective of a nation. */
export function personWord(t: Token, demonyms: Set<string>): boolean {
  if (t.shape !== 'cap' && t.shape !== 'upper') return false;
  if (/^\p{Lu}{2,}\p{Ll}/u.test(t.text)) return false; // `FDKohler`: a drafter's mark, not a name as written
  const n = t.norm;
  if (STOP_WORDS.has(n) || TITLE_WORDS.has(n) || ORG_HEADS.has(n) || PLACE_HEADS.has(n) || demonyms.has(n)) return false;
  if (n.includes('-') && n.split('-').every((p) => demonyms.has(p) || TITLE_WORDS.has(p) || isCommon(p))) return false;
  return true;
}

/** An initial (`S.`, `Yu.`) that is not an abbreviation (`No.`, `St.`). */
const NOT_INITIALS = new Set(['no', 'st', 'mt', 'dr', 'mr', 'ms', 'pp', 'op', 'ft', 'vs', 'nº', 'oz', 'lt', 'co', 'jr', 'sr']);
export function initial(segment: Segment, t: Token): boolean {
  return t.shape === 'initial' && segment.flat[t.end] === '.' && !NOT_INITIALS.has(t.norm);
}

/** An abbreviation in capitals (`CPC`, `UVPI`, `VKP(b)`), not a roman numeral or a unit. */
export function acronym(t: Token): boolean {
  if (t.shape !== 'upper') return false;
  if (!/^\p{Lu}{2,5}(?:\(\p{Ll}\))?$/u.test(t.text)) return false;
  const letters = t.text.replace(/\(\p{Ll}\)$/u, '');
  return letters.length >= 2 && letters.length <= 5 && !NOT_ACRONYMS.has(t.norm) && !isCommon(t.norm) && !STOP_WORDS.has(t.norm);
}

/** Two tokens of one name: only spaces between them (or a full stop after an initial), no line break. */
export function joined(segment: Segment, a: Token, b: Token, { lineBreak = false, possessive = false } = {}): boolean {
  const gap = segment.flat.slice(a.end + (a.possessive ? 2 : 0), b.start);
  if (a.possessive && !possessive) return false;
  const abbreviated = gap.startsWith('.');
  const re = lineBreak ? /^[.'’]?[ \t]*\n?[ \t]*$/ : abbreviated ? /^\.[ \t]*$/ : /^['’]?[ \t]+$/;
  if (!re.test(gap)) return false;
  // A full stop may follow an initial (`S.M.`) or an abbreviated title (`Cde.`), nothing else.
  if (abbreviated && a.shape !== 'initial' && !TITLE_WORDS.has(a.norm)) return false;
  if (/^['’]/.test(gap) && !/s$/i.test(a.text)) return false; // `Workers' Party`
  return !segment.supplied.some((s) => s.start === b.start && s.start > a.end);
}

/** A compound adjective (`Soviet-Cuban`, `U.S.-Cuban`): the span is glued to a hyphen. */
export function hyphenGlued(segment: Segment, start: number, end: number): boolean {
  return /^\.?[-–]\p{L}/u.test(segment.flat.slice(end, end + 3)) || /\p{L}[-–]$/u.test(segment.flat.slice(Math.max(0, start - 2), start));
}

/** The flat text of tokens [from, to) with whitespace collapsed. */
export function spanText(segment: Segment, tokens: readonly Token[], from: number, to: number): string {
  return segment.flat.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ').trim();
}

/** Where the gazetteer name starting at token i ends (i when none); computed once per segment. */
export function placeEnd(segment: Segment, gz: Gazetteer, i: number): number {
  const ends = (segment.memo.placeEnds ??= segment.tokens.map((_, k) => gz.names.matchAt(segment.tokens, k)?.to ?? k));
  return ends[i] ?? i;
}
