import { expect, it } from 'vitest';
import { appendText, element, rootElement, type El } from './builders/element.js';
import { serializeDocument } from './serialize.js';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
/** The root element as written, without the declaration before it and the line end after it. */
const serialize = (root: El) => {
  const xml = serializeDocument(root);
  expect(xml.startsWith(DECLARATION) && xml.endsWith('\n')).toBe(true);
  return xml.slice(DECLARATION.length, -1);
};

it('indents elements that hold only elements, and leaves mixed content as it is', () => {
  const tei = rootElement('TEI', [['xmlns', 'http://www.tei-c.org/ns/1.0']]);
  const body = element(element(tei, 'text'), 'body');
  const p = element(body, 'p', {}, 'Met ');
  element(p, 'persName', { ref: '#per-a' }, 'A. Smith');
  appendText(p, ' in ');
  element(p, 'placeName', {}, 'Havana');
  element(body, 'closer');
  expect(serialize(tei)).toBe(
    [
      '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
      '  <text>',
      '    <body>',
      '      <p>Met <persName ref="#per-a">A. Smith</persName> in <placeName>Havana</placeName></p>',
      '      <closer/>',
      '    </body>',
      '  </text>',
      '</TEI>',
    ].join('\n'),
  );
});

it('drops whitespace between the children of an element-only element, and keeps text where there is text', () => {
  const root = rootElement('list', []);
  appendText(root, '  ');
  element(root, 'item', {}, 'one');
  appendText(root, '\n');
  const mixed = rootElement('div', []); // an element-only kind that holds text: not indented
  appendText(mixed, 'stray text ');
  element(mixed, 'p', {}, 'two');
  expect(serialize(root)).toBe('<list>\n  <item>one</item>\n</list>');
  expect(serialize(mixed)).toBe('<div>stray text <p>two</p></div>');
});

it('escapes markup characters in text and attributes, and leaves out empty attributes', () => {
  const root = rootElement('p', []);
  element(root, 'ref', { target: 'a?b=1&c="2"<>', type: '  ', n: undefined }, 'Tom & Jerry <3> "quoted" &amp;');
  expect(serialize(root)).toBe('<p><ref target="a?b=1&amp;c=&quot;2&quot;&lt;&gt;">Tom &amp; Jerry &lt;3&gt; "quoted" &amp;amp;</ref></p>');
});

it('leaves out characters XML does not allow, and text that is nothing else', () => {
  const root = rootElement('p', []);
  appendText(root, 'a\u0001b\uFFFE');
  element(root, 'hi', { rend: '\u0002' }, '\u0003');
  expect(serialize(root)).toBe('<p>ab<hi/></p>');
});
