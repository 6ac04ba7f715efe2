import type { Transcription } from '../model/index.js';
import { teiHeader } from './builders/header.js';
import { standOff } from './builders/stand-off.js';
import { textElement } from './builders/body.js';
import type { EncodeContext } from './index.js';
import { serialize } from './serialize.js';
import { rootElement } from './builders/element.js';
import { createState } from './state.js';
import { ncname } from './xml-names.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The annotated model of one transcription as a TEI P5 document (docs/ENCODING.md). */
export function encodeTei(transcription: Transcription, context: EncodeContext): string {
  const state = createState(transcription, context);
  const tei = rootElement('TEI', [['xmlns', TEI_NS], ['xml:id', ncname(transcription.id)], ['xml:lang', 'en']]);
  teiHeader(tei, state);
  standOff(tei, state);
  textElement(tei, state);
  return `${XML_DECLARATION}\n${serialize(tei)}\n`;
}
