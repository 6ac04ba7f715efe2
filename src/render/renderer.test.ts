import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SaxonJS } from './saxon.js';
import { createRenderer, type Renderer } from './index.js';
import { PACKAGE_ROOT } from './compile.js';

const fixture = (name: string) => readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'tei', name), 'utf8');
let renderer: Renderer;
beforeAll(async () => {
  renderer = await createRenderer({ baseUrl: 'https://edition.example.org/', editionTitle: 'Test Edition' });
});

describe('the document page', () => {
  it('shows the header in a metadata panel', () => {
    const { html } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    for (const [label, value] of [
      ['Date', '<time datetime="1961-06-03">June 3, 1961</time>'],
      ['Kind', 'Record of conversation'],
      ['Classification', 'Top Secret'],
      ['Archive', 'Foreign Policy Archive of the Russian Federation (AVPRF), Moscow'],
      ['Shelfmark', 'Fond 0104, Opis 17, Folder 118, File 4'],
      ['Pages', 'pp. 65-67'],
      ['Original language', 'Russian'],
      ['Translator', 'Svetlana Savranskaya (National Security Archive)'],
      ['Funder', 'Leon Levy Foundation'],
      ['Licence', '<a href="https://creativecommons.org/licenses/by/4.0/" rel="external">Creative Commons Attribution 4.0 International</a>'],
    ]) {
      expect(html).toContain(`<dt>${label}</dt><dd>${value}</dd>`);
    }
    expect(html).toContain('<a href="https://wilson-center-digital-archive.dvincitest.com/document/115180" rel="external">');
    expect(html).toContain('<a href="../tei/wcda-115180.xml">TEI-XML</a>');
    expect(html).toContain('<a href="../text/wcda-115180.txt">Plain text</a>');
  });

  it('links names to their index entries, with standard name and role as tooltip', () => {
    const { html } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    expect(html).toMatch(/<a class="name person" href="..\/persons.html#ray-manolo" title="Manolo Ray — Former Cuban Minister of Public Works" data-card="card-ray-manolo"><span class="supplied" title="Supplied by the translator \(completion of a name or word\)"><span class="bracket" aria-hidden="true">\[<\/span>Manolo<span class="bracket" aria-hidden="true">\]<\/span><\/span> Ray<\/a>/);
    expect(html).toContain('href="../places.html#moa"');
    expect(html).toContain('href="../organisations.html#oas"');
    // the card of Moa carries its GeoNames link
    expect(html).toMatch(/id="card-moa"[^]*?<a href="https:\/\/www.geonames.org\/3546791" rel="external">GeoNames<\/a>/);
  });

  it('never nests links: a name inside a name links each part to its own entry', () => {
    const { html } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    expect(html).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /s);
    expect(html).toContain('href="../persons.html#roosevelt-eleanor"');
    expect(html).toMatch(/<span class="name org compound">.*href="..\/organisations.html#tractors-for-freedom"/);
  });

  it('prints a supplied text split by @next/@prev in one pair of brackets', () => {
    const { html, text } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    expect(text.replace(/\s+/g, ' ')).toContain('[Dominican Republic President Rafael] Trujillo');
    const trujillo = html.slice(html.indexOf('assassination of'), html.indexOf('Trujillo</a>'));
    expect(trujillo.match(/>\[</g)).toHaveLength(1);
    expect(trujillo.match(/>\]</g)).toHaveLength(1);
  });

  it('numbers footnotes with links both ways and shows every editorial form', () => {
    const { html } = renderer.renderDocument(fixture('features.xml'), { id: 'features' });
    expect(html).toContain('<a id="ref-fn-note-1" href="#fn-note-1" aria-label="Note 1">1</a>');
    expect(html).toContain('<li id="fn-note-1" class="footnote">');
    expect(html).toContain('href="#ref-fn-note-1"');
    expect(html).toContain('<span class="sic" title="Thus in the original">BEIPING</span> <span class="marker">[SIC]</span>');
    expect(html).toContain('<span class="unclear" title="Uncertain reading">zafra</span> <span class="marker">[?]</span>');
    expect(html).toContain('<span class="gap" title="Not reproduced (text omitted)">[…]</span>');
    expect(html).toContain('<span class="gap" title="Not reproduced (signature)">[Signature]</span>');
    expect(html).toMatch(/<span class="bracket" aria-hidden="true">\[\[<\/span><a class="name person"[^>]*>N. P. Varnov<\/a>\?<span class="bracket" aria-hidden="true">\]\]<\/span>/);
    expect(html).toContain('title="Supplied by the editor (clarification)"');
    expect(html).toContain('title="Note by the translator (editorial comment)"');
    expect(html).toContain('<span class="label">1)</span> first point;');
    expect(html).toContain('<p class="speaker">North (KIM):</p>');
    // a second marker of the same note points to it, without a second back-link target
    expect(html).toContain('We agree.<sup class="noteref"><a href="#fn-note-1" aria-label="Note 1">1</a></sup>');
  });

  it('has citation_* and Dublin Core meta tags, and BibTeX and RIS downloads', () => {
    const { html } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    expect(html).toContain('<meta name="citation_title" content="Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara">');
    expect(html).toContain('<meta name="citation_date" content="1961/06/03">');
    expect(html).toContain('<meta name="DC.title"');
    expect(html).toContain('<meta name="citation_public_url" content="https://example.org/tei-edition/html/wcda-115180.html">');
    const bib = decodeURIComponent(html.match(/href="data:application\/x-bibtex;charset=utf-8,([^"]+)"/)![1]!);
    expect(bib).toMatch(/^@misc\{wcda-115180,\n  title = \{Record of Conversation/);
    expect(bib).toContain('date = {1961-06-03}');
    const ris = decodeURIComponent(html.match(/href="data:application\/x-research-info-systems;charset=utf-8,([^"]+)"/)![1]!);
    expect(ris).toMatch(/^TY {2}- MANSCPT\r\n/);
    expect(ris).toContain('DA  - 1961/06/03/');
    expect(ris).toMatch(/ER {2}- \r\n$/);
  });

  it('gives the same bytes for the same TEI (ids from the TEI, not generate-id)', () => {
    const a = renderer.renderDocument(fixture('features.xml'), { id: 'features' });
    const b = renderer.renderDocument(fixture('features.xml'), { id: 'features' });
    expect(b.html).toBe(a.html);
    expect(b.text).toBe(a.text);
  });
});

describe('hostile content', () => {
  const rendered = () => renderer.renderDocument(fixture('features.xml'), { id: 'features' });
  it('comes out as inert text', () => {
    const { html, text } = rendered();
    expect(html).not.toMatch(/<script>alert/i);
    expect(html).not.toMatch(/<b>markup/);
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(text).toContain('The text <script>alert("x")</script> is only text');
  });
  it('never emits a URL from the TEI as a link unless it is http(s)', () => {
    const { html } = rendered();
    expect(html).not.toMatch(/(href|src|content)="\s*javascript:/i);
    expect(html).toContain('<span class="inert-url">javascript:alert(document.cookie)</span>');
    // the permanent URL falls back to the configured base URL
    expect(html).toContain('<meta name="citation_public_url" content="https://edition.example.org/html/features.html">');
    // an authority id that is not an id makes no link
    expect(html).not.toMatch(/wikidata.org\/wiki\/javascript/);
  });
  it('the stylesheet cannot read files outside its own folders', () => {
    expect(() => SaxonJS.XPath.evaluate("unparsed-text('file:///etc/hostname')")).toThrow(/not allowed/);
    expect(() => SaxonJS.getPlatform().readFile('/etc/passwd')).toThrow(/not allowed/);
  });
  it('a TEI file crafted to read or write files gets neither done', () => {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    const crafted = fixture('wcda-115180.xml')
      .replace('<TEI ', '<?xml-stylesheet href="file:///etc/passwd"?><TEI xmlns:xi="http://www.w3.org/2001/XInclude" ')
      .replace(
        /<p>/,
        '<p><xi:include href="file:///etc/passwd" parse="text"/><ptr target="file:///etc/passwd"/><ref target="../../../../etc/passwd">passwd</ref><graphic url="file:///etc/passwd"/> ',
      );
    const { html, text } = renderer.renderDocument(crafted, { id: '../../../tmp/escape' });
    expect(html + text).not.toContain(passwd);
    expect(html).not.toMatch(/(href|src)="file:/);
    const external = '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + crafted.replace(/^<\?xml[^>]*>/, '').replace('<p>', '<p>&x;');
    expect(() => renderer.renderDocument(external, { id: 'x' })).toThrow();
  });
  it('refuses a document that is not TEI', () => {
    expect(() => renderer.renderDocument('<html><body>x</body></html>', { id: 'x' })).toThrow(/Not a TEI document/);
  });
});

describe('the plain-text edition', () => {
  it('has a header block, then the text with brackets and line breaks as in the source', () => {
    const { text } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    expect(text.startsWith('Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev\nand Che Guevara\nDate: June 3, 1961\n')).toBe(true);
    expect(text).toContain('Translated by: Svetlana Savranskaya (National Security Archive)\n');
    expect(text).toContain('Source: https://wilson-center-digital-archive.dvincitest.com/document/115180\n');
    expect(text).toContain('\nRECORD OF CONVERSATION\nwith Minister of Industry of the Republic of Cuba\nErnesto Guevara\n');
    expect(text).toContain('\nUSSR Ambassador to the Republic of Cuba\n[Signature]\nKudryavtsev\n');
    expect(text).toContain('[Eleanor] Roosevelt\n[Tractors for Freedom] committee.');
  });
  it('is wrapped at 78 columns, LF only, ending with one newline', () => {
    for (const name of ['wcda-115180.xml', 'features.xml']) {
      const { text } = renderer.renderDocument(fixture(name), { id: 'x' });
      expect(text).not.toContain('\r');
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      for (const line of text.split('\n')) {
        if (line.length > 78) expect(line).not.toContain(' ');
      }
    }
  });
  it('keeps lists, speeches and footnotes (at the end)', () => {
    const { text } = renderer.renderDocument(fixture('features.xml'), { id: 'features' });
    expect(text).toContain('Points:\n1) first point;\n2) second point');
    expect(text).toContain('North (KIM): We agree.[1]');
    expect(text).toContain('Ambassador KRAJEWSKI[1] reports […] the harvest\nzafra [?] is (p. 2)late.');
    expect(text).toMatch(/\nNotes\n\n\[1\] Jan Krajewski, the ambassador.\n\n\[2\] Archival note: BArch B 136\/1.\n$/);
  });
});

describe('the summary for the site', () => {
  it('is taken from the TEI, with each entity and the blocks where it occurs', () => {
    const { summary } = renderer.renderDocument(fixture('wcda-115180.xml'), { id: 'wcda-115180' });
    expect(summary).toMatchObject({ id: 'wcda-115180', date: '1961-06-03', kind: 'record-of-conversation', kindLabel: 'Record of conversation' });
    const guevara = summary.entities.find((e) => e.id === 'guevara-ernesto')!;
    expect(guevara).toMatchObject({ kind: 'person', name: 'Ernesto Guevara', role: 'Minister of Industry of the Republic of Cuba' });
    const blocks = (guevara['occurrences'] as { block: string }[]).map((o) => o.block);
    expect(blocks[0]).toBe('head1');
    expect(blocks).toContain('p8');
    expect(summary.entities.find((e) => e.id === 'moa')!['geo']).toEqual([20.65776, -74.95075]);
    expect(String(summary['text'])).toContain('nickel plant in Moa');
  });
});

describe('outputs on demand', () => {
  it('gives only the text edition when only the text is asked for, the same as in a full render', () => {
    const tei = fixture('features.xml');
    const only = renderer.renderDocument(tei, { id: 'features', outputs: ['text'] });
    expect(only.html).toBe('');
    expect(only.text).toBe(renderer.renderDocument(tei, { id: 'features' }).text);
  });
});
