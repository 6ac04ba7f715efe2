// A killed build leaves no partial file and the next one completes; two builds into one folder
// do not corrupt it (the second is told who holds the folder).
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, sampleFiles } from '../../scripts/synthetic-corpus.js';
import { REPO, SAMPLES, runCli, tempEdition } from '../helpers/cli.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => boolean, what: string, timeoutMs = 300_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const documents = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.') && f.includes('.')) : []);

describe('interrupted and concurrent builds', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempEdition('interrupted');
    generateCorpus(sampleFiles([SAMPLES, join(SAMPLES, 'dev'), join(REPO, 'transcriptions')]), join(dir, 'in'), 24, 7);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a build killed mid-way leaves only whole files, and the next build completes', async () => {
    let pid = 0;
    const running = runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' }, onSpawn: (p) => (pid = p) });
    await waitFor(() => documents(join(dir, 'dist/tei')).length >= 3, 'three documents to be written');
    process.kill(pid, 'SIGKILL');
    const killed = await running;
    expect(killed.signal).toBe('SIGKILL');
    const written = documents(join(dir, 'dist/tei'));
    expect(written.length).toBeLessThan(24);

    for (const f of written) expect(readFileSync(join(dir, 'dist/tei', f), 'utf8'), f).toMatch(/<\/TEI>\s*$/);
    for (const f of documents(join(dir, 'dist/html'))) expect(readFileSync(join(dir, 'dist/html', f), 'utf8'), f).toMatch(/<\/html>\s*$/);
    for (const f of documents(join(dir, 'dist/text'))) expect(readFileSync(join(dir, 'dist/text', f), 'utf8').length, f).toBeGreaterThan(100);

    const next = await runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(next.stderr).not.toMatch(/error|being built/);
    expect(next.status).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'dist/build-report.json'), 'utf8'));
    const statuses = report.documents.map((d: { status: string }) => d.status);
    expect(statuses).not.toContain('kept'); // its own files are not taken for hand edits
    expect(statuses.filter((s: string) => s === 'skipped').length).toBeGreaterThanOrEqual(written.length - 1);
    expect(documents(join(dir, 'dist/tei'))).toHaveLength(24);
    for (const sub of ['tei', 'html', 'text']) expect(readdirSync(join(dir, 'dist', sub)).filter((f) => f.endsWith('-tmp'))).toEqual([]);
  }, 900_000);

  it('a second build into the same folder is refused with a clear message, and the first completes', async () => {
    const first = runCli(['build', 'in', '--out', 'dist2', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    await waitFor(() => existsSync(join(dir, 'dist2/.tei-edition.lock')), 'the first build to take the lock');
    const second = await runCli(['build', 'in', '--out', 'dist2', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(second.status).toBe(2);
    expect(second.stderr).toMatch(/^tei-edition build: dist2 is being built by process \d+ on .*; wait for that build to finish \(or, if no build is running, delete .*\.tei-edition\.lock\)\n$/);
    const done = await first;
    expect(done.status).toBe(0);
    expect(documents(join(dir, 'dist2/tei'))).toHaveLength(24);
    expect(existsSync(join(dir, 'dist2/.tei-edition.lock'))).toBe(false);
  }, 900_000);
});
