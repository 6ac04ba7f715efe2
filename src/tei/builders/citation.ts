import type { EncodeState } from '../state.js';
import { clean, isIsoDate } from '../xml-names.js';
import { element, type El } from './element.js';
import { documentTitle, translatorStmt } from './title-stmt.js';

/**
 * The archive's record: `bibl[@type='citation']` with the parts of the citation (title, date,
 * portal, URL, record number, translator) and the citation itself, word for word, as a note.
 */
export function citationBibl(parent: El, state: EncodeState): void {
  const { header } = state.transcription;
  const citation = header.citation;
  const el = element(parent, 'bibl', { type: 'citation' });
  element(el, 'title', {}, clean(citation?.title) || documentTitle(state));
  const date = header.date ?? citation?.date;
  if (date) element(el, 'date', { when: isIsoDate(date.when) ? date.when : undefined }, date.text);
  if (citation?.portal) element(el, 'publisher', {}, citation.portal);
  const url = header.url ?? citation?.url;
  if (url) element(el, 'idno', { type: 'URI' }, url);
  if (header.recordNumber) element(el, 'idno', { type: 'record-number' }, header.recordNumber);
  if (citation?.translator) translatorStmt(el, citation.translator);
  if (clean(citation?.text)) element(el, 'note', { type: 'citation' }, clean(citation?.text));
}
