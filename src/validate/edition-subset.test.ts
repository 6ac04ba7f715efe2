// The edition schema is a strict subset of TEI All: every document it accepts, TEI All accepts.
// Checked on the corpus and on mutations of the documents the edition schema accepts (elements
// deleted, duplicated, swapped, moved, renamed, unwrapped; attributes removed, added, changed).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, type Validator } from './index.js';
import { TreeBuilder, type Element } from './rules/tree.js';
import { scanDocument } from './scan.js';
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

// --- a tiny tree serializer and a deterministic mutator over the rules layer's tree ---
const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function serialize(e: Element, root = true): string {
  const attributes = [...e.attributes].map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const children = e.children.map((c) => (typeof c === 'string' ? escape(c) : serialize(c, false))).join('');
  return `<${e.name}${root ? ` xmlns="${TEI_NS}"` : ''}${attributes}>${children}</${e.name}>`;
}
function parse(xml: string): Element {
  const tree = new TreeBuilder();
  scanDocument(xml, { maxDepth: 1000 }, [tree]);
  return tree.root!;
}
function all(e: Element, into: Element[] = []): Element[] {
  into.push(e);
  for (const c of e.children) if (typeof c !== 'string') all(c, into);
  return into;
}
function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s % n);
}
const ODD_VALUES = ['', 'x y', '1961-13-45', '#nowhere', '0', 'yes', 'main'];
const NEW_ATTRIBUTES = ['type', 'n', 'when', 'rend', 'xml:lang', 'ref', 'subtype', 'colour'];

type Mutation = (root: Element, pick: (n: number) => number) => string | undefined;
const MUTATIONS: Mutation[] = [
  (root, pick) => { const e = childOf(root, pick); if (!e) return; e.parent!.children.splice(e.parent!.children.indexOf(e), 1); return `delete <${e.name}>`; },
  (root, pick) => { const e = childOf(root, pick); if (!e) return; const copy = parse(serialize(e)); copy.attributes.delete('xml:id'); for (const d of all(copy)) d.attributes.delete('xml:id'); const siblings = e.parent!.children; siblings.splice(siblings.indexOf(e) + 1, 0, copy); copy.parent = e.parent; return `duplicate <${e.name}>`; },
  (root, pick) => { const e = childOf(root, pick); if (!e) return; const s = e.parent!.children; const i = s.indexOf(e); const j = s.findIndex((c, k) => k > i && typeof c !== 'string'); if (j < 0) return; [s[i], s[j]] = [s[j]!, s[i]!]; return `swap <${e.name}> with the next element`; },
  (root, pick) => { const e = childOf(root, pick); if (!e) return; const s = e.parent!.children; const i = s.indexOf(e); const prev = s.slice(0, i).reverse().find((c) => typeof c !== 'string') as Element | undefined; if (!prev) return; s.splice(i, 1); prev.children.push(e); e.parent = prev; return `move <${e.name}> into <${prev.name}>`; },
  (root, pick) => { const e = pickOf(all(root).filter((x) => x.attributes.size), pick); if (!e) return; const k = [...e.attributes.keys()][pick(e.attributes.size)]!; e.attributes.delete(k); return `remove @${k} from <${e.name}>`; },
  (root, pick) => { const e = pickOf(all(root).filter((x) => x.attributes.size), pick); if (!e) return; const k = [...e.attributes.keys()][pick(e.attributes.size)]!; const v = ODD_VALUES[pick(ODD_VALUES.length)]!; e.attributes.set(k, v); return `@${k}="${v}" on <${e.name}>`; },
  (root, pick) => { const e = pickOf(all(root), pick)!; const k = NEW_ATTRIBUTES[pick(NEW_ATTRIBUTES.length)]!; e.attributes.set(k, 'x'); return `add @${k}="x" to <${e.name}>`; },
  (root, pick) => { const elements = all(root); const e = childOf(root, pick); if (!e) return; const other = pickOf(elements, pick)!.name; e.name = other; return `rename <${e.name}> to <${other}>`; },
  (root, pick) => { const e = pickOf(all(root), pick)!; e.children.unshift('x'); return `text in <${e.name}>`; },
  (root, pick) => { const e = childOf(root, pick); if (!e) return; const s = e.parent!.children; s.splice(s.indexOf(e), 1, ...e.children); for (const c of e.children) if (typeof c !== 'string') c.parent = e.parent; return `unwrap <${e.name}>`; },
];
function pickOf<T>(items: T[], pick: (n: number) => number): T | undefined {
  return items.length ? items[pick(items.length)] : undefined;
}
function childOf(root: Element, pick: (n: number) => number): Element | undefined {
  return pickOf(all(root).filter((e) => e.parent), pick);
}

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
    const bases = corpus.filter(({ file, xml }) => subset.validateText(xml, file).valid && /tei-edition/.test(xml));
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
