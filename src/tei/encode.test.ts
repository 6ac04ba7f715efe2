import { describe, expect, it } from 'vitest';
import type { Block, Inline, Transcription } from '../model/index.js';
import { encodeTei } from './index.js';
import { CONTEXT, bareTranscription, referenceModel } from '../../test/fixtures/reference-model.js';
import { expectValidTei, xpathOver } from '../../test/fixtures/tei.js';

const t = (value: string): Inline => ({ type: 'text', value });
const p = (...children: Inline[]): Block => ({ type: 'p', children });

async function encodeValid(transcription: Transcription) {
  const xml = encodeTei(transcription, CONTEXT);
  await expectValidTei(xml);
  return { xml, q: await xpathOver(xml) };
}

describe('encodeTei on the reference document (hand-built model)', () => {
  it('is valid against the edition schema, its rules and TEI All', async () => {
    await encodeValid(referenceModel());
  });

  it('puts each header field in its TEI place', async () => {
    const { q } = await encodeValid(referenceModel());
    expect(q('/TEI/@xml:id')).toEqual(['wcda-115180']);
    expect(q('/TEI/*!local-name()')).toEqual(['teiHeader', 'standOff', 'text']);
    expect(q('//titleStmt/title[@type="main"]')).toEqual(['Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara']);
    expect(q('//titleStmt/author/@ref')).toEqual(['#kudryavtsev']);
    expect(q('//titleStmt/respStmt[@xml:id="tr"]/(persName, orgName)')).toEqual(['Svetlana Savranskaya', 'National Security Archive']);
    expect(q('//titleStmt/funder')).toEqual(['Leon Levy Foundation']);
    expect(q('//notesStmt/note[@type="credits"]')).toEqual(['This document was made possible with support from Leon Levy Foundation']);
    expect(q('//publicationStmt/*!local-name()')).toEqual(['publisher', 'idno', 'availability', 'date']);
    expect(q('//publicationStmt/idno[@type="URI"]')).toEqual(['https://example.org/edition/html/wcda-115180.html']);
    expect(q('//sourceDesc/bibl[@type="citation"]/date/@when')).toEqual(['1961-06-03']);
    expect(q('//sourceDesc/bibl/publisher')).toEqual(['Wilson Center Digital Archive']);
    expect(q('//sourceDesc/bibl/idno[@type="record-number"]')).toEqual(['115180']);
    expect(q('//msIdentifier/idno/concat(@type, "=", .)')).toEqual(['fond=0104', 'opis=17', 'folder=118', 'file=4']);
    expect(q('//msIdentifier/settlement')).toEqual(['Moscow']);
    expect(q('//msItem/locus/concat(@from, "-", @to)')).toEqual(['65-67']);
    expect(q('//msItem/textLang/@mainLang')).toEqual(['ru']);
    expect(q('//langUsage/language/@ident')).toEqual(['en', 'ru']);
    expect(q('//profileDesc/creation/date/@when')).toEqual(['1961-07-12']);
    expect(q('//profileDesc/creation/date')).toEqual(['12 July 1961']);
    expect(q('//setting/date[@type="conversation-or-meeting-date"]/@when')).toEqual(['1961-06-03']);
    expect(q('//textClass/catRef/@target')).toEqual(['#kind-record-of-conversation']);
    expect(q('//keywords[@scheme="#classification"]/term')).toEqual(['Top Secret']);
    expect(q('//particDesc/listPerson[@type="participants"]/person/@corresp')).toEqual(['#kudryavtsev', '#guevara']);
    expect(q('//abstract/p')[0]).toMatch(/^A record of a conversation/);
    expect(q('//revisionDesc/change/@when')).toEqual(['2026-01-15']);
  });

  it('writes the text as ENCODING.md shows it', async () => {
    const { xml, q } = await encodeValid(referenceModel());
    expect(q('//text/@xml:lang')).toEqual(['en']);
    expect(q('//body/div/concat(@type, "/", @subtype)')).toEqual(['entry/record-of-conversation']);
    expect(q('//div/*!local-name()')).toEqual(['opener', 'head', 'dateline', 'p', 'p', 'p', 'closer']);
    expect(q('//opener/*!concat(local-name(), "/", @type)')).toEqual(['seg/provenance', 'seg/classification', 'seg/copy', 'dateline/', 'idno/registry']);
    expect(q('//opener/dateline/date/@when')).toEqual(['1961-07-12']);
    expect(xml).toContain('<persName ref="#ray" key="ray"><supplied reason="completion" resp="#tr">Manolo</supplied> Ray</persName>');
    expect(xml).toContain('<signed><roleName><placeName ref="#ussr" key="ussr">USSR</placeName> Ambassador to the Republic of <placeName ref="#cuba" key="cuba">Cuba</placeName></roleName><lb/><gap reason="signature" rend="[Signature]"><desc>Signature</desc></gap><lb/><persName ref="#kudryavtsev" key="kudryavtsev">Kudryavtsev</persName></signed>');
    expect(q('//standOff/listPerson/person[@xml:id="kudryavtsev"]/(persName[not(@type)], occupation)')).toEqual(['Sergey Kudryavtsev', 'Soviet Ambassador to Cuba']);
    expect(q('//standOff/listPlace/place[@xml:id="ussr"]/placeName[@type="variant"]')).toEqual(['USSR']);
  });

  it('chains the parts of a supplied text split by a name', async () => {
    const { q } = await encodeValid(referenceModel());
    expect(q('//supplied[@next]/id(substring(@next, 2))')).toEqual(['Rafael']);
    expect(q('//supplied[@prev]/id(substring(@prev, 2))')).toEqual(['Dominican Republic President ']);
  });

  it('keeps mixed content exactly: no whitespace added inside paragraphs, heads or names', async () => {
    const { q } = await encodeValid(referenceModel());
    expect(q('//head')).toEqual(['RECORD OF CONVERSATIONwith Minister of Industry of the Republic of CubaErnesto Guevara']);
    expect(q('//p[contains(., "Revolutionary")]')[0]).toContain('left the so-called "Cuban Revolutionary Council" of Miro Cardona.');
    expect(q('(//body//p)[last()]')).toEqual(['The rest of the conversation dealt with general issues.']);
  });
});

describe('bracket forms and markers', () => {
  const body: Block[] = [
    p(
      t('Pass it to '), { type: 'sic', marker: '[SIC]', children: [t('BEIPING')] }, t(' and '),
      { type: 'uncertain', marker: '[?]', children: [t('Sadovin')] }, t(' '),
      { type: 'gap', reason: 'omitted', source: '[…]' }, t(' '), { type: 'gap', reason: 'omitted', source: '[...]' }, t(' '),
      { type: 'gap', reason: 'omitted', source: '…' }, t(' text '), { type: 'pb', n: '2', source: '(p. 2)' },
      t(' more '), { type: 'supplied', reason: 'clarification', resp: 'ed', depth: 2, children: [t('N. P. Varnov?')] },
      t(' '), { type: 'editorialNote', kind: 'handwritten', resp: 'ed', children: [t('handwritten: Agreed')] },
      t(' '), { type: 'hi', rend: 'letterspaced', children: [t('M e m o')] }, t(' KRAJEWSKI'), { type: 'noteRef', n: '1' },
      t(' again'), { type: 'noteRef', n: '1' }, t('.'),
    ),
  ];
  const footnotes = [
    { n: '1', children: [t('Official in the Polish Foreign Ministry.')] },
    { n: '2', children: [t('A note whose marker the text lacks.')] },
  ];

  it('keeps each form recoverable and stays valid', async () => {
    const { q } = await encodeValid(bareTranscription({ body, footnotes }));
    expect(q('//sic/concat(@rend, ":", .)')).toEqual(['[SIC]:BEIPING']);
    expect(q('//seg[@cert="low"]/concat(@type, ":", @rend, ":", .)')).toEqual(['uncertain:[?]:Sadovin']);
    expect(q('//gap/concat(@reason, ":", @rend)')).toEqual(['omitted:[…]', 'omitted:[...]', 'omitted:…']);
    expect(q('//pb/concat(@n, ":", @rend)')).toEqual(['2:(p. 2)']);
    expect(q('//supplied[@rend="double-brackets"]/@resp')).toEqual(['#ed']);
    expect(q('//note[@type="editorial"]/concat(@subtype, ":", @resp, ":", .)')).toEqual(['handwritten:#ed:handwritten: Agreed']);
    expect(q('//hi/concat(@rend, ":", .)')).toEqual(['letterspaced:M e m o']);
    expect(q('//titleStmt/respStmt[@xml:id="ed"]/name')).toEqual([CONTEXT.config.editor]);
  });

  it('anchors a footnote where its marker stood, points back from a repeated marker, and keeps an unanchored note', async () => {
    const { q } = await encodeValid(bareTranscription({ body, footnotes }));
    expect(q('//p/note[@place="foot"]/concat(@n, ":", preceding-sibling::node()[1])')).toEqual(['1: M e m o KRAJEWSKI'.replace('M e m o ', '') ]);
    expect(q('//p/ptr[@type="footnote"]/id(substring(@target, 2))/@n')).toEqual(['1']);
    expect(q('//div/note[@place="foot"]/concat(@n, ":", .)')).toEqual(['2:A note whose marker the text lacks.']);
  });

  it('declares a non-Gregorian calendar and keeps the Gregorian @when only when given', async () => {
    const { q } = await encodeValid(bareTranscription({
      body: [p(
        { type: 'date', calendar: 'persian', children: [t('5 Tir 1325')] }, t(' '),
        { type: 'date', when: '1946-06-27', children: [t('27 June 1946')] }, t(' '),
        { type: 'date', when: '1961-02-30', children: [t('30 February 1961')] }, t(' '),
        { type: 'date', from: '1962-10-27', to: '1962-10-28', children: [t('27/28/X/62')] },
      )],
    }));
    expect(q('//date[@calendar]/id(substring(@calendar, 2))/local-name()')).toEqual(['calendar']);
    expect(q('//date[@calendar]/@when')).toEqual([]);
    expect(q('//text//date/@when')).toEqual(['1946-06-27']);
    expect(q('//text//date[@from]/concat(@from, "/", @to)')).toEqual(['1962-10-27/1962-10-28']);
  });
});
