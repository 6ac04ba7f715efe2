import { create } from 'xmlbuilder2';
import type { Transcription } from '../model/index.js';
import { teiHeader } from './builders/header.js';
import { standOff } from './builders/stand-off.js';
import { textElement } from './builders/body.js';
import type { EncodeContext } from './index.js';
import { indent, type DomNode } from './indent.js';
import { createState } from './state.js';
import { ncname } from './xml-names.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** The annotated model of one transcription as a TEI P5 document (docs/ENCODING.md). */
export function encodeTei(transcription: Transcription, context: EncodeContext): string {
  const state = createState(transcription, context);
  const document = create();
  const tei = document.ele(TEI_NS, 'TEI', { 'xml:id': ncname(transcription.id), 'xml:lang': 'en' });
  teiHeader(tei, state);
  standOff(tei, state);
  textElement(tei, state);
  indent(tei.node as unknown as DomNode);
  return `${XML_DECLARATION}\n${document.end({ headless: true })}\n`;
}
