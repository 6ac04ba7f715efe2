import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { run } from './entities.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

const DOC = `**June 3, 1961**

**A test record**

**Summary:**

A test.

From the Diary of P. F. YUDIN

Today Cde. Nie Rongzhen and General Harrison met at Panmunjom near the Imjin River; the Neutral Nations Repatriation Commission was there.
`;

describe('tei-edition entities', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entities-cli-'));
  writeFileSync(join(dir, 'test-record.md'), DOC);

  it('prints new entities as register entries in well-formed TEI, with where they occur', async () => {
    const { io, out } = capture();
    expect(await run(['--no-register', dir], io)).toBe(0);
    const text = out.join('');
    // The lists are well-formed XML once put under one root.
    const parser = new SaxesParser({ xmlns: true });
    const ids: string[] = [];
    parser.on('opentag', (tag) => {
      const id = Object.values(tag.attributes).find((a) => typeof a === 'object' && a.local === 'id');
      if (id && typeof id === 'object') ids.push(id.value);
    });
    parser.write(`<root>${text.replace(/^<\?.*\?>/, '')}</root>`).close();
    expect(ids).toEqual(expect.arrayContaining(['per-nie-rongzhen', 'per-harrison', 'per-p-f-yudin', 'pla-imjin-river', 'org-neutral-nations-repatriation-commission']));
    expect(text).toMatch(/<listPerson xmlns="http:\/\/www\.tei-c\.org\/ns\/1\.0">/);
    expect(text).toMatch(/<!-- found by [^>]*test-record[^>]*Nie Rongzhen/);
    expect(text).toContain('<occupation>General</occupation>');
  });

  it('gives the same candidates as JSON', async () => {
    const { io, out } = capture();
    expect(await run(['--no-register', '--format', 'json', join(dir, 'test-record.md')], io)).toBe(0);
    const json = JSON.parse(out.join(''));
    expect(json.candidates.map((c: { entry: { id: string } }) => c.entry.id)).toContain('pla-panmunjom');
  });

  it('refuses an unknown format and a missing input with status 2', async () => {
    expect(await run(['--format', 'csv', dir], capture().io)).toBe(2);
    const { io, err } = capture();
    expect(await run([join(dir, 'missing.md')], io)).toBe(2);
    expect(err.join('')).toMatch(/missing\.md/);
  });
});
