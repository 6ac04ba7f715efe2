// The seven sample transcriptions: header fields, ISO dates, kinds and the body's structure, with
// the expected values read by hand from the samples; and the words check on each.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTranscription, parseTranscription, sourceWords, wordsOf } from './index.js';
import { inlinesOf } from './words.js';
import type { Block, DateNode, Inline, Transcription } from '../model/index.js';
import { flatText, walkInline } from '../model/inline.js';

// Copies of the archive's sample transcriptions (real documents), so the tests run on a clean clone.
const SAMPLES = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/transcriptions/samples');

function load(rel: string) {
  const file = join(SAMPLES, rel.replace(/^dev\//, ''));
  const { text, normalisations } = readTranscription(readFileSync(file), file);
  const result = parseTranscription(text, file, normalisations);
  return { text, ...result, t: result.transcription };
}

function blocksOf(t: Transcription, type: Block['type']): Block[] {
  const all = t.body.flatMap((b) => (b.type === 'postscript' ? [b, ...b.children] : [b]));
  return all.filter((b) => b.type === type);
}

const inlines = (b: Block): Inline[] => inlinesOf(b).flat();

function dates(t: Transcription): DateNode[] {
  return t.body.flatMap((b) => [...walkInline(inlines(b))]).filter((n): n is DateNode => n.type === 'date');
}

function closerItems(t: Transcription): [string, string][] {
  const closer = t.body.find((b) => b.type === 'closer');
  return closer?.type === 'closer' ? closer.items.map((i) => [i.kind, flatText(i.children)]) : [];
}

const SAMPLE_FILES = ['wcda-115180.md', ...(['002_puzanov-journal-1960-07-23.md', '004_lee-hu-rak-kim-il-sung-conversation-1972-11-03.md', '007_polish-telegram-jelen-1962-01-02.md', '010_cable-3582-filippov-to-mao-1949-09-02.md', '014_letter-shah-to-stalin-1946-07-20.md', '017_liu-shaoqi-to-malenkov-1949-08.md'].map((f) => `dev/${f}`))];

describe('samples', () => {
  it.each(SAMPLE_FILES)('%s: no word of the body is lost', (rel) => {
    const { text, bodyOffset, t, warnings } = load(rel);
    expect(warnings.filter((w) => w.severity === 'error')).toEqual([]);
    expect(sourceWords(t)).toEqual(wordsOf(text.slice(bodyOffset)));
  });

  it('wcda-115180: header', () => {
    const { t, text, bodyOffset } = load('wcda-115180.md');
    expect(text.slice(bodyOffset).startsWith('From S.M. Kudryavtsev')).toBe(true);
    expect(t.id).toBe('wcda-115180');
    expect(t.header.date).toEqual({ text: 'June 3, 1961', when: '1961-06-03' });
    expect(t.header.title).toBe('Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara');
    const c = t.header.citation!;
    expect(c.title).toBe(t.header.title);
    expect(c.date?.when).toBe('1961-06-03');
    expect(c.portal).toBe('Wilson Center Digital Archive');
    expect(c.repository).toBe('Foreign Policy Archive of the Russian Federation');
    expect(c.repositoryAbbr).toBe('AVPRF');
    expect(c.settlement).toBe('Moscow');
    expect(c.identifiers).toEqual([{ type: 'fond', value: '0104' }, { type: 'opis', value: '17' }, { type: 'folder', value: '118' }, { type: 'file', value: '4' }]);
    expect(c.pages).toEqual({ from: '65', to: '67', text: 'pp. 65-67' });
    expect(c.reference).toBe('Fond 0104, Opis 17, Folder 118, File 4. pp. 65-67');
    expect(c.translator).toEqual({ name: 'Svetlana Savranskaya', org: 'National Security Archive', phrase: 'translated by' });
    expect(c.text.startsWith('"Record of Conversation')).toBe(true);
    expect(c.text.endsWith('(National Security Archive).')).toBe(true);
    expect(t.header.url).toBe('https://wilson-center-digital-archive.dvincitest.com/document/115180');
    expect(t.header.recordNumber).toBe('115180');
    expect(t.header.summary?.[0]).toMatch(/^A record of a conversation .* U\.S\.-Cuban relations\.$/);
    expect(t.header.funders).toEqual(['Leon Levy Foundation']);
    expect(t.header.originalLanguage).toBe('Russian');
    expect(t.header.contents).toBe('Translation - English');
  });

  it('wcda-115180: body', () => {
    const { t } = load('wcda-115180.md');
    expect(t.kind).toBe('record-of-conversation');
    expect(t.classification).toEqual(['Top Secret']);
    expect(t.creationDate).toBe('1961-07-12');
    expect(t.setting?.when).toBe('1961-06-03');
    const opener = t.body[0];
    expect(opener.type).toBe('opener');
    if (opener.type === 'opener') {
      expect(opener.items.map((i) => [i.kind, flatText(i.children)])).toEqual([
        ['provenance', "From S.M. Kudryavtsev's Diary"], ['classification', 'Top Secret'], ['copy', 'Copy No. 2'], ['dateline', '12 July 1961'], ['registry', 'No. 226'],
      ]);
    }
    expect(t.body[1].type).toBe('head');
    expect(flatText(inlines(t.body[1]))).toBe('RECORD OF CONVERSATION\nwith Minister of Industry of the Republic of Cuba\nErnesto Guevara');
    expect(t.body[2].type).toBe('dateline');
    expect(dates(t).map((d) => [d.when, d.dateType])).toEqual([['1961-07-12', 'creation-date'], ['1961-06-03', 'conversation-or-meeting-date']]);
    expect(blocksOf(t, 'p')).toHaveLength(9);
    const supplied = t.body.flatMap((b) => [...walkInline(inlines(b))]).filter((n) => n.type === 'supplied').map((n) => flatText([n]));
    expect(supplied).toEqual(['Manolo', 'Cuban', 'Eleanor', 'Tractors for Freedom', 'Carlos', 'OAS', 'Dominican Republic President Rafael']);
    expect(closerItems(t)).toEqual([['role', 'USSR Ambassador to the Republic of Cuba'], ['signature', ' '], ['signer', 'Kudryavtsev']]);
  });

  it('002 Puzanov journal: stamp, markings, head, diary date, closer on one line, distribution list', () => {
    const { t } = load('dev/002_puzanov-journal-1960-07-23.md');
    expect(t.id).toBe('wcda-119436');
    expect(t.kind).toBe('diary');
    expect(t.header.date?.when).toBe('1960-07-23');
    const c = t.header.citation!;
    expect(c.repositoryAbbr).toBe('AVPRF');
    expect(c.identifiers).toEqual([{ type: 'fond', value: '0102' }, { type: 'opis', value: '16' }, { type: 'delo', value: '7' }]);
    expect(c.pages).toMatchObject({ from: '16', to: '42' });
    expect(c.translator).toEqual({ name: 'Gary Goldberg', org: 'NKIDP', phrase: 'Translated for NKIDP by' });
    expect(t.header.funders).toEqual(['ROK Ministry of Unification']);
    expect(t.body[0].type).toBe('stamp');
    expect(t.classification).toEqual(['Top Secret']);
    expect(t.setting?.when).toBe('1960-07-23');
    expect(closerItems(t)).toEqual([['role', 'SOVIET AMBASSADOR IN THE DPRK'], ['signature', ' '], ['signer', '/A. PUZANOV/']]);
    const list = blocksOf(t, 'list')[0];
    expect(list.type === 'list' && list.listType).toBe('distribution');
    expect(list.type === 'list' && list.items.map((i) => i.label)).toEqual(['1 -', '2 -', '3 -', '4 -', '5 -']);
    expect(list.type === 'list' && flatText(list.head ?? [])).toBe('Five copies printed vi');
    expect(dates(t).filter((d) => d.when).map((d) => d.when)).toContain('1960-08-09');
  });

  it('004 Lee Hu-rak and Kim Il Sung: older citation style, participants, speeches', () => {
    const { t } = load('dev/004_lee-hu-rak-kim-il-sung-conversation-1972-11-03.md');
    expect(t.id).toBe('wcda-113235');
    expect(t.kind).toBe('record-of-conversation');
    expect(t.header.date).toEqual({ text: 'November 3, 1972', when: '1972-11-03' });
    const c = t.header.citation!;
    expect(c.title).toBe('Conversation between Lee Hu-rak and Kim Il Sung');
    expect(c.date).toEqual({ text: 'November 03, 1972', when: '1972-11-03' });
    expect(c.portal).toBe('History and Public Policy Program Digital Archive');
    expect(c.repository).toBe('South Korean Foreign Ministry Archive');
    expect(t.header.originalLanguage).toBe('Korean');
    expect(t.header.contents).toBe('English Translation');
    expect(t.setting).toEqual({ when: '1972-11-03', place: 'Pyongyang Government Building' });
    const lists = blocksOf(t, 'list');
    expect(lists.map((l) => l.type === 'list' && [l.listType, flatText(l.head ?? []), l.items.length])).toEqual([['participants', 'From Seoul', 6], ['participants', 'From Pyongyang', 8]]);
    const speeches = blocksOf(t, 'sp');
    expect(speeches).toHaveLength(6);
    expect(speeches.map((s) => s.type === 'sp' && flatText(s.speaker))).toEqual(['North (KIM):', 'South (LEE):', 'North (KIM):', 'South (LEE):', 'North (KIM):', 'South (LEE):']);
  });

  it('007 Polish telegram: month-first dispatch dates, routing, footnotes', () => {
    const { t } = load('dev/007_polish-telegram-jelen-1962-01-02.md');
    expect(t.kind).toBe('telegram');
    expect(t.header.citation).toBeUndefined();
    expect(t.id).toBe('doc-007_polish-telegram-jelen-1962-01-02');
    expect(dates(t).filter((d) => d.when).map((d) => [d.when, d.dateType])).toEqual([['1962-01-03', 'creation-date'], ['1962-01-05', 'received-date']]);
    expect(t.creationDate).toBe('1962-01-03');
    expect(t.footnotes.map((f) => f.n)).toEqual(['1', '2']);
    const refs = t.body.flatMap((b) => [...walkInline(inlines(b))]).filter((n) => n.type === 'noteRef');
    expect(refs).toEqual([{ type: 'noteRef', n: '1' }, { type: 'noteRef', n: '2' }]);
    const opener = t.body.find((b) => b.type === 'opener');
    expect(opener?.type === 'opener' && opener.items.map((i) => i.kind)).toEqual(['routing', 'routing', 'routing', 'routing', 'line']);
  });

  it('010 cable: RGASPI reference, columns, [SIC], closer inside a quotation, postscript, stamp', () => {
    const { t } = load('dev/010_cable-3582-filippov-to-mao-1949-09-02.md');
    expect(t.id).toBe('wcda-176340');
    expect(t.kind).toBe('telegram');
    const c = t.header.citation!;
    expect(c.title).toBe('Cable No. 3582 from Flilippov [Stalin] to Cde. Mao Zedong');
    expect(c.repository).toBe('RGASPI');
    expect(c.identifiers).toEqual([{ type: 'fond', value: '558' }, { type: 'opis', value: '11' }, { type: 'delo', value: '332' }, { type: 'list', value: '8' }]);
    expect(c.translator).toEqual({ name: 'Gary Goldberg', phrase: 'Translated by' });
    expect(t.classification).toEqual(['Top Secret']);
    const sic = t.body.flatMap((b) => [...walkInline(inlines(b))]).find((n) => n.type === 'sic');
    expect(sic).toEqual({ type: 'sic', marker: '[SIC]', children: [{ type: 'text', value: 'BEIPING' }] });
    expect(closerItems(t)).toEqual([['signer', 'FILIPPOV”']]);
    const ps = t.body[t.body.length - 1];
    expect(ps.type).toBe('postscript');
    const stamp = ps.type === 'postscript' ? ps.children[ps.children.length - 1] : undefined;
    expect(stamp?.type).toBe('stamp');
    const received = dates(t).find((d) => d.when === '1949-09-02');
    expect(received?.dateType).toBe('received-date');
    const completion = t.body.flatMap((b) => [...walkInline(inlines(b))]).find((n) => n.type === 'supplied' && flatText(n.children) === 'in');
    expect(completion).toMatchObject({ reason: 'completion' });
  });

  it('014 Shah to Stalin: letter, salute, Persian date with the stated Gregorian equivalent', () => {
    const { t } = load('dev/014_letter-shah-to-stalin-1946-07-20.md');
    expect(t.kind).toBe('letter');
    const persian = dates(t).find((d) => d.calendar);
    expect(persian).toMatchObject({ calendar: 'persian', when: '1946-06-27' });
    expect(flatText(persian!.children)).toBe('5 Tir 1325');
    expect(t.creationDate).toBe('1946-06-27');
    const opener = t.body.find((b) => b.type === 'opener');
    expect(opener?.type === 'opener' && opener.items.map((i) => i.kind)).toContain('salute');
    expect(closerItems(t).map(([k]) => k)).toEqual(['dateline', 'dateline', 'signer']);
  });

  it('017 Liu Shaoqi to Malenkov: slug URL, PRC FMA reference, list from 1), date not filled in', () => {
    const { t } = load('dev/017_liu-shaoqi-to-malenkov-1949-08.md');
    expect(t.header.recordNumber).toBeUndefined();
    expect(t.id).toBe('doc-017_liu-shaoqi-to-malenkov-1949-08');
    expect(t.kind).toBe('letter');
    expect(t.header.date).toEqual({ text: 'August 1949', when: '1949-08' });
    const c = t.header.citation!;
    expect(c.repository).toBe('PRC FMA');
    expect(c.identifiers).toEqual([{ type: 'file', value: '109-00004-03' }]);
    expect(t.creationDate).toBe('1949-08');
    const list = blocksOf(t, 'list')[0];
    expect(list.type === 'list' && list.items.map((i) => i.label)).toEqual(['1)', '2)', '3)', '4)']);
    expect(closerItems(t)).toEqual([['signer', 'Liu Shaoqi'], ['dateline', '  August 1949']]);
  });
});
