// Deterministic mutations of TEI documents for the validator's tests: a small tree serializer and
// mutators (elements deleted, duplicated, swapped, moved, renamed, unwrapped; attributes removed,
// added, changed) over the rules layer's tree.
import { TreeBuilder, type Element } from '../../src/validate/rules/tree.js';
import { scanDocument } from '../../src/validate/scan.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export function serialize(e: Element, root = true): string {
  const attributes = [...e.attributes].map(([k, v]) => ` ${k}="${escape(v)}"`).join('');
  const children = e.children.map((c) => (typeof c === 'string' ? escape(c) : serialize(c, false))).join('');
  return `<${e.name}${root ? ` xmlns="${TEI_NS}"` : ''}${attributes}>${children}</${e.name}>`;
}
export function parse(xml: string): Element {
  const tree = new TreeBuilder();
  scanDocument(xml, { maxDepth: 1000 }, [tree]);
  return tree.root!;
}
export function all(e: Element, into: Element[] = []): Element[] {
  into.push(e);
  for (const c of e.children) if (typeof c !== 'string') all(c, into);
  return into;
}
export function random(seed: number) {
  let s = seed >>> 0;
  return (n: number) => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s % n);
}
const ODD_VALUES = ['', 'x y', '1961-13-45', '#nowhere', '0', 'yes', 'main'];
const NEW_ATTRIBUTES = ['type', 'n', 'when', 'rend', 'xml:lang', 'ref', 'subtype', 'colour'];

export type Mutation = (root: Element, pick: (n: number) => number) => string | undefined;
export const MUTATIONS: Mutation[] = [
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

