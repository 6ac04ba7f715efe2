import type { EncodeState } from '../state.js';
import { isIsoDate } from '../xml-names.js';
import { element, type El } from './element.js';

/** The edition's own publication details, from `edition.config.json`. */
export function publicationStmt(parent: El, state: EncodeState): void {
  const { config, date } = state.context;
  const el = element(parent, 'publicationStmt');
  element(el, 'publisher', {}, config.publisher);
  element(el, 'idno', { type: 'URI' }, editionUri(state));
  const availability = element(el, 'availability');
  element(availability, 'licence', { target: config.licence.target }, config.licence.text);
  if (isIsoDate(date)) element(el, 'date', { when: date }, date);
}

/** Where this document's page lives in the published edition. */
export function editionUri(state: EncodeState): string {
  return `${state.context.config.baseUrl.replace(/\/+$/, '')}/html/${state.transcription.id}.html`;
}
