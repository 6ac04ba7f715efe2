import type { Transcription } from '../model/index.js';
import { teiHeader } from './builders/header.js';
import { standOff } from './builders/stand-off.js';
import { textElement } from './builders/body.js';
import type { EncodeContext } from './index.js';
import type { WrittenEvent } from '../validate/index.js';
import { serializeDocument } from './serialize.js';
import { rootElement } from './builders/element.js';
import { createState } from './state.js';
import { ncname } from './xml-names.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/**
 * The annotated model of one transcription as a TEI P5 document (docs/ENCODING.md). `written`, if
 * given, receives the record of the writing, which the validator reads instead of the text.
 */
export function encodeTei(transcription: Transcription, context: EncodeContext, written?: WrittenEvent[]): string {
  const state = createState(transcription, context);
  const tei = rootElement('TEI', [['xmlns', TEI_NS], ['xml:id', ncname(transcription.id)], ['xml:lang', 'en']]);
  teiHeader(tei, state);
  standOff(tei, state);
  textElement(tei, state);
  return serializeDocument(tei, written);
}
