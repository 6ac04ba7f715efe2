// Build step, after tsc: the build worker's code and the packages it uses, in one CommonJS script
// (build/src/build/worker.bundle.cjs), which the worker runs with V8's compiled code kept between
// builds (src/build/worker-bundle.ts). Saxon-JS stays out: it is kept on its own.
//
// Each module keeps its own import.meta.url (the compiled file it came from, relative to the
// bundle), so that the paths it finds from there (the package root, the stylesheets, the sources
// the gazetteer cache is keyed by) are the same bundled or not. The inputs that are ours are listed
// in worker.bundle.json with a hash of the bundle: the pool runs the bundle only while none of
// them is newer than it (a `tsc` without this step leaves it stale, and the plain worker runs).
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'build', 'src', 'build');
const entry = join(dir, 'worker.js');
const outfile = join(dir, 'worker.bundle.cjs');
const record = join(dir, 'worker.bundle.json');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Without esbuild (an install without dev dependencies) the plain worker runs, a little slower to start.
  rmSync(record, { force: true });
  console.error('esbuild is not installed: the build worker runs unbundled');
  process.exit(0);
}

const ownCode = join(root, 'build', 'src');
const importMetaUrl = {
  name: 'import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (!args.path.startsWith(ownCode + '/')) return undefined;
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return { contents, loader: 'js' };
      const from = JSON.stringify(relative(dir, args.path));
      return { contents: contents.replaceAll('import.meta.url', `__moduleUrl(${from})`), loader: 'js' };
    });
  },
};

const temporary = `${outfile}.${process.pid}.tmp`;
const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: [entry],
  outfile: temporary,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['saxon-js'],
  // A declaration at the end (hoisted): a banner would come before esbuild's "use strict", which
  // then no longer applies, and our modules would run in sloppy mode (slower, and not as written).
  footer: { js: "function __moduleUrl(file) { return require('node:url').pathToFileURL(require('node:path').join(__dirname, file)).href; }" },
  plugins: [importMetaUrl],
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs)
  .map((input) => resolve(root, input))
  .filter((input) => input.startsWith(ownCode + '/'))
  .map((input) => relative(dir, input))
  .sort();
const hash = createHash('sha256').update(readFileSync(temporary)).digest('hex').slice(0, 16);
renameSync(temporary, outfile);
writeFileSync(record, JSON.stringify({ hash, inputs }, null, 1) + '\n');
