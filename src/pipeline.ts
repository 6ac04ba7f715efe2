/**
 * One document through the pipeline: read → parse → entities → encode → validate, and TEI →
 * render. The batch runner (`build/`) and the CLI call these; each stage lives in its own folder.
 */
import { resolve } from 'node:path';
import type { EditionConfig } from './model/config.js';
import { TOOL_VERSION, loadConfig, registersDirOf } from './edition.js';
import type { Diagnostic, Transcription } from './model/index.js';
import { readTranscription, parseTranscription } from './transcription/index.js';
import { annotateEntities, loadRegisters, type Candidate, type Registers } from './entities/index.js';
import { encodeTei } from './tei/index.js';
import { createValidator, type FileReport, type Validator, type WrittenEvent } from './validate/index.js';
import { createRenderer, type RenderedDocument, type Renderer } from './render/index.js';

export { TOOL_NAME, TOOL_VERSION, loadConfig, registersDirOf } from './edition.js';

/** The edition a build works in: its configuration, registers, and the loaded validator and renderer. */
export interface Edition {
  root: string;
  config: EditionConfig;
  registersDir: string;
  registers: Registers;
  validator: Validator;
  renderer: Renderer;
}

export interface EditionOptions {
  /** The edition's root folder (with `edition.config.json` and `tei/registers/`); default cwd. */
  root?: string;
  /** Passed to the validator (`edition`, `tei-all`, a path). */
  schema?: string;
}

export async function openEdition(options: EditionOptions = {}): Promise<Edition> {
  const root = resolve(options.root ?? process.cwd());
  const registersDir = registersDirOf(root);
  const config = loadConfig(root);
  const [validator, renderer] = await Promise.all([
    createValidator({ schema: options.schema ?? 'edition', rules: true }),
    createRenderer({ baseUrl: config.baseUrl, editionTitle: config.title, publisher: config.publisher }),
  ]);
  return { root, config, registersDir, registers: loadRegisters(registersDir), validator, renderer };
}

export interface ConvertedDocument {
  id: string;
  transcription: Transcription;
  tei: string;
  warnings: Diagnostic[];
  candidates: Candidate[];
  validation: FileReport;
}

export interface ConvertOptions {
  /** Date of the conversion (ISO); default today. Fixed in tests for reproducible output. */
  date?: string;
  useRegister?: boolean;
  /** When given, each stage adds the milliseconds it took (`parse`, `entities`, `encode`, `validate`). */
  timings?: Record<string, number>;
}

function timed<T>(timings: Record<string, number> | undefined, stage: string, run: () => T): T {
  if (!timings) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

/** Transcription bytes to validated TEI. Throws `PipelineError` when the input cannot be read. */
export function convertTranscription(bytes: Uint8Array, file: string, edition: Edition, options: ConvertOptions = {}): ConvertedDocument {
  const { timings } = options;
  const parsed = timed(timings, 'parse', () => {
    const { text, normalisations } = readTranscription(bytes, file);
    return parseTranscription(text, file, normalisations);
  });
  const { transcription, candidates } = timed(timings, 'entities', () =>
    annotateEntities(parsed.transcription, edition.registers, { useRegister: options.useRegister ?? true }),
  );
  // What the encoder wrote, tag by tag: the validator reads it rather than parse the TEI again.
  const written: WrittenEvent[] = [];
  const tei = timed(timings, 'encode', () =>
    encodeTei(
      transcription,
      {
        config: edition.config,
        toolVersion: TOOL_VERSION,
        date: options.date ?? new Date().toISOString().slice(0, 10),
      },
      written,
    ),
  );
  const validation = timed(timings, 'validate', () => edition.validator.validateText(tei, `${transcription.id}.xml`, written));
  return { id: transcription.id, transcription, tei, warnings: parsed.warnings, candidates, validation };
}

/** TEI (ours or hand-edited) to the HTML page, the text edition and the site summary. */
export function renderTei(tei: string, id: string, edition: Edition): RenderedDocument {
  return edition.renderer.renderDocument(tei, { id });
}
