/**
 * The citation string broken into its parts: title, date, portal, repository (and abbreviation),
 * city, archive identifiers (fond/opis/folder/delo/file/list…), pages, translator. The string
 * itself is kept verbatim; parts not recognised simply stay only in it.
 */
import type { ArchiveIdentifier, Citation, SourceDate } from '../model/index.js';
import { IDENTIFIER_PARTS, PAGES, PORTALS, REPOSITORY_WORDS, TRANSLATOR_PHRASE } from './conventions.js';
import { MONTH, readSourceDate } from './dates.js';

const TITLE = new RegExp(String.raw`^\s*["“]([\s\S]*?)(?:,["”]|["”],?)\s*(?=(?:${MONTH}\s*\d{0,2},?\s*\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{4}|[Uu]ndated|n\.d\.)\b)`);
const DATE = new RegExp(String.raw`^(${MONTH}\s*\d{1,2},\s*\d{4}|${MONTH}\s*\d{4}|\d{1,2}\s+${MONTH}\s+\d{4}|\d{4}|[Uu]ndated|n\.d\.)\s*,?\s*`);

/** Splits on commas outside parentheses. */
function segments(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  // `File 4. pp. 65-67`: a full stop before a page or identifier part also separates.
  return out
    .flatMap((seg) => seg.split(/(?:\.|;)\s+(?=(?:(?:pp?|ll?|d|op|f)\.\s*\d|(?:fond|opis|delo|papka|folder|file|listy?|box|series|collection|sygn|signature|record group|RG)\b))/i))
    .map((seg) => seg.trim().replace(/[.;]+$/, '').trim())
    .filter(Boolean);
}

function identifierOf(seg: string): ArchiveIdentifier | undefined {
  for (const part of IDENTIFIER_PARTS) {
    const m = part.pattern.exec(seg);
    if (m && /\d|^[IVX]+$/.test(m[2])) return { type: part.type, value: m[2].trim() };
  }
  // `B 136/3456` (BArch), `109-00004-03` (PRC FMA): a shelf mark of letters, digits and slashes.
  if (/^[A-Z]{1,4}\s?\d+(\/[\w\-…]+)+$/.test(seg)) return { type: 'signature', value: seg };
  if (/^\d+(-\d+){2,}$/.test(seg)) return { type: 'file', value: seg };
  // `XIX-J-1-j`, `4-0023/1972`: any other single shelf-mark token with digits.
  if (/^[\p{Lu}\p{N}][\p{L}\p{N}]*([-\/.][\p{L}\p{N}]+)+$/u.test(seg) && /\d/.test(seg)) return { type: 'signature', value: seg };
  return undefined;
}

/** `AVPRF fond 0102` → AVPRF + fond 0102: leading all-caps words, then an identifier. */
function abbreviationLead(seg: string): { abbr: string; identifier: ArchiveIdentifier } | undefined {
  const w = seg.split(/\s+/);
  for (let i = 1; i < w.length && i <= 3; i++) {
    if (!ABBREVIATION.test(w[i - 1])) return undefined;
    const identifier = identifierOf(w.slice(i).join(' '));
    if (identifier) return { abbr: w.slice(0, i).join(' '), identifier };
  }
  return undefined;
}

/** Words that name a part of an archive, not a city (`NSC Files`, `Central Committee Records`). */
const NOT_A_PLACE = /\b(Files?|Papers|Records|Collection|Series|Fonds?|Box|Folder|Office|Department|Ministry|Section|Archives?|Library|Committee|Institute|Center|Centre|Program|Project)\b/i;

/** `Moscow`, `New Delhi`, `Ulan Bator`: one to three capitalised words, no abbreviation among them. */
function isPlaceName(seg: string): boolean {
  return /^\p{Lu}[\p{Ll}’'.-]+(\s+\p{Lu}[\p{Ll}’'.-]+){0,2}$/u.test(seg) && !NOT_A_PLACE.test(seg);
}

const ABBREVIATION = /^([A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})$/;

export function parseCitation(text: string, date?: SourceDate): Citation {
  const citation: Citation = { text, identifiers: [] };
  let rest = text;
  const title = TITLE.exec(rest);
  if (title) {
    citation.title = title[1].replace(/,\s*$/, '').trim();
    rest = rest.slice(title[0].length);
  }
  const d = DATE.exec(rest);
  if (d) {
    citation.date = readSourceDate(d[1], date?.when ? { documentDate: date.when } : {});
    rest = rest.slice(d[0].length);
  }
  const tr = TRANSLATOR_PHRASE.exec(rest);
  if (tr) {
    const who = rest.slice(tr.index + tr[0].length).trim().replace(/\.$/, '');
    const paren = /^(.*?)\s*\(([^)]+)\)\s*\.?$/.exec(who) ?? /^(.*?)\s+for\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(who);
    citation.translator = {
      name: (paren ? paren[1] : who).trim(),
      phrase: tr[1],
      ...(paren ? { org: paren[2].trim() } : tr[2] ? { org: tr[2] } : {}),
    };
    rest = rest.slice(0, tr.index).trim().replace(/[;,.]\s*$/, '');
  }
  const segs = segments(rest);
  let firstIdentifier = -1;
  let repositoryAt = -1;
  segs.forEach((seg, k) => {
    if (k === 0 && PORTALS.test(seg)) {
      citation.portal = seg;
      return;
    }
    const pages = PAGES.exec(seg);
    if (pages) {
      citation.pages = { from: pages[2], ...(pages[3] ? { to: pages[3] } : {}), text: seg };
      if (firstIdentifier < 0) firstIdentifier = k;
      return;
    }
    const id = identifierOf(seg);
    if (id) {
      citation.identifiers.push(id);
      if (firstIdentifier < 0) firstIdentifier = k;
      return;
    }
    // `AVPRF fond 0102`, `PRC FMA 109-00004-03`: an archive's abbreviation before the first part.
    const lead = abbreviationLead(seg);
    if (lead && !citation.repository) {
      citation.repository = lead.abbr;
      citation.repositoryAbbr = lead.abbr;
      citation.identifiers.push(lead.identifier);
      repositoryAt = k;
      if (firstIdentifier < 0) firstIdentifier = k;
      return;
    }
    if (/^\d+[a-z]?(\s*[-–]\s*\d+[a-z]?)?$/.test(seg) && citation.identifiers.length && !citation.pages) {
      const [from, to] = seg.split(/\s*[-–]\s*/);
      citation.pages = { from, ...(to ? { to } : {}), text: seg };
      return;
    }
    if (!citation.repository && (REPOSITORY_WORDS.test(seg) || ABBREVIATION.test(seg))) {
      const abbr = /^(.*?)\s*\(([^)]+)\)$/.exec(seg);
      citation.repository = abbr ? abbr[1] : seg;
      if (abbr) citation.repositoryAbbr = abbr[2];
      else if (ABBREVIATION.test(seg)) citation.repositoryAbbr = seg;
      repositoryAt = k;
      return;
    }
    if (repositoryAt === k - 1 && !citation.settlement && isPlaceName(seg)) {
      citation.settlement = seg;
    }
  });
  if (firstIdentifier >= 0) {
    const at = rest.indexOf(segs[firstIdentifier]);
    if (at >= 0) citation.reference = rest.slice(at).trim().replace(/[.;,]+$/, '');
  }
  return citation;
}
