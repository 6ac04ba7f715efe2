// `tei-edition convert`: one document to TEI, HTML or text, on standard output or into a file.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempEdition } from '../helpers/cli.js';

const reference = join(REPO, 'transcriptions', 'wcda-115180.md');

describe('tei-edition convert', () => {
  let dir: string;
  beforeAll(() => (dir = tempEdition('cli-convert')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the TEI of a transcription to standard output', async () => {
    const r = await runCli(['convert', reference, '--to', 'tei'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(r.stdout).toContain('<TEI xmlns="http://www.tei-c.org/ns/1.0"');
    expect(r.stdout).toContain('Guevara');
  }, 300_000);

  it('writes the text edition into a file with -o, and renders a TEI file to HTML', async () => {
    const out = join(dir, 'ref.txt');
    const r = await runCli(['convert', reference, '--to', 'txt', '-o', out], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/During the conversation, Guevara/);

    const tei = join(dir, 'ref.xml');
    writeFileSync(tei, (await runCli(['convert', reference, '--to', 'tei'], { cwd: dir })).stdout);
    const html = await runCli(['convert', tei, '--to', 'html'], { cwd: dir });
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/<html[\s>]/);
    expect(html.stdout).toContain('Guevara');
  }, 300_000);

  it('names the file and what to do when it cannot convert it', async () => {
    const missing = await runCli(['convert', 'nowhere.md', '--to', 'tei'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('nowhere.md: error: no such file; check the path\n');
    writeFileSync(join(dir, 'empty.md'), '');
    const empty = await runCli(['convert', 'empty.md', '--to', 'html'], { cwd: dir });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/^empty.md: error: .*empty/m);
    const usage = await runCli(['convert', reference, '--to', 'pdf'], { cwd: dir });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--to wants tei, html or txt, not "pdf"/);
  }, 300_000);
});
