import type { DateNode } from '../../model/index.js';
import { walkInline } from '../../model/index.js';
import { CLASSIFICATION_TAXONOMY, KIND_TAXONOMY, classificationCategory, kindCategory } from '../conventions.js';
import { languagesOf, translationLanguage, type Language } from '../languages.js';
import { entityPointer, inlineRuns, type EncodeState } from '../state.js';
import { clean, isIsoDate, token } from '../xml-names.js';
import { element, pointer, type El } from './element.js';
import { classificationCategories } from './encoding-desc.js';

/** Calendars the text's dates may name, declared so that `date/@calendar` resolves. */
const CALENDARS: Record<string, string> = {
  persian: 'Solar Hijri (Persian) calendar; the Gregorian equivalent in @when only where the document states it.',
  julian: 'Julian calendar.',
  islamic: 'Islamic (Hijri) calendar.',
};

export function profileDesc(parent: El, state: EncodeState): void {
  const { transcription } = state;
  const el = element(parent, 'profileDesc');
  const summary = (transcription.header.summary ?? []).filter((line) => clean(line));
  if (summary.length) {
    const abstract = element(el, 'abstract');
    for (const line of summary) element(abstract, 'p', {}, clean(line));
  }
  creation(el, state);
  langUsage(el, state);
  textClass(el, state);
  particDesc(el, state);
  settingDesc(el, state);
  calendarDesc(el, state);
}

/** The date the record was drawn up, worded as in the text when the text has it. */
function creation(parent: El, state: EncodeState): void {
  const when = state.transcription.creationDate;
  if (!isIsoDate(when)) return;
  const wording = datesOfType(state, 'creation-date').find((node) => node.when === when);
  const text = wording ? flat(wording) : when;
  element(element(parent, 'creation'), 'date', { when }, text);
}

function langUsage(parent: El, state: EncodeState): void {
  const { header } = state.transcription;
  const languages: Language[] = [translationLanguage(header.contents), ...languagesOf(header.originalLanguage)];
  const el = element(parent, 'langUsage');
  const seen = new Set<string>();
  for (const language of languages) {
    if (seen.has(language.ident) && language.ident !== 'mis') continue;
    seen.add(language.ident);
    element(el, 'language', { ident: language.ident }, language.name);
  }
}

function textClass(parent: El, state: EncodeState): void {
  const el = element(parent, 'textClass');
  element(el, 'catRef', { scheme: `#${KIND_TAXONOMY}`, target: `#${kindCategory(state.transcription.kind)}` });
  const markings = [...classificationCategories(state).keys()];
  if (markings.length === 0) return;
  const keywords = element(el, 'keywords', { scheme: `#${CLASSIFICATION_TAXONOMY}` });
  for (const marking of markings) element(keywords, 'term', { ref: `#${classificationCategory(marking)}` }, marking);
}

function particDesc(parent: El, state: EncodeState): void {
  const participants = state.transcription.participants
    .map((participant) => ({ ...participant, id: entityPointer(state, participant.ref) }))
    .filter((participant) => participant.id && state.entities.get(participant.id)?.kind === 'person');
  if (participants.length === 0) return;
  const list = element(element(parent, 'particDesc'), 'listPerson', { type: 'participants' });
  const seen = new Set<string>();
  for (const { id, role } of participants) {
    if (seen.has(id!)) continue;
    seen.add(id!);
    element(list, 'person', { corresp: pointer(id), role: clean(role) ? token(clean(role)) : undefined });
  }
}

/** Where and when the conversation or meeting took place, when the document says it. */
function settingDesc(parent: El, state: EncodeState): void {
  const setting = state.transcription.setting;
  const when = isIsoDate(setting?.when) ? setting.when : undefined;
  const place = clean(setting?.place);
  if (!when && !place) return;
  const el = element(element(parent, 'settingDesc'), 'setting');
  if (when) {
    const wording = datesOfType(state, 'conversation-or-meeting-date').find((node) => node.when === when);
    element(el, 'date', { when, type: 'conversation-or-meeting-date' }, wording ? flat(wording) : when);
  }
  if (place) {
    const entity = [...state.entities.values()].find((entry) => entry.kind === 'place' && (entry.name === place || entry.variants.includes(place)));
    const id = entity ? entityPointer(state, entity.id) : undefined;
    element(el, 'placeName', { ref: pointer(id), key: id }, place);
  }
}

function calendarDesc(parent: El, state: EncodeState): void {
  if (state.calendars.size === 0) return;
  const el = element(parent, 'calendarDesc');
  for (const calendar of state.calendars) {
    element(element(el, 'calendar', { 'xml:id': calendar }), 'p', {}, CALENDARS[calendar] ?? `The ${calendar} calendar.`);
  }
}

function datesOfType(state: EncodeState, type: DateNode['dateType']): DateNode[] {
  const dates: DateNode[] = [];
  for (const block of state.transcription.body) {
    for (const run of inlineRuns(block)) {
      for (const node of walkInline(run)) if (node.type === 'date' && node.dateType === type) dates.push(node);
    }
  }
  return dates;
}

/** The words of a date as the text has them (brackets and markers aside). */
function flat(node: DateNode): string {
  let out = '';
  for (const child of walkInline(node.children)) if (child.type === 'text') out += child.value;
  return out.replace(/\s+/g, ' ').trim();
}
