import type { Transcription } from '../model/index.js';
import type { EncodeContext } from './index.js';

export function encodeTei(transcription: Transcription, context: EncodeContext): string {
  void transcription; void context;
  throw new Error('encodeTei: not written yet');
}
