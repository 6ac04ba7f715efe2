/**
 * The top of a document, before its first paragraph: stamps and letterheads, openers
 * (provenance, markings, copy and registry numbers, routing, dateline, salutation), the heading
 * and the dateline after it. Each line is classified by the cues in `conventions.ts`; the top ends
 * at the first block that is none of these.
 */
import type { Block, Inline, OpenerItem, OpenerItemKind } from '../model/index.js';
import { MARKINGS, MARKING_SEPARATORS, OPENER_CUES, SALUTE_CUES } from './conventions.js';
import { KIND_CUES } from './kind.js';
import { HARD_BREAK, type InlineContext } from './inline.js';
import { COLUMN_GAP, columnCells, isAllCaps, isDateOnly, lineInline, placeAndDate, words } from './lines.js';
import { joinHard, joinLines, wholeBracket, type SourceBlock, type SourceLine } from './source.js';

export interface LineReading {
  kind: OpenerItemKind;
  strong: boolean;
  text: string;
}

/** The markings a segment names (`SECRET—EXTREMELY URGENT` → Secret, Extremely Urgent), or undefined. */
export function markingsOf(text: string): string[] | undefined {
  const parts = text.replace(/[.,;:!]+$/, '').split(MARKING_SEPARATORS).filter(Boolean);
  if (!parts.length) return undefined;
  const found: string[] = [];
  for (const p of parts) {
    const m = MARKINGS.find((k) => k.pattern.test(p.trim()));
    if (!m) return undefined;
    found.push(m.canonical);
  }
  return found;
}

export function isSalute(text: string): boolean {
  return SALUTE_CUES.some((re) => re.test(text)) && words(text).length <= 16;
}

/** One segment of a line at the top of a document. */
function readSegment(text: string, context: InlineContext, line: number): LineReading | undefined {
  if (markingsOf(text)) return { kind: 'classification', strong: true, text };
  for (const cue of OPENER_CUES) if (cue.pattern.test(text)) return { kind: cue.kind, strong: cue.strong, text };
  if (isSalute(text)) return { kind: 'salute', strong: true, text };
  if (text.length <= 100 && /\d/.test(text)) {
    const probe = { ...context, warnings: [] };
    if (isDateOnly(lineInline(text, probe, line))) return { kind: 'dateline', strong: true, text };
    const pd = placeAndDate(text);
    if (pd && isDateOnly(lineInline(pd.date, probe, line))) return { kind: 'dateline', strong: true, text };
  }
  // Weak: an address or place line, an omission; they make an opener only beside strong lines or alone in a short block.
  if (/^(\[(…|\.{3})\]|…|\.{3})$/.test(text)) return { kind: 'line', strong: false, text };
  if (words(text).length <= 4 && text.length <= 40 && (isAllCaps(text) || /^\p{Lu}[\p{Ll}’'\-]+$/u.test(text))) return { kind: 'address', strong: false, text };
  return undefined;
}

/** A line, or the segments of a line (`Secret. Copy Nº 2`), as opener items; undefined if not an opener line. */
export function readOpenerLine(text: string, context: InlineContext, line: number): LineReading[] | undefined {
  const whole = readSegment(text, context, line);
  if (whole) return [whole];
  const parts = text.split(/(?<=\.)\s+(?=\p{Lu})/u);
  if (parts.length > 1 && parts.length <= 3) {
    const read = parts.map((p) => readSegment(p, context, line));
    if (read.every((r) => r && r.strong)) return read as LineReading[];
  }
  return undefined;
}

function item(reading: LineReading, context: InlineContext, line: SourceLine): OpenerItem {
  return { kind: reading.kind, children: lineInline(reading.text, { ...context, defaultDateType: reading.kind === 'dateline' ? 'creation-date' : undefined }, line.line), position: { line: line.line, column: 1, offset: line.offset } };
}

/** Cues whose line may run on over the following lines of its block (a salutation and its address, a provenance note). */
const RUN_ON: OpenerItemKind[] = ['salute', 'provenance', 'stamp'];

/** The items of an opener block, or undefined when the block is not an opener. */
function openerItems(block: SourceBlock, context: InlineContext): { items: OpenerItem[]; strong: boolean } | undefined {
  const first = block.lines[0];
  const lead = readOpenerLine(first.text, context, first.line);
  if (lead?.length === 1 && RUN_ON.includes(lead[0].kind) && block.lines.slice(1).every((l) => !readOpenerLine(l.text, context, l.line)?.some((r) => r.strong))) {
    const text = joinHard(block.lines);
    return { items: [{ kind: lead[0].kind, children: lineInline(text, context, first.line), position: { line: first.line, column: 1, offset: first.offset } }], strong: true };
  }
  const readings: [LineReading, SourceLine][] = [];
  for (const l of block.lines) {
    const read = readOpenerLine(l.text, context, l.line);
    if (!read) return undefined;
    for (const r of read) readings.push([r, l]);
  }
  const strong = readings.some(([r]) => r.strong);
  if (!strong && !(block.lines.length <= 2 && readings.every(([r]) => r.text.length <= 40))) return undefined;
  return { items: readings.map(([r, l]) => item(r, context, l)), strong };
}

/** `COPY OF AN OUTGOING TELEGRAM      TOP SECRET`: one line of columns, each an opener item. */
function columnItems(block: SourceBlock, context: InlineContext): OpenerItem[] | undefined {
  if (block.lines.length !== 1 || !COLUMN_GAP.test(block.lines[0].text)) return undefined;
  const l = block.lines[0];
  const cells = columnCells(l.text);
  const items: OpenerItem[] = [];
  if (!cells.some((cell) => readOpenerLine(cell, context, l.line)?.some((r) => r.strong))) return undefined;
  for (const cell of cells) {
    const read = readOpenerLine(cell, context, l.line);
    if (read) items.push(...read.map((r) => item(r, context, l)));
    else if (isAllCaps(cell) || words(cell).length <= 6) items.push(item({ kind: 'line', strong: false, text: cell }, context, l));
    else return undefined;
  }
  return items;
}

/** Several lines of flattened columns (stamps, letterheads): kept verbatim as a stamp or forme work. */
export function isFlattenedColumns(block: SourceBlock): boolean {
  return block.lines.length > 1 && block.lines.some((l) => COLUMN_GAP.test(l.text));
}

export function stampBlock(block: SourceBlock): Block {
  const text = joinHard(block.lines);
  const children: Inline[] = [];
  text.split(HARD_BREAK).forEach((part, i) => {
    if (i) children.push({ type: 'lb' });
    children.push({ type: 'text', value: part });
  });
  const isStamp = /\bstamp\b|\bincoming\b|\breceived\b|\bseal\b/i.test(text);
  return { type: isStamp ? 'stamp' : 'fw', stampType: isStamp ? 'stamp' : 'letterhead', children, position: { line: block.lines[0].line, column: 1, offset: block.lines[0].offset } };
}

const LETTERSPACED_LINE = /^(?:\p{L} ){3,}\p{L}\b/u;

/** A heading: an all-caps or letter-spaced first line, or one naming the document's kind; short. */
export function isHeadLike(block: SourceBlock, namingKind = false): boolean {
  const first = block.lines[0].text;
  const namesKind = KIND_CUES.some((c) => c.pattern.exec(first)?.index === 0) && words(first).length <= 12;
  if (namingKind && !namesKind) return false;
  if (block.lines.length > 6 || block.lines.some((l) => l.text.length > 160)) return false;
  if (/[.:;]$/.test(first) && !/\bNo\.$/.test(first)) return false;
  if (words(first).length > 14) return false;
  return isAllCaps(first) || LETTERSPACED_LINE.test(first) || (namesKind && /^\p{Lu}/u.test(first));
}

export interface TopResult {
  blocks: Block[];
  /** Index of the first block after the top. */
  next: number;
}

const MAX_TOP_BLOCKS = 14;

export function readTop(blocks: SourceBlock[], limit: number, context: InlineContext): TopResult {
  const out: Block[] = [];
  const addItems = (items: OpenerItem[], block: SourceBlock): void => {
    const last = out[out.length - 1];
    if (last?.type === 'opener') last.items.push(...items);
    else out.push({ type: 'opener', items, position: { line: block.lines[0].line, column: 1, offset: block.lines[0].offset } });
  };
  let k = 0;
  for (; k < limit && k < MAX_TOP_BLOCKS; k++) {
    const block = blocks[k];
    const first = block.lines[0];
    const position = { line: first.line, column: 1, offset: first.offset };
    if (isFlattenedColumns(block)) { out.push(stampBlock(block)); continue; }
    const bracket = wholeBracket(block);
    if (bracket && /^\[\s*(Stamp|Seal)\b/i.test(bracket)) {
      out.push({ type: 'stamp', stampType: 'stamp', children: lineInline(bracket, context, first.line), position });
      continue;
    }
    const columns = columnItems(block, context);
    if (columns) { addItems(columns, block); continue; }
    const opener = openerItems(block, context);
    if (opener?.strong) { addItems(opener.items, block); continue; }
    if (opener && !isHeadLike(block, true)) { addItems(opener.items, block); continue; }
    if (isHeadLike(block)) {
      const lines = block.lines;
      const lastLine = lines[lines.length - 1];
      const probe = { ...context, warnings: [] };
      const trailingDate = lines.length > 1 && lastLine.text.length <= 100 && isDateOnly(lineInline(lastLine.text, probe, lastLine.line));
      const headLines = trailingDate ? lines.slice(0, -1) : lines;
      out.push({ type: 'head', children: lineInline(joinLines(headLines).replace(/\n/g, HARD_BREAK), context, first.line), position });
      if (trailingDate) out.push({ type: 'dateline', children: lineInline(lastLine.text, context, lastLine.line), position: { line: lastLine.line, column: 1, offset: lastLine.offset } });
      continue;
    }
    if (block.lines.length === 1 && first.text.length <= 100) {
      const nodes = lineInline(first.text, { ...context, warnings: [] }, first.line);
      if (isDateOnly(nodes)) { out.push({ type: 'dateline', children: lineInline(first.text, context, first.line), position }); continue; }
    }
    break;
  }
  return { blocks: out, next: k };
}
