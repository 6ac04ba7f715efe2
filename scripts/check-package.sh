#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, installed into an empty folder, builds a transcription
# with `npx tei-edition build` (stylesheets are compiled in the package or on first run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$work/$tarball"
cp "$root/transcriptions/wcda-115180.md" some.md
npx tei-edition build some.md --out out
test -s out/tei/wcda-115180.xml
test -s out/html/wcda-115180.html
test -s out/text/wcda-115180.txt
npx tei-edition validate out/tei/wcda-115180.xml
echo "package check: built and validated some.md from the packed tei-edition"
