import type { EditorialNote, NoteRef } from '../../model/index.js';
import { claimId, type EncodeState } from '../state.js';
import { token } from '../xml-names.js';
import { element, pointer, type El } from './element.js';
import { inline } from './index.js';
import { sourceForm } from './source-form.js';

/** `[handwritten: …]` → `note[@type='editorial'][@subtype][@resp]`, its words kept. */
export function editorialNote(parent: El, node: EditorialNote, state: EncodeState): void {
  const el = element(parent, 'note', { type: 'editorial', subtype: token(node.kind), resp: pointer(node.resp) });
  inline(el, node.children, state);
}

/**
 * A footnote marker: the note itself (`note[@place='foot'][@n]`) stands where its first marker
 * stood; a later marker of the same note points to it.
 */
export function noteRef(parent: El, node: NoteRef, state: EncodeState): void {
  const placed = state.placedNotes.get(node.n);
  if (placed) {
    element(parent, 'ptr', { type: 'footnote', target: pointer(placed), n: node.n, rend: sourceForm(node.source) });
    return;
  }
  footnote(parent, node.n, state, node.source);
}

/**
 * Writes footnote `n` (its text, or an empty note when the source has none) as a child of
 * `parent`; `@rend` keeps a marker not written as the bare number (`[1]`).
 */
export function footnote(parent: El, n: string, state: EncodeState, source?: string): void {
  const id = claimId(state, `note-${token(n)}`);
  state.placedNotes.set(n, id);
  const el = element(parent, 'note', { 'xml:id': id, place: 'foot', n, rend: sourceForm(source) });
  inline(el, state.footnotes.get(n)?.children ?? [], state);
}
