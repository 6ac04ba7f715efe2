import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEdition, likelyWork, type BuildOptions, type SiteDocument } from './build.js';
import { WriteError, nodeFs, type WriteFs } from './atomic.js';
import { acquireLock, LockError } from './lock.js';
import { Manifest, sha256 } from './manifest.js';
import { fakeRunner, registers } from '../../test/helpers/fake-stages.js';

let dir: string;
let calls: string[];
const regs = registers({ 'pers-guevara': 'Guevara', 'pers-ray': 'Ray' });

function source(name: string, text: string) {
  writeFileSync(join(dir, 'in', name), text);
}

function build(options: Partial<BuildOptions> = {}, paths = ['in']) {
  const r = options.registers ?? regs;
  return buildEdition(paths, { cwd: dir, out: 'out', jobs: 2, dependencies: 'deps-1', registers: r, runner: fakeRunner(r, calls), site: () => undefined, date: '2026-01-01', ...options });
}

const statuses = (report: { documents: { source: string; status: string }[] }) => Object.fromEntries(report.documents.map((d) => [d.source, d.status]));
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tei-edition-build-'));
  mkdirSync(join(dir, 'in'));
  calls = [];
  source('a.md', 'id: doc-a\nGuevara spoke.\n');
  source('b.md', 'id: doc-b\nNobody known here.\n');
  source('c.txt', 'id: doc-c\nRay left.\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a first build', () => {
  it('writes TEI, HTML and text per document, and the report', async () => {
    const { report, exitCode } = await build();
    expect(exitCode).toBe(0);
    expect(statuses(report)).toEqual({ 'in/a.md': 'ok', 'in/b.md': 'ok', 'in/c.txt': 'ok' });
    expect(read('out/tei/doc-a.xml')).toContain('Guevara spoke.');
    expect(read('out/html/doc-b.html')).toContain('Nobody known here.');
    expect(read('out/text/doc-c.txt')).toContain('Ray left.');
    const onDisk = JSON.parse(read('out/build-report.json'));
    expect(onDisk.documents[0]).toMatchObject({ id: 'doc-a', source: 'in/a.md', status: 'ok', outputs: { tei: 'out/tei/doc-a.xml', html: 'out/html/doc-a.html', text: 'out/text/doc-a.txt' } });
    expect(onDisk.summary).toMatchObject({ documents: 3, ok: 3, failed: 0 });
  });

  it('passes every document to the site stage: its page name, its summary and the hash the manifest keeps of it', async () => {
    let seen: SiteDocument[] = [];
    await build({ site: (_out, docs) => void (seen = docs) });
    expect(seen.map((d) => d.id)).toEqual(['doc-a', 'doc-b', 'doc-c']);
    for (const d of seen) {
      const summary = d.read();
      expect(summary?.id).toBe(d.id);
      expect(d.digest).toBe(sha256(JSON.stringify(summary)));
    }
  });

  it('gives the site each document under its unique page name, and reports a failing site stage', async () => {
    source('twin.md', 'id: doc-a\nThe same record again.\n');
    let ids: string[] = [];
    await build({ site: (_out, docs) => void (ids = docs.map((d) => d.id)) });
    expect(ids).toEqual(['doc-a', 'doc-b', 'doc-c', 'doc-a-2']);
    const { report, exitCode } = await build({ force: true, site: () => { throw new Error('duplicate ID doc-a'); } });
    expect(exitCode).toBe(2);
    expect(report.summary.problems).toEqual([{ file: 'out/index.html', message: 'the index pages could not be built: duplicate ID doc-a' }]);
  });

  it('builds the others when one fails, and says which and why (exit 1)', async () => {
    source('bad.md', 'id: doc-bad\nINVALID\n');
    source('crash.md', 'CRASH');
    const { report, exitCode } = await build();
    expect(exitCode).toBe(1);
    const bad = report.documents.find((d) => d.source === 'in/bad.md')!;
    expect(bad.status).toBe('failed');
    expect(bad.error).toMatch(/not valid.*line 1: element "bad" not allowed/);
    expect(report.documents.find((d) => d.source === 'in/crash.md')!.error).toBe('the parser fell over');
    expect(existsSync(join(dir, 'out/tei/doc-bad.xml'))).toBe(false);
    expect(statuses(report)['in/a.md']).toBe('ok');
  });

  it('reports a missing path and an empty folder with exit 2, and still builds the rest', async () => {
    mkdirSync(join(dir, 'empty'));
    const { report, exitCode } = await build({}, ['in', 'missing.md', 'empty']);
    expect(exitCode).toBe(2);
    expect(report.summary.problems).toEqual([
      { file: 'missing.md', message: 'no such file or folder; check the path' },
      { file: 'empty', message: expect.stringMatching(/no transcriptions/) },
    ]);
    expect(report.summary.ok).toBe(3);
  });
});

describe('incremental builds', () => {
  it('skips everything when nothing changed, touching no output', async () => {
    await build();
    const before = statSync(join(dir, 'out/html/doc-a.html')).mtimeMs;
    calls = [];
    const { report } = await build();
    expect(statuses(report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'skipped', 'in/c.txt': 'skipped' });
    expect(calls).toEqual([]);
    expect(statSync(join(dir, 'out/html/doc-a.html')).mtimeMs).toBe(before);
    expect(report.documents[0]).toMatchObject({ id: 'doc-a', outputs: { tei: 'out/tei/doc-a.xml' } });
  });

  it('writes nothing when nothing changed; a small change goes to the journal, a large one into the manifest', async () => {
    await build();
    const state = join(dir, 'out/.tei-edition');
    const manifest = join(state, 'manifest.json');
    const journal = join(state, 'journal.jsonl');
    const before = statSync(manifest);
    expect(existsSync(journal)).toBe(false);
    await build();
    const after = statSync(manifest);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(existsSync(journal)).toBe(false);

    // One document: recorded in the journal, which the next build reads with the manifest.
    source('b.md', 'id: doc-b\nNobody known here, corrected.\n');
    await build();
    expect(statSync(manifest).mtimeMs).toBe(before.mtimeMs);
    expect(read('out/.tei-edition/journal.jsonl')).toContain('"op":"done"');
    const recorded = new Manifest(join(dir, 'out')).data;
    expect(recorded.documents[join(dir, 'in', 'b.md')]?.input?.hash).toBe(sha256(read('in/b.md')));
    expect(recorded.site).toBeDefined();
    // The journal is as new as the build: the next one does not start its workers early.
    const inputs = ['a.md', 'b.md', 'c.txt'].map((f) => ({ path: join(dir, 'in', f), source: `in/${f}` }));
    expect(likelyWork(join(dir, 'out'), dir, inputs)).toBe(false);
    calls = [];
    expect(statuses((await build()).report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'skipped', 'in/c.txt': 'skipped' });
    expect(calls).toEqual([]);

    // A journal grown past its limit is folded into the manifest, and the journal emptied.
    writeFileSync(journal, read('out/.tei-edition/journal.jsonl') + '\n'.repeat(300 * 1024));
    source('a.md', 'id: doc-a\nChe Guevara spoke, again.\n');
    await build();
    expect(existsSync(journal)).toBe(false);
    expect(statSync(manifest).mtimeMs).toBeGreaterThan(before.mtimeMs);
    const folded = JSON.parse(read('out/.tei-edition/manifest.json'));
    expect(folded.documents[join(dir, 'in', 'b.md')].input.hash).toBe(sha256(read('in/b.md')));
    expect(folded.documents[join(dir, 'in', 'a.md')].input.hash).toBe(sha256(read('in/a.md')));
  });

  it('keeps the new date of an input touched but unchanged, and guesses when the workers are worth starting early', async () => {
    const inputs = ['a.md', 'b.md', 'c.txt'].map((f) => ({ path: join(dir, 'in', f), source: `in/${f}` }));
    const out = join(dir, 'out');
    expect(likelyWork(out, dir, inputs)).toBe(true); // nothing built yet
    await build();
    expect(likelyWork(out, dir, inputs)).toBe(false);
    expect(likelyWork(out, dir, inputs, true)).toBe(true); // --force
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'in', 'b.md'), later, later);
    expect(likelyWork(out, dir, inputs)).toBe(true);
    const { report } = await build();
    expect(statuses(report)['in/b.md']).toBe('skipped');
    expect(new Manifest(out).data.documents[join(dir, 'in', 'b.md')]?.input?.mtimeMs).toBeCloseTo(later.getTime(), -1);
    mkdirSync(join(dir, 'tei', 'registers'), { recursive: true });
    writeFileSync(join(dir, 'tei', 'registers', 'persons.xml'), '<TEI/>');
    utimesSync(join(dir, 'tei', 'registers', 'persons.xml'), new Date(later.getTime() + 1000), new Date(later.getTime() + 1000));
    expect(likelyWork(out, dir, inputs)).toBe(true); // a register changed
  });

  it('reads the manifest of the earlier format, which kept every mentioned entry\'s hash per document', async () => {
    await build();
    const file = join(dir, 'out/.tei-edition/manifest.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    for (const doc of Object.values(data.documents) as { mentions?: string[]; registers: string; entries?: Record<string, string> }[]) {
      doc.entries = Object.fromEntries((doc.mentions ?? []).map((id) => [id, data.registerSets[doc.registers][id]]));
      delete doc.mentions;
    }
    expect(Object.values(data.documents).map((d) => Object.keys((d as { entries: object }).entries))).toEqual([['pers-guevara'], [], ['pers-ray']]);
    writeFileSync(file, JSON.stringify({ ...data, format: 2 }));
    calls = [];
    const { report } = await build();
    expect(statuses(report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'skipped', 'in/c.txt': 'skipped' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 3 });
    const changed = registers({ 'pers-guevara': 'Guevara', 'pers-ray': 'Ray' });
    changed.entries.get('pers-ray')!.roles = ['Minister of Public Works'];
    expect(statuses((await build({ registers: changed })).report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'skipped', 'in/c.txt': 'ok' });
  });

  it('rebuilds the index pages only when what they show (a summary, a document) changed', async () => {
    let builds = 0;
    const site = (out: string) => {
      builds++;
      writeFileSync(join(out, 'index.html'), '<html/>');
    };
    await build({ site });
    await build({ site });
    expect(builds).toBe(1);
    source('a.md', 'id: doc-a\nGuevara spoke again.\n'); // the fake summary shows only the id: unchanged
    await build({ site });
    expect(builds).toBe(1);
    source('a.md', 'id: doc-a2\nGuevara spoke again.\n');
    await build({ site });
    expect(builds).toBe(2);
    rmSync(join(dir, 'out/index.html'));
    await build({ site });
    expect(builds).toBe(3);
  });

  it('rebuilds exactly the transcription that changed', async () => {
    await build();
    source('b.md', 'id: doc-b\nNobody known here, corrected.\n');
    calls = [];
    const { report } = await build();
    expect(statuses(report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'ok', 'in/c.txt': 'skipped' });
    expect(read('out/text/doc-b.txt')).toContain('corrected');
  });

  it('rebuilds only the documents that mention a changed register entry', async () => {
    await build();
    const changed = registers({ 'pers-guevara': 'Guevara', 'pers-ray': 'Ray' });
    changed.entries.get('pers-ray')!.roles = ['Minister of Public Works'];
    const { report } = await build({ registers: changed });
    expect(statuses(report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'skipped', 'in/c.txt': 'ok' });
  });

  it('rebuilds a document that names a new register entry it did not mention before', async () => {
    await build();
    const grown = registers({ 'pers-guevara': 'Guevara', 'pers-ray': 'Ray', 'pers-nobody': 'Nobody' });
    const { report } = await build({ registers: grown });
    expect(statuses(report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'ok', 'in/c.txt': 'skipped' });
    expect(read('out/tei/doc-b.xml')).toContain('pers-nobody');
  });

  it('rebuilds a document whose register entry was removed', async () => {
    await build();
    const { report } = await build({ registers: registers({ 'pers-ray': 'Ray' }) });
    expect(statuses(report)).toEqual({ 'in/a.md': 'ok', 'in/b.md': 'skipped', 'in/c.txt': 'skipped' });
  });

  it('rebuilds everything when an edition-wide dependency (stylesheet, schema…) changed', async () => {
    await build();
    const { report } = await build({ dependencies: 'deps-2' });
    expect(report.summary.ok).toBe(3);
  });

  it('rebuilds a document whose output was deleted', async () => {
    await build();
    rmSync(join(dir, 'out/html/doc-c.html'));
    const { report } = await build();
    expect(statuses(report)['in/c.txt']).toBe('ok');
    expect(existsSync(join(dir, 'out/html/doc-c.html'))).toBe(true);
  });

  it('tries a failed document again on the next build', async () => {
    source('bad.md', 'id: doc-bad\nINVALID\n');
    await build();
    calls = [];
    await build();
    expect(calls).toContain('convert in/bad.md');
  });
});

describe('hand-edited TEI', () => {
  const edited = '<TEI n="doc-a">Guevara spoke, said the editor.</TEI>\n';

  it('is kept, validated and rendered as it is', async () => {
    await build();
    writeFileSync(join(dir, 'out/tei/doc-a.xml'), edited);
    const { report, exitCode } = await build();
    expect(exitCode).toBe(0);
    expect(statuses(report)['in/a.md']).toBe('kept');
    expect(read('out/tei/doc-a.xml')).toBe(edited);
    expect(read('out/html/doc-a.html')).toContain('said the editor');
    expect(report.documents[0]!.note).toMatch(/hand-edited/);
    // and stays kept, without work, on the build after
    calls = [];
    const again = await build();
    expect(statuses(again.report)['in/a.md']).toBe('kept');
    expect(calls).toEqual([]);
    expect(read('out/tei/doc-a.xml')).toBe(edited);
  });

  it('is kept even when the transcription changed, and the report says so', async () => {
    await build();
    writeFileSync(join(dir, 'out/tei/doc-a.xml'), edited);
    source('a.md', 'id: doc-a\nGuevara spoke at length.\n');
    const { report } = await build();
    expect(read('out/tei/doc-a.xml')).toBe(edited);
    expect(report.documents[0]!.note).toMatch(/transcription changed too.*--force/);
  });

  it('that is invalid fails with a message, and is not touched', async () => {
    await build();
    writeFileSync(join(dir, 'out/tei/doc-a.xml'), 'not xml at all');
    const { report, exitCode } = await build();
    expect(exitCode).toBe(1);
    expect(report.documents[0]!.error).toMatch(/hand-edited TEI out\/tei\/doc-a.xml is not valid; fix it, or run with --force/);
    expect(read('out/tei/doc-a.xml')).toBe('not xml at all');
  });

  it('is re-converted by --force, after a backup copy', async () => {
    await build();
    writeFileSync(join(dir, 'out/tei/doc-a.xml'), edited);
    const { report } = await build({ force: true });
    const a = report.documents[0]!;
    expect(a.status).toBe('ok');
    expect(read('out/tei/doc-a.xml')).toContain('Guevara spoke.');
    expect(a.backup).toMatch(/^out\/\.tei-edition\/backup\/doc-a\.\d{8}T\d{6}\.xml$/);
    expect(read(a.backup!)).toBe(edited);
  });

  it('a TEI file this tool did not write is never overwritten silently', async () => {
    mkdirSync(join(dir, 'out/tei'), { recursive: true });
    writeFileSync(join(dir, 'out/tei/doc-a.xml'), edited);
    const { report } = await build();
    expect(statuses(report)['in/a.md']).toBe('kept');
    expect(read('out/tei/doc-a.xml')).toBe(edited);
  });
});

describe('output names', () => {
  it('never leave the output folder, and documents with the same id do not overwrite each other', async () => {
    rmSync(join(dir, 'in'), { recursive: true });
    mkdirSync(join(dir, 'in'));
    source('1.md', 'id: ../../escape\n');
    source('2.md', 'id: /etc/passwd\n');
    source('3.md', 'id: CON\n');
    source('4.md', 'id: Doc\n');
    source('5.md', 'id: doc\n');
    source('6.md', 'id: same\n');
    source('7.md', 'id: same\n');
    source('8.md', `id: ${'x'.repeat(400)}\n`);
    source('9.md', 'id: nul\\0byte\n');
    const { report } = await build();
    const teis = report.documents.map((d) => d.outputs.tei);
    expect(teis).toEqual([
      'out/tei/escape.xml',
      'out/tei/etc-passwd.xml',
      'out/tei/_CON.xml',
      'out/tei/Doc.xml',
      'out/tei/doc-2.xml',
      'out/tei/same.xml',
      'out/tei/same-2.xml',
      expect.stringMatching(/^out\/tei\/x{109}-[0-9a-f]{10}\.xml$/),
      'out/tei/nul-byte.xml',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
    expect(new Set(teis.map((t) => t!.toLowerCase())).size).toBe(9);
  });

  it('give the same outputs whatever the order in which workers finish', async () => {
    for (let i = 0; i < 12; i++) source(`n${i}.md`, `id: ${i % 3 === 0 ? 'dup' : `n${i}`}\nGuevara ${i}\n`);
    await build({ jobs: 1 });
    const first = readdirSync(join(dir, 'out/tei')).filter((f) => f.endsWith('.xml')).sort().map((f) => [f, read(`out/tei/${f}`)]);
    const firstReport = JSON.parse(read('out/build-report.json')).documents;
    rmSync(join(dir, 'out'), { recursive: true });
    await build({ jobs: 4, runner: fakeRunner(regs, calls, () => Math.random() * 20) });
    expect(readdirSync(join(dir, 'out/tei')).filter((f) => f.endsWith('.xml')).sort().map((f) => [f, read(`out/tei/${f}`)])).toEqual(first);
    expect(JSON.parse(read('out/build-report.json')).documents).toEqual(firstReport);
  });
});

describe('interrupted and concurrent builds', () => {
  it('a second build into the same folder stops with a clear message', async () => {
    const release = acquireLock(join(dir, 'out'));
    try {
      await expect(build()).rejects.toThrow(LockError);
      await expect(build()).rejects.toThrow(/out is being built by process \d+ .*wait for that build to finish/);
    } finally {
      release();
    }
    expect((await build()).exitCode).toBe(0);
  });

  it('a full disk stops the build with a clear error and keeps the previous outputs', async () => {
    await build();
    const before = read('out/html/doc-b.html');
    source('b.md', 'id: doc-b\nA new text that will not fit.\n');
    const full: WriteFs = {
      ...nodeFs,
      writeNew: async (path, data) => {
        await nodeFs.writeNew(path, String(data).slice(0, 3)); // a few bytes land, then the disk is full
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const failing = build({ writeFs: full });
    await expect(failing).rejects.toThrow(WriteError);
    await expect(build({ writeFs: full })).rejects.toThrow(/could not write .*doc-b\.(xml|html|txt): the disk is full; free some space and build again \(ENOSPC\); the previous version of the file is unchanged/);
    expect(read('out/html/doc-b.html')).toBe(before);
    expect(readdirSync(join(dir, 'out/tei')).filter((f) => f.startsWith('.'))).toEqual([]);
    // the lock was released, and the next build (disk freed) completes
    const { report } = await build();
    expect(statuses(report)['in/b.md']).toBe('ok');
    expect(read('out/text/doc-b.txt')).toContain('will not fit');
  });

  it('a build that stops after writing some TEI resumes without taking its own files for hand edits', async () => {
    const stop = new Error('killed');
    let written = 0;
    const dying: WriteFs = {
      ...nodeFs,
      rename: async (from, to) => {
        await nodeFs.rename(from, to);
        if (to.endsWith('.xml') && ++written === 2) throw stop; // dies right after the second TEI is in place
      },
    };
    await expect(build({ writeFs: dying })).rejects.toThrow();
    const { report } = await build();
    expect(Object.values(statuses(report))).not.toContain('kept');
    expect(statuses(report)).toEqual({ 'in/a.md': 'skipped', 'in/b.md': 'ok', 'in/c.txt': 'ok' });
  });
});
