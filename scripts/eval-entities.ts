/**
 * Precision, recall and F1 of the entities stage against an answer key in the format of
 * `samples/answer-key.json` (`[{ file, persons: [], places: [], orgs: [] }]`).
 *
 *   npm run eval:entities -- --key FILE.json [--no-register] [--registers DIR] [--json] [INPUT…]
 *
 * Each document counts each distinct entity once: a key entry is found when an entity of the same
 * type has that name among its forms in the document (standard name or a form met in the text,
 * compared without case, accents, full stops or a leading `the`). Entities that match no key
 * entry are false tags. Figures are micro-averaged over the documents. INPUT defaults to the
 * key's files, relative to the key's folder.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { readTranscription, parseTranscription } from '../src/transcription/index.js';
import { annotateEntities, loadRegisters } from '../src/entities/index.js';
import { nameKey } from '../src/entities/text.js';
import type { EntityEntry, EntityKind } from '../src/model/index.js';

interface KeyDocument {
  file: string;
  persons: string[];
  places: string[];
  orgs: string[];
}

const TYPES: [EntityKind, keyof Pick<KeyDocument, 'persons' | 'places' | 'orgs'>][] = [
  ['person', 'persons'],
  ['place', 'places'],
  ['org', 'orgs'],
];

function usage(message: string): never {
  process.stderr.write(`eval-entities: ${message}\nUsage: npm run eval:entities -- --key FILE.json [--no-register] [--registers DIR] [--json] [INPUT…]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let keyFile: string | undefined;
let useRegister = true;
let json = false;
let registersDir = resolve('tei/registers');
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--key') keyFile = args[++i];
  else if (a === '--no-register') useRegister = false;
  else if (a === '--registers') registersDir = resolve(args[++i] ?? usage('--registers needs a folder'));
  else if (a === '--json') json = true;
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else inputs.push(a);
}
if (!keyFile) usage('--key FILE.json is required');
const key = JSON.parse(readFileSync(keyFile, 'utf8')) as KeyDocument[];
const keyDir = dirname(resolve(keyFile));

/** The key entry of an input file: by path relative to the key, else by file name. */
function keyOf(input: string): KeyDocument | undefined {
  const abs = resolve(input);
  return key.find((k) => resolve(keyDir, k.file) === abs) ?? key.find((k) => basename(k.file) === basename(input));
}

const files = inputs.length ? inputs : key.map((k) => resolve(keyDir, k.file)).filter(existsSync);
const registers = loadRegisters(registersDir);

const norm = (name: string): string => nameKey(name.replace(/^the\s+/i, ''));

const totals = Object.fromEntries(TYPES.map(([kind]) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<EntityKind, { tp: number; fp: number; fn: number }>;
const report: unknown[] = [];

for (const file of files) {
  const k = keyOf(file);
  if (!k) {
    process.stderr.write(`eval-entities: ${file} is not in the key; skipped\n`);
    continue;
  }
  const { text, normalisations } = readTranscription(readFileSync(file), file);
  const parsed = parseTranscription(text, file, normalisations).transcription;
  const { transcription } = annotateEntities(parsed, registers, { useRegister });
  const doc: Record<string, { missed: string[]; false: string[]; found: string[] }> = {};
  for (const [kind, field] of TYPES) {
    const entities = transcription.entities.filter((e) => e.kind === kind);
    const used = new Set<EntityEntry>();
    const missed: string[] = [];
    const found: string[] = [];
    for (const wanted of k[field]) {
      const w = norm(wanted);
      const hit = entities.find((e) => !used.has(e) && [e.name, ...e.variants].some((f) => norm(f) === w));
      if (hit) {
        used.add(hit);
        found.push(wanted);
      } else missed.push(wanted);
    }
    const falseTags = entities.filter((e) => !used.has(e)).map((e) => `${e.name}${e.variants.length ? ` (${e.variants.join(' | ')})` : ''} [${e.evidence ?? 'register'}]`);
    totals[kind].tp += found.length;
    totals[kind].fn += missed.length;
    totals[kind].fp += falseTags.length;
    doc[kind] = { missed, false: falseTags, found };
  }
  report.push({ file: k.file, ...doc });
  if (!json) {
    const lines = TYPES.flatMap(([kind]) => [
      ...doc[kind].missed.map((m) => `  miss  ${kind.padEnd(6)} ${m}`),
      ...doc[kind].false.map((f) => `  false ${kind.padEnd(6)} ${f}`),
    ]);
    process.stdout.write(`${k.file}${lines.length ? '' : '  (all right)'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
}

const score = (t: { tp: number; fp: number; fn: number }) => {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...t, precision, recall, f1 };
};
const scores = Object.fromEntries(TYPES.map(([kind]) => [kind, score(totals[kind])]));
if (json) process.stdout.write(JSON.stringify({ register: useRegister, documents: report, scores }, null, 2) + '\n');
else {
  process.stdout.write(`\n${useRegister ? 'with the register' : 'without the register (--no-register)'}, ${report.length} documents\n`);
  process.stdout.write('type      tp  fp  fn  precision  recall  F1\n');
  for (const [kind] of TYPES) {
    const s = scores[kind];
    process.stdout.write(`${kind.padEnd(8)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}\n`);
  }
}
