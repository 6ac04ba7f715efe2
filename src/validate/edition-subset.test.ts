// The edition schema is a strict subset of TEI All: every document it accepts, TEI All accepts.
// Checked on the corpus and on mutations of the documents the edition schema accepts (elements
// deleted, duplicated, swapped, moved, renamed, unwrapped; attributes removed, added, changed).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, type Validator } from './index.js';
import { MUTATIONS, TEI_NS, parse, random, serialize } from '../../test/validate-corpus/mutate.js';
import { EDITION_SCHEMA } from './schema-resolution.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test', 'validate-corpus');
const TEI_ALL = process.env.TEI_ALL_RNG ?? join(ROOT, '..', 'shared', 'schema', 'tei_all.rng');
const MUTANTS_PER_DOCUMENT = Number(process.env.SUBSET_MUTANTS ?? 60);
const ready = existsSync(TEI_ALL) && existsSync(EDITION_SCHEMA);
if (!ready) {
  if (process.env.CI === 'true') throw new Error(`TEI All (${TEI_ALL}) and the edition schema (${EDITION_SCHEMA}) are required in CI`);
  console.warn(`skipped: edition schema ⊂ TEI All (${existsSync(TEI_ALL) ? EDITION_SCHEMA : TEI_ALL} not found)`);
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
const corpus = manifest.files.map((e) => ({ file: e.file, xml: readFileSync(join(CORPUS, e.file), 'utf8') }));

describe.skipIf(!ready)('the edition schema is a strict subset of TEI All', () => {
  let edition: Validator;
  let teiAll: Validator;
  beforeAll(async () => {
    edition = await createValidator({ schema: 'edition', rules: false });
    teiAll = await createValidator({ schema: TEI_ALL, rules: false });
  });

  it('on the corpus: what the edition schema accepts, TEI All accepts', () => {
    const accepted = corpus.filter(({ file, xml }) => edition.validateText(xml, file).valid);
    expect(accepted.length, 'our own outputs at least').toBeGreaterThan(0);
    for (const { file, xml } of accepted) expect(teiAll.validateText(xml, file).problems, file).toEqual([]);
  });

  /** Mutants of the accepted documents that `subset` accepts and TEI All rejects. */
  function escapes(subset: Validator, stopAtFirst = false): { accepted: number; escaped: string[]; bases: number } {
    // Our own outputs and the edition's registers, the shapes the edition schema is written for.
    const bases = corpus.filter(({ file, xml }) => subset.validateText(xml, file).valid && (/tei-edition/.test(xml) || /register-/.test(file)));
    let accepted = 0;
    const escaped: string[] = [];
    bases.forEach(({ file, xml }, b) => {
      const pick = random(b + 1);
      for (let m = 0; m < MUTANTS_PER_DOCUMENT && !(stopAtFirst && escaped.length); m++) {
        const root = parse(xml);
        const change = MUTATIONS[m % MUTATIONS.length]!(root, pick);
        if (!change) continue;
        const mutant = serialize(root);
        if (!subset.validateText(mutant, file).valid) continue;
        accepted++;
        const report = teiAll.validateText(mutant, file);
        if (!report.valid) escaped.push(`${file}: ${change}: ${report.problems[0]!.message}`);
      }
    });
    return { accepted, escaped, bases: bases.length };
  }

  it(`on ${MUTANTS_PER_DOCUMENT} mutations of each of our documents the edition schema accepts`, () => {
    const { accepted, escaped, bases } = escapes(edition);
    console.log(`edition ⊂ TEI All: ${bases} documents, ${accepted} mutants accepted by the edition schema, ${escaped.length} rejected by TEI All`);
    expect(escaped).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
  });

  it('the check itself finds a schema that is not a subset (control: a schema accepting any TEI element)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tei-edition-subset-'));
    const loose = join(dir, 'loose.rng');
    writeFileSync(loose, `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="any"/></start>
      <define name="any"><element><nsName ns="${TEI_NS}"/><zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore></element></define></grammar>`);
    const { escaped } = escapes(await createValidator({ schema: loose, rules: false, cacheDir: false }), true);
    expect(escaped.length).toBeGreaterThan(0);
  });
});
