/**
 * validate: three layers, each reported on its own: well-formedness (saxes, line:column), RELAX NG
 * (salve-annos; the edition schema in `tei/schema/` or TEI All), and the edition's rules
 * (`tei/rules/`, one named check per family).
 */

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
  /** `edition` (default), `tei-all`, or a path to a `.rng` file. */
  schema?: string;
  /** Run the edition's rules (default true). */
  rules?: boolean;
  /** Where converted grammars are cached (default: a folder under the OS cache or `.cache/`). */
  cacheDir?: string;
}

export interface Validator {
  /** Validates XML text; `file` is used in messages. Never throws on bad input: it reports it. */
  validateText(xml: string, file: string): FileReport;
}

export { createValidator } from './validator.js';
