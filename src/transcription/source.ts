/**
 * The transcription's text by position: lines and blank-line-separated blocks, each with its line
 * number and offset. The document body is read from these, not from the markdown tree, so that
 * lines starting `1. `, `- `, `# ` or `> ` stay document text.
 */
import { HARD_BREAK } from './inline.js';

export interface SourceLine {
  /** The line without leading and trailing whitespace. */
  text: string;
  line: number;
  offset: number;
  /** Ends in a markdown hard break (two or more trailing spaces). */
  hard: boolean;
}

export interface SourceBlock {
  lines: SourceLine[];
}

/** Splits `text` (which starts at `offset`, on line `line`) into lines. */
export function sourceLines(text: string, offset = 0, line = 1): SourceLine[] {
  const out: SourceLine[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), line: line + out.length, offset: offset + at + lead, hard: / {2,}$/.test(raw) });
    at += raw.length + 1;
  }
  return out;
}

export function splitBlocks(lines: SourceLine[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceLine[] = [];
  for (const l of lines) {
    if (l.text === '') {
      if (current.length) blocks.push({ lines: current });
      current = [];
    } else current.push(l);
  }
  if (current.length) blocks.push({ lines: current });
  return blocks;
}

/** The lines joined for inline parsing: a hard break as `HARD_BREAK`, a soft one as `\n`. */
export function joinLines(lines: SourceLine[]): string {
  return lines.map((l, i) => (i < lines.length - 1 ? l.text + (l.hard ? HARD_BREAK : '\n') : l.text)).join('');
}

/** Lines joined with hard breaks whatever the source said (for line-structured blocks). */
export function joinHard(lines: SourceLine[]): string {
  return lines.map((l) => l.text).join(HARD_BREAK);
}

/** A block that is one bracket from its first to its last character (`[Stamp: …]`, a bracketed summary). */
export function wholeBracket(block: SourceBlock): string | undefined {
  const text = joinLines(block.lines);
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']') {
      depth--;
      if (depth === 0 && i < text.length - 1) return undefined;
    }
  }
  return depth === 0 ? text : undefined;
}
