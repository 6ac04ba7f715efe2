/**
 * Input hygiene: the bytes of a transcription into clean text. Refuses what is not text (empty,
 * binary, not UTF-8) with a message that says what to do; normalises what is merely untidy (BOM,
 * CRLF/CR line ends, tabs, non-breaking spaces, decomposed accents) and says so, because the TEI's
 * `editorialDecl` must record every normalisation.
 */
import { error, PipelineError } from '../model/diagnostics.js';
import type { ReadResult } from './index.js';

/** C0 controls other than tab, line ends, form feed and escape (which later stages handle). */
const STRAY_CONTROLS = /[\u0001-\u0008\u000B\u000E-\u001A\u001C-\u001F]/g;

/** Each normalisation: what it finds, what it puts instead, and how `editorialDecl` describes it. */
const NORMALISATIONS: { find: RegExp; replace: string | ((c: string) => string); note: string }[] = [
  { find: /\r\n?/g, replace: '\n', note: 'Line ends normalised from CRLF/CR to LF.' },
  { find: /\t/g, replace: '    ', note: 'Tab characters replaced by spaces.' },
  { find: /[\u00A0\u2007\u202F]/g, replace: ' ', note: 'Non-breaking spaces replaced by ordinary spaces.' },
  { find: /[\u200B\uFEFF]/g, replace: '', note: 'Zero-width spaces removed.' },
  // A stray control character (XML cannot carry it) stays visible and inert as its control picture.
  {
    find: STRAY_CONTROLS,
    replace: (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)),
    note: 'Control characters replaced by their Unicode control pictures (U+2400–U+241F).',
  },
];

const NFC_NOTE = 'Unicode normalised to NFC (composed accents).';
const BOM_NOTE = 'Byte-order mark removed.';

function fail(code: string, file: string, message: string, line?: number): never {
  throw new PipelineError(error(code, message, line === undefined ? { file } : { file, line }));
}

/** Offset of the first byte that is not well-formed UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A sign of a binary file: a NUL byte, or control characters (other than tab, line ends, form feed,
 * escape) more often than a stray one in a text would be. Returns the first offending offset.
 */
function looksBinary(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, 65536);
  const tolerated = Math.max(8, limit / 200);
  let first = -1;
  let controls = 0;
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b === 0) return i;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) {
      if (first < 0) first = i;
      if (++controls > tolerated) return first;
    }
  }
  return -1;
}

export function readTranscription(bytes: Uint8Array, file: string): ReadResult {
  const notes: string[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    fail('input.not-utf8', file, `${file} is UTF-16 text; save it as UTF-8 (with or without BOM) and convert again.`);
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    notes.push(BOM_NOTE);
  }
  const body = bytes.subarray(start);
  const binaryAt = looksBinary(body);
  if (binaryAt >= 0) {
    fail('input.binary', file, `${file} looks like a binary file (control byte 0x${body[binaryAt].toString(16).padStart(2, '0')} at byte ${binaryAt + start}), not a text transcription; give a .md or .txt file saved as UTF-8.`, lineAt(body, binaryAt));
  }
  const invalidAt = firstInvalidUtf8(body);
  if (invalidAt >= 0) {
    fail('input.not-utf8', file, `${file} is not valid UTF-8 (byte 0x${body[invalidAt].toString(16)} at byte ${invalidAt + start}); it is probably in a legacy encoding such as Windows-1252 or ISO-8859-1. Re-save it as UTF-8 and convert again.`, lineAt(body, invalidAt));
  }
  let text = new TextDecoder('utf-8').decode(body);
  if (text.trim() === '') fail('input.empty', file, `${file} is empty (no text to convert); check that the right file was given.`);
  for (const n of NORMALISATIONS) {
    n.find.lastIndex = 0;
    if (n.find.test(text)) {
      text = typeof n.replace === 'string' ? text.replace(n.find, n.replace) : text.replace(n.find, n.replace);
      notes.push(n.note);
    }
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    text = nfc;
    notes.push(NFC_NOTE);
  }
  return { text, normalisations: notes };
}
