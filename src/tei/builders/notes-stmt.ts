import type { EncodeState } from '../state.js';
import { clean } from '../xml-names.js';
import { element, type El } from './element.js';

/**
 * Header sections kept word for word that have no other TEI place: the credits sentence (its
 * funders are also in `titleStmt/funder`) and any section the parser did not know (`@n`: its label).
 */
export function notesStmt(parent: El, state: EncodeState): void {
  const { credits, other } = state.transcription.header;
  const notes = [
    ...(clean(credits) ? [{ type: 'credits', label: undefined, text: clean(credits) }] : []),
    ...other.filter((section) => clean(section.text) || clean(section.label))
      .map((section) => ({ type: 'header-section', label: clean(section.label), text: clean(section.text) })),
  ];
  if (notes.length === 0) return;
  const el = element(parent, 'notesStmt');
  for (const note of notes) element(el, 'note', { type: note.type, n: note.label }, note.text);
}
