import type { CloserItem, Closer, Inline } from '../../model/index.js';
import { walkInline } from '../../model/index.js';
import { CLOSER_LINES, SIGNED_PARTS } from '../conventions.js';
import type { EncodeState } from '../state.js';
import { appendText, element, type El } from './element.js';
import { hasWords, inline } from './index.js';
import { line } from './lines.js';

/**
 * The sign-off. Consecutive role, signature and signer lines make one `signed`
 * (`roleName`, `gap[@reason='signature']`, `persName`), parted by `lb` where the source broke the line.
 */
export function closer(parent: El, block: Closer, state: EncodeState): void {
  const el = element(parent, 'closer');
  let signed: El | undefined;
  let previous: CloserItem | undefined;
  for (const item of block.items) {
    if (SIGNED_PARTS.has(item.kind)) {
      if (!signed) signed = element(el, 'signed');
      else if (previous?.position && item.position && previous.position.line === item.position.line) appendText(signed, ' ');
      else element(signed, 'lb');
      SIGNED_LINE[item.kind as keyof typeof SIGNED_LINE](signed, item.children, state);
    } else {
      signed = undefined;
      line(el, CLOSER_LINES[item.kind as keyof typeof CLOSER_LINES] ?? CLOSER_LINES.line, item.kind, item.children, state);
    }
    previous = item;
  }
}

const SIGNED_LINE = {
  /** An office or title: `roleName`, unless the line already is one. */
  role(signed: El, children: Inline[], state: EncodeState): void {
    if (children.length === 1 && children[0].type === 'roleName') inline(signed, children, state);
    else inline(element(signed, 'roleName'), children, state);
  },
  signature(signed: El, children: Inline[], state: EncodeState): void {
    inline(signed, children, state);
  },
  /** The signer's name is a `persName` even when the register does not know it (no `@ref` then). */
  signer(signed: El, children: Inline[], state: EncodeState): void {
    const named = [...walkInline(children)].some((node) => node.type === 'name' && node.kind === 'person');
    if (named || !hasWords(children)) return inline(signed, children, state);
    const [before, name, after] = peelPunctuation(children);
    // Only punctuation (a stray `’` after a signature) is no name.
    if (!hasWords(name)) return inline(signed, children, state);
    appendText(signed, before);
    inline(element(signed, 'persName'), name, state);
    appendText(signed, after);
  },
};

/** `/A. PUZANOV/`, `(A. PUZANOV)`: the slashes and parentheses around a name stay outside `persName`. */
function peelPunctuation(children: Inline[]): [string, Inline[], string] {
  const nodes = [...children];
  let before = '';
  let after = '';
  const first = nodes[0];
  if (first?.type === 'text') {
    const m = /^[\s/("“'‘]*/.exec(first.value)![0];
    before = m;
    nodes[0] = { type: 'text', value: first.value.slice(m.length) };
  }
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') {
    const m = /[\s/)"”'’]*$/.exec(last.value)![0];
    after = m;
    nodes[nodes.length - 1] = { type: 'text', value: last.value.slice(0, last.value.length - m.length) };
  }
  return [before, nodes, after];
}
