/**
 * TEI All is large: salve builds a walker for every alternative of a content model (hundreds) and
 * every optional attribute (dozens) of each element it enters, whether the document could use them
 * or not. A grammar pruned to the element and attribute names that occur in the text validates the
 * same documents the same way (an alternative naming an element that is absent can never match;
 * an optional attribute that is absent is simply absent) and walks more than twice as fast.
 *
 * Pruning works on salve's JSON form of the simplified grammar. Names are collected from the text
 * by local name only, a superset of the names used (comments and prefixes only add names), so a
 * pruned grammar never rejects what the full one accepts. Verdicts of "invalid" are re-checked
 * with the full grammar by the caller, for messages that list every expected name.
 */
import { readTreeFromJSON, type Grammar } from 'salve-annos';

type Node = unknown[];
export interface GrammarJson {
  v: number;
  o: number;
  d: Node;
}

// salve's JSON codes (json-format/common.js).
const CODE = { array: 0, empty: 1, notAllowed: 6, ref: 8, oneOrMore: 9, choice: 10, group: 11, attribute: 12, element: 13, define: 14, interleave: 17, name: 18 } as const;
const NOT_ALLOWED: Node = [CODE.notAllowed];
const EMPTY: Node = [CODE.empty];
const isCode = (node: unknown, code: number): node is Node => Array.isArray(node) && node[0] === code;

/** Only grammars this large are worth pruning. */
const MIN_DEFINES = 200;
/** A batch whose names keep growing stops pruning after this many rebuilds. */
const MAX_BUILDS = 12;
/** Documents checked with the full grammar before pruning starts (none: a pruned grammar is quicker to build than the full one). */
const WARMUP_DOCUMENTS = 0;

export interface Names {
  elements: Set<string>;
  attributes: Set<string>;
}

/** Local names of everything that looks like a start tag or an attribute in the text. */
export function namesIn(xml: string): Names {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  for (const [, name] of xml.matchAll(/<([A-Za-z_][\w.:-]*)/g)) elements.add(name!.slice(name!.indexOf(':') + 1));
  for (const [, name] of xml.matchAll(/\s([A-Za-z_][\w.:-]*)\s*=\s*["']/g)) attributes.add(name!.slice(name!.indexOf(':') + 1));
  return { elements, attributes };
}

const covers = (big: Set<string>, small: Set<string>) => [...small].every((n) => big.has(n));

export class PrunedGrammars {
  private current: (Names & { grammar: Grammar }) | undefined;
  private builds = 0;
  private seen = 0;
  private readonly defineNames = new Map<unknown, string>();

  constructor(private readonly json: GrammarJson, private readonly warmup = WARMUP_DOCUMENTS) {
    const definitions = (json.d[2] as Node | undefined)?.slice(1) ?? [];
    for (const define of definitions as Node[]) {
      if (!isCode(define, CODE.define)) continue;
      const body = define[2] as Node;
      const element = isCode(body, CODE.array) ? body[1] : body;
      if (isCode(element, CODE.element) && isCode(element[1], CODE.name)) this.defineNames.set(define[1], String((element[1] as Node)[2]));
    }
  }

  /** Whether pruning applies to this grammar at all. */
  get worthwhile(): boolean {
    return this.defineNames.size >= MIN_DEFINES;
  }

  /** A grammar equivalent to the full one for this text, or undefined (use the full grammar). */
  for(xml: string): Grammar | undefined {
    if (!this.worthwhile || this.seen++ < this.warmup) return undefined;
    const names = namesIn(xml);
    const current = this.current;
    if (current && covers(current.elements, names.elements) && covers(current.attributes, names.attributes)) return current.grammar;
    if (this.builds >= MAX_BUILDS) return undefined;
    this.builds++;
    const union: Names = current
      ? { elements: new Set([...current.elements, ...names.elements]), attributes: new Set([...current.attributes, ...names.attributes]) }
      : names;
    this.current = { ...union, grammar: readTreeFromJSON({ ...this.json, d: this.prune(this.json.d, union) }) };
    return this.current.grammar;
  }

  private prune(root: Node, names: Names): Node {
    const absent = new Set([...this.defineNames].filter(([, local]) => !names.elements.has(local)).map(([id]) => id));
    const walk = (node: unknown): unknown => {
      if (!Array.isArray(node)) return node;
      switch (node[0]) {
        case CODE.ref:
          return absent.has(node[1]) ? NOT_ALLOWED : node;
        case CODE.choice: {
          const [, a, b] = node[1] as Node;
          if (isCode(a, CODE.empty) && a.length === 1 && isOptionalAbsent(b, names)) return EMPTY;
          const left = walk(a);
          const right = walk(b);
          if (isCode(left, CODE.notAllowed)) return right;
          if (isCode(right, CODE.notAllowed)) return left;
          return [CODE.choice, [CODE.array, left, right]];
        }
        case CODE.group:
        case CODE.interleave: {
          const [, a, b] = node[1] as Node;
          const left = walk(a);
          const right = walk(b);
          return isCode(left, CODE.notAllowed) || isCode(right, CODE.notAllowed) ? NOT_ALLOWED : [node[0], [CODE.array, left, right]];
        }
        case CODE.element: {
          // An element whose required content names only absent elements is invalid in the
          // document; salve would let a notAllowed content model end silently, so such an
          // element keeps its full content model and the full verdict.
          const pruned = node.map(walk) as Node;
          return isCode((pruned[2] as Node)[1], CODE.notAllowed) ? node : pruned;
        }
        case CODE.oneOrMore: {
          const inner = walk((node[1] as Node)[1]);
          return isCode(inner, CODE.notAllowed) ? NOT_ALLOWED : [CODE.oneOrMore, [CODE.array, inner]];
        }
        default:
          return node.map(walk);
      }
    };
    return walk(root) as Node;
  }
}

/** `attribute NAME {…}` with a plain name that does not occur in the text. */
function isOptionalAbsent(node: unknown, names: Names): boolean {
  return isCode(node, CODE.attribute) && isCode(node[1], CODE.name) && !names.attributes.has(String((node[1] as Node)[2]));
}
