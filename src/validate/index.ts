/**
 * validate: three layers, each reported on its own: well-formedness (saxes, line:column), RELAX NG
 * (salve-annos; the edition schema in `tei/schema/` or TEI All), and the edition's rules
 * (`tei/rules/`, one named check per family).
 */
import type { WrittenEvent } from './replay.js';

export type Layer = 'well-formedness' | 'schema' | 'rules';

export interface Problem {
  layer: Layer;
  /** The rule's id, for the rules layer (`pointers-resolve`, `ids-unique`, `iso-dates`, …). */
  rule?: string;
  line?: number;
  column?: number;
  message: string;
}

export interface FileReport {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** The schema the file was checked against (a path, or `edition`). */
  schema?: string;
}

export interface ValidatorOptions {
  /** `edition`, `tei-all`, or a path to a `.rng` file; unset: each document's `<?xml-model?>`, else `edition`. */
  schema?: string;
  /** Run the edition's rules (default true). */
  rules?: boolean;
  /** Where converted grammars are cached (default `$TEI_EDITION_CACHE`, `$XDG_CACHE_HOME/tei-edition` or `~/.cache/tei-edition`); `false`: no cache. */
  cacheDir?: string | false;
  /** The rule list (default `tei/rules/edition-rules.json` of the package). */
  rulesFile?: string;
  /** Larger inputs are refused (default 50 MB). */
  maxBytes?: number;
  /** Deeper element nesting is refused (default 1,000 levels). */
  maxDepth?: number;
  /** Environment for `TEI_ALL_RNG` and the cache folder (default `process.env`). */
  env?: NodeJS.ProcessEnv;
}

export interface Validator {
  /**
   * Validates XML text; `file` is used in messages. Never throws on bad input: it reports it.
   * `written`: the record of how the caller wrote `xml` (src/tei/serialize.ts), read instead of
   * parsing the text again (replay.ts).
   */
  validateText(xml: string, file: string, written?: readonly WrittenEvent[]): FileReport;
}

export type { WrittenEvent } from './replay.js';

export { createValidator, DEFAULT_LIMITS, type SchemaAwareValidator } from './validator.js';
export { SchemaNotFound, TEI_ALL_HELP } from './schema-resolution.js';
