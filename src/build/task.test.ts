import { expect, it } from 'vitest';
import { refuseBytes } from './task.js';

const bytes = (s: string) => new TextEncoder().encode(s);

it('refuses what is over the configured limits, naming them', () => {
  expect(refuseBytes(bytes('x'.repeat(2048)), { maxBytes: 1024, maxParagraphs: 10 })).toMatch(/is 2\.0 KB, over the limit of 1\.0 KB per transcription; split it, or raise the limit with --max-size/);
  expect(refuseBytes(bytes('p\n\n'.repeat(11)), { maxBytes: 1e6, maxParagraphs: 10 })).toMatch(/has 12 paragraphs, over the limit of 10; .*--max-paragraphs/);
  expect(refuseBytes(bytes('p\r\n\r\n'.repeat(11)), { maxBytes: 1e6, maxParagraphs: 10 })).toMatch(/has 12 paragraphs/);
});

it('accepts what is within them', () => {
  expect(refuseBytes(bytes('\uFEFF**June 3, 1961**\r\n\r\nJeleń — Nº 2\r\n'))).toBeUndefined();
  expect(refuseBytes(bytes('p\n\n'.repeat(9)), { maxBytes: 1e6, maxParagraphs: 10 })).toBeUndefined();
});
