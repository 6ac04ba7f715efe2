/**
 * The document body, block by block: the top (`opener.ts`), the paragraphs, lists, speeches,
 * stamps and bracketed summaries of the middle, the closer and postscript (`closer.ts`), and the
 * footnotes at the end. Everything not recognised is a paragraph, so no word is dropped.
 */
import type { Block, Footnote, Inline, List, ListItem, Position } from '../model/index.js';
import { ROSTER_HEADS } from './conventions.js';
import { HARD_BREAK, type InlineContext } from './inline.js';
import { isAllCaps, isDateOnly, lineInline, listLabel, nameLabel, repeatedLabels, speakerLabel, words } from './lines.js';
import { warning } from '../model/diagnostics.js';
import { buildCloser, findCloser } from './closer.js';
import { isFlattenedColumns, readTop, stampBlock } from './opener.js';
import { joinHard, joinLines, wholeBracket, type SourceBlock, type SourceLine } from './source.js';

const FOOTNOTE = /^\[(\d{1,3})\]\s+(?=\S)/;

function positionOf(line: SourceLine): Position {
  return { line: line.line, column: 1, offset: line.offset };
}

/** Footnote texts (`[1] …`) at the end of the body, each starting a line; continuation lines join the note before. */
export function splitFootnotes(blocks: SourceBlock[]): { blocks: SourceBlock[]; notes: { n: string; lines: SourceLine[] }[] } {
  let k = blocks.length;
  while (k > 0 && FOOTNOTE.test(blocks[k - 1].lines[0].text)) k--;
  const notes: { n: string; lines: SourceLine[] }[] = [];
  for (const block of blocks.slice(k)) {
    for (const l of block.lines) {
      const m = FOOTNOTE.exec(l.text);
      if (m) notes.push({ n: m[1], lines: [l] });
      else notes[notes.length - 1].lines.push(l);
    }
  }
  return { blocks: blocks.slice(0, k), notes };
}

export function buildFootnotes(notes: { n: string; lines: SourceLine[] }[], context: InlineContext): Footnote[] {
  return notes.map(({ n, lines }) => {
    const text = joinLines(lines);
    const marker = FOOTNOTE.exec(text)!;
    return { n, children: lineInline(text.slice(marker[0].length), context, lines[0].line), position: positionOf(lines[0]) };
  });
}

function paragraph(block: SourceBlock, context: InlineContext): Block {
  return { type: 'p', children: lineInline(joinLines(block.lines), context, block.lines[0].line), position: positionOf(block.lines[0]) };
}

function bracketBlock(block: SourceBlock, context: InlineContext): Block | undefined {
  const text = wholeBracket(block);
  if (!text) return undefined;
  const position = positionOf(block.lines[0]);
  const children = lineInline(text, context, block.lines[0].line);
  const only = children.length === 1 ? children[0] : undefined;
  if (only?.type === 'editorialNote' && only.kind === 'stamp') return { type: 'stamp', stampType: 'stamp', children, position };
  // A remark, an omission or a short completion stays a paragraph; a bracketed paragraph of
  // several words summarises text the editor left out.
  if (!only || only.type !== 'supplied' || only.depth || words(text).length < 4) return { type: 'p', children, position };
  return { type: 'summary', resp: 'ed', children: only.children, position };
}

function item(label: string, rest: string, more: SourceLine[], context: InlineContext, line: SourceLine): ListItem {
  const text = more.length ? rest + HARD_BREAK + joinHard(more) : rest;
  return { label, children: lineInline(text, context, line.line), position: positionOf(line) };
}

/** A block whose lines are list items (`1 - Cde. A. A. Gromyko`), perhaps after one head line and before trailing lines. */
function listInBlock(block: SourceBlock, context: InlineContext): Block[] | undefined {
  const labels = block.lines.map((l) => listLabel(l.text));
  const labelled = labels.filter(Boolean);
  if (labelled.length < 2) return undefined;
  const style = labelled[0]!.style;
  if (!labelled.every((l) => l!.style === style)) return undefined;
  const firstAt = labels.findIndex(Boolean);
  if (firstAt > 1) return undefined;
  let lastAt = labels.length - 1;
  while (!labels[lastAt]) lastAt--;
  const list: List = { type: 'list', listType: labelled[0]!.listType, items: [], position: positionOf(block.lines[0]) };
  if (firstAt === 1) list.head = lineInline(block.lines[0].text, context, block.lines[0].line);
  for (let i = firstAt; i <= lastAt; i++) {
    const label = labels[i];
    if (!label) continue;
    const more: SourceLine[] = [];
    for (let j = i + 1; j <= lastAt && !labels[j]; j++) more.push(block.lines[j]);
    list.items.push(item(label.label, label.rest, more, context, block.lines[i]));
  }
  const out: Block[] = [list];
  const tail = block.lines.slice(lastAt + 1);
  if (tail.length) out.push({ type: 'ab', children: lineInline(joinHard(tail), context, tail[0].line), position: positionOf(tail[0]) });
  return out;
}

/** Consecutive blocks each starting with the next label of one style (`1)`, `2)`, …): one list. */
function listOfBlocks(blocks: SourceBlock[], at: number, end: number, context: InlineContext): { list: List; next: number } | undefined {
  const first = listLabel(blocks[at].lines[0].text);
  if (!first) return undefined;
  let k = at + 1;
  let expected = first.ordinal + 1;
  while (k < end) {
    const l = listLabel(blocks[k].lines[0].text);
    if (!l || l.style !== first.style || (first.ordinal && l.ordinal !== expected)) break;
    expected++;
    k++;
  }
  if (k - at < 2) return undefined;
  const list: List = { type: 'list', listType: first.listType, items: [], position: positionOf(blocks[at].lines[0]) };
  for (let i = at; i < k; i++) {
    const lines = blocks[i].lines;
    const l = listLabel(lines[0].text)!;
    const text = [l.rest, ...lines.slice(1).map((x) => x.text)];
    const joined = joinLines([{ ...lines[0], text: text[0] }, ...lines.slice(1)]);
    list.items.push({ label: l.label, children: lineInline(joined, context, lines[0].line), position: positionOf(lines[0]) });
  }
  return { list, next: k };
}

function speech(block: SourceBlock, context: InlineContext, speakers: ReadonlySet<string>): Block | undefined {
  const first = block.lines[0];
  const named = nameLabel(first.text);
  const label = speakerLabel(first.text) ?? (named && speakers.has(named) ? named : undefined);
  if (!label) return undefined;
  const rest = joinLines([{ ...first, text: first.text.slice(label.length).trimStart() }, ...block.lines.slice(1)]);
  return {
    type: 'sp',
    speaker: lineInline(label, context, first.line),
    children: lineInline(rest, context, first.line),
    position: positionOf(first),
  };
}

/** Blocks of a participant roster: several short lines, none a sentence. */
function isRosterBlock(block: SourceBlock): boolean {
  return block.lines.length >= 2 && block.lines.every((l) => l.text.length <= 220 && !/[.!?]$/.test(l.text.replace(/\)$/, '')));
}

function roster(block: SourceBlock, context: InlineContext): List {
  const [head, ...rest] = block.lines;
  const hasHead = (/^(From|For|On)\b|:$/.test(head.text) || ROSTER_HEADS.test(head.text)) && rest.length > 0;
  const itemLines = hasHead ? rest : block.lines;
  return {
    type: 'list',
    listType: 'participants',
    ...(hasHead ? { head: lineInline(head.text, context, head.line) } : {}),
    items: itemLines.map((l) => ({ children: lineInline(l.text, context, l.line), position: positionOf(l) })),
    position: positionOf(block.lines[0]),
  };
}

/** The blocks between the top and the closer, and those of the postscript. */
export function readBlocks(blocks: SourceBlock[], context: InlineContext): Block[] {
  const out: Block[] = [];
  let inRoster = false;
  const labels = blocks.map((b) => nameLabel(b.lines[0].text));
  const repeated = repeatedLabels(blocks.map((b) => b.lines[0].text));
  // A name label used once is a speaker too when the blocks on both sides are speeches of repeated speakers.
  const speakers = new Set(repeated);
  labels.forEach((label, k) => {
    const known = (i: number) => (labels[i] && repeated.has(labels[i]!)) || !!(blocks[i] && speakerLabel(blocks[i].lines[0].text));
    if (label && !repeated.has(label) && known(k - 1) && known(k + 1)) speakers.add(label);
  });
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k];
    const first = block.lines[0];
    if (block.lines.length === 1 && ROSTER_HEADS.test(first.text)) {
      out.push(paragraph(block, context));
      inRoster = true;
      continue;
    }
    // `PARTICIPANTS:` followed by the names in the same block.
    if (block.lines.length > 1 && ROSTER_HEADS.test(first.text)) {
      out.push(roster(block, context));
      continue;
    }
    if (inRoster && isRosterBlock(block) && !speakerLabel(first.text)) {
      out.push(roster(block, context));
      continue;
    }
    inRoster = false;
    const bracket = bracketBlock(block, context);
    if (bracket) { out.push(bracket); continue; }
    const sp = speech(block, context, speakers);
    if (sp) { out.push(sp); continue; }
    const run = listOfBlocks(blocks, k, blocks.length, context);
    if (run) { out.push(run.list); k = run.next - 1; continue; }
    const inBlock = listInBlock(block, context);
    if (inBlock) { out.push(...inBlock); continue; }
    if (isFlattenedColumns(block)) { out.push(stampBlock(block)); continue; }
    const p = paragraph(block, context);
    const unplaced = unplacedShape(block, p);
    if (unplaced) context.warnings.push(warning('parse.unrecognised-block', `${unplaced} after the text began: kept as a paragraph`, { file: context.file, line: first.line }));
    out.push(p);
  }
  return out;
}

/** Blocks that look like top-of-document parts (a heading, a dateline) but stand inside the text. */
function unplacedShape(block: SourceBlock, p: Block): string | undefined {
  const first = block.lines[0].text;
  if (p.type === 'p' && block.lines.length <= 2 && first.length <= 100 && isDateOnly(p.children)) return 'a date on its own line';
  if (block.lines.length <= 3 && words(first).length <= 8 && isAllCaps(first) && !/[.!?]$/.test(first)) return 'a heading-like line';
  return undefined;
}

export interface BodyResult {
  body: Block[];
  footnotes: Footnote[];
}

export function readBody(allBlocks: SourceBlock[], bodyContext: InlineContext): BodyResult {
  const { blocks, notes } = splitFootnotes(allBlocks);
  // Footnote markers glued to words are recognised only for notes the document has.
  const context: InlineContext = { ...bodyContext, footnotes: new Set(notes.map((n) => n.n)) };
  const footnotes = buildFootnotes(notes, context);
  const top = readTop(blocks, blocks.length, context);
  const span = findCloser(blocks, top.next, context);
  const body: Block[] = [...top.blocks, ...readBlocks(blocks.slice(top.next, span.start), context)];
  if (span.end > span.start) body.push(buildCloser(blocks.slice(span.start, span.end), context));
  if (span.end < blocks.length) {
    const first = blocks[span.end].lines[0];
    body.push({ type: 'postscript', children: readBlocks(blocks.slice(span.end), context), position: positionOf(first) });
  }
  return { body, footnotes };
}

export type { Inline };
