import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LOCK_FILE, LockError, acquireLock } from './lock.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tei-edition-lock-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('lets one build at a time into a folder, and says who holds it', () => {
  const release = acquireLock(dir);
  expect(() => acquireLock(dir)).toThrow(LockError);
  expect(() => acquireLock(dir)).toThrow(new RegExp(`being built by process ${process.pid} on ${hostname()}.*wait for that build to finish`));
  release();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  acquireLock(dir)();
});

it('takes over the lock of a build that was killed', () => {
  const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  const pid = Number(dead.stdout.trim());
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), started: '2020-01-01T00:00:00Z' }));
  const release = acquireLock(dir);
  release();
});

it('does not take over a lock held on another machine', () => {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: 1, host: 'elsewhere', started: '2020-01-01T00:00:00Z' }));
  expect(() => acquireLock(dir)).toThrow(/process 1 on elsewhere/);
});
