// One small hand-written transcription per item of INPUTS.md (test/fixtures/transcriptions/),
// each with the model it must produce; every fixture also passes the words check.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTranscription, parseTranscription, sourceWords, wordsOf } from './index.js';
import { inlinesOf } from './words.js';
import { PipelineError, type Block, type Inline, type Transcription } from '../model/index.js';
import { flatText, walkInline } from '../model/inline.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/transcriptions');

function load(name: string) {
  const file = join(DIR, name);
  const { text, normalisations } = readTranscription(readFileSync(file), file);
  const result = parseTranscription(text, name, normalisations);
  return { text, ...result, t: result.transcription };
}

const inlines = (b: Block): Inline[] => inlinesOf(b).flat();
const nodes = (t: Transcription): Inline[] => t.body.flatMap((b) => [...walkInline(inlines(b))]);
const ofType = <T extends Inline['type']>(t: Transcription, type: T) => nodes(t).filter((n): n is Extract<Inline, { type: T }> => n.type === type);
const items = (b: Block | undefined) => (b && (b.type === 'opener' || b.type === 'closer') ? b.items.map((i) => [i.kind, flatText(i.children)]) : []);

const FIXTURES = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'empty.md');

describe('fixtures', () => {
  it.each(FIXTURES)('%s: every word of the body is kept', (name) => {
    const { text, bodyOffset, t } = load(name);
    expect(sourceWords(t)).toEqual(wordsOf(text.slice(bodyOffset)));
  });

  it('header sections reordered and missing, curly-quote citation, /node/ URL, several funders, letter-spaced heading', () => {
    const { t, warnings } = load('header-reordered-missing.md');
    expect(t.header.date).toEqual({ text: 'November 03, 1972', when: '1972-11-03' });
    expect(t.header.originalLanguage).toBe('Hungarian');
    expect(t.header.summary).toEqual(['The ambassador reports on talks.']);
    expect(t.header.contents).toBeUndefined();
    expect(t.header.url).toBe('http://digitalarchive.wilsoncenter.org/node/45123');
    expect(t.header.recordNumber).toBeUndefined();
    expect(t.id).toBe('header-reordered-missing');
    expect(t.header.funders).toEqual(['MacArthur Foundation', 'Leon Levy Foundation', 'Blavatnik Family Foundation']);
    const c = t.header.citation!;
    expect(c.title).toBe('Memorandum on the Talks in Budapest');
    expect(c).toMatchObject({ repository: 'Hungarian National Archives', repositoryAbbr: 'MOL', settlement: 'Budapest' });
    expect(c.identifiers).toEqual([{ type: 'signature', value: 'XIX-J-1-j' }, { type: 'box', value: '12' }, { type: 'signature', value: '4-0023/1972' }]);
    expect(c.translator).toEqual({ name: 'Balázs Szalontai', phrase: 'Translated [by]' });
    expect(t.kind).toBe('memorandum');
    expect(t.body[0]).toMatchObject({ type: 'head', children: [{ type: 'hi', rend: 'letterspaced' }] });
    expect(warnings.some((w) => /Credits|Citation|Summary/.test(w.message))).toBe(false);
  });

  it('a plain transcription with no header converts, title from the first line, a warning per missing field', () => {
    const { t, warnings } = load('header-none.md');
    expect(t.header.title).toBe('Note on a Conversation with Comrade Ulbricht');
    expect(warnings.filter((w) => w.code === 'parse.missing-field').map((w) => w.message)).toEqual([
      'no date line in the transcription', 'no Citation section in the transcription', 'no Summary section in the transcription',
      'no Credits section in the transcription', 'no Original Language section in the transcription', 'no record URL in the transcription',
    ]);
    expect(t.body[0].type).toBe('head');
    expect(ofType(t, 'date')[0]).toMatchObject({ when: '1947-12-16' });
    const list = t.body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map((i) => i.label)).toEqual(['1.', '2.']);
    // Reported speech is not a speaker label.
    expect(t.body.some((b) => b.type === 'sp')).toBe(false);
  });

  it('BArch citation, "Obtained and translated by", footnote marker in brackets, archival note', () => {
    const { t } = load('citation-rgaspi-barch.md');
    const c = t.header.citation!;
    expect(c.repository).toBe('BArch');
    expect(c.identifiers).toEqual([{ type: 'signature', value: 'B 136/3456' }]);
    expect(c.translator).toEqual({ name: 'Bernd Schaefer', phrase: 'Obtained and translated by' });
    expect(t.header.contents).toBe('English Translation');
    expect(ofType(t, 'noteRef')).toEqual([{ type: 'noteRef', n: '1', source: '[1]' }]);
    expect(t.footnotes.map((f) => [f.n, flatText(f.children)])).toEqual([['1', 'BArch B 136/3456, sheet 2.']]);
    expect(t.creationDate).toBe('1949-08-03');
  });

  it('markings, copy and registry numbers, routing codes', () => {
    const { t } = load('markings.md');
    expect(t.classification).toEqual(['Secret', 'Extremely Urgent', 'Top Priority', 'Special', 'Urgent', 'Eyes Only']);
    expect(items(t.body[0])).toEqual([
      ['classification', 'Secret.'], ['copy', 'Copy Nº 2'], ['classification', 'SECRET—EXTREMELY URGENT'], ['classification', 'TOP PRIORITY/SPECIAL'],
      ['classification', 'URGENT, EYES ONLY'], ['routing', 'DEA/DNU/4032/600.(24h)'], ['registry', 'No. 72/III'],
    ]);
    expect(t.kind).toBe('telegram');
  });

  it('every bracket form', () => {
    const { t } = load('brackets.md');
    const p = t.body[0];
    expect(p.type).toBe('p');
    const kids = inlines(p);
    expect(kids.find((n) => n.type === 'supplied' && n.depth === 2)).toMatchObject({ children: [{ type: 'text', value: 'N. P. Varnov?' }] });
    expect(ofType(t, 'supplied').filter((s) => s.reason === 'completion').map((s) => flatText(s.children))).toEqual(['in', 's']);
    expect(ofType(t, 'sic').map((s) => [flatText(s.children), s.marker])).toEqual([['guests', '[sic]'], ['BEIPING', '[SIC]']]);
    expect(ofType(t, 'uncertain').map((s) => [flatText(s.children), s.marker])).toEqual([['arrived', '[?]']]);
    expect(ofType(t, 'gap').map((g) => [g.reason, g.source])).toEqual([['omitted', '[...]'], ['omitted', '[…]'], ['omitted', '…'], ['signature', '[Stalin’s signature]']]);
    expect(t.body[1]).toMatchObject({ type: 'summary', resp: 'ed' });
    expect(flatText(inlines(t.body[1]))).toMatch(/^The rest of the report .* omitted here\.$/);
    const handwritten = ofType(t, 'editorialNote').find((n) => n.kind === 'handwritten');
    expect(handwritten?.children.some((c) => c.type === 'lb')).toBe(true);
    expect(t.body[3]).toMatchObject({ type: 'stamp' });
    expect(ofType(t, 'date').find((d) => d.when === '1962-05-12')).toBeDefined();
    expect(items(t.body.find((b) => b.type === 'closer'))).toEqual([['signature', ' ']]);
  });

  it('dates: Roman months, a night range, a time, date not filled in', () => {
    const { t, warnings } = load('dates-roman-night.md');
    const dates = ofType(t, 'date');
    expect(dates.map((d) => [flatText(d.children), d.when, d.from, d.to])).toEqual([
      ['27/28/X/62', undefined, '1962-10-27', '1962-10-28'],
      ['16.XII.1947', '1947-12-16', undefined, undefined],
      ['August 1949', '1949-08', undefined, undefined],
    ]);
    expect(dates[1].dateType).toBe('received-date');
    // `at 1800` is a time, not a year.
    expect(dates.some((d) => flatText(d.children).includes('1800'))).toBe(false);
    expect(ofType(t, 'gap').map((g) => g.reason)).toEqual(['not-filled-in']);
    expect(warnings.filter((w) => w.code === 'parse.date-uncertain')).toEqual([]);
  });

  it('closer: [signature] then (A. PUZANOV); salutation', () => {
    const { t } = load('closer-puzanov-brackets.md');
    expect(items(t.body[0])).toEqual([['salute', 'Dear Comrade Kim Il Sung,']]);
    expect(items(t.body.find((b) => b.type === 'closer'))).toEqual([['role', 'USSR Ambassador in the DPRK'], ['signature', ' '], ['signer', '(A. PUZANOV)']]);
    expect(t.kind).toBe('letter');
  });

  it('closer: /Khosrow Eghbal/ under a role', () => {
    const { t } = load('closer-slashes.md');
    expect(items(t.body[0])).toEqual([['salute', 'Your Excellency,']]);
    expect(items(t.body.find((b) => b.type === 'closer'))).toEqual([['role', 'Prime Minister of Iran'], ['signer', '/Khosrow Eghbal/']]);
  });

  it('closer: NOTE OF DCA and initials', () => {
    const { t } = load('closer-note-initials.md');
    expect(items(t.body.find((b) => b.type === 'closer'))).toEqual([['line', 'NOTE OF DCA: --'], ['signer', 'BK']]);
    expect(t.kind).toBe('record-of-conversation');
  });

  it('lists from 2), full-width numbering, letters; page marker; markdown-looking lines stay text', () => {
    const { t } = load('lists-and-pages.md');
    expect(ofType(t, 'pb')).toEqual([{ type: 'pb', n: '1', source: '(p. 1)' }]);
    const lists = t.body.filter((b) => b.type === 'list');
    expect(lists.map((l) => l.type === 'list' && l.items.map((i) => i.label))).toEqual([['2)', '3)'], ['1．', '2．'], ['A.', 'B.']]);
    const dash = t.body.find((b) => b.type === 'p' && flatText(b.children).startsWith('- This line'));
    expect(dash && flatText(inlines(dash))).toBe('- This line starts with a dash but is document text.\n# This line starts with a hash.\n> And this one with a quote sign, _not_ emphasis.');
    expect(t.body.some((b) => b.type === 'p' && flatText(b.children) === '1. A numbered paragraph alone.')).toBe(true);
  });

  it('flattened columns of a letterhead and stamp', () => {
    const { t } = load('layout-columns.md');
    expect(t.body[0].type).toBe('stamp');
    expect(flatText(inlines(t.body[0]))).toBe('MINISTRY OF FOREIGN AFFAIRS          Incoming Nº 123\nDepartment IV                        5 January 1962');
    expect(items(t.body[1])).toEqual([['routing', 'To: Cde. Rapacki']]);
  });

  it('speaker labels, not field labels or reported speech', () => {
    const { t } = load('speakers.md');
    const sp = t.body.filter((b) => b.type === 'sp');
    expect(sp.map((s) => s.type === 'sp' && flatText(s.speaker))).toEqual(['ZHOU:', 'KISSINGER:', 'Mr. Kissinger:']);
    expect(t.body.filter((b) => b.type === 'p').map((b) => flatText(inlines(b)))).toEqual(['Cde. Stalin asks whether the line is clear.', 'To: this is not a speaker']);
  });
});

describe('fixtures, second round', () => {
  it('transcript with name labels: repeated or between speeches; day ranges; mid-text heading and date warned', () => {
    const { t, warnings } = load('transcript-names.md');
    expect(t.kind).toBe('record-of-conversation');
    expect(t.body.filter((b) => b.type === 'sp').map((s) => s.type === 'sp' && flatText(s.speaker))).toEqual(['Khrushchev:', 'Mao Zedong:', 'Khrushchev:']);
    expect(ofType(t, 'date').filter((d) => d.from).map((d) => [d.from, d.to])).toEqual([['1959-10-27', '1959-10-28'], ['1959-10-03', '1959-10-04']]);
    expect(warnings.filter((w) => w.code === 'parse.unrecognised-block').map((w) => w.line)).toEqual([13, 15]);
    const list = t.body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map((i) => i.label)).toEqual(['(a)', '(b)']);
  });

  it('citation split on full stops and semicolons, translator for an organisation, multi-line language and contents, superscript note, (signature)', () => {
    const { t } = load('citation-dotted.md');
    const c = t.header.citation!;
    expect(c).toMatchObject({ repository: 'Archive of the President of the Russian Federation', repositoryAbbr: 'APRF', reference: 'Fond 45; Opis 1, Delo 346, Listy 12-14' });
    expect(c.identifiers).toEqual([{ type: 'fond', value: '45' }, { type: 'opis', value: '1' }, { type: 'delo', value: '346' }, { type: 'list', value: '12-14' }]);
    expect(c.translator).toEqual({ name: 'Kathryn Weathersby', org: 'Cold War International History Project', phrase: 'Translated by' });
    expect(t.header.originalLanguage).toBe('Russian, Korean');
    expect(t.header.contents).toBe('Translation - English, Original Scan');
    expect(ofType(t, 'noteRef')).toEqual([{ type: 'noteRef', n: '1', source: '¹' }]);
    expect(items(t.body.find((b) => b.type === 'closer'))).toEqual([['salute', 'With comradely greetings,'], ['signature', '(signature)'], ['signer', 'Kim Il Sung']]);
  });
});

describe('fixtures, third round', () => {
  it('labels with their text on the same line, a markdown heading as title, a plain date line', () => {
    const { t, text, bodyOffset } = load('header-inline-labels.md');
    expect(t.header.date).toEqual({ text: 'June 3, 1961', when: '1961-06-03' });
    expect(t.header.title).toBe('Telegram from the Soviet Embassy in Havana');
    expect(t.header.citation).toMatchObject({ repository: 'RGANI', reference: 'f. 5, op. 50, d. 1', url: 'https://digitalarchive.wilsoncenter.org/document/123456' });
    expect(t.id).toBe('wcda-123456');
    expect(t.header.summary).toEqual(['The embassy reports.']);
    expect(t.header.funders).toEqual(['Leon Levy Foundation']);
    expect(t.header.originalLanguage).toBe('Russian');
    expect(text.slice(bodyOffset).startsWith('Top Secret')).toBe(true);
    expect(t.classification).toEqual(['Top Secret']);
  });

  it('language and contents written as markdown lists; a document line after them that starts with a dash', () => {
    const { t, text, bodyOffset } = load('header-contents-list.md');
    expect(t.header.originalLanguage).toBe('Russian, Hungarian');
    expect(t.header.contents).toBe('Translation - English, Original Scan');
    expect(text.slice(bodyOffset).startsWith('- The first line')).toBe(true);
    expect(t.kind).toBe('report');
  });

  it('a [Stamp: …] block at the top, then markings; a translator’s note paragraph is a remark, not a summary', () => {
    const { t } = load('stamp-first.md');
    expect(t.body.map((b) => b.type)).toEqual(['stamp', 'opener', 'p', 'p']);
    expect(ofType(t, 'editorialNote').map((n) => n.kind)).toEqual(['stamp', 'translator-note']);
    expect(ofType(t, 'date')[0]).toMatchObject({ when: '1962-05-03', dateType: 'received-date' });
    expect(t.classification).toEqual(['Top Secret']);
  });

  it('a memorandum: copy count in the opener, role under the signer, a Copies: distribution list', () => {
    const { t } = load('memorandum-hungarian.md');
    expect(t.id).toBe('wcda-110123');
    expect(t.kind).toBe('record-of-conversation');
    expect(items(t.body[0])).toEqual([['classification', 'Strictly Secret!'], ['copy', 'Made in 3 copies']]);
    expect(t.classification).toEqual(['Strictly Secret']);
    expect(t.body[1].type).toBe('head');
    expect(items(t.body.find((b) => b.type === 'closer'))).toEqual([['dateline', 'Budapest, 12 March 1957'], ['signer', '(Endre Sík)'], ['role', 'Deputy Foreign Minister']]);
    const ps = t.body[t.body.length - 1];
    expect(ps.type === 'postscript' && ps.children.map((b) => b.type)).toEqual(['list']);
    expect(t.creationDate).toBe('1957-03-12');
  });

  it('a US memorandum of conversation: compound markings, PARTICIPANTS: block, labelled date range and place, titled speakers', () => {
    const { t } = load('memcon-us.md');
    expect(t.classification).toEqual(['Top Secret', 'Sensitive', 'Eyes Only']);
    expect(t.header.citation).toMatchObject({ repository: 'Nixon Presidential Library', identifiers: [{ type: 'box', value: '98' }] });
    expect(t.header.citation?.settlement).toBeUndefined();
    const roster = t.body.find((b) => b.type === 'list');
    expect(roster?.type === 'list' && [roster.listType, flatText(roster.head ?? []), roster.items.length]).toEqual(['participants', 'PARTICIPANTS:', 3]);
    expect(ofType(t, 'date')[0]).toMatchObject({ from: '1973-02-17', to: '1973-02-18', dateType: 'conversation-or-meeting-date' });
    expect(t.setting?.place).toBe('Chairman Mao’s Residence, Peking');
    expect(t.body.filter((b) => b.type === 'sp').map((s) => s.type === 'sp' && flatText(s.speaker))).toEqual(['Chairman Mao:', 'Dr. Kissinger:', 'Chairman Mao:', 'Prime Minister Chou:', 'Dr. Kissinger:']);
  });
});

describe('reading the bytes', () => {
  it('BOM, CRLF, tabs, non-breaking spaces and NFD accents are normalised and recorded', () => {
    const { text, normalisations } = readTranscription(readFileSync(join(DIR, 'hygiene-bom-crlf-nfd.md')), 'x.md');
    expect(text.startsWith('**June 3, 1961**\n\n')).toBe(true);
    expect(text).toContain('Café Müller met    the minister.');
    expect(text).toBe(text.normalize('NFC'));
    expect(normalisations).toEqual([
      'Byte-order mark removed.', 'Line ends normalised from CRLF/CR to LF.', 'Tab characters replaced by spaces.',
      'Non-breaking spaces replaced by ordinary spaces.', 'Unicode normalised to NFC (composed accents).',
    ]);
    const { t } = load('hygiene-bom-crlf-nfd.md');
    expect(t.header.title).toBe('A Note in CRLF with BOM');
    expect(t.body.map((b) => b.type)).toEqual(['p']);
  });

  it.each([
    ['empty.md', 'input.empty', /empty/],
    ['not-utf8.txt', 'input.not-utf8', /not valid UTF-8.*Re-save it as UTF-8/],
    ['binary.bin', 'input.binary', /binary file/],
  ])('%s is refused with a clear message', (name, code, message) => {
    let caught: unknown;
    try {
      readTranscription(readFileSync(join(DIR, name)), name);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PipelineError);
    const d = (caught as PipelineError).diagnostic;
    expect(d.code).toBe(code);
    expect(d.message).toMatch(message);
    expect(d.message).toContain(name);
  });

  it('UTF-16 is refused', () => {
    expect(() => readTranscription(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'u16.md')).toThrow(/UTF-16/);
  });
});
