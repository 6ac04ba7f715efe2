import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../model/index.js';
import { encodeTei } from '../index.js';
import { CONTEXT, bareTranscription } from '../../../test/fixtures/reference-model.js';
import { expectValidTei, xpathOver } from '../../../test/fixtures/tei.js';

const t = (value: string): Inline => ({ type: 'text', value });
const p = (value: string): Block => ({ type: 'p', children: [t(value)] });
const head = (value: string): Block => ({ type: 'head', children: [t(value)] });
const dateline = (value: string): Block => ({ type: 'dateline', children: [{ type: 'date', when: '1946-06-27', children: [t(value)] }] });
const closer: Block = { type: 'closer', items: [{ kind: 'signer', children: [t('/A. PUZANOV/')] }] };

async function divOf(body: Block[]) {
  const xml = encodeTei(bareTranscription({ body }), CONTEXT);
  await expectValidTei(xml);
  const q = await xpathOver(xml);
  return { xml, q, shape: q('//body/div/*!(if (@type) then concat(local-name(), "[", @type, "]") else local-name())') };
}

describe('placing blocks in the TEI order of a division', () => {
  it('keeps opening matter, body and closing matter in place', async () => {
    const { shape } = await divOf([head('LETTER'), dateline('27 June 1946'), p('Text.'), dateline('27 June 1946'), closer]);
    expect(shape).toEqual(['head', 'dateline', 'p', 'dateline', 'closer']);
  });

  it('turns a heading after the body into ab[@type="head"] with the same words', async () => {
    const { shape, q } = await divOf([p('One.'), head('B. The radio station'), p('Two.')]);
    expect(shape).toEqual(['p', 'ab[head]', 'p']);
    expect(q('//ab[@type="head"]')).toEqual(['B. The radio station']);
  });

  it('keeps a dateline among paragraphs as ab, and one before the signature as closing matter', async () => {
    expect((await divOf([p('One.'), dateline('27 June 1946'), p('Two.')])).shape).toEqual(['p', 'ab[dateline]', 'p']);
    expect((await divOf([p('One.'), dateline('27 June 1946'), closer])).shape).toEqual(['p', 'dateline', 'closer']);
  });

  it('keeps two datelines before the signature as closing matter, and one without a date as ab', async () => {
    expect((await divOf([p('One.'), dateline('Tehran'), dateline('27 June 1946'), closer])).shape).toEqual(['p', 'dateline', 'dateline', 'closer']);
    const dateless: Block = { type: 'dateline', children: [t('Pyongyang')] };
    const top = await divOf([dateless, head('JOURNAL'), p('One.'), dateless, p('Two.')]);
    expect(top.shape).toEqual(['opener', 'head', 'p', 'ab[dateline]', 'p']);
    expect(top.q('//opener/seg[@type="dateline"]')).toEqual(['Pyongyang']);
  });

  it('puts text after the closer into a postscript', async () => {
    const { shape, q } = await divOf([p('Body.'), closer, p('Telegraph when this is done.'), { type: 'list', items: [{ label: '1 -', children: [t('Cde. A. A. Gromyko')] }, { children: [t('to file')] }] }]);
    expect(shape).toEqual(['p', 'closer', 'postscript']);
    expect(q('//postscript/*!local-name()')).toEqual(['p', 'list']);
    expect(q('//list/*!concat(local-name(), ":", .)')).toEqual(['label:1 -', 'item:Cde. A. A. Gromyko', 'label:', 'item:to file']);
  });

  it('writes a closer that has no body text before it as ab[@type="closer"], its lines kept', async () => {
    const { shape, q } = await divOf([head('NOTE'), { type: 'closer', items: [{ kind: 'role', children: [t('Ambassador')] }, { kind: 'signer', children: [t('Puzanov')] }] }]);
    expect(shape).toEqual(['head', 'ab[closer]']);
    expect(q('//ab/seg/concat(@type, ":", .)')).toEqual(['role:Ambassador', 'signer:Puzanov']);
  });

  it('writes a stamp at the top inside an opener, in the body as ab/stamp; fw anywhere', async () => {
    const stamp: Block = { type: 'stamp', stampType: 'stamp', children: [t('USSR EMBASSY IN THE DPRK')] };
    const fw: Block = { type: 'fw', stampType: 'letterhead', children: [t('EMBASSY')] };
    expect((await divOf([stamp, fw, p('Text.'), stamp, closer, fw])).shape).toEqual(['opener', 'fw[letterhead]', 'p', 'ab[stamp]', 'closer', 'fw[letterhead]']);
  });

  it('keeps the slashes around a signer outside persName, on one line with a space', async () => {
    const { xml } = await divOf([p('Text.'), {
      type: 'closer',
      items: [
        { kind: 'role', children: [t('SOVIET AMBASSADOR IN THE DPRK')], position: { line: 9, column: 1, offset: 0 } },
        { kind: 'signature', children: [{ type: 'gap', reason: 'signature', desc: 'signature', source: '[signature]' }], position: { line: 9, column: 31, offset: 0 } },
        { kind: 'signer', children: [t('/A. PUZANOV/')], position: { line: 9, column: 43, offset: 0 } },
      ],
    }]);
    expect(xml).toContain('<signed><roleName>SOVIET AMBASSADOR IN THE DPRK</roleName> <gap reason="signature" rend="[signature]"><desc>signature</desc></gap> /<persName>A. PUZANOV</persName>/</signed>');
  });
});

describe('lines of openers and closers', () => {
  it('writes each line in its element, or as seg[@type] when the element cannot hold it', async () => {
    const { q } = await divOf([{
      type: 'opener',
      items: [
        { kind: 'registry', children: [t('No. 226')] },
        { kind: 'registry', children: [t('No. '), { type: 'supplied', reason: 'completion', resp: 'tr', children: [t('226')] }] },
        { kind: 'dateline', children: [t('Pyongyang')] },
        { kind: 'dateline', children: [{ type: 'date', when: '1960-07-23', children: [t('23 July 1960')] }] },
      ],
    }, p('Text.')]);
    expect(q('//opener/*!concat(local-name(), "[", @type, "]")')).toEqual(['idno[registry]', 'seg[registry]', 'seg[dateline]', 'dateline[]']);
  });

  it('writes no empty name element', async () => {
    const { xml } = await divOf([p('x'), { type: 'p', children: [{ type: 'name', kind: 'person', ref: 'x', children: [{ type: 'lb' }] }] }]);
    expect(xml).not.toContain('<persName');
  });
});

describe('hostile content', () => {
  it('is inert text: markup, entities, control characters and script URLs', async () => {
    const nasty = '<script>alert(1)</script> &amp; &A; &#65; ]]> javascript:alert(1) \u0001\u0008 "quotes" \'apos\'';
    const { q } = await divOf([p(nasty)]);
    expect(q('//body//p')).toEqual(['<script>alert(1)</script> &amp; &A; &#65; ]]> javascript:alert(1)  "quotes" \'apos\'']);
    expect(q('count(//*:script)')).toEqual(['0']);
  });
});
