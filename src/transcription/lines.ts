/**
 * What a single line of a document looks like: a date alone, a name, an all-caps line, a list
 * label, a speaker label, columns flattened with long runs of spaces. Shared by the opener,
 * closer and body readers.
 */
import type { Inline } from '../model/index.js';
import { FIELD_LABELS, LIST_LABELS } from './conventions.js';
import { parseInline, type InlineContext } from './inline.js';

/** Inline nodes of one line or part of a line; a bare ellipsis alone is an omission. */
export function lineInline(text: string, context: InlineContext, line: number): Inline[] {
  if (/^(…|\.{3,}|\. \. \.)$/.test(text.trim())) return [{ type: 'gap', reason: 'omitted', source: text.trim() }];
  return parseInline(text, { ...context, line }, line);
}

/** True when the nodes are a date (and perhaps a gap such as `[date not filled in]`) and punctuation only. */
export function isDateOnly(nodes: Inline[]): boolean {
  let dates = 0;
  for (const n of nodes) {
    if (n.type === 'date') dates++;
    else if (n.type === 'gap' || n.type === 'lb') continue;
    else if (n.type === 'text' && /^[\s.,;:–—-]*$/.test(n.value)) continue;
    else return false;
  }
  return dates > 0;
}

/** `Sa’dabad Palace, 5 Tir 1325`, `Moscow, 12 July 1961`: a place then a date. */
export function placeAndDate(text: string): { place: string; date: string } | undefined {
  const m = /^(\p{Lu}[\p{L}’'.\- ]{1,60}?),\s+(.+)$/u.exec(text);
  return m ? { place: m[1], date: m[2] } : undefined;
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/\[[^\]]*\]|N[º°]/g, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const NAME_PARTICLES = /^(de|da|di|del|della|dos|du|la|le|van|von|der|den|ter|bin|ibn|al|el|y|e)$/;
const NAME_TOKEN = /^(\p{Lu}[\p{L}’'\-]*\.?|(\p{Lu}\.){1,3}|\p{Lu}[\p{L}’'\-]*-\p{L}+)$/u;

/** `Mohammed Reza Pahlavi`, `Kudryavtsev`, `A. A. Gromyko`: a short line made of a name only. */
export function isNameLike(text: string): boolean {
  const t = words(text.replace(/[,;]$/, ''));
  if (!t.length || t.length > 5 || text.length > 60) return false;
  if (!t.every((w) => NAME_TOKEN.test(w) || NAME_PARTICLES.test(w))) return false;
  return t.some((w) => w.replace(/\./g, '').length >= 3);
}

/** `BK`, `A.K.`: initials alone, typists' and signers' marks. */
export function isInitials(text: string): boolean {
  return /^(\p{Lu}{2,3}|(\p{Lu}\.){2,3})$/u.test(text.trim());
}

/** A run of three or more spaces between words: columns flattened into one line. */
export const COLUMN_GAP = / {3,}/;

export function columnCells(text: string): string[] {
  return text.split(COLUMN_GAP).map((c) => c.trim()).filter(Boolean);
}

/** The list label at the start of a line, with its style, number and list type. */
export function listLabel(text: string): { label: string; style: string; ordinal: number; listType: string; rest: string } | undefined {
  for (const l of LIST_LABELS) {
    const m = l.pattern.exec(text);
    if (m && m[0].length < text.length) {
      const raw = m[1] ?? '';
      const ordinal = /^\d+$/.test(raw) ? Number(raw)
        : /^[０-９]+$/.test(raw) ? Number(raw.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)))
        : /^[A-Za-z]$/.test(raw) ? raw.toUpperCase().charCodeAt(0) - 64
        : /^[IVX]+$/.test(raw) ? romanValue(raw) : 0;
      return { label: m[0].trimEnd(), style: l.style, ordinal, listType: l.listType, rest: text.slice(m[0].length) };
    }
  }
  return undefined;
}

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < r.length; i++) n += v[r[i]] < (v[r[i + 1]] ?? 0) ? -v[r[i]] : v[r[i]];
  return n;
}

/**
 * `North (KIM): …`, `KIM:`, `Cde. Stalin:`: a speaker label, not a field label such as `To:` or
 * `Location:`. Returns the label with its colon.
 */
export function speakerLabel(text: string): string | undefined {
  const m = /^((?:\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}\s*\(\p{Lu}[^()]{0,40}\))|(?:\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2})|(?:(?:Cde\.|Comrade|Mr\.|Mrs\.|Ms\.|Dr\.|Ambassador|Minister|Chairman|President|Premier|Secretary|General|Marshal)\s+\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}))\s*:\s+\S/u.exec(text);
  if (!m) return undefined;
  if (FIELD_LABELS.test(m[1].replace(/\s*\(.*$/, '').trim())) return undefined;
  return text.slice(0, text.indexOf(':', m[1].length) + 1);
}

/** `Mao Zedong: …`, `Stalin: …`: a name label, a speaker only when the document repeats it (see `repeatedLabels`). */
const NAME_LABEL = /^(\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,2}):\s+\S/u;

export function nameLabel(text: string): string | undefined {
  const m = NAME_LABEL.exec(text);
  if (!m || FIELD_LABELS.test(m[1]) || m[1].length > 30) return undefined;
  return m[1] + ':';
}

/** Name labels used at the start of two or more blocks: the speakers of a transcript. */
export function repeatedLabels(firstLines: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const l of firstLines) {
    const label = nameLabel(l);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([label]) => label));
}

