/**
 * The end of a document: the sign-off (role, `[Signature]`, signer, closing dateline) and the
 * postscript blocks after it (copies, distribution, typist, archival stamps). The closer is found
 * from the end: first a block that can only be a sign-off (`[signature]`, `/Khosrow Eghbal/`,
 * `(A. PUZANOV)`, `FILIPPOV”`), else, past the postscript, trailing name and date lines.
 */
import type { Closer, CloserItem, CloserItemKind } from '../model/index.js';
import { CLOSER_CUES, POSTSCRIPT_CUES, ROLE_WORDS } from './conventions.js';
import type { InlineContext } from './inline.js';
import { isAllCaps, isDateOnly, isInitials, isNameLike, lineInline, placeAndDate, words } from './lines.js';
import type { SourceBlock, SourceLine } from './source.js';

interface Part {
  kind: CloserItemKind;
  text: string;
  /** Only a sign-off looks like this (a signature, a name in slashes or brackets, a name closing a quotation). */
  strong: boolean;
}

/** A signature bracket standing apart from the words around it (the parts are rebuilt with a space between). */
const SIGNATURE = /(?<=^|\s)\[[^\[\]]*\bsignature\b[^\[\]]*\](?=\s|$)/i;
const STRONG_SIGNERS: RegExp[] = [
  /^\/[^\/]{2,60}\/$/,
  /^\(\s*\p{Lu}[\p{L}.\s’'\-]{1,50}\)$/u,
  /^\p{Lu}[\p{Lu}\s.\-’']{1,40}[”"»]$/u,
];

function isRole(text: string): boolean {
  return ROLE_WORDS.test(text) && words(text).length <= 14 && !/[.!?]$/.test(text);
}

function isDateLine(text: string, context: InlineContext, line: number): boolean {
  if (text.length > 100 || !/\d/.test(text)) return false;
  const probe = { ...context, warnings: [] };
  if (isDateOnly(lineInline(text, probe, line))) return true;
  const pd = placeAndDate(text);
  return !!pd && isDateOnly(lineInline(pd.date, probe, line));
}

/** One line of a closer, possibly several parts (`SOVIET AMBASSADOR IN THE DPRK [signature] /A. PUZANOV/`). */
export function readCloserLine(text: string, context: InlineContext, line: number): Part[] | undefined {
  const sig = SIGNATURE.exec(text);
  if (sig) {
    const before = text.slice(0, sig.index).trim();
    const after = text.slice(sig.index + sig[0].length).trim();
    if (words(before).length > 14 || words(after).length > 6) return undefined;
    const parts: Part[] = [];
    if (before) parts.push({ kind: isDateLine(before, context, line) ? 'dateline' : 'role', text: before, strong: false });
    parts.push({ kind: 'signature', text: sig[0], strong: true });
    if (after) parts.push({ kind: 'signer', text: after, strong: true });
    return parts;
  }
  if (STRONG_SIGNERS.some((re) => re.test(text))) return [{ kind: 'signer', text, strong: true }];
  for (const cue of CLOSER_CUES) if (cue.pattern.test(text)) return [{ kind: cue.kind, text, strong: false }];
  if (isDateLine(text, context, line)) return [{ kind: 'dateline', text, strong: false }];
  if (isRole(text)) return [{ kind: 'role', text, strong: false }];
  if (isNameLike(text) || isInitials(text) || (isAllCaps(text) && words(text).length <= 4 && !/[.!?:]$/.test(text))) return [{ kind: 'signer', text, strong: false }];
  return undefined;
}

function readCloserBlock(block: SourceBlock, context: InlineContext): { parts: [Part, SourceLine][]; strong: boolean; signer: boolean } | undefined {
  const parts: [Part, SourceLine][] = [];
  for (const l of block.lines) {
    const read = readCloserLine(l.text, context, l.line);
    if (!read) return undefined;
    for (const p of read) parts.push([p, l]);
  }
  return { parts, strong: parts.some(([p]) => p.strong), signer: parts.some(([p]) => p.kind === 'signer' || p.kind === 'signature') };
}

export function isPostscriptBlock(block: SourceBlock): boolean {
  return POSTSCRIPT_CUES.some((re) => re.test(block.lines[0].text));
}

/** How far back from the end a certain sign-off is looked for. */
const STRONG_REACH = 8;

export interface CloserSpan {
  /** Closer blocks are [start, end); postscript blocks are [end, blocks.length). */
  start: number;
  end: number;
}

export function findCloser(blocks: SourceBlock[], from: number, context: InlineContext): CloserSpan {
  const quiet = { ...context, warnings: [] };
  for (let k = blocks.length - 1; k >= Math.max(from, blocks.length - STRONG_REACH); k--) {
    const read = readCloserBlock(blocks[k], quiet);
    if (read?.strong) {
      let start = k;
      while (start - 1 >= from && readCloserBlock(blocks[start - 1], quiet)) start--;
      // A role or date written under the signer (`(Endre Sík)` / `Deputy Foreign Minister`) is still the sign-off.
      let end = k + 1;
      while (end < blocks.length && !isPostscriptBlock(blocks[end]) && readCloserBlock(blocks[end], quiet)?.parts.every(([p]) => p.kind === 'role' || p.kind === 'dateline')) end++;
      return { start, end };
    }
  }
  let end = blocks.length;
  while (end - 1 >= from && isPostscriptBlock(blocks[end - 1])) end--;
  let start = end;
  let signer = false;
  while (start - 1 >= from) {
    const read = readCloserBlock(blocks[start - 1], quiet);
    if (!read) break;
    signer ||= read.signer;
    start--;
  }
  // Trailing name or date lines make a closer only when a signer is among them and prose precedes.
  if (!signer || start === from) return { start: end, end };
  return { start, end };
}

export function buildCloser(blocks: SourceBlock[], context: InlineContext): Closer {
  const items: CloserItem[] = [];
  for (const block of blocks) {
    const read = readCloserBlock(block, { ...context, warnings: [] });
    if (!read) continue;
    for (const [part, l] of read.parts) {
      items.push({
        kind: part.kind,
        children: lineInline(part.text, { ...context, defaultDateType: part.kind === 'dateline' ? 'creation-date' : undefined }, l.line),
        position: { line: l.line, column: 1, offset: l.offset },
      });
    }
  }
  const first = blocks[0].lines[0];
  return { type: 'closer', items, position: { line: first.line, column: 1, offset: first.offset } };
}
