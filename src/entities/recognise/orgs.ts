/**
 * Organisations: capitalised names that end in a head noun (`Political Consultative Conference`,
 * `Council of Ministers of the Union of Soviet Socialist Republics`), and abbreviations in capitals
 * where the text uses them as names (`the CPC`, `CPC CC`, `PLA units`, `USSR MFA UVPI`).
 * An abbreviation given after its expansion (`Organization of American States [OAS]`) is linked
 * to it when the document's entities are resolved.
 */
import type { Gazetteer } from '../gazetteer.js';
import type { Segment, Token } from '../text.js';
import { PRIORITY, type Mention } from '../mention.js';
import { ORG_HEADS, ORG_JOINERS, WEAK_ORG_HEADS } from '../heads.js';
import { FUNCTION_WORD_SET, STOP_WORDS } from '../words.js';
import { TITLE_WORDS } from '../titles.js';
import { acronym, capital, hyphenGlued, joined, LINE_BREAK, LINE_BREAK_POSSESSIVE, placeEnd, POSSESSIVE, rare, spanText } from './shape.js';
import { bodies, type BodyName } from '../bodies.js';
import type { TrieHit } from '../trie.js';

/** Heads that are a proper name on their own. */
const SELF_NAMED = new Set(['politburo', 'presidium', 'comintern', 'cominform', 'sovnarkom', 'majlis', 'sejm', 'duma', 'knesset', 'bundestag', 'volkskammer', 'khural']);
/** Title words that may stand inside a body's name (`UN General Assembly`, `First Front`, `Foreign Ministry`). */
const MODIFIER_TITLES = new Set(['general', 'first', 'foreign', 'affairs', 'vice', 'supreme', 'central', 'special', 'political']);

/** `20th`, `1st`: ordinals in the names of units. */
function ordinal(t: Token): boolean {
  return /^\d+(st|nd|rd|th)$/i.test(t.text);
}

function modifier(t: Token): boolean {
  if (ordinal(t)) return true;
  if (!capital(t) || t.shape === 'initial') return false;
  if (FUNCTION_WORD_SET.has(t.norm) && !acronym(t)) return false;
  return !TITLE_WORDS.has(t.norm) || MODIFIER_TITLES.has(t.norm);
}

function org(segment: Segment, seg: number, from: number, to: number, rule: string, priority: number): Mention {
  const { tokens } = segment;
  let name = spanText(segment, tokens, from, to);
  if (tokens[to - 1].possessive) name = name.replace(/['’]s$/u, '');
  return { seg, start: tokens[from].start, end: tokens[to - 1].end, kind: 'org', name, rule, priority };
}

/** `of (the) Capitalised Words…` after a head, across a line that ends in `of the`. Returns the end. */
function ofPhraseEnd(segment: Segment, i: number): number {
  const { tokens } = segment;
  if (tokens[i]?.norm !== 'of' || tokens[i].shape !== 'lower' || !joined(segment, tokens[i - 1], tokens[i])) return i;
  let j = i + 1;
  if (tokens[j]?.norm === 'the' && joined(segment, tokens[j - 1], tokens[j], LINE_BREAK)) j++;
  let end = i;
  while (j < tokens.length && joined(segment, tokens[j - 1], tokens[j], tokens[j - 1].norm === 'the' || tokens[j - 1].norm === 'of' ? LINE_BREAK_POSSESSIVE : POSSESSIVE)) {
    const t = tokens[j];
    const previous = tokens[j - 1];
    if (previous.possessive && rare(previous)) break; // `of Kudryavtsev's …`: a person's, not a name
    if (modifier(t)) end = ++j;
    // `… of Ministers and of the Political Council`: a second `of` begins another body.
    else if (t.norm === 'and' && tokens[j + 1]?.norm === 'of') break;
    else if ((t.norm === 'of' || t.norm === 'and' || t.norm === 'the') && t.shape === 'lower') j++;
    else break;
  }
  // `Office of the First Secretary`: the phrase names a person's office, not a body.
  if (end > i && tokens[end] && TITLE_WORDS.has(tokens[end].norm) && capital(tokens[end]) && joined(segment, tokens[end - 1], tokens[end])) return i;
  return end;
}

function headRule(segment: Segment, seg: number, out: Mention[]): void {
  const { tokens } = segment;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (head.shape !== 'cap' || head.upperLine || !ORG_HEADS.has(head.norm)) continue;
    // Modifiers before the head: capitalised words and abbreviations, joined by `and`, `for`, `of`, `&`.
    let from = i;
    for (let k = i - 1; k >= 0; k--) {
      const t = tokens[k];
      // `Korean People's Army`: a possessive may stand inside a body's name.
      if (!joined(segment, t, tokens[k + 1], POSSESSIVE)) break;
      if (t.possessive && rare(t)) break; // `Stalin's Foreign Ministry`: a person's, not a name
      if (modifier(t)) from = k;
      else if (ORG_JOINERS.has(t.norm) && t.shape === 'lower' && k > 0 && modifier(tokens[k - 1]) && joined(segment, tokens[k - 1], t)) continue;
      else break;
    }
    // A dangling joiner at the front (`and Budgetary Committee`) is not part of the name.
    while (from < i && tokens[from].shape === 'lower') from++;
    let to = ofPhraseEnd(segment, i + 1);
    if (to === i + 1) to = i + 1;
    const modifiers = tokens.slice(from, i);
    if (!modifiers.length && to === i + 1 && !SELF_NAMED.has(head.norm)) continue;
    if (!modifiers.length && WEAK_ORG_HEADS.has(head.norm) && to === i + 1) continue;
    const distinctive = modifiers.some((m) => rare(m) || acronym(m) || ordinal(m) || ORG_HEADS.has(m.norm));
    if (modifiers.length && !distinctive && WEAK_ORG_HEADS.has(head.norm) && to === i + 1) continue;
    out.push(org(segment, seg, from, to, `org-head (${head.norm})`, PRIORITY.orgHead));
  }
}

/** Abbreviations used as names: in a run (`CPC CC`), before a noun or title (`PLA units`), after `the`. */
function acronymRule(segment: Segment, seg: number, gz: Gazetteer, out: Mention[]): void {
  const { tokens } = segment;
  for (let i = 0; i < tokens.length; i++) {
    if (!acronym(tokens[i]) || (i > 0 && acronym(tokens[i - 1]) && joined(segment, tokens[i - 1], tokens[i]))) continue;
    let j = i + 1;
    while (j < tokens.length && acronym(tokens[j]) && joined(segment, tokens[j - 1], tokens[j])) j++;
    let places = 0;
    for (let k = i; k < j; k++) if (placeEnd(segment, gz, k) > k) places++;
    if (places === j - i) continue; // `USSR`, `US`: places
    if (tokens[i].upperLine && !lineOfAcronyms(tokens, tokens[i].line)) continue;
    if (j - i >= 2 && places < j - i) {
      out.push(org(segment, seg, i, j, 'acronym run', PRIORITY.acronym));
      // The run's first abbreviation alone is a body too (`CPC` in `CPC CC`).
      if (places === 0 && j - i === 2) out.push(org(segment, seg, i, i + 1, 'acronym', PRIORITY.acronym - 1));
      i = j - 1;
      continue;
    }
    const prev = tokens[i - 1];
    const next = tokens[j];
    const afterThe = prev && prev.norm === 'the' && prev.shape === 'lower' && joined(segment, prev, tokens[i]);
    const beforeNoun = next && (next.shape === 'lower' || TITLE_WORDS.has(next.norm)) && joined(segment, tokens[j - 1], next) && !STOP_WORDS.has(next.norm);
    if ((afterThe || beforeNoun) && tokens[i].text.length >= 2) out.push(org(segment, seg, i, j, 'acronym', PRIORITY.acronym));
  }
}

/** Every word of the line is an abbreviation or a number (a header line of codes, `USSR MFA UVPI`). */
function lineOfAcronyms(tokens: readonly Token[], line: number): boolean {
  for (const t of tokens) if (t.line === line && !acronym(t) && t.shape !== 'number') return false;
  return true;
}

/** Bodies of our table (`United Nations`, `TASS`, `Pravda`), written as names. */
function bodyRule(segment: Segment, seg: number, out: Mention[]): void {
  const { tokens } = segment;
  // A body's name starts with a capital (the test below): other tokens are not looked up.
  const accept = (h: TrieHit<BodyName>): boolean => tokens.slice(h.from, h.to).every((t, k) => capital(t) || (k > 0 && t.shape === 'lower' && FUNCTION_WORD_SET.has(t.norm))) && caseAgrees(h, tokens);
  for (const hit of bodies().matchAll(tokens, accept, capital)) {
    const span = tokens.slice(hit.from, hit.to);
    if (hyphenGlued(segment, span[0].start, span[span.length - 1].end)) continue;
    const m = org(segment, seg, hit.from, hit.to, 'table:bodies', PRIORITY.country);
    m.entity = { id: hit.value.id, kind: 'org', name: hit.value.name, registered: false, evidence: 'table:bodies' };
    out.push(m);
  }
}

/** An abbreviation of the table matches only in capitals (`UN`, not `Un`). */
function caseAgrees(hit: { from: number; to: number }, tokens: readonly Token[]): boolean {
  const span = tokens.slice(hit.from, hit.to);
  return span.length > 1 || span[0].shape !== 'cap' || !/^[A-Z]{2,}/.test(span[0].text.toUpperCase()) || span[0].text.length > 5;
}

/** Organs of a party named before it after a comma (`Central Committee, Workers' Party of Korea`). */
const PARTY_ORGANS = new Set(['committee', 'bureau', 'commission', 'department', 'secretariat', 'presidium', 'politburo']);

/**
 * `Central Committee, Workers' Party of Korea`: the organ of a party written before the party's
 * name and a comma (the usage of translations from Korean and Chinese) is one body.
 */
function partyOrganRule(segment: Segment, seg: number, found: readonly Mention[], out: Mention[]): void {
  const { tokens, flat } = segment;
  for (const organ of found) {
    if (!organ.rule.startsWith('org-head') || organ.end >= flat.length || flat.charCodeAt(organ.end) !== 44) continue;
    const last = tokens.findIndex((t) => t.end === organ.end);
    if (last < 0 || !PARTY_ORGANS.has(tokens[last].norm)) continue;
    for (const party of found) {
      if (party.start <= organ.end || !/^, [ \t]*$/.test(flat.slice(organ.end, party.start)) || !/\bPart(y|ies)$/.test(flat.slice(party.start, party.end).replace(/ of .*$/, ''))) continue;
      const first = tokens.findIndex((t) => t.start === organ.start);
      const to = tokens.findIndex((t) => t.end === party.end);
      if (first >= 0 && to >= 0) out.push(org(segment, seg, first, to + 1, 'org-head (organ of a party)', PRIORITY.orgHead + 1));
    }
  }
}

/**
 * `the Roosevelt [Tractors for Freedom] committee`: a name the editor completed in brackets before a
 * head noun written in small letters is the body's name (the brackets say it is a proper name).
 */
function bracketedBodyRule(segment: Segment, seg: number, gz: Gazetteer, out: Mention[]): void {
  const { tokens } = segment;
  // The closures of the test live in `bracketedBodyAt`: here they would cost every token a context.
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    if (head.shape !== 'lower' || head.upperLine || !ORG_HEADS.has(head.norm) || WEAK_ORG_HEADS.has(head.norm)) continue;
    const from = bracketedBodyAt(segment, gz, i);
    if (from !== undefined) out.push(org(segment, seg, from, i + 1, `org-head (bracketed, ${head.norm})`, PRIORITY.orgHead));
  }
}

/** Where the bracketed name before the head at token i begins, if it names a body. */
function bracketedBodyAt(segment: Segment, gz: Gazetteer, i: number): number | undefined {
  const { tokens, flat } = segment;
  const head = tokens[i];
  const before = tokens[i - 1];
  const span = segment.supplied.find((s) => s.end === before.end && s.start < before.end);
  if (!span || !/^[ \t]+$/.test(flat.slice(before.end, head.start))) return undefined;
  let from = i - 1;
  while (from > 0 && tokens[from - 1].start >= span.start) from--;
  if (tokens[from].start !== span.start) return undefined;
  const words = tokens.slice(from, i);
  const nameWords = words.filter((t) => capital(t));
  const shaped = capital(words[0]) && words.every((t) => capital(t) || (t.shape === 'lower' && ORG_JOINERS_IN_NAMES.has(t.norm)));
  // The brackets say it is a proper name: enough that it is not only adjectives of nations.
  const distinctive = nameWords.some((t) => !gz.demonyms.has(t.norm) && !STOP_WORDS.has(t.norm) && !TITLE_WORDS.has(t.norm));
  const places = words.every((t, k) => !capital(t) || placeEnd(segment, gz, from + k) > from + k);
  return nameWords.length >= 2 && shaped && distinctive && !places ? from : undefined;
}

const ORG_JOINERS_IN_NAMES = new Set(['for', 'of', 'and', 'the']);

export function orgRules(segment: Segment, seg: number, gz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  bodyRule(segment, seg, out);
  headRule(segment, seg, out);
  acronymRule(segment, seg, gz, out);
  bracketedBodyRule(segment, seg, gz, out);
  partyOrganRule(segment, seg, out.slice(), out);
  return out;
}
