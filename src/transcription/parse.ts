/**
 * parse: a transcription's text into the document model. The header comes from `header.ts`
 * (remark), the body from `body.ts` (by position); then the document-wide facts are drawn from
 * both: kind, markings, creation and meeting dates, id.
 */
import type { Block, DateNode, DocumentKind, Transcription } from '../model/index.js';
import { flatText, walkInline } from '../model/inline.js';
import { warning } from '../model/diagnostics.js';
import type { ParseResult } from './index.js';
import { parseHeader } from './header.js';
import { readBody } from './body.js';
import { detectKind } from './kind.js';
import { markingsOf } from './opener.js';
import { documentId } from './id.js';
import { sourceLines, splitBlocks } from './source.js';
import { inlinesOf } from './words.js';

/** `Date and Time: …`, `Location: …` lines, in the opener or as paragraphs of their own. */
const DATE_LABEL = /^Date(\s+and\s+time)?\s*:/i;
const PLACE_LABEL = /^(?:Location|Place|Venue)\s*:\s*(.+)$/i;

/** Kinds whose heading dateline is the date of the conversation or meeting, not of the record. */
const MEETING_KINDS = new Set<DocumentKind>(['record-of-conversation', 'diary', 'transcript']);

function datesOf(block: Block): DateNode[] {
  return inlinesOf(block).flatMap((seq) => [...walkInline(seq)].filter((n): n is DateNode => n.type === 'date'));
}

/** `5 Tir 1325` followed by `27 June 1946`: the document states the Gregorian equivalent. */
function linkStatedEquivalents(block: Block): void {
  const dates = datesOf(block);
  dates.forEach((d, i) => {
    const next = dates[i + 1];
    if (d.calendar && !d.when && next && !next.calendar && next.when?.length === 10) {
      d.when = next.when;
      if (next.dateType && !d.dateType) d.dateType = next.dateType;
    }
  });
}

export function parseTranscription(text: string, file: string, normalisations: string[] = []): ParseResult {
  const warnings: ParseResult['warnings'] = [];
  const head = parseHeader(text, file, warnings);
  const { header } = head;
  const lines = sourceLines(text.slice(head.bodyOffset), head.bodyOffset, head.bodyLine);
  const blocks = splitBlocks(lines);
  if (!blocks.length) warnings.push(warning('parse.empty-body', 'the transcription has no document text after its header', { file, line: head.bodyLine }));
  const { body, footnotes } = readBody(blocks, {
    file,
    line: head.bodyLine,
    footnotes: new Set(),
    dates: header.date?.when ? { documentDate: header.date.when } : {},
    warnings,
  });
  body.forEach(linkStatedEquivalents);

  const top = body.filter((b) => b.type === 'opener' || b.type === 'head' || b.type === 'dateline' || b.type === 'stamp' || b.type === 'fw');
  const opener = body.filter((b): b is Extract<Block, { type: 'opener' }> => b.type === 'opener').flatMap((o) => o.items);
  const kind = detectKind({
    title: header.title,
    firstLines: top.filter((b) => b.type !== 'stamp' && b.type !== 'fw').flatMap((b) => inlinesOf(b).map((seq) => flatText(seq))),
    hasSalute: opener.some((i) => i.kind === 'salute'),
    speeches: body.filter((b) => b.type === 'sp').length,
  });

  // The dateline under a heading, and a `Date:` line, date the conversation in records of conversation and diaries.
  const headAt = body.findIndex((b) => b.type === 'head');
  const meetingDates = [
    ...body.filter((b) => b.type === 'dateline').flatMap(datesOf),
    ...(headAt < 0 ? [] : body.slice(headAt + 1).filter((b): b is Extract<Block, { type: 'opener' }> => b.type === 'opener').flatMap((o) => o.items.filter((i) => i.kind === 'dateline')).flatMap((i) => [...walkInline(i.children)].filter((n): n is DateNode => n.type === 'date'))),
    ...opener.filter((i) => i.kind === 'dateline' && DATE_LABEL.test(flatText(i.children))).flatMap((i) => [...walkInline(i.children)].filter((n): n is DateNode => n.type === 'date')),
    ...body.filter((b) => b.type === 'p' && DATE_LABEL.test(flatText(b.children))).flatMap(datesOf),
  ];
  for (const d of meetingDates) {
    if (MEETING_KINDS.has(kind)) d.dateType = 'conversation-or-meeting-date';
    else d.dateType ??= 'creation-date';
  }

  const classification = [...new Set(opener.filter((i) => i.kind === 'classification').flatMap((i) => markingsOf(flatText(i.children)) ?? []))];
  const allDates = body.flatMap(datesOf);
  const creationDate = allDates.find((d) => d.dateType === 'creation-date' && d.when)?.when;
  const meetingWhen = allDates.find((d) => d.dateType === 'conversation-or-meeting-date' && d.when)?.when;
  const labelled = [...opener.map((i) => i.children), ...body.filter((b) => b.type === 'p').map((b) => b.children)];
  const place = labelled.map((seq) => PLACE_LABEL.exec(flatText(seq))?.[1]).find(Boolean);

  const transcription: Transcription = {
    id: documentId(header.recordNumber, file),
    file,
    header,
    kind,
    classification,
    ...(creationDate ? { creationDate } : {}),
    ...(meetingWhen || place ? { setting: { ...(meetingWhen ? { when: meetingWhen } : {}), ...(place ? { place: place.trim() } : {}) } } : {}),
    body,
    footnotes,
    entities: [],
    participants: [],
    normalisations,
  };
  return { transcription, warnings, bodyOffset: head.bodyOffset, bodyLine: head.bodyLine };
}
