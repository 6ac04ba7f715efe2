import type { Translator } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { element, pointer, type El } from './element.js';

/** The translator's responsibility: `respStmt[@xml:id='tr']`, the target of every `@resp='#tr'`. */
export const UNNAMED_TRANSLATOR = 'the translator (not named in the source)';

export function documentTitle(state: EncodeState): string {
  const { header, id } = state.transcription;
  return header.title?.trim() || header.citation?.title?.trim() || id.trim() || 'Untitled document';
}

export function titleStmt(parent: El, state: EncodeState): void {
  const { transcription, context } = state;
  const el = element(parent, 'titleStmt');
  element(el, 'title', { type: 'main' }, documentTitle(state));
  const author = transcription.author !== undefined ? state.entities.get(transcription.author) : undefined;
  if (author) element(el, 'author', { ref: pointer(author.id) }, author.name);
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
  element(el, 'resp', {}, translator?.phrase?.trim() || 'translated by');
  if (translator?.name.trim()) element(el, 'persName', {}, translator.name.trim());
  else element(el, 'name', {}, UNNAMED_TRANSLATOR);
  if (translator?.org?.trim()) element(el, 'orgName', {}, translator.org.trim());
}
