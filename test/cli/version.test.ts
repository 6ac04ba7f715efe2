// `tei-edition --version`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { PACKAGE_ROOT } from '../../src/render/compile.js';

it("prints the package's version", async () => {
  let out = '';
  const status = await main(['--version'], { out: (text) => (out += text), err: () => undefined });
  expect(status).toBe(0);
  expect(out).toBe(`${JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version}\n`);
});
