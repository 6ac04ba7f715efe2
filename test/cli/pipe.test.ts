// The command line when its reader goes away before it has written everything (`| head -1`).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/render/compile.js';

it('finishes quietly, with its own status, when standard output is closed early', async () => {
  const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'tei-edition.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy(); // the reader is gone before the first line
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  expect(stderr).not.toMatch(/EPIPE|Unhandled|Error/);
  expect(status).toBe(0);
});
