// Huge input is refused with a clear, configurable limit before it is read, never an
// out-of-memory crash; the other inputs are still built.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempEdition } from '../helpers/cli.js';

describe('huge input', () => {
  let dir: string;
  const reference = readFileSync(join(REPO, 'transcriptions', 'wcda-115180.md'), 'utf8');
  beforeAll(() => {
    dir = tempEdition('huge');
    copyFileSync(join(REPO, 'transcriptions', 'wcda-115180.md'), join(dir, 'in', 'good.md'));
    // 50 MB: the reference document's paragraphs over and over
    const paragraph = reference.slice(reference.indexOf('During the conversation'), reference.indexOf('The rest of the conversation'));
    const big = Buffer.from(reference.replace('The rest of the conversation', paragraph.repeat(Math.ceil((50 * 1048576) / paragraph.length)) + 'The rest of the conversation'));
    writeFileSync(join(dir, 'in', 'fifty-mb.md'), big);
    // 100,000 short paragraphs (about 2 MB)
    const many = Array.from({ length: 100_000 }, (_, i) => `Paragraph ${i + 1} of the record.`).join('\n\n');
    writeFileSync(join(dir, 'in', 'many-paragraphs.md'), reference.replace('The rest of the conversation dealt with general issues.', many));
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('refuses a 50 MB and a 100,000-paragraph transcription with their limits, and builds the rest', async () => {
    const r = await runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^in\/fifty-mb.md: error: is 5\d\.\d MB, over the limit of 10\.0 MB per transcription; split it, or raise the limit with --max-size$/m);
    expect(r.stderr).toMatch(/^in\/many-paragraphs.md: error: has 100\d{3} paragraphs, over the limit of 20000; split it, or raise the limit with --max-paragraphs$/m);
    const report = JSON.parse(readFileSync(join(dir, 'dist/build-report.json'), 'utf8'));
    expect(report.documents.find((d: { source: string }) => d.source === 'in/good.md').status).toBe('ok');
    expect(report.summary.peakMemoryMB).toBeLessThan(1500);
  }, 600_000);

  it('takes its limits from the command line', async () => {
    const r = await runCli(['build', 'in/good.md', '--out', 'dist2', '--jobs', '1', '--max-paragraphs', '10'], { cwd: dir, env: { CI: 'true' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^in\/good.md: error: has \d+ paragraphs, over the limit of 10; /m);
    const s = await runCli(['build', 'in/good.md', '--out', 'dist3', '--jobs', '1', '--max-size', '0.001'], { cwd: dir, env: { CI: 'true' } });
    expect(s.status).toBe(1);
    expect(s.stderr).toMatch(/^in\/good.md: error: is 6\.9 KB, over the limit of 1\.0 KB per transcription/m);
  }, 600_000);
});
