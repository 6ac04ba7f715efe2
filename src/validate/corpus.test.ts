// The validator against the corpus of test/validate-corpus/: verdicts and first error positions as
// jing gives them with TEI All (manifest.json), and the edition rules each mutation breaks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, type Validator } from './index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test', 'validate-corpus');
const TEI_ALL = process.env.TEI_ALL_RNG ?? join(ROOT, '..', 'shared', 'schema', 'tei_all.rng');

interface Entry {
  file: string;
  teiAll: 'valid' | 'invalid';
  wellFormed: boolean;
  firstError?: { line: number; column: number };
  rules: string[];
  mutationLine?: number;
}
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: Entry[] };
const haveTeiAll = existsSync(TEI_ALL);
if (!haveTeiAll) {
  if (process.env.CI === 'true') throw new Error(`TEI All is required in CI: ${TEI_ALL} is missing`);
  console.warn(`skipped: validator corpus against TEI All (${TEI_ALL} not found; set TEI_ALL_RNG)`);
}

describe.skipIf(!haveTeiAll)('the validate corpus against TEI All', () => {
  let schemaOnly: Validator;
  let withRules: Validator;
  beforeAll(async () => {
    schemaOnly = await createValidator({ schema: TEI_ALL, rules: false });
    withRules = await createValidator({ schema: TEI_ALL, rules: true });
  });

  it('holds at least 40 files, valid and invalid ones, each with a verdict', () => {
    expect(manifest.files.length).toBeGreaterThanOrEqual(40);
    expect(manifest.files.filter((e) => e.teiAll === 'valid' && e.rules.length === 0).length).toBeGreaterThanOrEqual(5);
    for (const e of manifest.files) expect(existsSync(join(CORPUS, e.file)), e.file).toBe(true);
  });

  it.each(manifest.files.map((e) => [e.file, e] as const))('%s: the verdict and first error position of jing', (file, entry) => {
    const report = schemaOnly.validateText(readFileSync(join(CORPUS, file), 'utf8'), file);
    expect(report.valid, JSON.stringify(report.problems)).toBe(entry.teiAll === 'valid');
    if (entry.teiAll === 'valid') return;
    const first = report.problems[0]!;
    expect(first.layer).toBe(entry.wellFormed ? 'schema' : 'well-formedness');
    expect(first.line).toBe(entry.firstError!.line);
    // jing and we agree on columns for tags and attributes; text errors we place at the text's start.
    if (entry.wellFormed && !first.message.startsWith('text')) expect(first.column).toBe(entry.firstError!.column);
  });

  it.each(manifest.files.map((e) => [e.file, e] as const))('%s: the edition rules it breaks', (file, entry) => {
    const report = withRules.validateText(readFileSync(join(CORPUS, file), 'utf8'), file);
    const rules = report.problems.filter((p) => p.layer === 'rules');
    expect([...new Set(rules.map((p) => p.rule))].sort()).toEqual([...entry.rules].sort());
    if (entry.mutationLine !== undefined) {
      expect(rules.find((p) => p.rule === entry.rules[0])?.line).toBe(entry.mutationLine);
    }
    for (const problem of rules) expect(problem.message).toMatch(/;/); // says what is wrong; what to do
  });
});
