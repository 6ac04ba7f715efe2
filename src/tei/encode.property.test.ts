/**
 * Any document model, however odd (random strings with markup and control characters, brackets
 * anywhere, blocks out of their usual order, names pointing nowhere, impossible dates), encodes
 * into TEI that is well-formed and valid against the edition schema and TEI All, with every
 * pointer resolving. This is also what keeps the edition schema a subset of TEI All in practice.
 * The record of the writing, which the build's validator reads instead of the text, must say what a
 * parse of the text says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentKind, EntityEntry, Inline, Transcription } from '../model/index.js';
import { encodeTei } from './index.js';
import { CONTEXT } from '../../test/fixtures/reference-model.js';
import { problemsOf, validateEdition, validateTeiAll } from '../../test/fixtures/tei.js';
import { expectSameEvents } from '../../test/fixtures/replay.js';
import type { WrittenEvent } from '../validate/index.js';

/** Rules the encoder guarantees whatever the input (signed-has-signer judges the content: which words of a closer are the signer's). */
const ENCODER_RULES = new Set(['pointers-resolve', 'ref-key-agree', 'ids-unique', 'iso-dates', 'date-types', 'names-not-empty', 'dateline-has-date']);

const word = fc.oneof(
  fc.constantFrom('Cuba', 'KULJA', '[', ']', '…', '<b>', '&amp;', ']]>', 'Nº', ' ', '\u0001', '\uFFFE', 'é', '  ', 'javascript:alert(1)'),
  fc.string({ maxLength: 8 }),
);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const ids = ['cuba', 'kim il sung', '1st', 'a:b', 'missing'];
const dates = fc.constantFrom('1961-06-03', '1949-08', '1946', '1961-02-30', '61-6-3', '', undefined);

const inline: fc.Memo<Inline> = fc.memo((depth) => {
  const children = depth > 1 ? fc.array(inline(depth - 1), { maxLength: 3 }) : fc.constant([] as Inline[]);
  return fc.oneof(
    { weight: 4, arbitrary: text.map((value): Inline => ({ type: 'text', value })) },
    fc.record({ type: fc.constant('supplied' as const), reason: text, resp: fc.constantFrom('tr' as const, 'ed' as const), children, part: fc.constantFrom(undefined, 'initial' as const, 'medial' as const, 'final' as const), depth: fc.constantFrom(undefined, 1, 2, 3) }),
    fc.record({ type: fc.constant('gap' as const), reason: text, desc: fc.option(text, { nil: undefined }), source: fc.oneof(text, fc.constant('')) }),
    fc.record({ type: fc.constant('sic' as const), marker: text, children }),
    fc.record({ type: fc.constant('uncertain' as const), marker: text, children }),
    fc.record({ type: fc.constant('editorialNote' as const), kind: text, resp: fc.constantFrom('tr' as const, 'ed' as const), children }),
    fc.record({ type: fc.constant('noteRef' as const), n: fc.constantFrom('1', '2', '3'), source: fc.option(text, { nil: undefined }) }),
    fc.constant<Inline>({ type: 'lb' }),
    fc.record({ type: fc.constant('pb' as const), n: text, source: text }),
    fc.record({ type: fc.constant('date' as const), children, when: dates, from: dates, to: dates, dateType: fc.constantFrom(undefined, 'creation-date' as const, 'bogus' as never), calendar: fc.constantFrom(undefined, 'persian', 'two words') }),
    fc.record({ type: fc.constant('hi' as const), rend: text, children }),
    fc.record({ type: fc.constant('name' as const), kind: fc.constantFrom('person' as const, 'place' as const, 'org' as const), ref: fc.constantFrom(...ids), children }),
    fc.record({ type: fc.constant('roleName' as const), children }),
  );
});
const run = fc.array(inline(3), { maxLength: 4 });
const position = fc.option(fc.record({ line: fc.integer({ min: 1, max: 3 }), column: fc.constant(1), offset: fc.constant(0) }), { nil: undefined });

const simpleBlock = fc.oneof(
  run.map((children): Block => ({ type: 'p', children })),
  run.map((children): Block => ({ type: 'head', children })),
  run.map((children): Block => ({ type: 'dateline', children })),
  fc.record({ type: fc.constant('list' as const), listType: fc.option(text, { nil: undefined }), head: fc.option(run, { nil: undefined }), items: fc.array(fc.record({ label: fc.option(text, { nil: undefined }), children: run }), { maxLength: 3 }) }),
  fc.record({ type: fc.constant('sp' as const), speaker: run, who: fc.option(fc.constantFrom(...ids), { nil: undefined }), children: run }),
  fc.record({ type: fc.constantFrom('stamp' as const, 'fw' as const), stampType: fc.option(text, { nil: undefined }), children: run }),
  fc.record({ type: fc.constant('ab' as const), abType: fc.option(text, { nil: undefined }), children: run }),
  fc.record({ type: fc.constant('summary' as const), resp: fc.constantFrom('tr' as const, 'ed' as const), children: run }),
  fc.record({ type: fc.constant('opener' as const), items: fc.array(fc.record({ kind: fc.constantFrom('provenance' as const, 'classification' as const, 'copy' as const, 'registry' as const, 'routing' as const, 'dateline' as const, 'salute' as const, 'address' as const, 'stamp' as const, 'line' as const), children: run }), { maxLength: 4 }) }),
  fc.record({ type: fc.constant('closer' as const), items: fc.array(fc.record({ kind: fc.constantFrom('role' as const, 'signature' as const, 'signer' as const, 'salute' as const, 'dateline' as const, 'line' as const), children: run, position }), { maxLength: 4 }) }),
);
const block: fc.Arbitrary<Block> = fc.oneof(
  { weight: 5, arbitrary: simpleBlock },
  fc.array(simpleBlock, { maxLength: 3 }).map((children): Block => ({ type: 'postscript', children })),
);

const entity = fc.record({
  id: fc.constantFrom(...ids),
  kind: fc.constantFrom('person' as const, 'place' as const, 'org' as const),
  name: text,
  variants: fc.array(text, { maxLength: 2 }),
  roles: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
  idnos: fc.option(fc.array(fc.record({ type: text, value: text }), { maxLength: 2 }), { nil: undefined }),
  geo: fc.constantFrom(undefined, '21.5 -80', 'somewhere'),
  subtype: fc.option(text, { nil: undefined }),
  registered: fc.boolean(),
}) as fc.Arbitrary<EntityEntry>;

const optionalText = fc.option(text, { nil: undefined });
const transcription: fc.Arbitrary<Transcription> = fc.record({
  id: text,
  file: text,
  header: fc.record({
    date: fc.option(fc.record({ text, when: dates }), { nil: undefined }),
    title: optionalText,
    citation: fc.option(fc.record({
      text,
      title: optionalText,
      portal: optionalText,
      repository: optionalText,
      repositoryAbbr: optionalText,
      settlement: optionalText,
      identifiers: fc.array(fc.record({ type: text, value: text }), { maxLength: 3 }),
      pages: fc.option(fc.record({ from: text, to: optionalText, text }), { nil: undefined }),
      translator: fc.option(fc.record({ name: text, org: optionalText, phrase: optionalText }), { nil: undefined }),
      url: optionalText,
    }), { nil: undefined }),
    url: optionalText,
    recordNumber: optionalText,
    summary: fc.option(fc.array(text, { maxLength: 2 }), { nil: undefined }),
    funders: fc.array(text, { maxLength: 2 }),
    originalLanguage: fc.constantFrom(undefined, 'Russian', 'Chinese and Russian', 'Klingon', ''),
    contents: fc.constantFrom(undefined, 'Translation - English', 'English Translation', 'zzz'),
    credits: optionalText,
    other: fc.array(fc.record({ label: text, text }), { maxLength: 2 }),
  }),
  kind: fc.constantFrom<DocumentKind>('record-of-conversation', 'diary', 'telegram', 'cable', 'letter', 'memorandum', 'report', 'transcript', 'document'),
  classification: fc.array(text, { maxLength: 2 }),
  creationDate: dates,
  setting: fc.option(fc.record({ when: dates, place: optionalText }), { nil: undefined }),
  body: fc.array(block, { maxLength: 7 }),
  footnotes: fc.array(fc.record({ n: fc.constantFrom('1', '2', '4'), children: run }), { maxLength: 3 }),
  entities: fc.array(entity, { maxLength: 4 }),
  author: fc.option(fc.constantFrom(...ids), { nil: undefined }),
  participants: fc.array(fc.record({ ref: fc.constantFrom(...ids), role: optionalText }), { maxLength: 3 }),
  normalisations: fc.array(text, { maxLength: 2 }),
}) as fc.Arbitrary<Transcription>;

describe('encodeTei on any model', () => {
  it('writes TEI valid against the edition schema and TEI All, with every pointer resolving, and a true record of the writing', async () => {
    await fc.assert(
      fc.asyncProperty(transcription, async (model) => {
        const written: WrittenEvent[] = [];
        const xml = encodeTei(model, CONTEXT, written);
        // What the validator reads of the record of the writing is what a parse of the text gives.
        expectSameEvents(xml, written);
        const edition = await validateEdition(xml);
        const relevant = { ...edition, problems: edition.problems.filter((p) => p.layer !== 'rules' || ENCODER_RULES.has(p.rule ?? '')) };
        expect(problemsOf(relevant), xml).toEqual([]);
        expect(problemsOf(await validateTeiAll(xml)), xml).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  }, 600_000);
});
