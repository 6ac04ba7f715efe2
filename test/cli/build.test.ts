// `tei-edition build` end to end: the samples into an edition folder, with the real pipeline.
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, runCli, sampleTranscriptions, tempEdition, type CliResult } from '../helpers/cli.js';

const samples = sampleTranscriptions();
const skip = samples.length === 0 && process.env.CI !== 'true';
if (skip) console.log('skipped: the sample transcriptions (../shared/samples) are not here');

describe.skipIf(skip)('tei-edition build', () => {
  let dir: string;
  let first: CliResult;
  const report = (out = 'dist') => JSON.parse(readFileSync(join(dir, out, 'build-report.json'), 'utf8'));

  beforeAll(async () => {
    expect(samples.length, 'the samples are needed in CI').toBeGreaterThan(0);
    dir = tempEdition('cli-build');
    for (const s of samples) copyFileSync(s, join(dir, 'in', basename(s)));
    first = await runCli(['build', 'in', '--out', 'dist', '--jobs', '2'], { cwd: dir, env: { CI: 'true' } });
  }, 600_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('builds every sample: TEI, HTML, text, index pages, registers and the report', () => {
    expect(first.stderr).not.toMatch(/error/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/7 documents into dist\/: 7 built, 0 unchanged, 0 hand-edited kept, 0 failed/);
    expect(first.stdout).toMatch(/open dist\/index.html/);
    const r = report();
    expect(r.documents).toHaveLength(7);
    for (const d of r.documents) {
      expect(d).toMatchObject({ status: 'ok', source: expect.stringMatching(/^in\//), warnings: expect.any(Array), candidates: expect.any(Array) });
      expect(Object.keys(d.entities).sort()).toEqual(['orgs', 'persons', 'places']);
      for (const kind of ['tei', 'html', 'text']) expect(existsSync(join(dir, d.outputs[kind])), d.outputs[kind]).toBe(true);
    }
    const ref = r.documents.find((d: { source: string }) => d.source === 'in/wcda-115180.md');
    expect(ref).toMatchObject({ id: 'wcda-115180', outputs: { tei: 'dist/tei/wcda-115180.xml', html: 'dist/html/wcda-115180.html', text: 'dist/text/wcda-115180.txt' } });
    expect(ref.entities.persons).toBeGreaterThan(0);
    expect(r.summary).toMatchObject({ documents: 7, ok: 7, failed: 0, kept: 0, skipped: 0, jobs: 2 });
    expect(existsSync(join(dir, 'dist/index.html'))).toBe(true);
    expect(readdirSync(join(dir, 'dist/tei/registers')).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'dist/tei/wcda-115180.xml'), 'utf8')).toContain('Guevara');
  });

  it('--jobs 1 gives byte-identical outputs', async () => {
    const one = await runCli(['build', 'in', '--out', 'dist1', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(one.status).toBe(0);
    const files = listFiles(join(dir, 'dist')).filter((f) => f !== 'build-report.json');
    expect(listFiles(join(dir, 'dist1')).filter((f) => f !== 'build-report.json')).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'dist1', f)).equals(readFileSync(join(dir, 'dist', f))), f).toBe(true);
    rmSync(join(dir, 'dist1'), { recursive: true });
  }, 600_000);

  it('rebuilds nothing when nothing changed', async () => {
    const again = await runCli(['build', 'in', '--out', 'dist'], { cwd: dir, env: { CI: 'true' } });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/7 documents into dist\/: 0 built, 7 unchanged/);
    expect(report().documents.map((d: { status: string }) => d.status)).toEqual(Array(7).fill('skipped'));
  }, 600_000);

  it('keeps a hand-edited TEI file and renders it as it is; --force converts again after a backup', async () => {
    const tei = join(dir, 'dist/tei/wcda-115180.xml');
    const edited = readFileSync(tei, 'utf8').replace('was in general good', 'was in general very good, the editor notes');
    expect(edited).toContain('the editor notes');
    writeFileSync(tei, edited);
    const kept = await runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(kept.status).toBe(0);
    expect(kept.stderr).toMatch(/in\/wcda-115180.md: kept: hand-edited TEI kept and rendered as it is/);
    expect(readFileSync(tei, 'utf8')).toBe(edited);
    expect(readFileSync(join(dir, 'dist/html/wcda-115180.html'), 'utf8')).toContain('the editor notes');
    expect(readFileSync(join(dir, 'dist/text/wcda-115180.txt'), 'utf8').replace(/\s+/g, ' ')).toContain('the editor notes');
    expect(report().documents.find((d: { id: string }) => d.id === 'wcda-115180').status).toBe('kept');

    const forced = await runCli(['build', 'in/wcda-115180.md', '--out', 'dist', '--jobs', '1', '--force'], { cwd: dir, env: { CI: 'true' } });
    expect(forced.status).toBe(0);
    const doc = report().documents[0];
    expect(doc.status).toBe('ok');
    expect(readFileSync(tei, 'utf8')).not.toContain('the editor notes');
    expect(readFileSync(join(dir, doc.backup), 'utf8')).toBe(edited);
  }, 600_000);

  it('converts a changed transcription, skips one touched only, keeps a hand edit whose transcription was touched (the workers start on such inputs before the manifest is read)', async () => {
    const [changed, touched] = samples.map((f) => basename(f)).filter((f) => f !== 'wcda-115180.md');
    const later = Date.now() / 1000 + 5;
    // (The build before converted one document only: a whole report first.)
    expect((await runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } })).stdout).toMatch(/0 built, 7 unchanged/);
    const statusOf = (id: string) => report().documents.find((d: { id: string }) => d.id === id).status;
    const idOf = (file: string) => report().documents.find((d: { source: string }) => d.source === `in/${file}`).id as string;
    const [changedId, touchedId] = [idOf(changed!), idOf(touched!)];
    const touchedTei = readFileSync(join(dir, 'dist/tei', `${touchedId}.xml`));
    writeFileSync(join(dir, 'in', changed!), `${readFileSync(join(dir, 'in', changed!), 'utf8')}\nThe conversation was continued on the next day.\n`);
    utimesSync(join(dir, 'in', touched!), later, later);
    const first = await runCli(['build', 'in', '--out', 'dist', '--jobs', '2'], { cwd: dir, env: { CI: 'true' } });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/7 documents into dist\/: 1 built, 6 unchanged, 0 hand-edited kept/);
    expect(statusOf(changedId)).toBe('ok');
    expect(statusOf(touchedId)).toBe('skipped');
    expect(readFileSync(join(dir, 'dist/tei', `${touchedId}.xml`)).equals(touchedTei)).toBe(true);
    expect(readFileSync(join(dir, 'dist/text', `${changedId}.txt`), 'utf8')).toContain('continued on the next day');
    // The changed document's outputs are those a build from scratch makes.
    const fresh = await runCli(['build', 'in', '--out', 'dist-fresh', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    expect(fresh.status).toBe(0);
    for (const f of [`tei/${changedId}.xml`, `html/${changedId}.html`, `text/${changedId}.txt`]) expect(readFileSync(join(dir, 'dist', f)).equals(readFileSync(join(dir, 'dist-fresh', f))), f).toBe(true);
    rmSync(join(dir, 'dist-fresh'), { recursive: true });

    const tei = join(dir, 'dist/tei/wcda-115180.xml');
    const edited = readFileSync(tei, 'utf8').replace('was in general good', 'was in general good, the editor adds');
    expect(edited).toContain('the editor adds');
    writeFileSync(tei, edited);
    utimesSync(join(dir, 'in', 'wcda-115180.md'), later + 5, later + 5);
    const second = await runCli(['build', 'in', '--out', 'dist', '--jobs', '2'], { cwd: dir, env: { CI: 'true' } });
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/7 documents into dist\/: 0 built, 6 unchanged, 1 hand-edited kept/);
    expect(statusOf('wcda-115180')).toBe('kept');
    expect(readFileSync(tei, 'utf8')).toBe(edited);
    expect(readFileSync(join(dir, 'dist/html/wcda-115180.html'), 'utf8')).toContain('the editor adds');
  }, 600_000);

  it('says what is wrong with the arguments (exit 2)', async () => {
    const bad = await runCli(['build', '--jobs', 'many'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--jobs wants a positive number, not "many"/);
    const help = await runCli(['build', '--help'], { cwd: dir });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: tei-edition build/);
  });
});
