/**
 * The builders, one per construct of the model, and the tables that map node types to them
 * (like mdast-util-to-hast's handlers). Inline builders append a node to a mixed-content
 * element; block builders are placed into the division by `arrange.ts`.
 */
import type { Inline } from '../../model/index.js';
import { walkInline } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { clean } from '../xml-names.js';
import type { El } from './element.js';
import { date } from './date.js';
import { gap } from './gap.js';
import { lb, pb } from './milestones.js';
import { hi, name, roleName } from './names.js';
import { editorialNote, noteRef } from './note.js';
import { sic, uncertain } from './sic.js';
import { supplied } from './supplied.js';
import { text } from './text.js';

type InlineBuilders = { [T in Inline['type']]: (parent: El, node: Extract<Inline, { type: T }>, state: EncodeState) => void };

export const INLINE_BUILDERS: InlineBuilders = {
  text,
  supplied,
  gap,
  sic,
  uncertain,
  editorialNote,
  noteRef,
  lb,
  pb,
  date,
  hi,
  name,
  roleName,
};

/** Appends inline nodes to a mixed-content element. */
export function inline(parent: El, nodes: readonly Inline[], state: EncodeState): void {
  for (const node of nodes) {
    (INLINE_BUILDERS[node.type] as (p: El, n: Inline, s: EncodeState) => void)(parent, node, state);
  }
}

/** True when the nodes are plain text (for elements that take nothing else, like `idno`). */
export function isPlainText(nodes: readonly Inline[]): boolean {
  return nodes.every((node) => node.type === 'text');
}

/** True when the nodes hold some visible content (a word, a gap, a note…), not only spaces. */
export function hasContent(nodes: readonly Inline[]): boolean {
  return nodes.some((node) => node.type !== 'text' || clean(node.value) !== '');
}

/** True when the nodes hold a date (a `dateline` must, by the edition's rules). */
export function hasDate(nodes: readonly Inline[]): boolean {
  for (const node of walkInline(nodes)) if (node.type === 'date') return true;
  return false;
}

/** True when the nodes hold words or a gap (a name must, by the edition's rules). */
export function hasWords(nodes: readonly Inline[]): boolean {
  for (const node of walkInline(nodes)) {
    if (node.type === 'gap' || (node.type === 'text' && clean(node.value) !== '')) return true;
  }
  return false;
}
