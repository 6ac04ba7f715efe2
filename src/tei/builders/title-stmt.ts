import type { Translator } from '../../model/index.js';
import { entityPointer, type EncodeState } from '../state.js';
import { clean } from '../xml-names.js';
import { element, pointer, type El } from './element.js';

/** The translator's responsibility: `respStmt[@xml:id='tr']`, the target of every `@resp='#tr'`. */
export const UNNAMED_TRANSLATOR = 'the translator (not named in the source)';

export function documentTitle(state: EncodeState): string {
  const { header, id } = state.transcription;
  return clean(header.title) || clean(header.citation?.title) || clean(id) || 'Untitled document';
}

export function titleStmt(parent: El, state: EncodeState): void {
  const { transcription, context } = state;
  const el = element(parent, 'titleStmt');
  element(el, 'title', { type: 'main' }, documentTitle(state));
  const authorId = entityPointer(state, transcription.author);
  const author = authorId === undefined ? undefined : state.entities.get(authorId);
  if (author) element(el, 'author', { ref: pointer(authorId) }, clean(author.name) || authorId);
  const translator = transcription.header.citation?.translator;
  if (translator || state.resps.has('tr')) translatorStmt(el, translator, 'tr');
  if (state.resps.has('ed')) {
    const ed = element(el, 'respStmt', { 'xml:id': 'ed' });
    element(ed, 'resp', {}, 'editorial additions in square brackets');
    element(ed, 'name', {}, context.config.editor);
  }
  for (const funder of transcription.header.funders) element(el, 'funder', {}, funder);
}

/** `respStmt` naming the translator and their organisation (`id` set in `titleStmt` only). */
export function translatorStmt(parent: El, translator: Translator | undefined, id?: string): void {
  const el = element(parent, 'respStmt', { 'xml:id': id });
  element(el, 'resp', {}, clean(translator?.phrase) || 'translated by');
  if (clean(translator?.name)) element(el, 'persName', {}, clean(translator?.name));
  else element(el, 'name', {}, UNNAMED_TRANSLATOR);
  if (clean(translator?.org)) element(el, 'orgName', {}, clean(translator?.org));
}
