import { DOCUMENT_KINDS, CLASSIFICATION_TAXONOMY, KIND_TAXONOMY, classificationCategory, kindCategory } from '../conventions.js';
import type { DocumentKind } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { translationLanguage } from '../languages.js';
import { clean } from '../xml-names.js';
import { element, type El } from './element.js';

/**
 * How the brackets and markers of the transcription are encoded, stated once in every document
 * so that an editor (and the renderers) can read the TEI back into the source's forms.
 */
export const BRACKET_CONVENTIONS: string[] = [
  'Words in square brackets are the translator\'s or editor\'s: supplied, with @resp pointing to the translator (#tr) or the editor (#ed); '
    + 'a supplied text split by a name is one text in parts chained by @next and @prev; @rend="double-brackets" marks [[…]].',
  'Omissions, signatures and other gaps are gap elements; the words inside the brackets are kept in desc, '
    + 'and @rend keeps the form as written in the source ([…], [...], …, [Signature]).',
  'The markers [sic] and [?] are kept in @rend of sic and of seg[@cert="low"] respectively, as written in the source; '
    + 'page markers such as (p. 1) in @rend of pb.',
  'Bracketed remarks that are not text of the document ([handwritten: …], [date not filled in]) are note[@type="editorial"], their words kept.',
  'Footnotes stand where their marker stood in the text (note[@place="foot"][@n]).',
  'Dates are normalised in @when (ISO 8601) only where the date is certain; the text keeps the wording of the source.',
];

export function encodingDesc(parent: El, state: EncodeState): void {
  const el = element(parent, 'encodingDesc');
  const application = element(element(el, 'appInfo'), 'application', { ident: 'tei-edition', version: versionNumber(state.context.toolVersion) });
  element(application, 'label', {}, 'tei-edition');
  editorialDecl(el, state);
  classDecl(el, state);
}

/** TEI's `teidata.versionNumber` has no pre-release suffix: `1.2.0-beta.1` → `1.2.0`. */
function versionNumber(version: string): string {
  return /^\d+(?:\.\d+){0,3}/.exec(version)?.[0] ?? '0';
}

function editorialDecl(parent: El, state: EncodeState): void {
  const { header, normalisations } = state.transcription;
  const el = element(parent, 'editorialDecl');
  if (clean(header.contents)) {
    const language = translationLanguage(header.contents);
    const original = clean(header.originalLanguage);
    element(el, 'p', {}, `This text is a translation into ${language.name}${original ? ` from ${original}` : ''} (the archive's contents note: ${clean(header.contents)}).`);
  }
  for (const line of BRACKET_CONVENTIONS) element(el, 'p', {}, line);
  if (normalisations.length) {
    const normalization = element(el, 'normalization');
    for (const line of normalisations) element(normalization, 'p', {}, line);
  }
}

function classDecl(parent: El, state: EncodeState): void {
  const el = element(parent, 'classDecl');
  const kinds = element(el, 'taxonomy', { 'xml:id': KIND_TAXONOMY });
  for (const [kind, convention] of Object.entries(DOCUMENT_KINDS)) {
    element(element(kinds, 'category', { 'xml:id': kindCategory(kind as DocumentKind) }), 'catDesc', {}, convention.label);
  }
  const classification = element(el, 'taxonomy', { 'xml:id': CLASSIFICATION_TAXONOMY });
  element(classification, 'desc', {}, 'Security classification markings, as written in the documents.');
  for (const [marking, id] of classificationCategories(state)) {
    element(element(classification, 'category', { 'xml:id': id }), 'catDesc', {}, marking);
  }
}

/** One category per distinct marking of this document (`Top Secret`, `TOP SECRET` are one). */
export function classificationCategories(state: EncodeState): Map<string, string> {
  const categories = new Map<string, string>();
  const seen = new Set<string>();
  for (const marking of state.transcription.classification) {
    const id = classificationCategory(marking);
    if (!clean(marking) || seen.has(id)) continue;
    seen.add(id);
    categories.set(clean(marking), id);
  }
  return categories;
}
