#!/usr/bin/env bash
# jing's verdicts against ours on the validator's corpus (and any other folders given):
#   bash scripts/jing-compare.sh [TEI_ALL.rng] [FOLDER…]
# Both validate every *.xml file against TEI All (our rules layer off: jing knows only the schema).
# Prints one line per disagreement and a summary; exits 1 if any verdict differs, 2 if a tool is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
schema="${1:-${TEI_ALL_RNG:-../shared/schema/tei_all.rng}}"
shift || true
folders=("$@")
[ ${#folders[@]} -gt 0 ] || folders=(test/validate-corpus)
[ -f "$schema" ] || { echo "jing-compare: TEI All not found at $schema (give it as the first argument or TEI_ALL_RNG)" >&2; exit 2; }
command -v jing >/dev/null || { echo "jing-compare: jing is not installed (apt-get install -y jing)" >&2; exit 2; }
[ -f build/src/cli.js ] || npm run build --silent || exit 2

mapfile -t files < <(find "${folders[@]}" -name '*.xml' -type f | sort)
[ ${#files[@]} -gt 0 ] || { echo "jing-compare: no *.xml files in ${folders[*]}" >&2; exit 2; }

ours_out=$(mktemp)
trap 'rm -f "$ours_out"' EXIT
node bin/tei-edition.js validate --schema "$schema" --no-rules --format json "${files[@]}" >"$ours_out" 2>/dev/null
status=$?
[ "$status" -le 1 ] || { echo "jing-compare: tei-edition validate failed (exit $status)" >&2; exit 2; }

node - "$schema" "$ours_out" "${files[@]}" <<'JS'
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const [schema, oursFile, ...files] = process.argv.slice(2);
// One JVM for many files; jing stops at a file that is not well-formed, so it is run again on the rest.
const jingErrors = new Map(files.map((f) => [path.resolve(f), []]));
let rest = files.map((f) => path.resolve(f));
while (rest.length) {
  const run = spawnSync('jing', [schema, ...rest], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let last = -1;
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const file = rest.find((f) => line.startsWith(f + ':'));
    if (!file) continue;
    jingErrors.get(file).push(line);
    if (/: fatal: /.test(line)) last = Math.max(last, rest.indexOf(file));
  }
  rest = last < 0 ? [] : rest.slice(last + 1);
}
const ours = new Map(JSON.parse(fs.readFileSync(oursFile, 'utf8')).files.map((f) => [f.file, f]));
let differ = 0;
for (const file of files) {
  const errors = jingErrors.get(path.resolve(file));
  const jingValid = errors.length === 0;
  const report = ours.get(file);
  if (!report) { console.log(`MISSING  ${file}: no verdict from tei-edition`); differ++; continue; }
  if (report.valid !== jingValid) {
    differ++;
    console.log(`DIFFERS  ${file}: jing ${jingValid ? 'valid' : 'invalid'}, tei-edition ${report.valid ? 'valid' : 'invalid'}`);
    for (const l of errors.slice(0, 3)) console.log(`  jing: ${l}`);
    for (const p of report.problems.slice(0, 3)) console.log(`  ours: ${p.line}:${p.column}: ${p.message}`);
  }
}
console.log(`jing-compare: ${files.length - differ} of ${files.length} verdicts agree${differ ? `, ${differ} differ` : ''}`);
process.exit(differ ? 1 : 0);
JS
