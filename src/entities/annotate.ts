/**
 * The entities stage: find the persons, places and organisations of a document, link them to the
 * registers, and wrap every mention in a `name` node. Each rule family lives in `recognise/`;
 * overlapping mentions are settled in `resolve.ts`, mentions become entities in `aliases.ts`.
 */
import type { EntityEntry, Inline, Transcription } from '../model/index.js';
import { wrapRange } from '../model/inline.js';
import type { AnnotateOptions, AnnotateResult } from './index.js';
import { NO_REGISTERS, type Registers } from './registers.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { segmentsOf } from './segments.js';
import { segmentOf, spacedText, type Segment, type Token } from './text.js';
import { PRIORITY, type Mention } from './mention.js';
import { registeredNames } from './recognise/registered.js';
import { gazetteerPlaces, placeRules } from './recognise/places.js';
import { personRules, speakerLabels } from './recognise/persons.js';
import { orgRules } from './recognise/orgs.js';
import { capital } from './recognise/shape.js';
import { selectMentions } from './resolve.js';
import { EntityTable, type DocEntity } from './aliases.js';
import { candidatesOf } from './candidates.js';
import { authorAndParticipants } from './roles.js';
import { sortShort } from './sort.js';

/** Every rule family, in one list: each reads one segment and reports mentions. */
const RULES: ((segment: Segment, seg: number, registers: Registers, gz: Gazetteer) => Mention[])[] = [
  (s, i, r) => registeredNames(s, i, r),
  (s, i, _r, g) => gazetteerPlaces(s, i, g),
  (s, i, _r, g) => placeRules(s, i, g),
  (s, i, _r, g) => personRules(s, i, g),
  (s, i, _r, g) => orgRules(s, i, g),
  (s, i) => speakerLabels(s, i),
];

/** Rules that read word order, useless in a stamp whose columns were flattened into lines. */
const WORD_ORDER_RULES = new Set<(typeof RULES)[number]>([RULES[3], RULES[4]]);

/** Stamps and letterheads laid out in columns, flattened into lines with long runs of spaces. */
function columnLayout(segment: Segment): boolean {
  return (segment.context === 'stamp' || segment.context === 'fw' || segment.context === 'ab') && /\S {3,}\S/.test(segment.flat);
}

/** `U.S.`, `D.P.R.K.`: an abbreviation with full stops keeps its last one. */
function withFinalStop(segment: Segment, m: Mention): Mention {
  return segment.flat[m.end] === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(segment.flat.slice(m.start, m.end)) ? { ...m, end: m.end + 1 } : m;
}

/** Finds the mentions of every segment, settled so that none overlap (except names inside bodies). */
export function recogniseSegments(segments: Segment[], registers: Registers, gz: Gazetteer = gazetteer()): Mention[][] {
  return segments.map((segment, i) => {
    const rules = columnLayout(segment) ? RULES.filter((r) => !WORD_ORDER_RULES.has(r)) : RULES;
    const found: Mention[] = [];
    for (const rule of rules) for (const m of rule(segment, i, registers, gz)) found.push(withFinalStop(segment, m));
    return selectMentions(found, segment.flat);
  });
}

/** The first mention whose span holds the token's (a loop, not a closure over each token). */
function covering(mentions: readonly Mention[], t: Token): Mention | undefined {
  for (const m of mentions) if (m.start <= t.start && m.end >= t.end) return m;
  return undefined;
}

/** Bare surnames of persons named in full elsewhere in the document (`Guevara`, `Ray`). */
function surnameMentions(segments: Segment[], kept: Mention[][], table: EntityTable): Mention[][] {
  const surnames = table.surnames();
  if (!surnames.size) return kept;
  return segments.map((segment, seg) => {
    const extra: Mention[] = [];
    for (const t of segment.tokens) {
      if (!capital(t) || t.shape === 'initial') continue;
      const id = surnames.get(t.norm);
      if (!id) continue;
      const inside = covering(kept[seg], t);
      if (inside && inside.priority > PRIORITY.alias) continue;
      const m: Mention = { seg, start: t.start, end: t.end, kind: 'person', name: t.text, rule: 'surname', priority: PRIORITY.alias, aliasOnly: true };
      extra.push(m);
      table.attach(m, id);
    }
    if (!extra.length) return kept[seg];
    const all = selectMentions([...kept[seg], ...extra], segment.flat);
    for (const m of kept[seg]) if (!all.includes(m)) table.forget(m);
    for (const m of extra) if (!all.includes(m)) table.forget(m);
    return all;
  });
}

export function annotateEntities(transcription: Transcription, registers: Registers, options: AnnotateOptions = {}): AnnotateResult {
  const useRegister = options.useRegister ?? true;
  const regs = useRegister ? registers : NO_REGISTERS;
  const gz = gazetteer();
  const doc = copyOf(transcription);
  const refs = segmentsOf(doc);
  const segments = refs.map((r) => segmentOf(r.nodes, r.context));

  let kept = recogniseSegments(segments, regs, gz);
  const table = new EntityTable(regs, gz);
  // A loop rather than `kept.flat()`, which V8 runs through a generic, much slower path.
  const all: Mention[] = [];
  for (const list of kept) for (const m of list) all.push(m);
  table.resolve(all, segments);
  kept = surnameMentions(segments, kept, table);

  // Wrap innermost first, so that a name inside a body's name is wrapped before the body.
  refs.forEach((ref, seg) => {
    let nodes: Inline[] = ref.nodes;
    const mentions = sortShort(kept[seg].filter((m) => table.of.has(m)), (a, b) => a.end - a.start - (b.end - b.start));
    for (const m of mentions) {
      const id = table.of.get(m)!;
      const wrapped = wrapRange(nodes, m.start, m.end, (children) => ({ type: 'name', kind: m.kind, ref: id, children }));
      if (wrapped) nodes = wrapped;
      else table.forget(m);
    }
    if (nodes !== ref.nodes) ref.set(nodes);
  });

  const first = new Map<DocEntity, number>();
  for (const e of table.entities.values()) first.set(e, firstOf(e.mentions));
  const entities = [...table.entities.values()].sort((a, b) => first.get(a)! - first.get(b)!);
  for (const e of entities) {
    const seen = new Set<string>();
    for (const m of e.mentions) {
      const form = spacedText(segments[m.seg].flat, m.start, m.end);
      if (form !== e.entry.name) seen.add(form);
    }
    e.entry = { ...e.entry, variants: [...seen] };
  }
  doc.entities = entities.map((e) => e.entry as EntityEntry);

  const persons = entities.filter((e) => e.entry.kind === 'person').flatMap((e) => e.mentions.map((mention) => ({ mention, id: e.entry.id })));
  persons.sort((a, b) => a.mention.seg - b.mention.seg || a.mention.start - b.mention.start);
  const { author, participants } = authorAndParticipants(doc, segments, persons);
  if (author) doc.author = author;
  if (participants.length) doc.participants = participants;

  return { transcription: doc, candidates: candidatesOf(entities, segments) };
}

/** A deep copy of the model (plain data); several times faster than `structuredClone`. */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyOf((value as Record<string, unknown>)[key]);
  return out as T;
}

function firstOf(mentions: Mention[]): number {
  let first = Infinity;
  for (const m of mentions) first = Math.min(first, m.seg * 1e7 + m.start);
  return first;
}
