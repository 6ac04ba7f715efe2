/** Names and variants of the edition's registers, matched in one pass over the tokens. */
import type { Registers, RegisterEntry, RegisterName } from '../registers.js';
import type { Segment, Token } from '../text.js';
import { PRIORITY, type KnownEntity, type Mention } from '../mention.js';
import { hyphenGlued } from './shape.js';

/** A register form's words and what their case requires of the text, read once per form. */
interface FormWord {
  /** Begins with a capital: the text may not write it in small letters. */
  upper: boolean;
  /** Written in capitals (`US`, `DPRK`): the text must write it so. */
  code: boolean;
}

const FORM_WORDS = new Map<string, FormWord[]>();

function formWords(form: string): FormWord[] {
  let words = FORM_WORDS.get(form);
  if (!words) {
    const found = form.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:\(\p{Ll}\))?/gu) ?? [];
    words = found.map((w) => ({ upper: /^\p{Lu}/u.test(w), code: w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w) }));
    FORM_WORDS.set(form, words);
  }
  return words;
}

/** No small letter in the word (`t.text === t.text.toUpperCase()`), without making a copy for ASCII. */
function inCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return text === text.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The text writes each word of the form with the form's case (a line of capitals matches any form). */
export function caseAgrees(form: string, tokens: readonly Token[]): boolean {
  const words = formWords(form);
  if (words.length !== tokens.length) return true;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const t = tokens[i];
    if (w.code) {
      if (!inCapitals(t.text)) return false;
    } else if (!t.upperLine && w.upper && t.shape === 'lower') return false;
  }
  return true;
}

/** Words of a name are apart by spaces (or a full stop, an apostrophe); by a comma only where the form has one. */
const GAP = /^[.'’]?[\s]*$/;
const GAP_WITH_COMMA = /^[.'’,]?[\s]*$/;

/** The known entity of a register entry, made once per entry (mentions only read it). */
const KNOWN = new WeakMap<RegisterEntry, KnownEntity>();

function knownOf(entry: RegisterEntry): KnownEntity {
  let known = KNOWN.get(entry);
  if (!known) KNOWN.set(entry, (known = { ...entry, evidence: 'register' }));
  return known;
}

export function registeredNames(segment: Segment, seg: number, registers: Registers): Mention[] {
  const trie = registers.names();
  if (!trie.size) return [];
  const { tokens } = segment;
  const out: Mention[] = [];
  const hits = trie.matchAll(tokens, (hit) => {
    const span = tokens.slice(hit.from, hit.to);
    if (hyphenGlued(segment, span[0].start, span[span.length - 1].end)) return false;
    const gap = hit.value.some((n) => n.form.includes(',')) ? GAP_WITH_COMMA : GAP;
    for (let i = 1; i < span.length; i++) {
      if (!gap.test(segment.flat.slice(span[i - 1].end + (span[i - 1].possessive ? 2 : 0), span[i].start))) return false;
    }
    return hit.value.some((n) => caseAgrees(n.form, span));
  });
  for (const hit of hits) {
    const span = tokens.slice(hit.from, hit.to);
    const name: RegisterName = hit.value.find((n) => caseAgrees(n.form, span)) ?? hit.value[0];
    const entry = registers.entries.get(name.id)!;
    out.push({
      seg,
      start: span[0].start,
      end: span[span.length - 1].end,
      kind: entry.kind,
      entity: knownOf(entry),
      name: segment.flat.slice(span[0].start, span[span.length - 1].end),
      rule: 'register',
      priority: PRIORITY.register,
    });
  }
  return out;
}
