/**
 * A compiled dictionary of names as a trie of folded word tokens: one pass over a segment's
 * tokens finds every listed name (the longest at each position), however many names it holds.
 * Leaves carry no map of their own (most names are one word), and lookups allocate nothing but
 * the hit they return: the gazetteers hold tens of thousands of names and are read at every token.
 */
import { nameKey, type Token } from './text.js';

export interface TrieHit<T> {
  /** Index of the first and one past the last token. */
  from: number;
  to: number;
  value: T;
}

interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  value?: T;
}

export class NameTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  size = 0;

  /** Adds a name; the first value given for a name is kept. Returns false when the name was there. */
  add(name: string, value: T): boolean {
    return this.addWords(nameKey(name).split(' ').filter(Boolean), value);
  }

  /** Adds a name given as its folded words (as `nameKey` makes them). */
  addWords(words: readonly string[], value: T): boolean {
    if (!words.length) return false;
    let node = this.root;
    for (const word of words) {
      const next = (node.next ??= new Map());
      let child = next.get(word);
      if (!child) next.set(word, (child = {}));
      node = child;
    }
    if (node.value !== undefined) return false;
    node.value = value;
    this.size++;
    return true;
  }

  /** Where the longest name starting at token `from` ends (`from` when none), allocating nothing. */
  endAt(tokens: readonly Token[], from: number): number {
    let node: TrieNode<T> | undefined = this.root;
    let best = from;
    for (let i = from; i < tokens.length && node?.next; i++) {
      node = node.next.get(tokens[i].norm);
      if (node?.value !== undefined) best = i + 1;
    }
    return best;
  }

  /** The longest name starting at token `from`; `accept` may refuse a hit (e.g. on case). */
  matchAt(tokens: readonly Token[], from: number, accept?: (hit: TrieHit<T>) => boolean): TrieHit<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieHit<T> | undefined;
    for (let i = from; i < tokens.length && node?.next; i++) {
      node = node.next.get(tokens[i].norm);
      if (node?.value !== undefined) {
        const hit = { from, to: i + 1, value: node.value };
        if (!accept || accept(hit)) best = hit;
      }
    }
    return best;
  }

  /**
   * Every longest, non-overlapping hit from left to right. `canStart` may rule out tokens where
   * `accept` would refuse every hit (a lower-case word where names start with a capital).
   */
  matchAll(tokens: readonly Token[], accept?: (hit: TrieHit<T>) => boolean, canStart?: (token: Token) => boolean): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const first = this.root.next!;
    for (let i = 0; i < tokens.length; ) {
      // Most tokens begin no name: one map lookup settles them.
      const hit = (!canStart || canStart(tokens[i])) && first.has(tokens[i].norm) ? this.matchAt(tokens, i, accept) : undefined;
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }
}

/** What the recognition rules ask of a dictionary of names. */
export interface NameLookup<T> {
  size: number;
  endAt(tokens: readonly Token[], from: number): number;
  matchAt(tokens: readonly Token[], from: number, accept?: (hit: TrieHit<T>) => boolean): TrieHit<T> | undefined;
  matchAll(tokens: readonly Token[], accept?: (hit: TrieHit<T>) => boolean, canStart?: (token: Token) => boolean): TrieHit<T>[];
}

/**
 * A trie as plain data, as `JSON.parse` reads it back: each node maps a folded word to
 * `[value, children?]`, the value a number (-1 for none). Reading the gazetteer's trie from the
 * cache is then one `JSON.parse`, with no map to fill.
 */
export interface TrieData {
  root: Record<string, TrieEntry>;
  size: number;
}

export type TrieEntry = [number] | [number, Record<string, TrieEntry>];

/** Adds a name (folded words) to trie data; the first value given for a name is kept. */
export function addToTrieData(data: TrieData, words: readonly string[], value: number): void {
  let children = data.root;
  let entry: TrieEntry | undefined;
  for (let i = 0; i < words.length; i++) {
    // Objects without a prototype, so that a word such as `constructor` is an ordinary key.
    if (!children) children = entry![1] = Object.create(null) as Record<string, TrieEntry>;
    entry = Object.hasOwn(children, words[i]) ? children[words[i]] : (children[words[i]] = [-1]);
    children = entry[1]!;
  }
  if (entry && entry[0] < 0) {
    entry[0] = value;
    data.size++;
  }
}

/** A trie over `TrieData`, matching as `NameTrie` does; values are made from their numbers on demand. */
export class DataTrie<T> implements NameLookup<T> {
  readonly size: number;

  constructor(
    private readonly data: TrieData,
    private readonly valueOf: (value: number) => T,
  ) {
    this.size = data.size;
  }

  /** The entry of a word among a node's children (parsed objects have a prototype: only own arrays count). */
  private static entry(children: Record<string, TrieEntry> | undefined, word: string): TrieEntry | undefined {
    const entry = children?.[word];
    return Array.isArray(entry) ? entry : undefined;
  }

  endAt(tokens: readonly Token[], from: number): number {
    let children: Record<string, TrieEntry> | undefined = this.data.root;
    let best = from;
    for (let i = from; i < tokens.length && children; i++) {
      const entry = DataTrie.entry(children, tokens[i].norm);
      if (!entry) break;
      if (entry[0] >= 0) best = i + 1;
      children = entry[1];
    }
    return best;
  }

  matchAt(tokens: readonly Token[], from: number, accept?: (hit: TrieHit<T>) => boolean): TrieHit<T> | undefined {
    let children: Record<string, TrieEntry> | undefined = this.data.root;
    let best: TrieHit<T> | undefined;
    for (let i = from; i < tokens.length && children; i++) {
      const entry = DataTrie.entry(children, tokens[i].norm);
      if (!entry) break;
      if (entry[0] >= 0) {
        const hit = { from, to: i + 1, value: this.valueOf(entry[0]) };
        if (!accept || accept(hit)) best = hit;
      }
      children = entry[1];
    }
    return best;
  }

  matchAll(tokens: readonly Token[], accept?: (hit: TrieHit<T>) => boolean, canStart?: (token: Token) => boolean): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const hit = (!canStart || canStart(tokens[i])) && DataTrie.entry(this.data.root, tokens[i].norm) ? this.matchAt(tokens, i, accept) : undefined;
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }
}
