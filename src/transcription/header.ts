/**
 * The archive's header sections (date line, bold title, `**Citation:**`, `**Summary:**`, …) read
 * with unified + remark-parse: the markdown tree says where the bold labels and links are; the
 * words of each section are taken from the source by position. Sections may be missing or in any
 * order; a transcription with no header at all gets its title from the first line.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { ArchiveHeader, Diagnostic } from '../model/index.js';
import { warning } from '../model/diagnostics.js';
import { readSourceDate } from './dates.js';
import { parseCitation } from './citation.js';
import { recordNumberOf } from './id.js';

// Transcriptions are not HTML: `<!--` or `<div>` at a line start is text, not an HTML block that
// would swallow the sections after it.
const markdown = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [{ disable: { null: ['htmlFlow', 'htmlText'] } }]);

/** The sections the archive's pages have, by label (case-insensitive, colon optional). */
const SECTIONS: { key: SectionKey; label: RegExp; takes: 'paragraph' | 'line'; more?: RegExp }[] = [
  { key: 'citation', label: /^citation$/i, takes: 'paragraph' },
  { key: 'summary', label: /^(summary|abstract|description)$/i, takes: 'paragraph' },
  { key: 'credits', label: /^credits?$/i, takes: 'paragraph' },
  { key: 'originalLanguage', label: /^original\s+languages?$/i, takes: 'line', more: /^([-*+]\s+)?\p{Lu}\p{Ll}+(\s*(,|and)\s*\p{Lu}\p{Ll}+)*$/u },
  { key: 'contents', label: /^contents$/i, takes: 'line', more: /^([-*+]\s+)?(Translation|Transcript|Transcription|Original|Scan|Original Scan|English|Summary)\b[\w\s-]{0,30}$/i },
];
type SectionKey = 'citation' | 'summary' | 'credits' | 'originalLanguage' | 'contents';

/** Fields whose absence is worth a warning, and how to name them. */
const EXPECTED: [keyof ArchiveHeader, string][] = [
  ['date', 'date line'],
  ['title', 'title'],
  ['citation', 'Citation section'],
  ['summary', 'Summary section'],
  ['credits', 'Credits section'],
  ['originalLanguage', 'Original Language section'],
  ['url', 'record URL'],
];

const URL = /<?(https?:\/\/[^\s<>]+)>?/;

export interface HeaderResult {
  header: ArchiveHeader;
  /** Where the document body starts (offset and line). */
  bodyOffset: number;
  bodyLine: number;
  /** True when the transcription had no header at all. */
  plain: boolean;
}

function startOf(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}

/** The text of a bold-only paragraph (`**June 3, 1961**`), or undefined. */
function boldOnly(node: RootContent, text: string): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  const kids = node.children.filter((c: PhrasingContent) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  if (kids.length === 1 && kids[0].type === 'strong') return stripBold(text.slice(startOf(node), endOf(node)));
  if (kids.length === 2 && kids[0].type === 'strong' && kids[1].type === 'text' && kids[1].value.trim() === ':') return stripBold(text.slice(startOf(node), endOf(node)));
  return undefined;
}

function stripBold(s: string): string {
  return s.trim().replace(/^(\*\*|__)/, '').replace(/(\*\*|__)(\s*:)?$/, '$2').replace(/\*\*|__/g, '').trim();
}

/** A section label: `**Citation:**` alone, `**Citation:** text…` (the text is the section's start), `## Citation`. */
function labelOf(node: RootContent, text: string): { label: string; rest?: string } | undefined {
  const bold = boldOnly(node, text);
  if (bold !== undefined) return isLabel(bold) ? { label: bold } : undefined;
  if (node.type === 'heading') {
    const label = stripBold(text.slice(startOf(node), endOf(node)).replace(/^\s*#+\s*|\s*#+\s*$/g, '')).replace(/:?$/, ':');
    return sectionOf(label) ? { label } : undefined;
  }
  if (node.type === 'paragraph' && node.children[0]?.type === 'strong') {
    const strongEnd = node.children[0].position?.end.offset ?? 0;
    const head = stripBold(text.slice(startOf(node), strongEnd));
    const after = text.slice(strongEnd, endOf(node));
    const colon = /^\s*:/.exec(after);
    const label = colon ? `${head.replace(/:$/, '')}:` : head;
    if (!isLabel(label) || !sectionOf(label)) return undefined;
    return { label, rest: after.slice(colon ? colon[0].length : 0).trim() };
  }
  return undefined;
}

/** A title or date line before the sections: a bold-only paragraph or a markdown heading. */
function titleOf(node: RootContent, text: string): string | undefined {
  if (node.type === 'heading') return stripBold(text.slice(startOf(node), endOf(node)).replace(/^\s*#+\s*|\s*#+\s*$/g, ''));
  return boldOnly(node, text);
}

function sectionOf(label: string): (typeof SECTIONS)[number] | undefined {
  const m = /^(.+?)\s*:$/.exec(label);
  if (!m) return undefined;
  return SECTIONS.find((s) => s.label.test(m[1].trim()));
}

function isLabel(label: string): boolean {
  return /^[\p{L}][\p{L} ’'-]{0,40}:$/u.test(label);
}

/** A paragraph's source text, markdown hard breaks and line ends folded into single spaces. */
function flat(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Bold-only lines (`**Citation:**`), where header sections start. */
const LABEL_LINE = /^[ \t]*(?:(?:\*\*|__)([^\n*_]{1,80}?)(?:\*\*|__)[ \t]*(:?)|#{1,6}[ \t]+([^\n]{1,80}?)[ \t]*#*[ \t]*$)/gm;

/**
 * How much of the text markdown needs to see: up to a few paragraphs past the last section
 * label. The body is read by position, so parsing it as markdown would be wasted work.
 */
function headerExtent(text: string): number {
  let end = 0;
  for (let m = LABEL_LINE.exec(text); m; m = LABEL_LINE.exec(text)) {
    const label = m[3] !== undefined ? m[3].replace(/:?$/, ':') : (m[1] + m[2]).trim();
    if (sectionOf(label)) end = m.index + m[0].length;
  }
  let paragraphs = 0;
  const blank = /\n[ \t]*\n(?=[ \t]*\S)/g;
  blank.lastIndex = end;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (++paragraphs > 4) return m.index;
  }
  return text.length;
}

export function parseHeader(text: string, file: string, warnings: Diagnostic[]): HeaderResult {
  const extent = headerExtent(text);
  const tree = markdown.parse(text.slice(0, extent)) as Root;
  const nodes = tree.children;
  const header: ArchiveHeader = { funders: [], other: [] };
  let i = 0;

  // The last node that is a known section label: everything up to its section is header.
  let lastLabel = -1;
  let firstLabel = -1;
  for (let k = 0; k < nodes.length; k++) {
    const label = labelOf(nodes[k], text);
    if (label && sectionOf(label.label)) {
      lastLabel = k;
      if (firstLabel < 0) firstLabel = k;
    }
  }

  // Before the first label: the date line and the title, bold or as headings; when sections
  // follow, plain lines count too (`June 3, 1961` without bold).
  for (; i < nodes.length && (firstLabel < 0 || i < firstLabel); i++) {
    const line = titleOf(nodes[i], text) ?? (firstLabel >= 0 && nodes[i].type === 'paragraph' ? flat(text.slice(startOf(nodes[i]), endOf(nodes[i]))) : undefined);
    if (line === undefined || isLabel(line)) break;
    const date = readSourceDate(line);
    if (!header.date && date.when) header.date = date;
    else if (!header.title) header.title = line;
    else break;
  }

  const plain = i === 0 && lastLabel < 0;
  let bodyOffset = 0;
  if (plain) {
    // No header at all: the title is the first line (it stays in the body too).
    const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
    header.title = first.replace(/^\s*(#+\s*|\*\*|__)/, '').replace(/(\*\*|__)\s*$/, '').trim();
    warnings.push(warning('parse.no-header', 'no header sections: title taken from the first line', { file, line: 1 }));
  } else {
    let current: { key: SectionKey | string; takes: string; parts: string[]; line: number } | undefined;
    const sections: NonNullable<typeof current>[] = [];
    const end = lastLabel < 0 ? i : lastLabel + 1;
    for (let k = i; k < end; k++) {
      const node = nodes[k];
      const label = labelOf(node, text);
      if (label) {
        const known = sectionOf(label.label);
        current = { key: known?.key ?? label.label.replace(/:$/, ''), takes: known ? 'known' : 'other', parts: label.rest ? [label.rest] : [], line: node.position?.start.line ?? 1 };
        sections.push(current);
      } else if (current) current.parts.push(text.slice(startOf(node), endOf(node)));
      else header.other.push({ label: '', text: flat(text.slice(startOf(node), endOf(node))) });
    }
    bodyOffset = end < nodes.length ? startOf(nodes[end]) : extent;
    // The last section takes one paragraph (a citation also the URL paragraph after it); a
    // one-line section (language, contents) takes one line, so a body glued to it is not lost.
    if (lastLabel >= 0 && current && end < nodes.length && !current.parts.length) {
      const spec = SECTIONS.find((s) => s.key === current!.key);
      const node = nodes[end];
      const source = text.slice(startOf(node), endOf(node));
      if (spec?.takes === 'line' && source.includes('\n')) {
        // A one-line section takes its first line and any following lines of the same shape.
        const lines = source.split('\n');
        let taken = 1;
        while (taken < lines.length && spec.more?.test(lines[taken].trim())) taken++;
        const cut = lines.slice(0, taken).join('\n').length;
        current.parts.push(source.slice(0, cut));
        bodyOffset = taken < lines.length ? startOf(node) + cut + 1 : (end + 1 < nodes.length ? startOf(nodes[end + 1]) : extent);
      } else {
        current.parts.push(source);
        bodyOffset = end + 1 < nodes.length ? startOf(nodes[end + 1]) : extent;
        if (spec?.key === 'citation' && end + 1 < nodes.length && URL.test(text.slice(startOf(nodes[end + 1]), endOf(nodes[end + 1]))) && flat(text.slice(startOf(nodes[end + 1]), endOf(nodes[end + 1]))).split(' ').length === 1) {
          current.parts.push(text.slice(startOf(nodes[end + 1]), endOf(nodes[end + 1])));
          bodyOffset = end + 2 < nodes.length ? startOf(nodes[end + 2]) : extent;
        }
      }
    }
    for (const s of sections) fillSection(header, s.key, s.parts, s.takes === 'other', file, s.line, warnings);
    // A URL alone on the line right after the header belongs to the header.
    const at = nodes.findIndex((n) => startOf(n) >= bodyOffset);
    if (at >= 0) {
      const src = flat(text.slice(startOf(nodes[at]), endOf(nodes[at])));
      const m = URL.exec(src);
      if (m && src === m[0] && !header.url) {
        header.url = m[1];
        bodyOffset = at + 1 < nodes.length ? startOf(nodes[at + 1]) : extent;
      }
    }
  }
  if (header.url) {
    const record = recordNumberOf(header.url);
    if (record) header.recordNumber = record;
  }
  for (const [field, name] of EXPECTED) {
    if (header[field] === undefined) warnings.push(warning('parse.missing-field', `no ${name} in the transcription`, { file, line: 1 }));
  }
  if (bodyOffset < text.length) bodyOffset = lineStart(text, bodyOffset);
  return { header, bodyOffset, bodyLine: lineAtOffset(text, bodyOffset), plain };
}

function fillSection(header: ArchiveHeader, key: string, parts: string[], other: boolean, file: string, line: number, warnings: Diagnostic[]): void {
  const paragraphs = parts.map(flat).filter(Boolean);
  if (other) {
    header.other.push({ label: key, text: paragraphs.join('\n') });
    return;
  }
  if (!paragraphs.length) {
    warnings.push(warning('parse.empty-section', `the ${key} section is empty`, { file, line }));
    return;
  }
  switch (key as SectionKey) {
    case 'citation': {
      const whole = paragraphs.join(' ');
      // The record's URL: an autolink (`<https://…>`) if there is one, else a bare URL; only it leaves the text.
      const url = /<(https?:\/\/[^\s<>]+)>/.exec(whole) ?? /(?<![\w/])(https?:\/\/[^\s<>]+)/.exec(whole);
      const citationText = url ? flat(whole.slice(0, url.index) + whole.slice(url.index + url[0].length)) : whole;
      header.citation = parseCitation(citationText, header.date);
      if (url) {
        header.url = url[1];
        header.citation.url = url[1];
      }
      break;
    }
    case 'summary':
      header.summary = paragraphs;
      break;
    case 'credits':
      header.credits = paragraphs.join(' ');
      header.funders = fundersOf(header.credits);
      break;
    case 'originalLanguage':
      header.originalLanguage = lineList(parts);
      break;
    case 'contents':
      header.contents = lineList(parts);
      break;
  }
}

/** The lines of a one-line section (`Russian` / `Korean`) as one value, `Russian, Korean`. */
function lineList(parts: string[]): string {
  return parts.join('\n').split('\n').map((l) => l.trim().replace(/^[-*+]\s+/, '')).filter(Boolean).join(', ');
}

/** `This document was made possible with support from Leon Levy Foundation and X` → the names. */
export function fundersOf(credits: string): string[] {
  const m = /support\s+(?:from|of|by)\s+(?:the\s+)?(.+?)\.?$/i.exec(credits);
  const list = m ? m[1] : credits.replace(/\.$/, '');
  return list.split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?\p{Lu})|;\s*)\s*/u).map((s) => s.replace(/^the\s+/i, '').trim()).filter(Boolean);
}
