/**
 * One document's work, as a worker does it: check the bytes, convert the transcription (parse,
 * entities, encode, validate) and render the TEI, or render a TEI file kept as it is (a hand
 * edit). Everything is returned as data; the main thread decides names and writes the files.
 * The stages come in as an interface so that the batch can be tested without Saxon-JS.
 */
import type { Candidate } from '../entities/index.js';
import { PipelineError, type Transcription } from '../model/index.js';
import type { ConvertedDocument } from '../pipeline.js';
import type { DocumentSummary, RenderedDocument } from '../render/index.js';
import type { FileReport } from '../validate/index.js';

export interface Limits {
  /** Largest transcription read, in bytes. */
  maxBytes: number;
  /** Most paragraphs (blank-line separated blocks) in one transcription. */
  maxParagraphs: number;
}

export const DEFAULT_LIMITS: Limits = { maxBytes: 10 * 1024 * 1024, maxParagraphs: 20_000 };

export type Task =
  | { kind: 'convert'; source: string; bytes: Uint8Array; date?: string; limits?: Limits; /** false: TEI only */ render?: boolean }
  | { kind: 'render'; source: string; id: string; tei: string };

export interface EntityCounts {
  persons: number;
  places: number;
  orgs: number;
}

export interface TaskResult {
  ok: boolean;
  id?: string;
  /** The TEI the pipeline made (convert tasks), also when it is invalid. */
  tei?: string;
  html?: string;
  text?: string;
  summary?: DocumentSummary;
  warnings: { line?: number; message: string }[];
  candidates: Candidate[];
  entities: EntityCounts;
  /** Ids of the register entries the document mentions (what its outputs depend on). */
  mentions: string[];
  error?: string;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

/** The stages a task runs; `stagesOf(edition)` (stages.ts) gives the real ones. */
export interface Stages {
  convert(bytes: Uint8Array, file: string, options: { date?: string; timings: Record<string, number> }): ConvertedDocument;
  validate(tei: string, file: string): FileReport;
  render(tei: string, id: string): RenderedDocument;
}

const KIND_COUNT: Record<string, keyof EntityCounts> = { person: 'persons', place: 'places', org: 'orgs' };

function countEntities(entities: { kind: string }[]): EntityCounts {
  const counts: EntityCounts = { persons: 0, places: 0, orgs: 0 };
  for (const e of entities) {
    const key = KIND_COUNT[e.kind];
    if (key) counts[key]++;
  }
  return counts;
}

/**
 * Inputs over the configured limits are refused before parsing. (Empty, binary and non-UTF-8
 * files are refused by the parse stage's reader, with its own message.)
 */
export function refuseBytes(bytes: Uint8Array, limits: Limits = DEFAULT_LIMITS): string | undefined {
  const tooBig = refuseSize(bytes.length, limits);
  if (tooBig) return tooBig;
  let paragraphs = 1;
  for (let i = 1; i < bytes.length; i++) if (bytes[i] === 0x0a && (bytes[i - 1] === 0x0a || (bytes[i - 1] === 0x0d && bytes[i - 2] === 0x0a))) paragraphs++;
  if (paragraphs > limits.maxParagraphs) {
    return `has ${paragraphs} paragraphs, over the limit of ${limits.maxParagraphs}; split it, or raise the limit with --max-paragraphs`;
  }
  return undefined;
}

/** The refusal of a file of `size` bytes (checked before the file is read). */
export function refuseSize(size: number, limits: Limits = DEFAULT_LIMITS): string | undefined {
  if (size <= limits.maxBytes) return undefined;
  return `is ${megabytes(size)}, over the limit of ${megabytes(limits.maxBytes)} per transcription; split it, or raise the limit with --max-size`;
}

export function megabytes(bytes: number): string {
  return bytes < 1048576 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Signs that a text is a transcription of a document; a text with none of them is something else. */
const TRANSCRIPTION_SIGNS: ((t: Transcription) => unknown)[] = [
  (t) => t.header.date,
  (t) => t.header.citation,
  (t) => t.header.url,
  (t) => t.creationDate,
  (t) => t.kind !== 'document',
];

function notATranscription(t: Transcription): boolean {
  return !TRANSCRIPTION_SIGNS.some((sign) => sign(t));
}

function problemsText(report: FileReport, max = 3): string {
  const shown = report.problems.slice(0, max).map((p) => `${p.line !== undefined ? `line ${p.line}: ` : ''}${p.message}`);
  const more = report.problems.length > max ? ` (and ${report.problems.length - max} more)` : '';
  return shown.join('; ') + more;
}

/** A task's failure: `error` says why; nothing made, no entities. */
export function failed(error: string, timings: Record<string, number> = {}, partial: Partial<TaskResult> = {}): TaskResult {
  return { warnings: [], candidates: [], entities: { persons: 0, places: 0, orgs: 0 }, mentions: [], ...partial, ok: false, error, timings };
}

function render(result: TaskResult, tei: string, id: string, stages: Stages): TaskResult {
  const start = performance.now();
  const rendered = stages.render(tei, id);
  result.timings.render = performance.now() - start;
  return { ...result, html: rendered.html, text: rendered.text, summary: rendered.summary };
}

/** The error's message; a message that begins with the file's name drops it (the report names the file). */
function message(e: unknown, file: string): string {
  const text = e instanceof PipelineError ? e.diagnostic.message : ((e as Error)?.message ?? String(e));
  return text.startsWith(`${file} `) ? text.slice(file.length + 1) : text;
}

export function runTask(task: Task, stages: Stages): TaskResult {
  const timings: Record<string, number> = {};
  try {
    if (task.kind === 'render') {
      const start = performance.now();
      const validation = stages.validate(task.tei, `${task.id}.xml`);
      timings.validate = performance.now() - start;
      if (!validation.valid) return failed(`the TEI is not valid: ${problemsText(validation)}`, timings, { id: task.id });
      const result = render({ ok: true, id: task.id, warnings: [], candidates: [], entities: countEntities([]), mentions: [], timings }, task.tei, task.id, stages);
      const entities = result.summary?.entities ?? [];
      return { ...result, entities: countEntities(entities), mentions: entities.map((e) => e.id) };
    }
    const refused = refuseBytes(task.bytes, task.limits);
    if (refused) return failed(refused, timings);
    const doc = stages.convert(task.bytes, task.source, { date: task.date, timings });
    const base: TaskResult = {
      ok: true,
      id: doc.id,
      tei: doc.tei,
      warnings: doc.warnings.map((w) => ({ line: w.line, message: w.message })),
      candidates: doc.candidates,
      entities: countEntities(doc.transcription.entities),
      mentions: doc.transcription.entities.filter((e) => e.registered).map((e) => e.id),
      timings,
    };
    if (notATranscription(doc.transcription)) {
      return failed('is not a transcription: no date line, citation, record URL or kind of document found; give transcriptions of archival documents (.md, .txt)', timings, { ...base });
    }
    if (!doc.validation.valid) return failed(`the TEI made from it is not valid: ${problemsText(doc.validation)}`, timings, { ...base });
    return task.render === false ? base : render(base, doc.tei, doc.id, stages);
  } catch (e) {
    return failed(message(e, task.source), timings);
  }
}
