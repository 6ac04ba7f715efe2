/**
 * The parts of a person's name as written (`A. M. PUZANOV`, `KIM Il Sung`, `Aleksander KRAJEWSKI`),
 * so that forms of one name can be recognised as one person and two people who share a surname
 * are kept apart.
 */
import { fold, tokenize } from './text.js';

export interface PersonName {
  /** Folded words of the whole name. */
  key: string;
  /** Folded family name: the word in capitals of a roster form, else the last word. */
  surname: string;
  /** Another word that may be the family name (`Kim` in `Kim Il Sung`). */
  otherSurname?: string;
  /** First letters of the given names and initials, in order. */
  initials: string;
  /** Folded given names written in full (none for `A. A. Gromyko`). */
  given: string[];
  /** Number of words (initials included). */
  size: number;
  /** The name for a register entry: capitals made title case (`A. M. Puzanov`, `Kim Il Sung`). */
  display: string;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

const cache = new Map<string, PersonName>();

/** Parsed once per distinct form (names recur in every document of an edition). */
export function parsePersonName(text: string): PersonName {
  let name = cache.get(text);
  if (!name) {
    if (cache.size > 50_000) cache.clear();
    cache.set(text, (name = parse(text)));
  }
  return name;
}

function parse(text: string): PersonName {
  const tokens = tokenize(text);
  const initialTokens = tokens.filter((t) => t.shape === 'initial' || (t.text.length <= 2 && text[t.end] === '.'));
  const words = tokens.filter((t) => !initialTokens.includes(t));
  const upper = (t: (typeof tokens)[number]): boolean => t.shape === 'upper' && t.text.length > 1;
  let surnameIndex = words.length - 1;
  if (words.length > 1 && upper(words[0]) && words.slice(1).some((w) => w.shape === 'cap')) surnameIndex = 0;
  const surname = words[surnameIndex]?.norm ?? tokens[tokens.length - 1]?.norm ?? fold(text);
  const given = words.filter((_, i) => i !== surnameIndex).map((w) => w.norm);
  const otherSurname = surnameIndex !== 0 && words.length > 1 && !initialTokens.length ? words[0].norm : undefined;
  const initials = [...initialTokens.map((t) => t.norm[0]), ...given.map((g) => g[0])].join('');
  let display = text.replace(/\s+/g, ' ').trim();
  const allUpper = tokens.every((t) => t.shape !== 'cap');
  for (const t of tokens) if (upper(t) && (t.text.length > 3 || allUpper || words.some((w) => w.shape === 'cap') || initialTokens.length)) display = display.replace(t.text, titleCase(t.text));
  return { key: tokens.map((t) => t.norm).join(' '), surname, otherSurname, initials, given, size: tokens.length, display };
}

/** Can two forms name the same person? Same family name, and given names that do not disagree. */
export function compatible(a: PersonName, b: PersonName): boolean {
  if (a.surname !== b.surname) return false;
  if (a.given.length && b.given.length) return a.given.join(' ') === b.given.join(' ');
  if (!a.initials || !b.initials) return true;
  return a.initials.startsWith(b.initials) || b.initials.startsWith(a.initials);
}
