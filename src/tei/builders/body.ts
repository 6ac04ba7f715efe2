import { DOCUMENT_KINDS } from '../conventions.js';
import { translationLanguage } from '../languages.js';
import type { EncodeState } from '../state.js';
import { arrangeDivision } from './division.js';
import { element, type El } from './element.js';
import { footnote } from './note.js';

/** `text/body/div[@type][@subtype]`; footnotes whose marker the text lacks close the division. */
export function textElement(parent: El, state: EncodeState): void {
  const { transcription } = state;
  const language = translationLanguage(transcription.header.contents);
  const body = element(element(parent, 'text', { 'xml:lang': language.ident }), 'body');
  const div = element(body, 'div', { type: (DOCUMENT_KINDS[transcription.kind] ?? DOCUMENT_KINDS.document).divType, subtype: transcription.kind });
  arrangeDivision(div, transcription.body, state);
  for (const note of transcription.footnotes) if (!state.placedNotes.has(note.n)) footnote(div, note.n, state);
}
