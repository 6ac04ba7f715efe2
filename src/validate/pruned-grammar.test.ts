// A grammar pruned to a document's names gives the full grammar's verdict on that document: on
// the whole corpus (valid and invalid) and on mutations of every corpus file.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Grammar } from 'salve-annos';
import { beforeAll, describe, expect, it } from 'vitest';
import { MUTATIONS, parse, random, serialize } from '../../test/validate-corpus/mutate.js';
import { loadGrammar } from './grammar.js';
import { namesIn, PrunedGrammars } from './pruned-grammar.js';
import { SchemaSession } from './relaxng.js';
import { scanDocument } from './scan.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'test', 'validate-corpus');
const TEI_ALL = process.env.TEI_ALL_RNG ?? join(ROOT, '..', 'shared', 'schema', 'tei_all.rng');
const MUTANTS = Number(process.env.PRUNE_MUTANTS ?? 5);
if (!existsSync(TEI_ALL)) {
  if (process.env.CI === 'true') throw new Error(`TEI All is required in CI: ${TEI_ALL} is missing`);
  console.warn(`skipped: pruned TEI All against the full grammar (${TEI_ALL} not found)`);
}

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { files: { file: string }[] };
const verdict = (grammar: Grammar, xml: string) => {
  const session = new SchemaSession(grammar);
  const scan = scanDocument(xml, { maxDepth: 1000 }, [session]);
  return scan.problems.length === 0 && session.problems.length === 0;
};

it('namesIn collects local names of tags and attributes, prefixes dropped', () => {
  const { elements, attributes } = namesIn('<tei:TEI xmlns:tei="x"><p xml:id = "a" n=\'1\'> a="b" <!-- <hidden/> --></p></tei:TEI>');
  expect([...elements].sort()).toEqual(['TEI', 'hidden', 'p']);
  expect([...attributes].sort()).toEqual(['a', 'id', 'n', 'tei']);
});

describe.skipIf(!existsSync(TEI_ALL))('pruned TEI All', () => {
  let full: Grammar;
  let json: ConstructorParameters<typeof PrunedGrammars>[0];
  beforeAll(async () => {
    const loaded = await loadGrammar(TEI_ALL, join(tmpdir(), 'tei-edition-test-cache'));
    full = loaded.grammar;
    json = loaded.json;
  });

  it('gives the full grammar verdict on every corpus file and on mutations of each', () => {
    const differ: string[] = [];
    let invalid = 0;
    let checked = 0;
    manifest.files.forEach(({ file }, f) => {
      const xml = readFileSync(join(CORPUS, file), 'utf8');
      const pick = random(f + 101);
      const documents = [xml];
      for (let m = 0; m < MUTANTS; m++) {
        try {
          const root = parse(xml);
          if (MUTATIONS[(f + m) % MUTATIONS.length]!(root, pick)) documents.push(serialize(root));
        } catch {
          // a file that is not well-formed has no tree to mutate
        }
      }
      // One pruning for the names of the file and its mutants together (a superset for each).
      const pruned = new PrunedGrammars(json, 0).for(documents.join('\n'))!;
      for (const doc of documents) {
        const expected = verdict(full, doc);
        checked++;
        if (!expected) invalid++;
        if (verdict(pruned, doc) !== expected) differ.push(`${file} (${documents.indexOf(doc) ? 'mutant' : 'as is'}): full ${expected}`);
      }
    });
    console.log(`pruned TEI All: ${checked} documents (${invalid} invalid), ${differ.length} verdicts differ`);
    expect(differ).toEqual([]);
    expect(invalid).toBeGreaterThan(checked / 4);
  }, 300_000);
});
