// Runs the command line as a user does (bin/ → build/, compiled by the global setup).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'tei-edition.js');
export const SAMPLES = resolve(REPO, '..', 'shared', 'samples');

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; onSpawn?: (pid: number) => void; uid?: number; gid?: number }): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, ...options.env }, uid: options.uid, gid: options.gid });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('spawn', () => options.onSpawn?.(child.pid!));
    child.on('close', (status, signal) => done({ status, signal, stdout, stderr }));
  });
}

/** A fresh edition folder: the repository's configuration and registers, and an empty `in/`. */
export function tempEdition(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tei-edition-${prefix}-`));
  for (const part of ['edition.config.json', join('tei', 'registers')]) {
    if (existsSync(join(REPO, part))) cpSync(join(REPO, part), join(dir, part), { recursive: true });
  }
  mkdirSync(join(dir, 'in'));
  return dir;
}

/** Every file under `dir` (relative paths, sorted), skipping hidden files and folders. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(relative(dir, p));
    }
  };
  walk(dir);
  return files;
}

/** The reference and development samples (absent outside this workspace: callers skip, or fail in CI). */
export function sampleTranscriptions(): string[] {
  if (!existsSync(SAMPLES)) return [];
  const dev = join(SAMPLES, 'dev');
  return [join(SAMPLES, 'wcda-115180.md'), ...(existsSync(dev) ? readdirSync(dev).sort().map((f) => join(dev, f)) : [])];
}
