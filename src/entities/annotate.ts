import type { Transcription } from '../model/index.js';
import type { AnnotateOptions, AnnotateResult } from './index.js';
import type { Registers } from './registers.js';

export function annotateEntities(transcription: Transcription, registers: Registers, options: AnnotateOptions = {}): AnnotateResult {
  void registers; void options;
  return { transcription, candidates: [] };
}
