/**
 * The words of a block into inline nodes: editorial brackets (by the table in `brackets.ts`),
 * dates (`dates.ts`), footnote markers glued to words, page markers, letter-spaced words and hard
 * line breaks. Every character of the block ends up in a node; nothing is dropped.
 *
 * Block text arrives with soft line breaks as `\n` (kept as text) and hard line breaks as
 * `HARD_BREAK` (a `lb` node).
 */
import type { DateType, Diagnostic, Inline, Text } from '../model/index.js';
import { warning } from '../model/diagnostics.js';
import { classifyBracket, type BracketSite } from './brackets.js';
import { DATE_FORMS, dateTypeFromCue, type DateContext } from './dates.js';

/** Stands for a markdown hard line break (two trailing spaces) inside block text. */
export const HARD_BREAK = '\u2028';

export interface InlineContext {
  file: string;
  /** Line of the first character of the text being parsed. */
  line: number;
  footnotes: ReadonlySet<string>;
  dates: DateContext;
  warnings: Diagnostic[];
  /** The date type a date takes when no cue says otherwise (e.g. a dateline's). */
  defaultDateType?: DateType;
}

/** Text into `text` and `lb` nodes. */
export function textNodes(value: string): Inline[] {
  if (!value) return [];
  const parts = value.split(HARD_BREAK);
  const out: Inline[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push({ type: 'lb' });
    if (part) out.push({ type: 'text', value: part });
  });
  return out;
}

function lineOf(text: string, index: number, base: number): number {
  let line = base;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n' || text[i] === HARD_BREAK) line++;
  return line;
}

interface Recogniser {
  pattern: RegExp;
  /** A node for the match, or undefined to refuse it (the text stays text). */
  build: (m: RegExpExecArray, whole: string, context: InlineContext, line: number) => Inline | undefined;
}

const PAGE_MARKER: Recogniser = {
  pattern: /\((?:p|pp|page)\.?\s*(\d+[a-z]?)\)/giu,
  build: (m) => ({ type: 'pb', n: m[1], source: m[0] }),
};

const GLUED_NOTE: Recogniser = {
  pattern: /(?<=[\p{L}.,;:)”"’»\]])(\d{1,3})(?=$|[\s,.;:!?)”"’»\u2028])/gu,
  build: (m, whole, context) => {
    if (!context.footnotes.has(String(Number(m[1]))) && !context.footnotes.has(m[1])) return undefined;
    const before = whole.slice(Math.max(0, m.index - 4), m.index);
    if (/(N[º°o]\.?|№|No\.|p\.|pp\.|l\.|f\.|d\.)$/.test(before)) return undefined;
    return { type: 'noteRef', n: m[1] };
  },
};

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_NOTE: Recogniser = {
  pattern: /[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}/gu,
  build: (m, _whole, context) => {
    const n = [...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');
    return context.footnotes.has(n) ? { type: 'noteRef', n, source: m[0] } : undefined;
  },
};

const LETTERSPACED: Recogniser = {
  pattern: /(?<![\p{L}\p{N}.])(?:\p{L} ){3,}\p{L}(?![\p{L}\p{N}.])/gu,
  build: (m) => ({ type: 'hi', rend: 'letterspaced', children: textNodes(m[0]) }),
};

const DATES: Recogniser[] = DATE_FORMS.map((form) => ({
  pattern: form.pattern,
  build: (m, whole, context, line) => {
    const reading = form.read(m, context.dates);
    const node: Inline = { type: 'date', children: textNodes(m[0]) };
    if (reading.when) node.when = reading.when;
    if (reading.from) node.from = reading.from;
    if (reading.to) node.to = reading.to;
    if (reading.calendar) node.calendar = reading.calendar;
    // A cue may stand on the line before (`Incoming Nº 77` / `3 May 1962` in a stamp), not across a paragraph.
    const from = whole.lastIndexOf('\n\n', m.index) + 1;
    const dateType = dateTypeFromCue(whole.slice(Math.max(from, m.index - 60), m.index)) ?? context.defaultDateType;
    if (dateType) node.dateType = dateType;
    if (reading.uncertain && !reading.calendar) {
      context.warnings.push(warning('parse.date-uncertain', `date "${m[0].replace(/\s+/g, ' ')}" left without a normalised value: ${reading.uncertain}`, { file: context.file, line: lineOf(whole, m.index, line) }));
    }
    return node;
  },
}));

/** A bare ellipsis standing as a word (`Later … they`) marks an omission; one glued to a word (`waiting…`) is punctuation. */
const BARE_ELLIPSIS: Recogniser = {
  pattern: /(?<=^|[\s\u2028])(…|\.\.\.)(?=$|[\s\u2028])/gu,
  build: (m) => ({ type: 'gap', reason: 'omitted', source: m[0] }),
};

const ALL: Recogniser[] = [PAGE_MARKER, ...DATES, GLUED_NOTE, LETTERSPACED, BARE_ELLIPSIS, SUPERSCRIPT_NOTE];
/** Text without a digit has no date, page or footnote marker: only these need looking for. */
const WITHOUT_DIGITS: Recogniser[] = [LETTERSPACED, BARE_ELLIPSIS, SUPERSCRIPT_NOTE];

/** Plain text (no brackets) into nodes: the earliest recognised form wins, first in the list on a tie. */
function parseText(text: string, context: InlineContext, line: number): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  const RECOGNISERS = /\d/.test(text) ? ALL : WITHOUT_DIGITS;
  const next: (RegExpExecArray | null | undefined)[] = RECOGNISERS.map(() => undefined);
  while (at < text.length) {
    let best = -1;
    let bestMatch: RegExpExecArray | null = null;
    for (let i = 0; i < RECOGNISERS.length; i++) {
      let m = next[i];
      if (m === undefined || (m && m.index < at)) {
        const re = RECOGNISERS[i].pattern;
        re.lastIndex = at;
        m = re.exec(text);
        next[i] = m;
      }
      if (m && (!bestMatch || m.index < bestMatch.index)) { best = i; bestMatch = m; }
    }
    if (!bestMatch) break;
    const node = RECOGNISERS[best].build(bestMatch, text, context, line);
    if (!node) {
      // Refused: look for this recogniser again just after the refused match.
      const re = RECOGNISERS[best].pattern;
      re.lastIndex = bestMatch.index + 1;
      next[best] = re.exec(text);
      continue;
    }
    out.push(...textNodes(text.slice(at, bestMatch.index)), node);
    at = bestMatch.index + bestMatch[0].length;
  }
  out.push(...textNodes(text.slice(at)));
  return out;
}

/** Top-level bracket pairs ([start, end] of `[` and `]`); unmatched brackets are not in the list. */
function bracketPairs(text: string): [number, number][] {
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') stack.push(i);
    else if (c === ']' && stack.length) {
      pairs.push([stack.pop()!, i]);
    }
  }
  // Keep the outermost pairs only; a pair inside another is parsed when the outer one is.
  pairs.sort((a, b) => a[0] - b[0]);
  const top: [number, number][] = [];
  for (const p of pairs) if (!top.length || p[0] > top[top.length - 1][1]) top.push(p);
  return top;
}

/** Takes the last word (and the space after it) off the end of `out`, for `word [sic]`. */
function takePrecedingWord(out: Inline[]): Inline[] {
  const last = out[out.length - 1];
  if (!last || last.type !== 'text') return [];
  const m = /(\S+)\s+$/.exec(last.value);
  if (!m) return [];
  const rest = last.value.slice(0, m.index);
  if (rest) last.value = rest;
  else out.pop();
  return [{ type: 'text', value: m[1] } as Text];
}

/** `line` is the line of the first character of `text`. */
export function parseInline(text: string, context: InlineContext, line = context.line): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const [start, end] of bracketPairs(text)) {
    const between = text.slice(at, start);
    reportUnmatched(between, context, lineOf(text, at, line));
    out.push(...parseText(between, context, lineOf(text, at, line)));
    const source = text.slice(start, end + 1);
    const double = source.startsWith('[[') && source.endsWith(']]') && bracketPairs(source.slice(1, -1)).length === 1 && bracketPairs(source.slice(1, -1))[0][0] === 0 && bracketPairs(source.slice(1, -1))[0][1] === source.length - 3;
    const depth = double ? 2 : 1;
    const content = source.slice(depth, source.length - depth);
    const site: BracketSite = {
      content, source, depth,
      before: text[start - 1] ?? '', after: text[end + 1] ?? '',
      following: text.slice(end + 1, end + 40),
      footnotes: context.footnotes,
    };
    const innerLine = lineOf(text, start, line);
    const inner = (): Inline[] => parseInline(content, context, innerLine);
    const form = classifyBracket(site);
    switch (form.form) {
      case 'gap':
        out.push({ type: 'gap', reason: form.reason, ...(form.desc ? { desc: form.desc.replace(new RegExp(HARD_BREAK, 'g'), ' ') } : {}), source: source.replace(new RegExp(HARD_BREAK, 'g'), '\n') });
        break;
      case 'sic':
        out.push({ type: 'sic', children: takePrecedingWord(out), marker: source });
        break;
      case 'uncertain':
        out.push({ type: 'uncertain', children: takePrecedingWord(out), marker: source });
        break;
      case 'note':
        out.push({ type: 'editorialNote', kind: form.kind, resp: 'tr', children: inner() });
        break;
      case 'pb':
        out.push({ type: 'pb', n: form.n, source });
        break;
      case 'noteRef':
        out.push({ type: 'noteRef', n: form.n, source });
        break;
      case 'supplied':
        out.push({ type: 'supplied', reason: form.reason, resp: 'tr', children: inner(), ...(depth > 1 ? { depth } : {}) });
        break;
    }
    at = end + 1;
  }
  const rest = text.slice(at);
  reportUnmatched(rest, context, lineOf(text, at, line));
  out.push(...parseText(rest, context, lineOf(text, at, line)));
  return out;
}

function reportUnmatched(segment: string, context: InlineContext, line: number): void {
  const m = /[\[\]]/.exec(segment);
  if (m) {
    context.warnings.push(warning('parse.unmatched-bracket', `unmatched "${m[0]}" kept as text`, { file: context.file, line: lineOf(segment, m.index, line) }));
  }
}
