/** Names and variants of the edition's registers, matched in one pass over the tokens. */
import type { Registers, RegisterName } from '../registers.js';
import type { Segment, Token } from '../text.js';
import { PRIORITY, type Mention } from '../mention.js';
import { hyphenGlued } from './shape.js';

/** The text writes each word of the form with the form's case (a line of capitals matches any form). */
const FORM_WORDS = new Map<string, string[]>();

function formWords(form: string): string[] {
  let words = FORM_WORDS.get(form);
  if (!words) FORM_WORDS.set(form, (words = form.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*(?:\(\p{Ll}\))?/gu) ?? []));
  return words;
}

export function caseAgrees(form: string, tokens: readonly Token[]): boolean {
  const words = formWords(form);
  if (words.length !== tokens.length) return true;
  return tokens.every((t, i) => {
    const w = words[i];
    const formUpper = /^\p{Lu}/u.test(w);
    const formCode = w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w);
    if (formCode) return t.text === t.text.toUpperCase();
    if (t.upperLine) return true;
    return formUpper ? t.shape !== 'lower' : true;
  });
}

export function registeredNames(segment: Segment, seg: number, registers: Registers): Mention[] {
  const trie = registers.names();
  if (!trie.size) return [];
  const { tokens } = segment;
  const out: Mention[] = [];
  const hits = trie.matchAll(tokens, (hit) => {
    const span = tokens.slice(hit.from, hit.to);
    if (hyphenGlued(segment, span[0].start, span[span.length - 1].end)) return false;
    // Words of a name are apart by spaces (or a full stop, an apostrophe); by a comma only where the form has one.
    const gap = hit.value.some((n) => n.form.includes(',')) ? /^[.'’,]?[\s]*$/ : /^[.'’]?[\s]*$/;
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
      entity: { ...entry, evidence: 'register' },
      name: segment.flat.slice(span[0].start, span[span.length - 1].end),
      rule: 'register',
      priority: PRIORITY.register,
    });
  }
  return out;
}
