// The build's pool of worker processes, with a worker script of its own (test/fixtures/workers/):
// calls spread over the processes and answered in kind, a failing or dying process, a heap run
// out, and workers that do not outlive a build killed with SIGKILL.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { PACKAGE_ROOT } from '../render/compile.js';
import { alive } from './lock.js';
import { ProcessPool, WORKER_V8_FLAGS, type ProcessPoolOptions } from './pool.js';
import type { Task } from './task.js';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'workers');
const pools: ProcessPool[] = [];

function pool(options: Partial<ProcessPoolOptions> = {}): ProcessPool {
  const made = new ProcessPool({ jobs: 2, script: join(FIXTURES, 'pool-worker.mjs'), workerData: { edition: 'test' }, ...options });
  pools.push(made);
  return made;
}

type Echo = { pid: number; value: number; data: unknown; execArgv: string[] };

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

it('spreads calls over up to `jobs` processes, and answers each call with its own result', async () => {
  const p = pool({ jobs: 2 });
  const answers = (await Promise.all([1, 2, 3, 4, 5, 6].map((value) => p.call('default', { do: 'echo', value, ms: 100 })))) as Echo[];
  expect(answers.map((a) => a.value)).toEqual([1, 2, 3, 4, 5, 6]);
  const pids = new Set(answers.map((a) => a.pid));
  expect(pids.size).toBe(2);
  expect(pids.has(process.pid)).toBe(false);
  expect(answers[0]!.data).toEqual({ edition: 'test' });
  expect(answers[0]!.execArgv).toEqual(['--max-old-space-size=2048', '--max-semi-space-size=21']);
  expect(p.peakMemoryKb()).toBeGreaterThan(0);
});

it('starts its processes with the V8 flags it is given', async () => {
  const p = pool({ v8Flags: WORKER_V8_FLAGS });
  const answer = (await p.call('default', { do: 'echo', value: 1 })) as Echo;
  expect(answer.execArgv).toEqual([...WORKER_V8_FLAGS, '--max-old-space-size=2048', '--max-semi-space-size=21']);
});

it('starts one process, and a second only when a call waits', async () => {
  const p = pool({ jobs: 2 });
  const one = (await p.call('default', { do: 'echo', value: 1 })) as Echo;
  const two = (await p.call('default', { do: 'echo', value: 2 })) as Echo;
  expect(two.pid).toBe(one.pid);
  expect(p.siteHelper().threads).toBe(1);
});

it('fails a call that throws, and only that call', async () => {
  const p = pool();
  await expect(p.call('default', { do: 'throw', message: 'bad document' })).rejects.toThrow('bad document');
  await expect(p.call('default', { do: 'echo', value: 7 })).resolves.toMatchObject({ value: 7 });
});

it('fails the call of a process that dies, and runs the next call in a new process', async () => {
  const p = pool({ jobs: 1 });
  const before = (await p.call('default', { do: 'echo', value: 1 })) as Echo;
  await expect(p.call('default', { do: 'exit', code: 3 })).rejects.toThrow('the worker process stopped (exit code 3)');
  const after = (await p.call('default', { do: 'echo', value: 2 })) as Echo;
  expect(after.value).toBe(2);
  expect(after.pid).not.toBe(before.pid);
});

it('fails the calls of processes that cannot start, one each, and says why', async () => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true); // node's "bad option"
  const p = pool({ jobs: 1, v8Flags: ['--no-such-flag-anywhere'] });
  await expect(p.call('default', { do: 'echo', value: 1 })).rejects.toThrow('the worker process stopped (exit code 9)');
  await expect(p.call('default', { do: 'echo', value: 2 })).rejects.toThrow('the worker process stopped (exit code 9)');
});

it('reports a process whose heap ran out as out of memory, without V8 report on stderr, and goes on', async () => {
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  const p = pool({ jobs: 1, heapMb: 32 });
  const result = await p.run({ do: 'exhaust' } as unknown as Task);
  expect(result.ok).toBe(false);
  expect(result.error).toBe('ran out of memory (over 32 MB); split the transcription or lower --max-size');
  expect(written.join('')).not.toMatch(/heap|GC|FATAL/);
  await expect(p.call('default', { do: 'echo', value: 1 })).resolves.toMatchObject({ value: 1 });
});

it('makes site files for the site stage', async () => {
  const p = pool();
  const made = await p.siteHelper().make({ file: 'persons.html' } as never);
  expect(made.content).toMatch(/^site file persons\.html from \d+$/);
});

it('has no process left once closed, and refuses calls then', async () => {
  const p = pool();
  const { pid } = (await p.call('default', { do: 'echo', value: 1 })) as Echo;
  await p.close();
  expect(alive(pid)).toBe(false);
  await expect(p.call('default', { do: 'echo', value: 2 })).rejects.toThrow('closed');
});

it('leaves no worker running when the build is killed', async () => {
  const parent = spawn(process.execPath, [join(FIXTURES, 'pool-parent.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
  const pids = await new Promise<number[]>((resolve, reject) => {
    let out = '';
    parent.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(JSON.parse(out) as number[]);
    });
    parent.on('exit', () => reject(new Error(`the build stand-in exited early: ${out}`)));
  });
  expect(pids).toHaveLength(2);
  expect(pids.every(alive)).toBe(true);
  parent.kill('SIGKILL');
  const deadline = Date.now() + 10_000;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(pids.filter(alive)).toEqual([]);
});
