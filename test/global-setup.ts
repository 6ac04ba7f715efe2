// Tests run the CLI as users do (bin/ → build/), so the TypeScript and the stylesheets are
// compiled first, and the build worker bundled again from what tsc wrote (a bundle older than the
// modules it was made from is not run). Type errors fail `npm run typecheck` (run by CI), not the
// test run itself.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
  const xslt = spawnSync(process.execPath, ['scripts/compile-xslt.js'], { stdio: 'inherit' });
  if (xslt.status !== 0) throw new Error('compiling the XSLT stylesheets failed');
  const bundle = spawnSync(process.execPath, ['scripts/bundle-worker.js'], { stdio: 'inherit' });
  if (bundle.status !== 0) throw new Error('bundling the build worker failed');
}
