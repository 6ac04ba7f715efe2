/**
 * Persons not (or not yet) in the register, from the shape of the text: a title or role before a
 * name (`Cde. Molotov`, `Minister of Foreign Affairs [Carlos] Olivares`), initials and a surname
 * (`A. A. Gromyko`), roster forms (`KIM Il Sung`, `Aleksander KRAJEWSKI`), registry marks
 * (`Typed by Plyvkina`), address lines (`to TEREBIN`), signatures, and given+family sequences
 * (`Pak Seong-cheol`).
 */
import type { Gazetteer } from '../gazetteer.js';
import { suppliedStartsAt, type Segment, type Token } from '../text.js';
import { PRIORITY, type Mention } from '../mention.js';
import { BY_VERBS, COURTESY, TITLES, TITLE_WORDS, type Title } from '../titles.js';
import { isCommon, STOP_WORDS } from '../words.js';
import { acronym, capital, initial, joined, LINE_BREAK, personWord, placeEnd, PLAIN, rare, spanText } from './shape.js';

interface Context {
  segment: Segment;
  seg: number;
  gz: Gazetteer;
}

/** Where the gazetteer name starting at token i ends (i when none): a place, not a person. */
function placeAt(ctx: Context, i: number): number {
  return placeEnd(ctx.segment, ctx.gz, i);
}

/** The longest title starting at token i; returns the index after it. */
const TITLES_BY_FIRST_WORD = new Map<string, Title[]>();
for (const title of TITLES) TITLES_BY_FIRST_WORD.set(title.words[0], [...(TITLES_BY_FIRST_WORD.get(title.words[0]) ?? []), title]);

function titleAt(tokens: readonly Token[], i: number): { title: Title; to: number } | undefined {
  if (i >= tokens.length || tokens[i].shape === 'lower' || tokens[i].shape === 'number') return undefined;
  const titles = TITLES_BY_FIRST_WORD.get(tokens[i].norm);
  if (!titles) return undefined;
  let best: { title: Title; to: number } | undefined;
  for (const title of titles) {
    const n = title.words.length;
    if (i + n > tokens.length || (best && best.title.words.length >= n)) continue;
    if (wordsAt(tokens, i, title.words)) best = { title, to: i + n };
  }
  return best;
}

function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k].norm !== words[k]) return false;
  return true;
}

/**
 * A person's name starting at token i: initials, then capitalised name words. `single` allows a
 * one-word name that is also an English word (after a strong title); `lineBreak`, a line break
 * after the initials. Returns the index after it.
 */
function nameAt(ctx: Context, i: number, single = false, lineBreak = false): number | undefined {
  const { segment, gz } = ctx;
  const { tokens } = segment;
  let j = i;
  while (j < tokens.length && initial(segment, tokens[j]) && (j === i || joined(segment, tokens[j - 1], tokens[j]))) j++;
  const initials = j - i;
  if (initials && placeAt(ctx, i) > i && placeAt(ctx, i) >= j) return undefined; // `U.S.` is a place
  const first = j;
  while (j < tokens.length && j - first < 4 && personWord(tokens[j], gz.demonyms) && (j === i || joined(segment, tokens[j - 1], tokens[j], lineBreak && j === first && initials > 0 ? LINE_BREAK : PLAIN))) {
    if (j > first && !rare(tokens[j]) && tokens[j].shape !== 'upper' && !rare(tokens[j - 1])) break;
    j++;
    if (tokens[j - 1].possessive) break;
  }
  if (j === first) return undefined;
  if (!initials && placeAt(ctx, first) >= j) return undefined; // a place, not a person
  if (initials || single) return j;
  for (let k = first; k < j; k++) if (rare(tokens[k])) return j;
  return undefined;
}

function person(ctx: Context, from: number, to: number, rule: string, priority: number, title?: string): Mention {
  const { tokens } = ctx.segment;
  return { seg: ctx.seg, start: tokens[from].start, end: tokens[to - 1].end, kind: 'person', name: spanText(ctx.segment, tokens, from, to), rule, priority, title };
}

const COMPLEMENT_WORDS = new Set(['of', 'to', 'in', 'for', 'at']);
const COMPLEMENT_JOINERS = new Set(['of', 'and', 'the', 'for', 'to', 'in', '&']);

/** `Minister of Public Works`, `Ambassador to Cuba`, `Ambassador in the DPRK`: the office after a title. */
function complementEnd(ctx: Context, i: number): number {
  const { tokens } = ctx.segment;
  if (!COMPLEMENT_WORDS.has(tokens[i]?.norm ?? '') || !joined(ctx.segment, tokens[i - 1], tokens[i])) return i;
  let j = i + 1;
  let last = i;
  while (j < tokens.length && joined(ctx.segment, tokens[j - 1], tokens[j])) {
    const t = tokens[j];
    const place = placeAt(ctx, j);
    if (place > j) {
      j = last = place;
      continue;
    }
    if (initial(ctx.segment, t)) break; // `Ambassador in the DPRK A. M. PUZANOV`: the name begins
    if (COMPLEMENT_JOINERS.has(t.norm) && t.shape === 'lower') j++;
    else if (capital(t) && (!rare(t) || ctx.gz.demonyms.has(t.norm) || acronym(t))) j = last = j + 1;
    else break;
  }
  return last > i ? last : i;
}

function titled(ctx: Context, out: Mention[]): void {
  const { tokens } = ctx.segment;
  for (let i = 0; i < tokens.length; i++) {
    let found = titleAt(tokens, i);
    if (!found) continue;
    const start = i;
    let { title, to } = found;
    let strong = title.strong;
    // Chains of titles: `Mr. Generalissimo`, `Deputy Co-chairman`, `Shift Chief`.
    while ((found = titleAt(tokens, to)) && joined(ctx.segment, tokens[to - 1], tokens[to])) ({ title, to } = found);
    if (title.complement) to = complementEnd(ctx, to);
    const next = tokens[to];
    if (!next || (!joined(ctx.segment, tokens[to - 1], next, LINE_BREAK) && !suppliedStartsAt(ctx.segment, next.start))) continue;
    const lineBreak = ctx.segment.flat.indexOf('\n', tokens[to - 1].end);
    if (lineBreak >= 0 && lineBreak < next.start && !lineIsName(ctx, to)) continue;
    strong = strong && to === start + title.words.length;
    const end = nameAt(ctx, to, strong);
    if (end === undefined) continue;
    // The office, without forms of address (`Mr. Generalissimo` → `Generalissimo`).
    let office = start;
    while (office < to && COURTESY.has(tokens[office].norm)) office++;
    const titleText = office < to ? spanText(ctx.segment, tokens, office, to) : undefined;
    out.push(person(ctx, to, end, `title ${tokens[start].text}`, PRIORITY.titled, titleText));
    i = end - 1;
  }
}

/** The line from token i to its end holds only a name (a title on one line, the name on the next). */
function lineIsName(ctx: Context, i: number): boolean {
  const { tokens } = ctx.segment;
  const end = nameAt(ctx, i, true);
  return end !== undefined && (end === tokens.length || tokens[end].line !== tokens[i].line || !capital(tokens[end]));
}

function initialsRule(ctx: Context, out: Mention[]): void {
  const { segment } = ctx;
  const { tokens } = segment;
  for (let i = 0; i < tokens.length; i++) {
    if (!initial(segment, tokens[i]) || (i > 0 && initial(segment, tokens[i - 1]) && joined(segment, tokens[i - 1], tokens[i]))) continue;
    const end = nameAt(ctx, i, true);
    if (end === undefined || end <= i + 1 || initial(segment, tokens[end - 1])) continue;
    // `Anatoly F. Dobrynin`: a given name written in full before a middle initial.
    const before = tokens[i - 1];
    const from = before && before.shape === 'cap' && rare(before) && personWord(before, ctx.gz.demonyms) && joined(segment, before, tokens[i]) && placeAt(ctx, i - 1) === i - 1 ? i - 1 : i;
    out.push(person(ctx, from, end, 'initials', PRIORITY.initials));
  }
}

/** `KIM Il Sung`, `CHANG Ki-yeong` (family name in capitals first) and `Aleksander KRAJEWSKI` (last). */
function rosterRule(ctx: Context, out: Mention[]): void {
  const { segment, gz } = ctx;
  const { tokens } = segment;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.upperLine || !joined(segment, a, b)) continue;
    if (a.shape === 'upper' && a.text.length >= 2 && placeAt(ctx, i) === i && personWord(a, gz.demonyms) && b.shape === 'cap' && personWord(b, gz.demonyms) && rare(b)) {
      let end = i + 2;
      const c = tokens[end];
      // A given name is one hyphenated word (`Ki-yeong`) or two (`Il Sung`).
      if (c && !b.norm.includes('-') && c.shape === 'cap' && personWord(c, gz.demonyms) && joined(segment, b, c) && !TITLE_WORDS.has(c.norm)) end++;
      out.push(person(ctx, i, end, 'roster (FAMILY Given)', PRIORITY.roster));
      i = end - 1;
    } else if (a.shape === 'cap' && rare(a) && personWord(a, gz.demonyms) && placeAt(ctx, i) === i && b.shape === 'upper' && b.text.length >= 3 && personWord(b, gz.demonyms) && rare(b) && !acronymLike(b)) {
      out.push(person(ctx, i, i + 2, 'roster (Given FAMILY)', PRIORITY.roster));
      i++;
    }
  }
}

/** Capitals that read as an abbreviation rather than a surname (`MFA`, `UVPI`, `CC`). */
function acronymLike(t: Token): boolean {
  return t.norm.length < 4 || !/[aeiouy]/.test(t.norm);
}

/** `Typed by Plyvkina`, `Verified by Shift Chief Sadov[in]`, `Translated [by] P. Zudin`. */
function bylineRule(ctx: Context, out: Mention[]): void {
  const { tokens } = ctx.segment;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i + 1].norm !== 'by' || !BY_VERBS.has(tokens[i].norm)) continue;
    let j = i + 2;
    // Skip a role before the name (`Shift Chief`): up to three words ending in a title word.
    for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
      if (!capital(tokens[k])) break;
      if (TITLE_WORDS.has(tokens[k].norm) && tokens[k].shape !== 'initial') {
        j = k + 1;
      }
    }
    const end = nameAt(ctx, j, true);
    if (end !== undefined) out.push(person(ctx, j, end, `byline (${tokens[i].norm} by)`, PRIORITY.byline));
  }
}

const ADDRESS = new Set(['to', 'from', 'attn', 'attention', 'cc', 'addressee', 'sender']);

/** A line `To: [Aleksander] KRAJEWSKI` or `to TEREBIN`: the rest of the line is a person (unless a place). */
function addressRule(ctx: Context, out: Mention[]): void {
  const { segment } = ctx;
  const { tokens } = segment;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const lineStart = i === 0 || tokens[i - 1].line !== t.line;
    if (!lineStart || !ADDRESS.has(t.norm)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].line === t.line && titleAt(tokens, j)) j = titleAt(tokens, j)!.to;
    if (tokens[j]?.line !== t.line || placeAt(ctx, j) > j || (ctx.gz.towns.matchAt(tokens, j)?.to ?? j) > j) continue;
    const end = nameAt(ctx, j, true);
    if (end === undefined) continue;
    const lineEnd = end === tokens.length || tokens[end].line !== t.line;
    const single = end === j + 1;
    if (lineEnd && (!single || rare(tokens[j]))) out.push(person(ctx, j, end, `address (${t.text})`, PRIORITY.address));
  }
}

/**
 * Signatures: a line that is only a name, in a closer (`Kudryavtsev`), between slashes
 * (`/A. PUZANOV/`) or closing a quoted message (`FILIPPOV”`).
 */
function signatureRule(ctx: Context, out: Mention[]): void {
  const { segment } = ctx;
  const { tokens, flat } = segment;
  const inCloser = segment.context.startsWith('closer');
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1].line === tokens[i].line) continue;
    if (!inCloser) {
      const lineEnd = flat.indexOf('\n', tokens[i].start);
      // Both forms end the line in `”`, `"`, `/` or `)`: other lines need no closer look.
      if (!SIGNATURE_ENDS.has(lastCharOfLine(flat, lineEnd < 0 ? flat.length : lineEnd))) continue;
      const lineText = flat.slice(flat.lastIndexOf('\n', tokens[i].start) + 1, lineEnd < 0 ? flat.length : lineEnd).trim();
      const quotedEnd = /^\p{L}[\p{L} .'’-]*[”"]\s*$/u.test(lineText);
      const slashed = /^\/.*\/$/.test(lineText) || /^\(.*\)$/.test(lineText);
      if (!quotedEnd && !slashed) continue;
    }
    if (placeAt(ctx, i) > i) continue;
    const end = nameAt(ctx, i, true);
    if (end === undefined || (end < tokens.length && tokens[end].line === tokens[i].line)) continue;
    const words = tokens.slice(i, end).filter((t) => !initial(segment, t));
    if (words.length === 1 && (!rare(words[0]) || words[0].text.length < 4)) continue;
    out.push(person(ctx, i, end, 'signature', PRIORITY.signer));
  }
}

const SIGNATURE_ENDS = new Set([0x201d, 0x22, 0x2f, 0x29]);
const TRIMMED = /\s/;

/** The last character before `end` that `trim()` keeps (its code), or -1. */
function lastCharOfLine(flat: string, end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const c = flat.charCodeAt(k);
    if (c === 10) return -1;
    if (c === 32 || c === 9 || (c > 127 && TRIMMED.test(flat[k])) || c === 13 || c === 11 || c === 12) continue;
    return c;
  }
  return -1;
}

/** `Kim Il Sung`, `Pak Seong-cheol`, `Fidel Castro`: two to four capitalised words, most of them not English words. */
function givenFamilyRule(ctx: Context, out: Mention[]): void {
  const { segment, gz } = ctx;
  const { tokens } = segment;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.shape !== 'cap' || t.upperLine || !personWord(t, gz.demonyms)) continue;
    if (i > 0 && tokens[i - 1].shape === 'cap' && personWord(tokens[i - 1], gz.demonyms) && joined(segment, tokens[i - 1], t)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && tokens[j].shape === 'cap' && personWord(tokens[j], gz.demonyms) && joined(segment, tokens[j - 1], tokens[j]) && !tokens[j - 1].possessive) j++;
    // `Later Pak Seong-cheol`: an English word opening the sentence is not part of the name;
    // `Cuba Sergey Kudryavtsev`: nor is a place before it.
    if (t.sentenceStart && !rare(t) && j - i > 2) i++;
    while (j - i > 2 && placeAt(ctx, i) > i) i = placeAt(ctx, i);
    if (j - i < 2) continue;
    let rareCount = 0;
    let hyphenated = false;
    let allPlaces = true;
    for (let k = i; k < j; k++) {
      const w = tokens[k];
      if (rare(w)) {
        rareCount++;
        if (w.norm.includes('-')) hyphenated = true;
      }
      if (placeAt(ctx, k) <= k) allPlaces = false;
    }
    if (rareCount < 2 && !(hyphenated && rareCount >= 1)) continue;
    if (allPlaces) continue;
    if (placeAt(ctx, i) >= j) continue;
    out.push(person(ctx, i, j, 'given+family', PRIORITY.givenFamily));
    i = j - 1;
  }
}

/**
 * `RAUL CASTRO`, `OSVALDO DORTICOS` in a line of capitals: two or three words, none an English
 * word, an abbreviation or a place.
 */
function capitalsRule(ctx: Context, out: Mention[]): void {
  const { segment, gz } = ctx;
  const { tokens } = segment;
  const nameWord = (k: number): boolean => {
    const t = tokens[k];
    return t.upperLine && t.shape === 'upper' && t.text.length >= 4 && /[aeiouy]/.test(t.norm) && rare(t) && personWord(t, gz.demonyms) && placeAt(ctx, k) === k;
  };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!nameWord(i) || (i > 0 && nameWord(i - 1) && joined(segment, tokens[i - 1], tokens[i]))) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 3 && nameWord(j) && joined(segment, tokens[j - 1], tokens[j])) j++;
    if (j - i >= 2) out.push(person(ctx, i, j, 'capitals (Given FAMILY)', PRIORITY.givenFamily));
    i = j - 1;
  }
}

/** Nouns of what a leader's name stands before (`the Kennedy government`, `the Eisenhower administration`). */
const LEADER_NOUNS = new Set(['government', 'administration', 'regime', 'cabinet', 'plan', 'plans', 'doctrine']);
/** Parties, movements and dynasties that also stand there (`the Labour government`, `the Nazi regime`). */
const NOT_LEADERS = new Set([
  'labour', 'tory', 'tories', 'whig', 'nazi', 'fascist', 'kuomintang', 'guomindang', 'bolshevik', 'menshevik', 'sandinista', 'baath',
  'wafd', 'likud', 'falange', 'meiji', 'qing', 'ming', 'ottoman', 'habsburg', 'romanov',
]);
/** Adjectives made from names (`the Gaullist government`, `the Titoite regime`, `the Christian government`). */
const ADJECTIVE_ENDING = /(?:ists?|ites?|ian)$/;

/**
 * `the Kennedy government`, `the Kennedy plans`: after `the`, a capitalised word that is neither an
 * English word, a place, a town nor an adjective of a nation, before a noun of government or
 * policy, is the surname of the leader whose they are.
 */
function leaderRule(ctx: Context, out: Mention[]): void {
  const { segment, gz } = ctx;
  const { tokens } = segment;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.shape !== 'cap' || next.shape !== 'lower' || t.upperLine || t.possessive || !LEADER_NOUNS.has(next.norm)) continue;
    const the = tokens[i - 1];
    if (the.norm !== 'the' || !joined(segment, the, t) || !joined(segment, t, next)) continue;
    if (!rare(t) || !personWord(t, gz.demonyms) || NOT_LEADERS.has(t.norm) || ADJECTIVE_ENDING.test(t.norm)) continue;
    if (placeAt(ctx, i) > i || gz.towns.endAt(tokens, i) > i) continue;
    out.push(person(ctx, i, i + 1, `leader (${next.norm})`, PRIORITY.leader));
  }
}

export function personRules(segment: Segment, seg: number, gz: Gazetteer): Mention[] {
  const ctx: Context = { segment, seg, gz };
  const out: Mention[] = [];
  titled(ctx, out);
  initialsRule(ctx, out);
  rosterRule(ctx, out);
  bylineRule(ctx, out);
  addressRule(ctx, out);
  signatureRule(ctx, out);
  givenFamilyRule(ctx, out);
  capitalsRule(ctx, out);
  leaderRule(ctx, out);
  return out;
}

/** Speaker labels (`North (KIM):`, `Stalin:`) at the start of a paragraph: references to persons met elsewhere. */
export function speakerLabels(segment: Segment, seg: number): Mention[] {
  if (!(segment.context === 'p' || segment.context === 'speaker' || segment.context === 'speech')) return [];
  const m = /^\s*(?:[\p{L}.-]+\s*)?\(([\p{Lu}][\p{L}’'-]+)\)\s*:|^\s*([\p{Lu}][\p{L}’'-]+)\s*:/u.exec(segment.flat);
  if (!m) return [];
  const name = m[1] ?? m[2];
  const start = m.index + m[0].indexOf(name);
  if (STOP_WORDS.has(name.toLowerCase()) || isCommon(name.toLowerCase())) return [];
  return [{ seg, start, end: start + name.length, kind: 'person', name, rule: 'speaker label', priority: PRIORITY.alias, aliasOnly: true }];
}
