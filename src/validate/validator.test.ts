// The validator on a small hand-written schema: the three layers, hostile input refused safely,
// the grammar cache, and schema resolution.
import { mkdtempSync, writeFileSync, existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, SchemaNotFound, type Validator } from './index.js';
import { schemaFromXmlModel } from './schema-resolution.js';

const TEI = 'http://www.tei-c.org/ns/1.0';
// A tiny TEI-like grammar: TEI > (teiHeader > title), text > p* (p: text and persName), ids typed ID.
const NOTE_RNG = `<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="${TEI}" datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="TEI"><optional><attribute name="xml:id" ns="http://www.w3.org/XML/1998/namespace"><data type="ID"/></attribute></optional>
    <element name="teiHeader"><element name="title"><text/></element></element>
    <element name="text"><zeroOrMore><ref name="p"/></zeroOrMore></element>
  </element></start>
  <define name="p"><element name="p">
    <optional><attribute name="xml:id" ns="http://www.w3.org/XML/1998/namespace"><data type="ID"/></attribute></optional>
    <optional><attribute name="n"><data type="integer"/></attribute></optional>
    <optional><attribute name="rend"><choice><value>bold</value><value>italic</value></choice></attribute></optional>
    <mixed><zeroOrMore><element name="persName"><optional><attribute name="ref"/></optional><optional><attribute name="key"/></optional><text/></element></zeroOrMore></mixed>
  </element></define>
</grammar>`;

const dir = mkdtempSync(join(tmpdir(), 'tei-edition-validate-'));
const rng = join(dir, 'note.rng');
writeFileSync(rng, NOTE_RNG);
const doc = (body: string, prolog = '') =>
  `${prolog}<TEI xmlns="${TEI}"><teiHeader><title>T</title></teiHeader><text>${body}</text></TEI>`;

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ schema: rng, cacheDir: join(dir, 'cache') });
});

describe('three layers', () => {
  it('accepts a valid document', () => {
    const report = validator.validateText(doc('<p xml:id="a">Hello <persName ref="#a" key="a">A</persName></p>'), 'ok.xml');
    expect(report).toMatchObject({ file: 'ok.xml', valid: true, problems: [] });
  });

  it('reports a well-formedness error with line and column, and nothing else', () => {
    const report = validator.validateText(`<TEI xmlns="${TEI}">\n<teiHeader><title>T</title></teiHeader>\n<text><p>x</text></TEI>`, 'bad.xml');
    expect(report.valid).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ layer: 'well-formedness', line: 3 });
  });

  it('reports schema errors as an editor reads them', () => {
    const report = validator.validateText(`<TEI xmlns="${TEI}">\n<teiHeader></teiHeader>\n<text><p n="two">x</p><q/></text></TEI>`, 'schema.xml');
    const messages = report.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(messages).toContain('2:24 element "teiHeader" incomplete; expected "title"');
    expect(messages).toContain('3:18 value "two" of attribute "n" on element "p" is invalid');
    expect(messages).toContain('3:27 element "q" not allowed here in "text"');
    expect(report.problems.every((p) => p.layer === 'schema')).toBe(true);
  });

  it('names the allowed values of a closed list', () => {
    const report = validator.validateText(doc('<p rend="red">x</p>'), 'list.xml');
    expect(report.problems.map((p) => p.message)).toEqual(['value "red" of attribute "rend" on element "p" is invalid; allowed: "bold", "italic"']);
  });

  it('reports the rules with their ids', () => {
    const report = validator.validateText(doc('<p xml:id="a">x <persName ref="#b" key="a"></persName></p>'), 'rules.xml');
    expect(report.problems.map((p) => p.rule).sort()).toEqual(['names-not-empty', 'pointers-resolve', 'ref-key-agree']);
  });

  it('skips the rules when asked', async () => {
    const noRules = await createValidator({ schema: rng, rules: false, cacheDir: join(dir, 'cache') });
    expect(noRules.validateText(doc('<p>x <persName ref="#nowhere">y</persName></p>'), 'x.xml').valid).toBe(true);
  });
});

describe('hostile input is refused safely', () => {
  const refused = (xml: string) => {
    const report = validator.validateText(xml, 'hostile.xml');
    expect(report.valid).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    return report.problems[0]!.message;
  };

  it('a DOCTYPE with an external entity: refused, nothing read', () => {
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'SECRET-CONTENT');
    const message = refused(`<!DOCTYPE TEI [<!ENTITY x SYSTEM "file://${secret}">]>` + doc('<p>&x;</p>'));
    expect(message).toMatch(/refused: the DOCTYPE declares entities/);
    expect(message).not.toContain('SECRET');
  });

  it('an external DTD: refused', () => {
    expect(refused('<!DOCTYPE TEI SYSTEM "http://example.org/tei.dtd">' + doc(''))).toMatch(/external DTD/);
  });

  it('billion laughs: refused without expanding anything', () => {
    const entities = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const started = performance.now();
    expect(refused(`<!DOCTYPE TEI [<!ENTITY l0 "lol">${entities}]>` + doc('<p>&l10;</p>'))).toMatch(/refused/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a file over the size limit: refused before parsing', async () => {
    const small = await createValidator({ schema: rng, maxBytes: 1000, cacheDir: join(dir, 'cache') });
    const report = small.validateText(doc('<p>' + 'x'.repeat(2000) + '</p>'), 'big.xml');
    expect(report.problems[0]!.message).toMatch(/larger than the limit of 1000 bytes/);
  });

  it('a 100 MB file: refused under the default limit, quickly', () => {
    const huge = doc('<p>' + 'x'.repeat(100 * 1024 * 1024) + '</p>');
    const started = performance.now();
    expect(refused(huge)).toMatch(/larger than the limit/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('binary data and text that is not XML', () => {
    expect(refused('\u0000\u0001PNG\u0000')).toMatch(/binary data/);
    expect(refused('Dear editor, this is a letter.')).toBeTruthy();
    expect(refused('')).toBeTruthy();
  });

  it('100,000 levels of nesting: refused, bounded time and stack', () => {
    const deep = `<TEI xmlns="${TEI}">` + '<p>'.repeat(100_000) + '</p>'.repeat(100_000) + '</TEI>';
    expect(refused(deep)).toMatch(/nested more than 1000 levels/);
  });
});

describe('grammar cache', () => {
  it('converts once, then loads from the cache folder', async () => {
    const cacheDir = join(dir, 'fresh-cache');
    const first = await createValidator({ schema: rng, cacheDir });
    const files = readdirSync(cacheDir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(1);
    // Read back, the grammar is marked as used (src/cache.ts removes files unused for a month).
    const monthAgo = (Date.now() - 40 * 86_400_000) / 1000;
    utimesSync(join(cacheDir, files[0]!), monthAgo, monthAgo);
    const second = await createValidator({ schema: rng, cacheDir });
    expect(first.loads[0]!.source).toBe('converted');
    expect(second.loads[0]!.source).toBe('cache');
    expect(statSync(join(cacheDir, files[0]!)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('schema resolution', () => {
  it('TEI All asked for and not found: says where to get it and how to point to it', async () => {
    const error = await createValidator({ schema: 'tei-all', env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaNotFound);
    expect((error as Error).message).toMatch(/tei_all\.rng/);
    expect((error as Error).message).toMatch(/--schema FILE\.rng/);
    expect((error as Error).message).toMatch(/TEI_ALL_RNG/);
  });

  it('a missing schema file is an error, not a silent pass', async () => {
    await expect(createValidator({ schema: join(dir, 'nothing.rng') })).rejects.toThrow(/does not exist/);
  });

  it('<?xml-model?> naming a local file, relative to the document', async () => {
    const xml = doc('<p>x</p>', '<?xml-model href="note.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n');
    const file = join(dir, 'doc.xml');
    expect(schemaFromXmlModel(xml, file, {})).toEqual({ file: rng, label: rng });
    const auto = await createValidator({ cacheDir: join(dir, 'cache') });
    await auto.prepare(xml, file);
    expect(auto.validateText(xml, file)).toMatchObject({ valid: true, schema: rng });
  });

  it('<?xml-model?> naming TEI All by URL: TEI_ALL_RNG when set, else not used', () => {
    const xml = doc('', '<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>');
    expect(schemaFromXmlModel(xml, join(dir, 'd.xml'), { TEI_ALL_RNG: rng })).toEqual({ file: rng, label: 'tei-all' });
    expect(schemaFromXmlModel(xml, join(dir, 'd.xml'), {})).toBeUndefined();
  });

  it('a Schematron xml-model is not taken for RELAX NG', () => {
    const xml = doc('', '<?xml-model href="note.rng" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>');
    expect(schemaFromXmlModel(xml, join(dir, 'd.xml'), {})).toBeUndefined();
  });
});

it('the cache folder exists only where asked', () => {
  expect(existsSync(join(dir, 'cache'))).toBe(true);
});
