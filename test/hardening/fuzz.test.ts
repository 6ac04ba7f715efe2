// Fuzzing the pipeline from the text inwards, with fast-check: random transcriptions made of the
// pieces real ones are made of (and of noise), mutated copies of the reference document, and
// mutated TEI for the validator. No uncaught exception, TEI always valid, no word of the body lost.
// FC_RUNS sets the number of cases over all three properties (CI: 10000; locally a few hundred):
// 40% random transcriptions, 20% mutated reference copies (the slowest), 40% mutated TEI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PipelineError } from '../../src/model/index.js';
import { convertTranscription, openEdition, type Edition } from '../../src/pipeline.js';
import { REPO } from '../helpers/cli.js';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const SHARE = { random: Math.ceil(RUNS * 0.4), mutated: Math.ceil(RUNS * 0.2), tei: Math.ceil(RUNS * 0.4) };
const TIMEOUT = 120_000 + RUNS * 150;
const reference = readFileSync(join(REPO, 'transcriptions', 'wcda-115180.md'), 'utf8');
const referenceTei = readFileSync(join(REPO, 'test', 'fixtures', 'tei', 'wcda-115180.xml'), 'utf8');

let edition: Edition;
beforeAll(async () => {
  edition = await openEdition({ root: REPO });
}, 300_000);

const encoder = new TextEncoder();

/** The words (letters and digits) of a text, as a multiset. */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The character data of the TEI `<text>` element, entities decoded. */
function teiText(tei: string): string {
  const body = tei.slice(tei.indexOf('<text'), tei.lastIndexOf('</text>'));
  // page and note numbers live in `@n`
  const numbers = [...body.matchAll(/\sn="([^"]*)"/g)].map((m) => m[1]).join(' ');
  return `${body} ${numbers}`
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Words of editorial markers that the TEI says with an element rather than in the text
 * (`[SIC]` → `sic`, `(p. 2)` → `pb`, `[handwritten: …]` → a note's type).
 */
const MARKER_WORDS = new Set(['SIC', 'sic', 'p', 'handwritten']);

function lostWords(body: string, tei: string): string[] {
  const have = words(teiText(tei));
  const lost: string[] = [];
  for (const [w, n] of words(body)) if (!MARKER_WORDS.has(w) && (have.get(w) ?? 0) < n) lost.push(w);
  return lost;
}

/** Converts; a refusal of the input (PipelineError) is an answer, anything else thrown is a bug. */
function convert(text: string) {
  try {
    return convertTranscription(encoder.encode(text), 'fuzz.md', edition, { date: '2026-01-01' });
  } catch (e) {
    if (e instanceof PipelineError) return undefined;
    throw e;
  }
}

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Guevara', 'Cuba', 'Fidel Castro', 'the', 'said', 'that', 'Moscow', 'OAS', 'KIM', 'Cde.', 'Mr.', 'S.M.', 'Kudryavtsev', 'Nº', 'No.', '3 June 1961', '16.XII.1947', '1961', 'Top Secret') },
  { weight: 3, arbitrary: fc.constantFrom('[Manolo]', '[…]', '[...]', '…', '[?]', '[SIC]', '[sic]', '[Signature]', '[[N. P. Varnov?]]', 'Sadov[in]', '[handwritten: yes]', '(p. 2)', '[', ']', '[[', ']]') },
  { weight: 2, arbitrary: fc.constantFrom('*', '**', '_', '`', '\\', '#', '>', '1.', '- ', '1)', '|', '<b>', '</p>', '&amp;', '&', '<!-- x -->', ']]>', '<https://x.org/a>', '[a](b)', '![i](j)', '"', '“', '’', '—', '\t', '   ') },
  { weight: 2, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/g, '')) },
);
const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' ').trim()).filter((l) => l.length > 0);
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('  \n'));
const body = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((ps) => ps.join('\n\n'));
const header = fc.record({
  date: fc.constantFrom('June 3, 1961', 'November 03, 1972', 'August 1949', 'Spring 1950', ''),
  title: line,
  citation: fc.option(line, { nil: undefined }),
  summary: fc.option(line, { nil: undefined }),
  language: fc.constantFrom('Russian', 'Chinese', 'English', 'Klingon'),
});

function transcription(h: { date: string; title: string; citation?: string; summary?: string; language: string }, text: string): string {
  const sections = [h.date ? `**${h.date}**` : '', `**${h.title.replace(/\*/g, '')}**`];
  if (h.citation !== undefined) sections.push(`**Citation:**\n\n${h.citation}  \n<https://digitalarchive.example.org/document/4242>`);
  if (h.summary !== undefined) sections.push(`**Summary:**\n\n${h.summary}`);
  sections.push(`**Original Language:**\n\n${h.language}`, '**Contents:**\n\nTranslation - English');
  return `${sections.filter(Boolean).join('\n\n')}\n\n${text}\n`;
}

describe(`fuzzing (${SHARE.random + SHARE.mutated + SHARE.tei} cases)`, () => {
  it('random transcriptions: no crash, valid TEI, no word of the body lost', () => {
    fc.assert(
      fc.property(header, body, (h, text) => {
        const doc = convert(transcription(h, text));
        if (!doc) return;
        expect(doc.validation.problems).toEqual([]);
        expect(lostWords(text, doc.tei)).toEqual([]);
      }),
      { numRuns: SHARE.random },
    );
  }, TIMEOUT);

  it('mutated copies of the reference document: no crash, valid TEI', () => {
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), insert: fc.constant('') }),
      fc.record({ at: fc.nat(), length: fc.constant(0), insert: piece }),
      fc.record({ at: fc.nat(), length: fc.integer({ min: 0, max: 3 }), insert: fc.constantFrom('\n', '\n\n', '  \n', '**', '[', ']', '\r\n', '\uFEFF', '\u202E') }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        let text = reference;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.insert + text.slice(at + m.length);
        }
        const doc = convert(text);
        if (doc) expect(doc.validation.problems).toEqual([]);
      }),
      { numRuns: SHARE.mutated },
    );
  }, TIMEOUT);

  // Known parser bug, kept visible: an unterminated `<!--` in a header section makes remark read the
  // rest of the file as one HTML block, and the body is lost. When this starts failing, the bug is
  // fixed: turn it into a plain test and put '<!--' back among the fuzzing pieces.
  it.fails('KNOWN BUG (parse): an unterminated "<!--" in the summary loses no word of the body', () => {
    const doc = convert(transcription({ date: 'June 3, 1961', title: '[Manolo]', summary: '<!-- *', language: 'Russian' }, '[Manolo]'));
    expect(doc && lostWords('[Manolo]', doc.tei)).toEqual([]);
  });

  it('mutated TEI: the validator never throws, and a broken or hostile file is never valid', () => {
    const hostile = fc.constantFrom(
      '<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      '<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
      '<',
      '&',
      '&bogus;',
      '</p>',
      '<p>',
      '<p xml:id="dup">',
      ']]>',
      '\u0000',
    );
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 50 }), hostile, (at, cut, insert) => {
        const i = referenceTei.indexOf('<TEI') + (at % (referenceTei.length - referenceTei.indexOf('<TEI')));
        const xml = referenceTei.slice(0, i) + insert + referenceTei.slice(i + cut);
        const report = edition.validator.validateText(xml, 'fuzz.xml');
        expect(typeof report.valid).toBe('boolean');
        expect(report.valid).toBe(report.problems.length === 0);
        if (/<!ENTITY|\u0000|&bogus;/.test(insert)) expect(report.valid).toBe(false);
      }),
      { numRuns: SHARE.tei },
    );
  }, TIMEOUT);
});
