/**
 * Problems are values: a file, a position and a message for a person. They are made here, in one
 * place, so that the CLI, the build report and the validator print them the same way.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** A short stable code (`parse.unknown-block`, `input.not-utf8`, `rules.pointer`…). */
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export function warning(code: string, message: string, at: Partial<Pick<Diagnostic, 'file' | 'line' | 'column'>> = {}): Diagnostic {
  return { severity: 'warning', code, message, ...at };
}

export function error(code: string, message: string, at: Partial<Pick<Diagnostic, 'file' | 'line' | 'column'>> = {}): Diagnostic {
  return { severity: 'error', code, message, ...at };
}

/** `file:line:column: severity: message`, the form editors and editors' tools understand. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.line !== undefined ? d.column : undefined].filter((x) => x !== undefined).join(':');
  return `${where ? where + ': ' : ''}${d.severity}: ${d.message}`;
}

/** An error that stops one document (or one command), carrying its diagnostic. */
export class PipelineError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'PipelineError';
  }
}
