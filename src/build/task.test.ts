import { expect, it } from 'vitest';
import { refuseBytes } from './task.js';

const bytes = (s: string) => new TextEncoder().encode(s);

it.each([
  ['an empty file', new Uint8Array(), /is empty; write the transcription into it/],
  ['white space only', bytes(' \n\t\n'), /is empty/],
  ['a binary file', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /is a binary file, not a transcription/],
  ['Latin-1 text', Uint8Array.from([0x4a, 0x65, 0x6c, 0x65, 0xf1, 0x0a]), /is not UTF-8 text; re-save it as UTF-8/],
])('refuses %s with what to do', (_what, input, message) => {
  expect(refuseBytes(input)).toMatch(message);
});

it('refuses what is over the configured limits, naming them', () => {
  expect(refuseBytes(bytes('x'.repeat(2048)), { maxBytes: 1024, maxParagraphs: 10 })).toMatch(/over the limit of 0\.0 MB per transcription; split it, or raise the limit with --max-size/);
  expect(refuseBytes(bytes('p\n\n'.repeat(11)), { maxBytes: 1e6, maxParagraphs: 10 })).toMatch(/has 12 paragraphs, over the limit of 10; .*--max-paragraphs/);
  expect(refuseBytes(bytes('p\r\n\r\n'.repeat(11)), { maxBytes: 1e6, maxParagraphs: 10 })).toMatch(/has 12 paragraphs/);
});

it('accepts UTF-8 text with a BOM, accents and CRLF', () => {
  expect(refuseBytes(bytes('\uFEFF**June 3, 1961**\r\n\r\nJeleń — Nº 2\r\n'))).toBeUndefined();
});
