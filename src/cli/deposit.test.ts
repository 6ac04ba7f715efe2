// The deposit command as users run it (bin/ → build/), and an interruption by SIGKILL.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyBag } from '../deposit/verify.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EDITION = join(ROOT, 'src', 'deposit', 'fixtures', 'edition');
const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-cli-deposit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), ...args], { encoding: 'utf8', cwd: tmp });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each test spawns the CLI a few times: generous time on a busy machine.
describe('tei-edition deposit', { timeout: 180_000 }, () => {
  it('bags a built edition, and verify accepts the bags (exit 0)', () => {
    const out = join(tmp, 'bags');
    const made = cli('deposit', join(EDITION, 'dist'), '--out', out);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('2 packages in');
    const checked = cli('deposit', 'verify', join(out, 'wcda-115180'), join(out, 'polish-telegram-jelen-1962-01-02'));
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/wcda-115180: valid bag \(6 payload files/);
  });

  it('reads the edition configuration from the folder above DIST', () => {
    const out = join(tmp, 'collection');
    expect(cli('deposit', join(EDITION, 'dist'), '--out', out, '--collection', '--zip').status).toBe(0);
    expect(readdirSync(out)).toEqual(['fixture-edition-of-diplomatic-records.zip']);
  });

  it('exits 1 and names the file when a bag was tampered with', () => {
    const out = join(tmp, 'tamper');
    cli('deposit', join(EDITION, 'dist'), '--out', out);
    writeFileSync(join(out, 'wcda-115180', 'data', 'text', 'wcda-115180.txt'), 'changed\n');
    const checked = cli('deposit', 'verify', join(out, 'wcda-115180'), join(out, 'polish-telegram-jelen-1962-01-02'));
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain(`${join(out, 'wcda-115180')}/data/text/wcda-115180.txt: sha256 checksum does not match manifest-sha256.txt line 6`);
    expect(checked.stderr).toContain('bag-info.txt: Payload-Oxum');
    expect(checked.stdout).toMatch(/polish-telegram-jelen-1962-01-02: valid bag/);
  });

  it('exits 2 on usage errors', () => {
    expect(cli('deposit', join(EDITION, 'dist')).stderr).toContain('--out DIR is required');
    expect(cli('deposit', join(EDITION, 'dist'), '--out', tmp, '--format', 'mets').status).toBe(2);
    expect(cli('deposit', join(EDITION, 'dist'), '--out', tmp, '--collection', '--per-document').status).toBe(2);
    expect(cli('deposit', 'verify').status).toBe(2);
    expect(cli('deposit', join(tmp, 'no-such-dist'), '--out', join(tmp, 'o')).stderr).toMatch(/not a built edition/);
  });

  it('leaves only whole bags when killed mid-deposit', async () => {
    // An edition big enough that the deposit is still running when we kill it.
    const dist = join(tmp, 'big', 'dist');
    cpSync(join(EDITION, 'dist'), dist, { recursive: true });
    cpSync(join(EDITION, 'edition.config.json'), join(tmp, 'big', 'edition.config.json'));
    const tei = readFileSync(join(EDITION, 'dist', 'tei', 'wcda-115180.xml'), 'utf8');
    const html = readFileSync(join(EDITION, 'dist', 'html', 'wcda-115180.html'));
    for (let i = 0; i < 200; i++) {
      const id = `doc-${String(i).padStart(3, '0')}`;
      writeFileSync(join(dist, 'tei', `${id}.xml`), tei.replace(/wcda-115180/g, id));
      writeFileSync(join(dist, 'html', `${id}.html`), html);
    }
    const out = join(tmp, 'killed');
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), 'deposit', dist, '--out', out], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const started = Date.now();
    while (Date.now() - started < 100_000 && !(existsSync(out) && readdirSync(out).filter((e) => !e.startsWith('.')).length >= 3)) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const bags = readdirSync(out).filter((e) => !e.startsWith('.'));
    expect(bags.length).toBeGreaterThanOrEqual(3);
    expect(bags.length, 'the deposit finished before it was killed: make the edition bigger').toBeLessThan(202);
    for (const bag of bags) expect(verifyBag(join(out, bag)).problems, bag).toEqual([]);
  });
});
