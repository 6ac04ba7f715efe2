import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxonJS } from '../render/saxon.js';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { XSLT_DIR } from '../render/compile.js';
import { createDublinCore, dcValues, type DcField } from './dublin-core.js';

const TEI = join(import.meta.dirname, 'fixtures', 'edition', 'dist', 'tei');
const read = (id: string): string => readFileSync(join(TEI, `${id}.xml`), 'utf8');
const dc = createDublinCore();

/** Throws on anything that is not well-formed XML. */
function wellFormed(xml: string): void {
  new SaxesParser({ xmlns: true }).write(xml).close();
}

/** Values read by hand off the fixture TEI headers. */
const EXPECTED: Record<string, Record<string, string[]>> = {
  'wcda-115180': {
    title: ['Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara'],
    creator: ['S.M. Kudryavtsev'],
    'contributor.translator': ['Svetlana Savranskaya'],
    'date.created': ['1961-07-12'],
    'date.issued': ['2026-11-28'],
    'language.iso': ['en'],
    'description.abstract': [
      "A record of a conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara, recorded in Kudryavtsev's diary. They discuss the internal and economic situations in Cuba, as well as U.S.-Cuban relations.",
    ],
    'description.sponsorship': ['Leon Levy Foundation'],
    subject: ['Sergey Kudryavtsev', 'Ernesto Guevara', 'Organization of American States'],
    'coverage.spatial': ['Cuba', 'Moa'],
    'identifier.uri': ['https://example.org/tei-edition/html/wcda-115180.html'],
    'identifier.other': ['wcda-115180'],
    source: [
      '"Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara", June 3, 1961, Wilson Center Digital Archive, Foreign Policy Archive of the Russian Federation (AVPRF), Moscow, Fond 0104, Opis 17, Folder 118, File 4. pp. 65-67; translated by Svetlana Savranskaya (National Security Archive). https://wilson-center-digital-archive.dvincitest.com/document/115180',
    ],
    'source.uri': ['https://wilson-center-digital-archive.dvincitest.com/document/115180'],
    publisher: ['tei-edition sample edition'],
    rights: ['Creative Commons Attribution 4.0 International'],
    'rights.uri': ['https://creativecommons.org/licenses/by/4.0/'],
    type: ['Text', 'Record of conversation'],
  },
  'polish-telegram-jelen-1962-01-02': {
    title: ['Telegram from Polish Embassy in Havana (Jeleń), 2 January 1962'],
    creator: ['Bolesław Jeleń'],
    'contributor.translator': [],
    'date.created': ['1962-01-02'],
    'description.abstract': [
      'There is an opinion among a small group of the heads of Latin American diplomatic posts that the US would push through the sanctions against Cuba, except for the military ones, as far as possible.',
    ],
    subject: ['Bolesław Jeleń', 'Aleksander Krajewski'],
    'coverage.spatial': ['Havana'],
    source: ['Telegram from Polish Embassy in Havana (Jeleń), 2 January 1962, January 2, 1962'],
    'source.uri': [],
    type: ['Text', 'Telegram'],
  },
};

describe('DSpace dublin_core.xml of each fixture document', () => {
  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: well-formed, with the values of its TEI header`, () => {
      const xml = dc.record(read(id), 'dspace');
      wellFormed(xml);
      expect(xml).toMatch(/<dublin_core schema="dc">/);
      const fields = dc.fields(read(id));
      for (const [name, values] of Object.entries(expected)) expect(dcValues(fields, name), name).toEqual(values);
    });
  }

  it('marks the language of prose values only', () => {
    const fields = dc.fields(read('wcda-115180'));
    const lang = (name: string): string | undefined => fields.find((f: DcField) => `${f.element}.${f.qualifier}` === name)?.language;
    expect(lang('title.none')).toBe('en');
    expect(lang('description.abstract')).toBe('en');
    expect(lang('identifier.uri')).toBeUndefined();
  });

  it('names no translator when the source names none (the TEI keeps a placeholder <name>)', () => {
    const tei = read('polish-telegram-jelen-1962-01-02').replace(
      '<funder>',
      '<respStmt xml:id="tr"><resp>translated by</resp><name>the translator (not named in the source)</name></respStmt><funder>',
    );
    expect(dcValues(dc.fields(tei), 'contributor.translator')).toEqual([]);
    const org = tei.replace('<name>the translator (not named in the source)</name>', '<orgName>National Security Archive</orgName>');
    expect(dcValues(dc.fields(org), 'contributor.translator')).toEqual(['National Security Archive']);
  });

  it('escapes markup-like text in values', () => {
    const tei = read('wcda-115180').replace('Che Guevara</title>', 'Che Guevara &lt;script&gt; &amp; co</title>');
    const xml = dc.record(tei, 'dspace');
    wellFormed(xml);
    expect(dcValues(dc.fields(tei), 'title')[0]).toMatch(/Che Guevara <script> & co$/);
  });
});

describe('both records from one parse', () => {
  it('gives what the two single transforms give', () => {
    for (const id of Object.keys(EXPECTED)) {
      expect(dc.records(read(id))).toEqual({ dspace: dc.record(read(id), 'dspace'), oai_dc: dc.record(read(id), 'oai_dc') });
    }
  });
});

describe('oai_dc record', () => {
  it('is well-formed simple Dublin Core, qualifiers dropped, repeated values once', () => {
    const xml = dc.record(read('wcda-115180'), 'oai_dc');
    wellFormed(xml);
    expect(xml).toContain('<oai_dc:dc ');
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(xml).toContain('<dc:contributor>Svetlana Savranskaya</dc:contributor>');
    expect(xml).toContain('<dc:date>1961-07-12</dc:date>');
    expect(xml).toContain('<dc:title xml:lang="en">Record of Conversation');
    expect(xml.match(/<dc:identifier>/g)).toHaveLength(2);
  });
});

describe('the HTML <meta> tags (named template dcmap:html-meta)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-dc-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes DC-HTML tags from a stylesheet that imports the module (with a TEI default namespace)', () => {
    const xsl = join(tmp, 'head.xsl');
    writeFileSync(
      xsl,
      `<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:dcmap="urn:x-tei-edition:dublin-core"
         xpath-default-namespace="http://www.tei-c.org/ns/1.0" exclude-result-prefixes="#all">
        <xsl:import href="${pathToFileURL(join(XSLT_DIR, 'common', 'dublin-core.xsl')).href}"/>
        <xsl:output method="html" html-version="5"/>
        <xsl:template match="/"><head><title><xsl:value-of select="//titleStmt/title"/></title><xsl:call-template name="dcmap:html-meta"/></head></xsl:template>
      </xsl:stylesheet>`,
    );
    const sef = join(tmp, 'head.sef.json');
    const xslt3 = createRequire(import.meta.url).resolve('xslt3/xslt3.js');
    execFileSync(process.execPath, [xslt3, `-xsl:${xsl}`, `-export:${sef}`, '-nogo', '-relocate:on'], { stdio: 'pipe' });
    const html = SaxonJS.transform(
      { stylesheetInternal: JSON.parse(readFileSync(sef, 'utf8')), sourceText: read('wcda-115180'), destination: 'serialized' },
      'sync',
    ).principalResult as string;
    expect(html).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
    expect(html).toContain('<meta name="DC.title" content="Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara" lang="en">');
    expect(html).toContain('<meta name="DC.contributor" content="Svetlana Savranskaya">');
    expect(html).toContain('<meta name="DCTERMS.created" content="1961-07-12">');
    expect(html).toContain('<meta name="DCTERMS.abstract" content="A record of a conversation');
    expect(html).toContain('<meta name="DCTERMS.license" content="https://creativecommons.org/licenses/by/4.0/">');
  });
});
