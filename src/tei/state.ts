/**
 * What the builders share while one document is encoded, passed explicitly: the input, the
 * entities by id, footnotes waiting for their anchor, the chains of split `supplied` texts, and
 * what the header must declare because the text uses it (responsibilities, calendars).
 */
import type {
  Block, EntityEntry, Footnote, Inline, Responsibility, Supplied, Transcription,
} from '../model/index.js';
import { walkInline } from '../model/index.js';
import type { EncodeContext } from './index.js';
import { ncname } from './xml-names.js';

export interface ChainLink {
  id: string;
  prev?: string;
  next?: string;
}

export interface EncodeState {
  transcription: Transcription;
  context: EncodeContext;
  /** Entities of the standOff, by their (NCName) id. */
  entities: Map<string, EntityEntry>;
  /** Footnotes by marker; a note is written where its first marker stands. */
  footnotes: Map<string, Footnote>;
  placedNotes: Map<string, string>;
  /** Parts of split supplied texts, linked by `@next`/`@prev`. */
  chains: Map<Supplied, ChainLink>;
  /** Responsibilities pointed to from the text (`#tr`, `#ed`). */
  resps: Set<Responsibility>;
  /** Non-Gregorian calendars used by dates (declared in `calendarDesc`). */
  calendars: Set<string>;
  /** Every xml:id written so far, so that generated ones never collide. */
  ids: Set<string>;
}

export function createState(transcription: Transcription, context: EncodeContext): EncodeState {
  const entities = new Map<string, EntityEntry>();
  for (const entry of transcription.entities) {
    const id = ncname(entry.id);
    if (!entities.has(id)) entities.set(id, entry);
  }
  const state: EncodeState = {
    transcription,
    context,
    entities,
    footnotes: new Map(transcription.footnotes.map((note) => [note.n, note])),
    placedNotes: new Map(),
    chains: new Map(),
    resps: new Set(),
    calendars: new Set(),
    ids: new Set(['tr', 'ed', ...entities.keys()]),
  };
  scanInline(state);
  return state;
}

/** `id` itself when no element has it yet, else a fresh id starting with it. */
export function claimId(state: EncodeState, id: string): string {
  if (state.ids.has(id)) return freshId(state, id);
  state.ids.add(id);
  return id;
}

/** A fresh xml:id starting with `base`, unique in the document. */
export function freshId(state: EncodeState, base: string): string {
  let n = 1;
  while (state.ids.has(`${base}-${n}`)) n++;
  const id = `${base}-${n}`;
  state.ids.add(id);
  return id;
}

/** The pointer to an entity of this document, or undefined when it is not in the standOff. */
export function entityPointer(state: EncodeState, ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const id = ncname(ref);
  return state.entities.has(id) ? id : undefined;
}

/** Every run of inline content of a block, in document order. */
export function* inlineRuns(block: Block): Generator<Inline[]> {
  switch (block.type) {
    case 'opener':
    case 'closer':
      for (const item of block.items) yield item.children;
      return;
    case 'list':
      if (block.head) yield block.head;
      for (const item of block.items) yield item.children;
      return;
    case 'sp':
      yield block.speaker;
      yield block.children;
      return;
    case 'postscript':
      for (const child of block.children) yield* inlineRuns(child);
      return;
    default:
      yield block.children;
  }
}

/** Every block, those inside postscripts included, in document order. */
function* blocksOf(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'postscript') yield* blocksOf(block.children);
  }
}

function allRuns(transcription: Transcription): Inline[][] {
  const runs: Inline[][] = [];
  for (const block of transcription.body) runs.push(...inlineRuns(block));
  for (const note of transcription.footnotes) runs.push(note.children);
  return runs;
}

/** One pass over the text for what the header must declare and for the supplied chains. */
function scanInline(state: EncodeState): void {
  for (const block of blocksOf(state.transcription.body)) if (block.type === 'summary') state.resps.add(block.resp);
  for (const run of allRuns(state.transcription)) {
    let chain: Supplied[] = [];
    for (const node of walkInline(run)) {
      if (node.type === 'supplied' || node.type === 'editorialNote') state.resps.add(node.resp);
      if (node.type === 'date' && node.calendar) state.calendars.add(ncname(node.calendar));
      if (node.type !== 'supplied' || node.part === undefined) continue;
      if (node.part === 'initial') chain = [node];
      else if (chain.length) chain.push(node);
      if (node.part === 'final' && chain.length > 1) {
        linkChain(state, chain);
        chain = [];
      }
    }
  }
}

function linkChain(state: EncodeState, parts: Supplied[]): void {
  const ids = parts.map(() => freshId(state, 'supplied'));
  parts.forEach((part, i) => {
    state.chains.set(part, { id: ids[i], prev: ids[i - 1], next: ids[i + 1] });
  });
}
