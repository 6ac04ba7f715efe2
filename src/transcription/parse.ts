import type { ParseResult } from './index.js';

export function parseTranscription(text: string, file: string, normalisations: string[] = []): ParseResult {
  void text; void file; void normalisations;
  throw new Error('parseTranscription: not written yet');
}
