// The record of writing a TEI document must tell the validator exactly what a parse of the text
// would: same events (tags, attributes, namespaces, text runs) at the same lines and columns, and
// so the same reports, for the sample transcriptions and for awkward hand-made trees.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertTranscription, openEdition, type Edition } from '../pipeline.js';
import { PACKAGE_ROOT } from '../render/compile.js';
import { appendText, element, rootElement, type El } from '../tei/builders/element.js';
import { serializeDocument } from '../tei/serialize.js';
import { NotReplayable, replayDocument, type WrittenEvent } from './replay.js';
import { scanDocument } from './scan.js';
import type { Validator } from './index.js';
import { LIMITS, expectSameEvents } from '../../test/fixtures/replay.js';

// One edition (its validator: grammar and rules) for every test here.
let edition: Edition;
beforeAll(async () => {
  edition = await openEdition({ root: PACKAGE_ROOT });
}, 120_000);

function written(root: El): { xml: string; written: WrittenEvent[] } {
  const events: WrittenEvent[] = [];
  return { xml: serializeDocument(root, events), written: events };
}

describe('the record of the TEI the pipeline writes', () => {
  const seen: { file: string; xml: string; written: readonly WrittenEvent[] }[] = [];
  let validator: Validator;

  beforeAll(() => {
    validator = edition.validator;
    // The pipeline's own call, watched.
    const watching: Validator = {
      validateText(xml, file, events) {
        expect(events?.length).toBeGreaterThan(0);
        seen.push({ file, xml, written: events! });
        return validator.validateText(xml, file, events);
      },
    };
    const folders = [join(PACKAGE_ROOT, 'transcriptions'), join(PACKAGE_ROOT, 'test', 'fixtures', 'transcriptions')];
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.md'))) {
        try {
          convertTranscription(readFileSync(join(folder, name)), name, { ...edition, validator: watching }, { date: '2026-01-01' });
        } catch {
          // not a transcription the pipeline reads (the fixtures include bad ones)
        }
      }
    }
  }, 120_000);

  it('gives the events a parse of the text gives, for every sample and fixture transcription', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const { xml, written } of seen) expect(expectSameEvents(xml, written)).toBeGreaterThan(100);
  });

  it('gives the same reports as validating the text alone', () => {
    for (const { file, xml, written } of seen) expect(validator.validateText(xml, file, written)).toEqual(validator.validateText(xml, file));
  });

  it('gives the same reports, lines and columns for a document that is not valid', () => {
    const tei = rootElement('TEI', [['xmlns', 'http://www.tei-c.org/ns/1.0'], ['xml:id', 'bad']]);
    const text = element(tei, 'text');
    appendText(text, 'stray 😀 text');
    element(element(text, 'body'), 'p', { rend: 'x', bogus: 'y' }, 'A paragraph with a ✓ mark');
    element(text, 'unknownThing');
    const doc = written(tei);
    expectSameEvents(doc.xml, doc.written);
    const parsed = validator.validateText(doc.xml, 'bad.xml');
    expect(parsed.valid).toBe(false);
    expect(parsed.problems.length).toBeGreaterThan(2);
    expect(validator.validateText(doc.xml, 'bad.xml', doc.written)).toEqual(parsed);
  });
});

describe('replaying what was written', () => {
  it('matches a parse for namespaces, prefixes, empty elements, astral characters and line ends in text and attributes', () => {
    const root = rootElement('TEI', [['xmlns', 'http://www.tei-c.org/ns/1.0'], ['xmlns:ex', 'urn:example'], ['xml:lang', 'en']]);
    element(root, 'ex:thing', { 'ex:kind': 'a\tb\r\nc\rd\ne', plain: '𝔄 < & > "' }, 'x\r\ny\rz 𝔅');
    const inner = element(root, 'div', { xmlns: 'urn:other' });
    element(inner, 'empty');
    appendText(inner, '  ');
    element(root, 'lb');
    const doc = written(root);
    expect(expectSameEvents(doc.xml, doc.written)).toBeGreaterThan(10);
  });

  it('refuses nesting deeper than the limit, where a parse does', () => {
    let deepest = rootElement('TEI', [['xmlns', 'http://www.tei-c.org/ns/1.0']]);
    const root = deepest;
    for (let i = 0; i < 5; i++) deepest = element(deepest, 'div');
    const doc = written(root);
    const limits = { maxDepth: 4 };
    expect(replayDocument(doc.xml, doc.written, limits, []).problems).toEqual(scanDocument(doc.xml, limits, []).problems);
  });

  it('gives up on what only a parse can settle, and the validator then parses', () => {
    const root = rootElement('TEI', [['xmlns', 'http://www.tei-c.org/ns/1.0']]);
    element(root, 'nope:thing');
    const doc = written(root);
    expect(() => replayDocument(doc.xml, doc.written, LIMITS, [])).toThrow(NotReplayable);
    const report = edition.validator.validateText(doc.xml, 'unbound.xml', doc.written);
    expect(report).toEqual(edition.validator.validateText(doc.xml, 'unbound.xml'));
    expect(report.problems[0]).toMatchObject({ layer: 'well-formedness' });
  });
});
