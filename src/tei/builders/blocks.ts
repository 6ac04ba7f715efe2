/** Builders for the simple blocks of the text: one element each, inline content inside. */
import type { AnonymousBlock, Dateline, Head, Paragraph, Speech, Stamp, SummaryParagraph } from '../../model/index.js';
import { entityPointer, type EncodeState } from '../state.js';
import { token } from '../xml-names.js';
import { element, pointer, type El } from './element.js';
import { inline } from './index.js';

export function paragraph(parent: El, block: Paragraph, state: EncodeState): void {
  inline(element(parent, 'p'), block.children, state);
}

export function head(parent: El, block: Head, state: EncodeState): void {
  inline(element(parent, 'head'), block.children, state);
}

export function dateline(parent: El, block: Dateline, state: EncodeState): void {
  inline(element(parent, 'dateline'), block.children, state);
}

/** A bracketed paragraph summarising omitted text: `p/supplied[@reason='summary']`. */
export function summary(parent: El, block: SummaryParagraph, state: EncodeState): void {
  const supplied = element(element(parent, 'p'), 'supplied', { reason: 'summary', resp: pointer(block.resp) });
  inline(supplied, block.children, state);
}

/** Lines the parser did not recognise, kept as they were. */
export function ab(parent: El, block: AnonymousBlock, state: EncodeState): void {
  inline(element(parent, 'ab', { type: block.abType ? token(block.abType) : undefined }), block.children, state);
}

/** `North (KIM): …` → `sp[@who]/speaker` + `p`. */
export function speech(parent: El, block: Speech, state: EncodeState): void {
  const sp = element(parent, 'sp', { who: pointer(entityPointer(state, block.who)) });
  inline(element(sp, 'speaker'), block.speaker, state);
  inline(element(sp, 'p'), block.children, state);
}

/** A stamp among the opening lines: its own `opener`. */
export function stampInOpener(parent: El, block: Stamp, state: EncodeState): void {
  stampElement(element(parent, 'opener'), block, state);
}

/** A stamp within the text: `ab[@type='stamp']/stamp` (`stamp` is a phrase in TEI). */
export function stampInAb(parent: El, block: Stamp, state: EncodeState): void {
  stampElement(element(parent, 'ab', { type: 'stamp' }), block, state);
}

/** A letterhead or running head: `fw`, allowed anywhere in a division. */
export function formeWork(parent: El, block: Stamp, state: EncodeState): void {
  inline(element(parent, 'fw', { type: block.stampType ? token(block.stampType) : undefined }), block.children, state);
}

function stampElement(parent: El, block: Stamp, state: EncodeState): void {
  inline(element(parent, 'stamp', { type: block.stampType ? token(block.stampType) : undefined }), block.children, state);
}
