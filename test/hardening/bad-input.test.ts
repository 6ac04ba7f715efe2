// Bad input gets one line naming the file and what to do; the other inputs are still built.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempEdition, type CliResult } from '../helpers/cli.js';

// Root reads anything, so as root the unreadable-file test runs the CLI as nobody, who must be able
// to reach the checkout (a clone in a `mktemp -d` folder, mode 700, is out of nobody's reach).
const asRoot = process.getuid?.() === 0;
function othersCanReach(path: string): boolean {
  for (let dir = path; ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}
const nobodyBlocked = asRoot && !othersCanReach(REPO);
if (nobodyBlocked && process.env.CI !== 'true') {
  console.warn(`skipped: the unreadable-file test (running as root, and ${REPO} is not reachable by other users; run it from a folder they can reach, or as a normal user)`);
}

describe('bad input', () => {
  let dir: string;
  let result: CliResult;
  let report: { documents: { source: string; status: string; error?: string }[]; summary: { problems: { file: string; message: string }[] } };

  beforeAll(async () => {
    dir = tempEdition('bad-input');
    copyFileSync(join(REPO, 'transcriptions', 'wcda-115180.md'), join(dir, 'in', 'good.md'));
    writeFileSync(join(dir, 'in', 'empty.md'), '');
    writeFileSync(join(dir, 'in', 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'in', 'latin1.txt'), Buffer.from('Jele\xf1, Moscow, 3 June 1961\n', 'latin1'));
    writeFileSync(join(dir, 'in', 'script.md'), 'import os\nprint("hello")\n\ndef f(x):\n    return x\n');
    mkdirSync(join(dir, 'nothing-here'));
    writeFileSync(join(dir, 'nothing-here', 'notes.pdf'), 'x');
    result = await runCli(['build', 'in', 'missing.md', 'nothing-here', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    report = JSON.parse(readFileSync(join(dir, 'dist', 'build-report.json'), 'utf8'));
  }, 600_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  const line = (file: string) => result.stderr.split('\n').filter((l) => l.startsWith(`${file}: `));
  const status = (source: string) => report.documents.find((d) => d.source === source)?.status;

  it('builds the good transcription all the same', () => {
    expect(status('in/good.md')).toBe('ok');
    expect(readFileSync(join(dir, 'dist/tei/wcda-115180.xml'), 'utf8')).toContain('Guevara');
  });

  it('exits 2 for a path that gives nothing to build (missing, no transcriptions)', () => {
    expect(result.status).toBe(2);
    expect(line('missing.md')).toEqual(['missing.md: no such file or folder; check the path']);
    expect(line('nothing-here')).toEqual(['nothing-here: folder holds no transcriptions (*.md, *.txt); name a folder or files of transcriptions']);
  });

  it.each([
    ['in/empty.md', /empty/],
    ['in/scan.md', /binary/],
    ['in/latin1.txt', /not valid UTF-8.*Re-save it as UTF-8/],
    ['in/script.md', /is not a transcription/],
  ])('%s: one line naming the file and what to do; the document fails', (file, why) => {
    expect(line(file)).toHaveLength(1);
    expect(line(file)[0]).toMatch(why);
    expect(status(file)).toBe('failed');
  });

  it.skipIf(nobodyBlocked && process.env.CI !== 'true')('an unreadable file: one line, permission denied; the others built', async () => {
    if (nobodyBlocked) throw new Error(`running as root, the test runs the CLI as nobody, who cannot reach ${REPO}; run CI from a folder other users can reach`);
    // Root reads anything: the build then runs as nobody, for whom the permissions hold.
    const user = asRoot ? { uid: 65534, gid: 65534 } : {};
    const locked = tempEdition('unreadable');
    try {
      copyFileSync(join(REPO, 'transcriptions', 'wcda-115180.md'), join(locked, 'in', 'ok.md'));
      writeFileSync(join(locked, 'in', 'locked.md'), 'secret');
      execFileSync('chmod', ['-R', 'a+rwX', locked]);
      chmodSync(join(locked, 'in', 'locked.md'), 0);
      const r = await runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: locked, env: { CI: 'true', HOME: locked }, ...user });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('in/locked.md: error: cannot be read: permission denied; make it readable (chmod +r) or leave it out\n');
      expect(r.stdout).toMatch(/2 documents into dist\/: 1 built, 0 unchanged, 0 hand-edited kept, 1 failed/);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  }, 600_000);

  it('exits 1 when only documents failed', async () => {
    const r = await runCli(['build', 'in/good.md', 'in/empty.md', '--out', 'dist2', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/2 documents into dist2\/: 1 built, 0 unchanged, 0 hand-edited kept, 1 failed/);
  }, 600_000);
});
