/**
 * Validating many files: read and checked in worker threads (one validator each, the grammar read
 * from the shared cache), reports handed back in input order. With one job, or when the workers'
 * compiled module is not at hand (tests running the TypeScript), the files are checked in-process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileReport, ValidatorOptions } from './index.js';
import { defaultCacheDir } from '../cache.js';
import { cacheFileFor, loadGrammar } from './grammar.js';
import { readXmlFile } from './read-input.js';
import { resolveSchemaOption } from './schema-resolution.js';
import { createValidator, DEFAULT_LIMITS, type SchemaAwareValidator } from './validator.js';

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export interface FilesOptions extends ValidatorOptions {
  /** Worker threads (default: the number of cores, at most 4). */
  jobs?: number;
}

export const defaultJobs = (): number => Math.max(1, Math.min(4, availableParallelism()));

/** What the CLI prints from: a report per file, in order, and the grammar loads of every validator. */
export interface FilesResult {
  reports: FileReport[];
  loads: SchemaAwareValidator['loads'];
}

/** A file's report; a file that cannot be read is reported, not thrown. */
export async function validateFile(validator: SchemaAwareValidator, file: string, maxBytes: number): Promise<FileReport> {
  let read;
  try {
    read = readXmlFile(file, maxBytes);
  } catch (error) {
    read = { refused: `cannot be read: ${(error as Error).message}` };
  }
  if ('refused' in read) return { file, valid: false, problems: [{ layer: 'well-formedness', line: 1, column: 1, message: read.refused }] };
  await validator.prepare(read.text, file);
  return validator.validateText(read.text, file);
}

export async function validateFiles(files: string[], options: FilesOptions, onReport: (report: FileReport) => void = () => {}): Promise<FilesResult> {
  const jobs = Math.min(options.jobs ?? defaultJobs(), files.length);
  const { jobs: _jobs, ...validatorOptions } = options;
  if (jobs <= 1 || !existsSync(WORKER)) {
    const validator = await createValidator(validatorOptions);
    const reports: FileReport[] = [];
    for (const file of files) {
      const report = await validateFile(validator, file, options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
      reports.push(report);
      onReport(report);
    }
    return { reports, loads: validator.loads };
  }
  const warmed = await warmCache(validatorOptions);
  const result = await inWorkers(files, validatorOptions, jobs, onReport);
  return { ...result, loads: [...warmed, ...result.loads] };
}

/** A schema not yet in the cache is converted once here, not by every worker at the same time. */
async function warmCache(options: ValidatorOptions): Promise<SchemaAwareValidator['loads']> {
  const cacheDir = options.cacheDir ?? defaultCacheDir(options.env);
  if (options.schema === undefined || cacheDir === false) return [];
  const { file, label } = resolveSchemaOption(options.schema, options.env);
  if (existsSync(cacheFileFor(readFileSync(file), cacheDir))) return [];
  const { source, milliseconds } = await loadGrammar(file, cacheDir);
  return [{ schema: label, source, milliseconds }];
}

type FromWorker = { ready: SchemaAwareValidator['loads'] } | { index: number; report: FileReport } | { failed: string };

function inWorkers(files: string[], options: ValidatorOptions, jobs: number, onReport: (report: FileReport) => void): Promise<FilesResult> {
  return new Promise((resolve, reject) => {
    const reports: (FileReport | undefined)[] = new Array(files.length);
    const loads: SchemaAwareValidator['loads'] = [];
    const workers: Worker[] = [];
    let next = 0;
    let printed = 0;
    let done = 0;
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve({ reports: reports as FileReport[], loads });
    };
    const feed = (worker: Worker) => {
      if (next < files.length) worker.postMessage({ index: next, file: files[next++] });
    };
    for (let i = 0; i < jobs; i++) {
      // A larger young generation: salve allocates many short-lived walkers.
      const worker = new Worker(WORKER, { workerData: { options: { ...options, env: undefined } }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      workers.push(worker);
      worker.on('message', (message: FromWorker) => {
        if ('failed' in message) return finish(new Error(message.failed));
        if ('ready' in message) {
          loads.push(...message.ready);
          feed(worker);
          feed(worker); // two in flight: the worker never waits for the next file
          return;
        }
        reports[message.index] = message.report;
        done++;
        while (printed < files.length && reports[printed]) onReport(reports[printed++]!);
        if (done === files.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
    }
  });
}
