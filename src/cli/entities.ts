/**
 * `tei-edition entities [INPUT…] [--no-register] [--format tei|json]`: the persons, places and
 * organisations of the inputs that the edition's registers do not hold yet, printed as
 * ready-to-paste register entries (TEI `listPerson`, `listPlace`, `listOrg`), each with the
 * documents and passages where it occurs.
 */
import { readFileSync } from 'node:fs';
import { parseCommandArgs } from './args.js';
import { EXIT, type Io } from '../cli.js';
import { collectInputs } from '../build/inputs.js';
import { formatDiagnostic, type EntityEntry, type EntityKind } from '../model/index.js';
import { readTranscription, parseTranscription } from '../transcription/index.js';
import { annotateEntities, loadRegisters } from '../entities/index.js';
import { escapeXml, registerEntryXml } from '../entities/candidates.js';
import { registersDirOf } from '../edition.js';

const HELP = `Usage: tei-edition entities [INPUT…] [--no-register] [--format tei|json]

Finds the persons, places and organisations of the transcriptions (files or folders; default
transcriptions/) that the edition's registers (tei/registers/) do not hold, and prints them as
register entries to paste into tei/registers/persons.xml, places.xml or orgs.xml, each after a
comment naming the documents and passages where it occurs.

  --no-register     ignore the registers (what the pipeline finds in a document on its own)
  --format FORMAT   tei (default) or json
  -h, --help        this help

Exit status: 0 done, 1 some input could not be read, 2 usage error.
`;

interface Occurrence {
  document: string;
  source: string;
  contexts: string[];
}

interface Found {
  entry: EntityEntry;
  occurrences: Occurrence[];
}

const LISTS: [EntityKind, string][] = [
  ['person', 'listPerson'],
  ['place', 'listPlace'],
  ['org', 'listOrg'],
];

export async function run(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('entities', argv, { 'no-register': { type: 'boolean' }, format: { type: 'string' } }, HELP, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.format ?? 'tei';
  if (format !== 'tei' && format !== 'json') {
    io.err(`tei-edition entities: --format must be tei or json, not "${format}"\n`);
    return EXIT.usage;
  }
  const { inputs, problems } = collectInputs(positionals.length ? positionals : ['transcriptions']);
  for (const p of problems) io.err(formatDiagnostic(p) + '\n');
  if (!inputs.length) return EXIT.usage;

  const useRegister = !values['no-register'];
  const registers = loadRegisters(registersDirOf(process.cwd()));
  const found = new Map<string, Found>();
  let failed = problems.some((p) => p.severity === 'error');
  for (const input of inputs) {
    try {
      const { text, normalisations } = readTranscription(readFileSync(input.path), input.source);
      const parsed = parseTranscription(text, input.source, normalisations).transcription;
      const { transcription, candidates } = annotateEntities(parsed, registers, { useRegister });
      for (const c of candidates) {
        const entry = transcription.entities.find((e) => e.id === c.id)!;
        const f = found.get(c.id) ?? { entry: { ...entry, variants: [] }, occurrences: [] };
        for (const v of [entry.name, ...entry.variants]) if (v !== f.entry.name && !f.entry.variants.includes(v)) f.entry.variants.push(v);
        for (const r of entry.roles ?? []) if (!(f.entry.roles ??= []).includes(r)) f.entry.roles.push(r);
        f.occurrences.push({ document: transcription.id, source: input.source, contexts: c.contexts });
        found.set(c.id, f);
      }
    } catch (e) {
      failed = true;
      io.err(`${input.source}: ${(e as Error).message}\n`);
    }
  }

  const all = [...found.values()].sort((a, b) => a.entry.kind.localeCompare(b.entry.kind) || a.entry.name.localeCompare(b.entry.name));
  if (format === 'json') io.out(JSON.stringify({ register: useRegister, candidates: all }, null, 2) + '\n');
  else io.out(teiOf(all, inputs.length));
  return failed ? EXIT.failed : EXIT.ok;
}

function teiOf(all: Found[], documents: number): string {
  const out = [`<!-- tei-edition entities: ${all.length} entities not in the registers, from ${documents} document(s). Check each entry before pasting it. -->`];
  for (const [kind, list] of LISTS) {
    const ofKind = all.filter((f) => f.entry.kind === kind);
    if (!ofKind.length) continue;
    out.push(`<${list} xmlns="http://www.tei-c.org/ns/1.0">`);
    for (const f of ofKind) {
      const where = f.occurrences.map((o) => `${o.document} (${o.source}): ${o.contexts.map((c) => `“${c}”`).join(' ')}`);
      out.push(`  <!-- ${escapeComment(`found by ${f.entry.evidence ?? 'rule'}; ${where.join('; ')}`)} -->`);
      out.push(registerEntryXml({ ...f.entry, name: f.entry.name }, '  ').split('\n').map((l) => `  ${l}`).join('\n'));
    }
    out.push(`</${list}>`);
  }
  return out.join('\n') + '\n';
}

/** A comment must not hold `--`. */
function escapeComment(text: string): string {
  return escapeXml(text).replace(/-{2,}/g, (m) => m.split('').join(' '));
}
