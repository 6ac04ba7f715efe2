import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../render/compile.js';
import { CACHE_PREFIX, workerScript } from './bundle.js';
import type { Task, TaskResult } from './task.js';

const temp = mkdtempSync(join(tmpdir(), 'tei-edition-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('which worker script the pool runs', () => {
  const dir = join(temp, 'build');
  const at = (file: string, seconds: number) => utimesSync(join(dir, file), seconds, seconds);
  const setUp = () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const file of ['worker.js', 'worker-bundle.js', 'sub/stages.js', 'worker.bundle.cjs']) writeFileSync(join(dir, file), '');
    writeFileSync(join(dir, 'worker.bundle.json'), JSON.stringify({ hash: 'abc123', inputs: ['worker.js', 'sub/stages.js'] }));
    at('worker.js', 1000);
    at('sub/stages.js', 1000);
    at('worker.bundle.cjs', 2000);
  };

  it('the bundle, while none of the modules it was made from is newer', () => {
    setUp();
    const script = workerScript(dir, join(temp, 'cache'));
    expect(script.filename).toBe(join(dir, 'worker-bundle.js'));
    expect(script.bundle?.file).toBe(join(dir, 'worker.bundle.cjs'));
    // Named by the bundle's hash and the V8 version: V8 itself checks only the source's length.
    expect(script.bundle?.cacheFile).toBe(join(temp, 'cache', 'code', `${CACHE_PREFIX}abc123-v8-${process.versions.v8}-${process.arch}.bin`));
    expect(workerScript(dir, false).bundle?.cacheFile).toBeUndefined();
  });

  it('the plain worker when a module is newer than the bundle (tsc run alone), gone, or the record is missing', () => {
    setUp();
    at('sub/stages.js', 3000);
    expect(workerScript(dir, false)).toEqual({ filename: join(dir, 'worker.js') });
    setUp();
    rmSync(join(dir, 'sub/stages.js'));
    expect(workerScript(dir, false)).toEqual({ filename: join(dir, 'worker.js') });
    setUp();
    rmSync(join(dir, 'worker.bundle.json'));
    expect(workerScript(dir, false)).toEqual({ filename: join(dir, 'worker.js') });
    setUp();
    writeFileSync(join(dir, 'worker.bundle.json'), '{"hash":');
    expect(workerScript(dir, false)).toEqual({ filename: join(dir, 'worker.js') });
  });
});

const built = join(PACKAGE_ROOT, 'build', 'src', 'build');
const haveBundle = existsSync(join(built, 'worker.bundle.cjs')) && workerScript(built, false).bundle !== undefined;
if (!haveBundle) {
  if (process.env.CI) throw new Error('the worker bundle is missing or stale: run `npm run build` (CI=true requires it)');
  console.warn('skipped: the bundled worker tests (no fresh build/src/build/worker.bundle.cjs; run `npm run build`)');
}

describe.skipIf(!haveBundle)('the bundled worker', () => {
  const source = readFileSync(join(PACKAGE_ROOT, 'transcriptions', 'wcda-115180.md'));
  const task: Task = { kind: 'convert', source: 'wcda-115180.md', bytes: new Uint8Array(source), date: '2026-11-28' };
  const run = async (filename: string, bundle?: { file: string; cacheFile?: string }): Promise<TaskResult> => {
    const pool = new Piscina({ filename, minThreads: 1, maxThreads: 1, workerData: { root: PACKAGE_ROOT, bundle } });
    try {
      return (await pool.run(task)) as TaskResult;
    } finally {
      await pool.destroy();
    }
  };
  const withoutTimings = ({ timings: _timings, ...rest }: TaskResult) => rest;

  it('gives what the plain worker gives, and keeps its compiled code for the next worker', { timeout: 60_000 }, async () => {
    const cacheDir = join(temp, 'cache');
    const script = workerScript(built, cacheDir);
    const cacheFile = script.bundle!.cacheFile!;
    // An earlier bundle's kept code is removed when this one's is kept.
    const earlier = join(cacheDir, 'code', `${CACHE_PREFIX}0000000000000000-v8-${process.versions.v8}-${process.arch}.bin`);
    mkdirSync(join(cacheDir, 'code'), { recursive: true });
    writeFileSync(earlier, 'old');

    const plain = await run(join(built, 'worker.js'));
    expect(plain.ok).toBe(true);
    const first = await run(script.filename, script.bundle);
    expect(withoutTimings(first)).toEqual(withoutTimings(plain));
    expect(existsSync(cacheFile)).toBe(true);
    expect(existsSync(earlier)).toBe(false);

    // From the kept code; and from source again when the kept file is damaged.
    const second = await run(script.filename, script.bundle);
    expect(withoutTimings(second)).toEqual(withoutTimings(plain));
    writeFileSync(cacheFile, 'damaged');
    const third = await run(script.filename, script.bundle);
    expect(withoutTimings(third)).toEqual(withoutTimings(plain));
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
  });
});
