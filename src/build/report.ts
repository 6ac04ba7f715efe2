/**
 * `build-report.json`, in the shape MISSION.md fixes: per document its id, source, status
 * (`ok` | `failed` | `kept` | `skipped`), output paths, warnings, error, entity counts and new
 * register candidates; then a summary of the build.
 */
import { join, relative, sep } from 'node:path';
import type { Candidate } from '../entities/index.js';
import { writeFileAtomic } from './atomic.js';
import type { EntityCounts } from './task.js';

export type Status = 'ok' | 'failed' | 'kept' | 'skipped';

export interface DocumentReport {
  id?: string;
  source: string;
  status: Status;
  outputs: { tei?: string; html?: string; text?: string };
  warnings: { line?: number; message: string }[];
  error?: string;
  entities: EntityCounts;
  candidates: Candidate[];
  /** For `kept`: why the TEI was kept; for `--force`: where the hand edit was saved. */
  note?: string;
  backup?: string;
}

export interface BuildSummary {
  documents: number;
  ok: number;
  failed: number;
  kept: number;
  skipped: number;
  warnings: number;
  candidates: number;
  /** Documents converted or rendered in this build (not skipped). */
  processed: number;
  jobs: number;
  seconds: number;
  documentsPerSecond: number;
  /** Milliseconds per stage, summed over documents (`parse`, `entities`, `encode`, `validate`, `render`, `indexes`, `write`). */
  stages: Record<string, number>;
  /** Peak resident memory of the build process (workers included), in MB. */
  peakMemoryMB: number;
  /** Inputs that gave nothing to build (missing paths, empty folders): file and message. */
  problems: { file?: string; message: string }[];
}

export interface BuildReport {
  tool: { name: string; version: string };
  out: string;
  documents: DocumentReport[];
  summary: BuildSummary;
}

export function summarise(documents: DocumentReport[], rest: Omit<BuildSummary, 'documents' | 'ok' | 'failed' | 'kept' | 'skipped' | 'warnings' | 'candidates'>): BuildSummary {
  const count = (s: Status) => documents.filter((d) => d.status === s).length;
  return {
    documents: documents.length,
    ok: count('ok'),
    failed: count('failed'),
    kept: count('kept'),
    skipped: count('skipped'),
    warnings: documents.reduce((n, d) => n + d.warnings.length, 0),
    candidates: documents.reduce((n, d) => n + d.candidates.length, 0),
    ...rest,
  };
}

/** An output path as the user sees it: under the output folder as they named it. */
export function reportPath(out: string, shownOut: string, path: string): string {
  return join(shownOut, relative(out, path)).split(sep).join('/');
}

export async function writeReport(path: string, report: BuildReport): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(report, null, 2) + '\n');
}
