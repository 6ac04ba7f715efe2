/**
 * Square brackets in a translation are the translator's or the editor's (ENCODING.md rule 5).
 * Which form a bracket takes is decided by this table, first matching row wins; the words inside
 * are kept, and each node keeps enough (`source`, `marker`, `depth`) to give the bracket back.
 */

export interface BracketSite {
  /** The text inside the brackets (for `[[x]]`, the inside of the inner pair). */
  content: string;
  /** The whole bracket as written, `[` and `]` included. */
  source: string;
  /** 1 for `[x]`, 2 for `[[x]]`. */
  depth: number;
  /** The character just before `[` and just after `]` ('' at the edges). */
  before: string;
  after: string;
  /** The rest of the text after `]`, for lookahead (`[Manolo] Ray`). */
  following: string;
  footnotes: ReadonlySet<string>;
}

/** What the table decides; `inline` parses the inner words itself. */
export type BracketForm =
  | { form: 'gap'; reason: string; desc?: string }
  | { form: 'sic' }
  | { form: 'uncertain' }
  | { form: 'note'; kind: string }
  | { form: 'pb'; n: string }
  | { form: 'noteRef'; n: string }
  | { form: 'supplied'; reason: string };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Kinds of bracketed editorial remarks, by the word they start with (`[handwritten: …]`). */
const NOTE_KINDS: [RegExp, string][] = [
  [/^hand[- ]?written\b|^handwriting\b|^in handwriting\b/i, 'handwritten'],
  [/^(stamp|seal|rubber stamp)\b/i, 'stamp'],
  [/^(margin(al)?( note| notation)?|in the margin|on the margin)\b/i, 'marginal'],
  [/^(underlined|underlining)\b/i, 'underlined'],
  [/^(crossed out|struck out|deleted)\b/i, 'deleted'],
  [/^(translator['’]?s? note|tn|trans\. note)\b/i, 'translator-note'],
  [/^(editor['’]?s? note|ed\. note|note)\b/i, 'comment'],
  [/^(resolution|notation|inscription|typed|printed|illegible text)\b/i, 'notation'],
  [/^(\p{Lu}[\p{L}.’']*\s*)?(\p{L}+\s+)?(letterhead|header|heading)\b/iu, 'letterhead'],
];

export const BRACKET_FORMS: { name: string; test: (b: BracketSite) => BracketForm | undefined }[] = [
  { name: 'omission', test: (b) => (/^\s*(…|\.{3,}|\. \. \.)\s*$/.test(b.content) ? { form: 'gap', reason: 'omitted' } : undefined) },
  { name: 'sic', test: (b) => (/^sic!?$/i.test(b.content.trim()) && b.depth === 1 ? { form: 'sic' } : undefined) },
  { name: 'uncertain reading', test: (b) => (/^\?+$/.test(b.content.trim()) && b.depth === 1 ? { form: 'uncertain' } : undefined) },
  {
    name: 'signature',
    test: (b) => (/\bsignatures?\b|\bsigned\b/i.test(b.content) && b.content.trim().split(/\s+/).length <= 6 && !b.content.includes(':')
      ? { form: 'gap', reason: 'signature', desc: b.content.trim() } : undefined),
  },
  {
    name: 'not filled in',
    test: (b) => (/^\s*(\w+\s+)?(not filled in|left blank|not given|not indicated|blank|missing|not stated)\s*$/i.test(b.content)
      ? { form: 'gap', reason: 'not-filled-in', desc: b.content.trim() } : undefined),
  },
  {
    name: 'illegible',
    test: (b) => (/^\s*(illegible|unclear|indecipherable|unreadable|text missing|damaged)(\s+\w+){0,3}\s*$/i.test(b.content)
      ? { form: 'gap', reason: 'illegible', desc: b.content.trim() } : undefined),
  },
  { name: 'page marker', test: (b) => { const m = /^\s*(?:p|page|pp)\.?\s*(\d+[a-z]?)\s*$/i.exec(b.content); return m ? { form: 'pb', n: m[1] } : undefined; } },
  { name: 'footnote marker', test: (b) => (b.depth === 1 && /^\d{1,3}$/.test(b.content) && b.footnotes.has(b.content) ? { form: 'noteRef', n: b.content } : undefined) },
  {
    name: 'editorial remark',
    test: (b) => {
      const hit = NOTE_KINDS.find(([re]) => re.test(b.content.trim()));
      return hit && (/:/.test(b.content) || /^\s*\S+\s*$/.test(b.content) || hit[1] === 'handwritten') ? { form: 'note', kind: hit[1] } : undefined;
    },
  },
  { name: 'part-word completion', test: (b) => (WORD_CHAR.test(b.before) || WORD_CHAR.test(b.after) ? { form: 'supplied', reason: 'completion' } : undefined) },
  { name: 'name completion', test: (b) => (/^\s+\p{Lu}/u.test(b.following) && /^\p{Lu}/u.test(b.content) ? { form: 'supplied', reason: 'completion' } : undefined) },
  { name: 'clarification', test: (b) => (/\s/.test(b.before) && /^[\p{Lu}\p{N}]/u.test(b.content) ? { form: 'supplied', reason: 'clarification' } : undefined) },
  { name: 'addition', test: () => ({ form: 'supplied', reason: 'addition' }) },
];

export function classifyBracket(site: BracketSite): BracketForm {
  for (const row of BRACKET_FORMS) {
    const form = row.test(site);
    if (form) return form;
  }
  return { form: 'supplied', reason: 'addition' };
}
