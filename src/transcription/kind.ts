/**
 * The document's kind, from its title and its first lines, by a table of cues in order of
 * precedence: a record of conversation sent as a telegram is still a record of conversation; a
 * "cable" that calls itself a telegram is a telegram.
 */
import type { DocumentKind } from '../model/index.js';

export const KIND_CUES: { kind: DocumentKind; pattern: RegExp }[] = [
  { kind: 'record-of-conversation', pattern: /\b(record of (a |the )?(conversation|talk|meeting)s?|memorandum of (a |the )?conversation|minutes of (a |the )?conversation|conversations? (between|with)|talks? (between|with)|discussions? (between|with)|meeting (between|with)|notes? (of|on) (a |the )?conversation)\b/i },
  { kind: 'telegram', pattern: /\b(telegrams?|ciphergrams?|cipher[- ]telegrams?|cryptograms?|radiograms?|telex)\b/i },
  { kind: 'cable', pattern: /\bcables?\b/i },
  { kind: 'diary', pattern: /\b(diary|journal)\b/i },
  { kind: 'letter', pattern: /\b(letter|epistle|message from|note from)\b/i },
  { kind: 'memorandum', pattern: /\b(memorandum|memo|aide-m[ée]moire|note verbale|m e m o r a n d u m)\b/i },
  { kind: 'transcript', pattern: /\b(transcript|stenographic (record|report)|verbatim (record|report))\b/i },
  { kind: 'report', pattern: /\b(report|information (on|about)|minutes|protocol|summary of|survey of|assessment of)\b/i },
];

/** `Liu Shaoqi to Cde. G.M. Malenkov`: a title naming sender and addressee is a letter. */
const SENDER_TO_ADDRESSEE = /^[^,:]{2,80}?\s+to\s+(Cde\.|Comrade|Mr\.|Mrs\.|Generalissimo|Chairman|President|Premier|Prime|Minister|Ambassador|\p{Lu})/u;

export interface KindEvidence {
  title?: string;
  /** The first lines of the body (opener and head). */
  firstLines: string[];
  hasSalute: boolean;
  speeches: number;
}

export function detectKind(evidence: KindEvidence): DocumentKind {
  const text = [evidence.title ?? '', ...evidence.firstLines].join('\n');
  for (const cue of KIND_CUES) if (cue.pattern.test(text)) return cue.kind;
  if (evidence.speeches >= 3) return 'transcript';
  if (evidence.hasSalute || SENDER_TO_ADDRESSEE.test(evidence.title ?? '')) return 'letter';
  return 'document';
}
