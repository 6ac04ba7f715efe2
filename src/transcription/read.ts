import type { ReadResult } from './index.js';

export function readTranscription(bytes: Uint8Array, file: string): ReadResult {
  void file;
  return { text: new TextDecoder().decode(bytes), normalisations: [] };
}
