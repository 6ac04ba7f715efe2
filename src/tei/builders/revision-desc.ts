import { basename } from 'node:path';
import type { EncodeState } from '../state.js';
import { isIsoDate } from '../xml-names.js';
import { element, type El } from './element.js';

/** The file's history starts with this conversion; editors add their own `change`s after it. */
export function revisionDesc(parent: El, state: EncodeState): void {
  const { context, transcription } = state;
  const el = element(parent, 'revisionDesc');
  element(el, 'change', { when: isIsoDate(context.date) ? context.date : undefined },
    `Converted from the transcription ${basename(transcription.file)} by tei-edition ${context.toolVersion}.`);
}
