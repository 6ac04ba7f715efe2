/**
 * Who wrote the document and who took part, when the text says so: the diarist of `From S.M.
 * Kudryavtsev's Diary` or `JOURNAL of … A. M. PUZANOV`, the sender of a letter or telegram (its
 * signer, or the `From:` line), the person a record of conversation was held `with`, and the
 * persons of a participants roster.
 */
import type { Participant, Transcription } from '../model/index.js';
import type { Mention } from './mention.js';
import type { Segment } from './text.js';

const DIARY = /\b(diary|journal|notes)\b/i;
const SENDER_KINDS = new Set(['letter', 'telegram', 'cable', 'memorandum', 'report']);

interface Located {
  mention: Mention;
  id: string;
}

export function authorAndParticipants(
  transcription: Transcription,
  segments: Segment[],
  persons: Located[],
): { author?: string; participants: Participant[] } {
  const bySeg = (predicate: (s: Segment) => boolean): Located[] => persons.filter((p) => predicate(segments[p.mention.seg]));
  let author: string | undefined;
  // Facts of each segment, read once: a diary's heading, a participants label.
  const diary = segments.map((s) => /^\s*(from|journal|diary)\b/i.test(s.flat) && DIARY.test(s.flat));
  const label = segments.map((s) => /\bparticipants\s*:/i.exec(s.flat)?.index ?? -1);
  const diarist = persons.find((p) => diary[p.mention.seg]);
  if (diarist) author = diarist.id;
  if (!author && SENDER_KINDS.has(transcription.kind)) {
    const signer = bySeg((s) => s.context.startsWith('closer')).at(-1);
    const from = persons.find((p) => segments[p.mention.seg].tokens.length < 8 && /^\s*from\b/i.test(segments[p.mention.seg].flat.slice(0, p.mention.start)));
    author = signer?.id ?? from?.id;
  }
  const participants: Participant[] = [];
  const add = (ref: string, role: string): void => {
    if (!participants.some((p) => p.ref === ref)) participants.push({ ref, role });
  };
  if (transcription.kind === 'record-of-conversation' || transcription.kind === 'transcript') {
    if (author) add(author, 'recorder');
    for (const p of bySeg((s) => s.context === 'head')) {
      if (/\bwith\b/i.test(segments[p.mention.seg].flat.slice(0, p.mention.start))) add(p.id, 'interlocutor');
    }
  }
  // A roster: the parser's participants list, or the names after a `Participants:` label, on its
  // line or at the start of the lines that follow it in the same block.
  for (const p of persons) {
    const s = segments[p.mention.seg];
    if (s.context !== 'item:participants' && (label[p.mention.seg] < 0 || label[p.mention.seg] > p.mention.start)) continue;
    const before = s.flat.slice(0, p.mention.start);
    const lineStart = before.lastIndexOf('\n') + 1;
    const firstOnLine = before.slice(lineStart).trim() === '';
    if (s.context === 'item:participants' && before.trim() === '') add(p.id, 'participant');
    else if (/\bparticipants\s*:/i.test(before) && (firstOnLine || /participants\s*:[^.]*$/i.test(before))) add(p.id, 'participant');
  }
  return { author, participants };
}
