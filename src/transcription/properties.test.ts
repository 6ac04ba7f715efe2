// Property tests over mutated samples: whatever is done to a real transcription (sections dropped
// or reordered, CRLF and BOM, random brackets and footnote markers, unicode punctuation,
// markdown-looking line starts, very long lines), the parser throws nothing and loses no word.
// FC_RUNS sets the number of runs (default 150 per property).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTranscription, parseTranscription, sourceWords, wordsOf } from './index.js';
import type { ArchiveHeader } from '../model/index.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/transcriptions');
const SAMPLES = [
  ...readdirSync(join(DIR, 'samples')).map((f) => readFileSync(join(DIR, 'samples', f), 'utf8')),
  ...readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'empty.md').map((f) => readFileSync(join(DIR, f), 'utf8')),
];
const RUNS = Number(process.env.FC_RUNS ?? 150);
/** About 10 ms a case; CI runs 10,000. */
const TIMEOUT = 60_000 + RUNS * 50;

type Mutation = (text: string) => string;
/** Gives a mutation a readable name, so that a counterexample can be replayed by hand. */
const named = (name: string, m: Mutation): Mutation => Object.assign(m, { toString: () => name });

/** Header sections: a bold label and the paragraph after it. */
function sections(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /^\*\*[^*\n]+:\*\*\n\n[^\n]*(?:\n[^\n]+)*/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const dropSection = (k: number): Mutation => named(`dropSection(${k})`, (text) => {
  const s = sections(text);
  if (!s.length) return text;
  const { start, end } = s[k % s.length];
  return text.slice(0, start) + text.slice(end);
});

const swapSections = (a: number, b: number): Mutation => named(`swapSections(${a}, ${b})`, (text) => {
  const s = sections(text);
  if (s.length < 2) return text;
  const [x, y] = [s[a % s.length], s[b % s.length]].sort((p, q) => p.start - q.start);
  if (x === y) return text;
  return text.slice(0, x.start) + text.slice(y.start, y.end) + text.slice(x.end, y.start) + text.slice(x.start, x.end) + text.slice(y.end);
});

const TOKENS = [
  '[', ']', '[Manolo] ', ' [Cuban]', '[…]', ' [...] ', ' … ', '[[N. P. Varnov?]]', ' [sic]', ' [SIC]', ' [?]', '[in]', 's[s]',
  '1', '2', ' [1]', '\n\n[1] A note on the text.\n', '\n\n[2] BArch B 136/1.', ' (p. 3) ', '\n\n[Signature]\n\n', '\n\n[handwritten: a\nb]\n\n',
  '\n\n[Stamp: Received  \n1 May 1960]\n', ' 16.XII.1947 ', ' ON/27/28/X/62 ', ' 01.03.1962 ', ' 5 Tir 1325 ', ' [date not filled in] ', ' M e m o r a n d u m ',
  '\n\nNORTH (KIM): Yes.\n\n', '\n\n1 - Cde. A. A. Gromyko  \n2 - Cde. B\n\n', '     ', '\t', '\u00a0', '**', '_', '`', '<b>', '&amp;', '\\',
];
const insert = (at: number, token: number): Mutation => named(`insert(${at}, ${token})`, (text) => {
  const pos = Math.floor(at * text.length);
  return text.slice(0, pos) + TOKENS[token % TOKENS.length] + text.slice(pos);
});

const unicodePunctuation: Mutation = named('unicodePunctuation', (text) =>
  text.replace(/'/g, '’').replace(/"([^"\n]*)"/g, '“$1”').replace(/ - /g, ' – ').replace(/\.\.\./g, '…').replace(/No\./g, 'Nº').replace(/é/g, 'e\u0301').replace(/ (the) /g, '\u00a0$1 '));

const STARTS = ['1. ', '- ', '* ', '# ', '> ', '_x_ ', '2) ', 'A. ', '    ', '| a | b |\n', '```\n', '---\n', '***\n', '<div>', '[x]: http://example.org\n', '+ ', '1) ', '=== ', '~~~\n'];
const lineStarts = (seed: number[]): Mutation => named(`lineStarts(${JSON.stringify(seed)})`, (text) =>
  text.split('\n').map((line, i) => (seed[i % seed.length] % 5 === 0 ? STARTS[seed[i % seed.length] % STARTS.length] + line : line)).join('\n'));

const longLines = (k: number): Mutation => named(`longLines(${k})`, (text) => {
  const paragraphs = text.split('\n\n');
  const i = paragraphs.length > 8 ? 8 + (k % (paragraphs.length - 8)) : paragraphs.length - 1;
  // Long, but bounded: mutations compose, and a paragraph repeated 80 times three times over would
  // be hundreds of megabytes (input size limits are the build's business, tested elsewhere).
  const line = paragraphs[i].replace(/\n/g, ' ');
  const times = Math.max(1, Math.min(20 + (k % 60), Math.floor(200_000 / Math.max(1, line.length))));
  paragraphs[i] = Array(times).fill(line).join(' ');
  return paragraphs.join('\n\n');
});

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(dropSection),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => swapSections(a, b)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()).map(([a, t]) => insert(a, t)),
  fc.constant(unicodePunctuation),
  fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 30 }).map(lineStarts),
  fc.nat().map(longLines),
);

/** All string values of the header, for checking that its words are kept. */
function headerStrings(h: ArchiveHeader): string {
  const out: string[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(h);
  return out.join(' ');
}

const LABEL_WORDS = /^(Citation|Summary|Credits|Original|Languages?|Contents|Abstract|Description|Credit):?$/i;

function check(bytes: Uint8Array): void {
  const { text, normalisations } = readTranscription(bytes, 'mutated.md');
  const { transcription, bodyOffset } = parseTranscription(text, 'mutated.md', normalisations);
  expect(sourceWords(transcription)).toEqual(wordsOf(text.slice(bodyOffset)));
  // The header's words are kept in the header (markdown emphasis and URL brackets aside).
  const kept = headerStrings(transcription.header);
  for (const w of wordsOf(text.slice(0, bodyOffset).replace(/\*\*|__|[<>]/g, ' '))) {
    if (LABEL_WORDS.test(w) || /^[-*#>_=~`|+]+$/.test(w)) continue;
    expect(kept.includes(w.replace(/[*_`]/g, '')) || kept.includes(w.replace(/:$/, '')), `header word "${w}" kept`).toBe(true);
  }
  expect(transcription.id).toMatch(/^[A-Za-z_][\w.-]{0,99}$/);
}

describe('parse properties', () => {
  it('mutated samples: no exception, no word lost', () => {
    fc.assert(
      fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { maxLength: 4 }), fc.boolean(), fc.boolean(), (i, mutations, crlf, bom) => {
        let text = mutations.reduce((t, m) => m(t), SAMPLES[i]);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
        if (text.trim() === '') return;
        check(bytes);
      }),
      { numRuns: RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    );
  }, TIMEOUT);

  it('arbitrary text: no exception, no word lost', () => {
    const pieces = fc.constantFrom('[', ']', '(p. 2)', '**', 'Citation:', '\n', '\n\n', '  \n', ' ', 'word', 'WORD', '1', '1.', '2)', '…', 'June 3, 1961', '12.03.1962', 'Nº', '/', '"', '“', '”', 'Cde.', 'KIM:', '[1] ', '<https://x.org/document/12>');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        if (text.trim() === '' || /[\u0000-\u0008\u000e-\u001f]/.test(text)) return;
        check(new TextEncoder().encode(text));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
