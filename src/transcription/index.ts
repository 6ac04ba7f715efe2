/**
 * parse: a transcription (.md/.txt) into the document model.
 *
 * - `readTranscription` checks and normalises the bytes (UTF-8 with or without BOM, CRLF, NFC).
 * - `parseTranscription` reads header sections and the document body with unified + remark-parse,
 *   taking the document's text from the source by position so that no character is lost.
 */
import type { Diagnostic, Transcription } from '../model/index.js';

export interface ReadResult {
  /** The text, normalised (LF line ends, no BOM, NFC). */
  text: string;
  /** What was normalised, for `editorialDecl` (e.g. `Unicode normalised to NFC`). */
  normalisations: string[];
}

export interface ParseResult {
  transcription: Transcription;
  /** Things the parser did not recognise and kept as they were, each with its line. */
  warnings: Diagnostic[];
  /** Where the document body starts in the text (after the header sections). */
  bodyOffset: number;
  bodyLine: number;
}

export { readTranscription } from './read.js';
export { parseTranscription } from './parse.js';
export { sourceWords, sourceText, wordsOf } from './words.js';
