/**
 * The real pipeline (read → parse → entities → encode) on the reference transcription and the
 * six dev samples: the TEI is valid against the edition's schema and rules and TEI All, and the
 * header says what the source says, field by field (expected values written by hand from the
 * source). Whether the right names are tagged is the entities stage's test.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscription, parseTranscription } from '../src/transcription/index.js';
import { annotateEntities, loadRegisters } from '../src/entities/index.js';
import { encodeTei } from '../src/tei/index.js';
import { DEFAULT_CONFIG } from '../src/model/config.js';
import { expectValidTei, xpathOver } from './fixtures/tei.js';

// The edition's own copies of the samples (the same files as ../shared/samples and its dev/), so
// that the test runs in a clone with nothing beside it.
const SAMPLES = resolve('transcriptions');
const registers = loadRegisters(resolve('tei/registers'));

function convert(file: string): string {
  const { text, normalisations } = readTranscription(readFileSync(file), basename(file));
  const { transcription } = parseTranscription(text, basename(file), normalisations);
  const annotated = annotateEntities(transcription, registers).transcription;
  return encodeTei(annotated, { config: DEFAULT_CONFIG, toolVersion: '0.1.0', date: '2026-01-15' });
}

describe('the reference document, wcda-115180', () => {
  const xml = convert(`${SAMPLES}/wcda-115180.md`);

  it('is valid against the edition schema, its rules and TEI All', async () => {
    await expectValidTei(xml, 'wcda-115180.xml');
  });

  it('has the header fields of the source', async () => {
    const q = await xpathOver(xml);
    expect(q('/TEI/@xml:id')).toEqual(['wcda-115180']);
    expect(q('//titleStmt/title[@type="main"]')).toEqual(['Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara']);
    expect(q('//sourceDesc/bibl[@type="citation"]/title')).toEqual(['Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara']);
    // Both dates in ISO: the archive's document date and the day the record was drawn up.
    expect(q('//sourceDesc/bibl[@type="citation"]/date/@when')).toEqual(['1961-06-03']);
    expect(q('//profileDesc/creation/date/@when')).toEqual(['1961-07-12']);
    expect(q('//settingDesc/setting/date[@type="conversation-or-meeting-date"]/@when')).toEqual(['1961-06-03']);
    expect(q('//sourceDesc/bibl/publisher')).toEqual(['Wilson Center Digital Archive']);
    expect(q('//sourceDesc/bibl/idno[@type="URI"]')).toEqual(['https://wilson-center-digital-archive.dvincitest.com/document/115180']);
    expect(q('//sourceDesc/bibl/idno[@type="record-number"]')).toEqual(['115180']);
    // Archive identifiers and pages.
    expect(q('//msIdentifier/settlement')).toEqual(['Moscow']);
    expect(q('//msIdentifier/repository')[0]).toContain('Foreign Policy Archive of the Russian Federation');
    expect(q('//msIdentifier/idno/concat(@type, "=", .)')).toEqual(['fond=0104', 'opis=17', 'folder=118', 'file=4']);
    expect(q('//msItem/locus/concat(@from, "-", @to)')).toEqual(['65-67']);
    // Translator, funder, languages, summary.
    expect(q('//titleStmt/respStmt[@xml:id="tr"]/persName')).toEqual(['Svetlana Savranskaya']);
    expect(q('//titleStmt/respStmt[@xml:id="tr"]/orgName')).toEqual(['National Security Archive']);
    expect(q('//titleStmt/funder')).toEqual(['Leon Levy Foundation']);
    expect(q('//langUsage/language/@ident')).toEqual(['en', 'ru']);
    expect(q('//msItem/textLang/@mainLang')).toEqual(['ru']);
    expect(q('//text/@xml:lang')).toEqual(['en']);
    expect(q('//editorialDecl/p[1]')[0]).toMatch(/translation into English from Russian/);
    expect(q('//abstract/p')).toEqual(["A record of a conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara, recorded in Kudryavtsev's diary. They discuss the internal and economic situations in Cuba, as well as U.S.-Cuban relations."]);
    // Document kind and classification.
    expect(q('//textClass/catRef/@target')).toEqual(['#kind-record-of-conversation']);
    expect(q('//keywords[@scheme="#classification"]/term')).toEqual(['Top Secret']);
  });

  it('has the text in the shape ENCODING.md shows', async () => {
    const q = await xpathOver(xml);
    expect(q('//body/div/concat(@type, "/", @subtype)')).toEqual(['entry/record-of-conversation']);
    expect(q('//div/*!local-name()')).toEqual(['opener', 'head', 'dateline', ...Array(9).fill('p'), 'closer']);
    expect(q('//opener/seg[@type="classification"]')).toEqual(['Top Secret']);
    expect(q('//opener/seg[@type="copy"]')).toEqual(['Copy No. 2']);
    expect(q('//opener/idno[@type="registry"]')).toEqual(['No. 226']);
    expect(q('//opener/dateline/date/concat(@when, "/", @type)')).toEqual(['1961-07-12/creation-date']);
    expect(q('//div/dateline/date/concat(@when, "/", @type)')).toEqual(['1961-06-03/conversation-or-meeting-date']);
    expect(q('//closer/signed/gap[@reason="signature"]/desc')).toEqual(['Signature']);
    expect(q('//closer/signed/persName')).toEqual(['Kudryavtsev']);
    expect(q('//supplied[@resp="#tr"]')).toEqual(expect.arrayContaining(['Manolo', 'Eleanor', 'Tractors for Freedom', 'Carlos', 'OAS']));
  });
});

/** Per dev sample: the title and the header date line as ISO (read from the source by hand). */
const DEV_SAMPLES: Record<string, { title: string; when: string }> = {
  '002_puzanov-journal-1960-07-23.md': { title: 'Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 23 July 1960', when: '1960-07-23' },
  '004_lee-hu-rak-kim-il-sung-conversation-1972-11-03.md': { title: 'Conversation between Lee Hu-rak and Kim Il Sung', when: '1972-11-03' },
  '007_polish-telegram-jelen-1962-01-02.md': { title: 'Telegram from Polish Embassy in Havana (Jeleń), 2 January 1962', when: '1962-01-02' },
  '010_cable-3582-filippov-to-mao-1949-09-02.md': { title: 'Cable No. 3582 from Flilippov [Stalin] to Cde. Mao Zedong', when: '1949-09-02' },
  '014_letter-shah-to-stalin-1946-07-20.md': { title: 'Letter, Mohammed Reza Pahlavi, Shah of Iran to Mr. Generalissimo Stalin', when: '1946-07-20' },
  '017_liu-shaoqi-to-malenkov-1949-08.md': { title: 'Liu Shaoqi to Cde. G.M. Malenkov', when: '1949-08' },
};

describe('the dev samples', () => {
  for (const [file, expected] of Object.entries(DEV_SAMPLES)) {
    it(`${file}: valid TEI with its title and date`, async () => {
      const xml = convert(`${SAMPLES}/${file}`);
      await expectValidTei(xml, file.replace(/\.md$/, '.xml'));
      const q = await xpathOver(xml);
      expect(q('//titleStmt/title[@type="main"]')).toEqual([expected.title]);
      expect(q('//sourceDesc/bibl[@type="citation"]/date/@when')).toEqual([expected.when]);
    });
  }
});
