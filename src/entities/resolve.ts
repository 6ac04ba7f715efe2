/**
 * Choosing among overlapping mentions: the higher priority wins, then the longer span. A name may
 * sit inside an organisation's name (`Council of Ministers of the Union of Soviet Socialist
 * Republics` holds a place); an organisation only inside its `of …` phrase
 * (`Administrative and Budgetary Committee of the UN General Assembly`).
 */
import type { Mention } from './mention.js';
import { sortShort } from './sort.js';

/**
 * Rules whose longer name wins over the names it contains: names built from a head noun or a run
 * of abbreviations around other names, and exact gazetteer names (`Santiago de Cuba` holds `Cuba`).
 */
const STRUCTURAL = /^(place-head|org-head|acronym run|gazetteer:)/;

function inside(a: Mention, b: Mention): boolean {
  return a.start >= b.start && a.end <= b.end && (a.start > b.start || a.end < b.end);
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Inner may nest in outer: outer is an organisation, and an inner body stands in its `of` phrase. */
function nests(inner: Mention, outer: Mention, flat: string): boolean {
  if (outer.kind !== 'org' || !inside(inner, outer)) return false;
  // A party's name is a name (`Workers' Party of Korea`); a state body's `of` phrase names the state.
  if (outer.rule === 'table:bodies' || /\bpart(y|ies)\b/i.test(outer.name)) return false;
  if (inner.kind !== 'org') return true;
  return /\bof(?:\s+the)?\s+$/.test(flat.slice(outer.start, inner.start));
}

function byRank(a: Mention, b: Mention): number {
  return b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/** The mentions kept in one segment, in text order. */
export function selectMentions(mentions: Mention[], flat: string): Mention[] {
  if (mentions.length < 2) return mentions.slice();
  const ranked = sortShort(mentions.slice(), byRank);
  // Not `[]`: an array literal may be pretenured (see `tokenize`), and these lists live as long as the document's run.
  const kept: Mention[] = new Array<Mention>();
  for (const m of ranked) {
    // Most mentions clash with none: the list of clashes is made only when there is one.
    let clashes: Mention[] | undefined;
    for (const k of kept) if (overlaps(k, m) && !nests(m, k, flat) && !nests(k, m, flat)) (clashes ??= []).push(k);
    if (!clashes) kept.push(m);
    // `Taiwan Strait`, `UN General Assembly`, `CC CPSU`: a name built on a name is the longer name.
    else if (STRUCTURAL.test(m.rule) && clashes.every((k) => k.kind === m.kind && inside(k, m))) {
      for (const k of clashes) kept.splice(kept.indexOf(k), 1);
      kept.push(m);
    }
  }
  return sortShort(kept, byPosition);
}
