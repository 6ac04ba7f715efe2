/**
 * Dates as the archive writes them, normalised to ISO 8601 only when certain. Each form is a row
 * of `DATE_FORMS`: a pattern and a reading. A reading that cannot be made certain gives no `when`
 * and a reason, which the parser reports as a warning (ENCODING.md rule 4: never guess).
 */
import type { DateType, SourceDate } from '../model/index.js';

const MONTH_NAMES: [RegExp, number][] = [
  [/^jan(uary|\.)?$/i, 1], [/^feb(ruary|\.)?$/i, 2], [/^mar(ch|\.)?$/i, 3], [/^apr(il|\.)?$/i, 4],
  [/^may$/i, 5], [/^jun(e|\.)?$/i, 6], [/^jul(y|\.)?$/i, 7], [/^aug(ust|\.)?$/i, 8],
  [/^sep(t|tember|\.|t\.)?$/i, 9], [/^oct(ober|\.)?$/i, 10], [/^nov(ember|\.)?$/i, 11], [/^dec(ember|\.)?$/i, 12],
];

/** The month-name alternatives for patterns (full names and the usual abbreviations). */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** Months of the Persian (Solar Hijri) calendar, as transliterated in the archive's translations. */
const PERSIAN_MONTH = String.raw`(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Dei|Bahman|Esfand)`;

export function monthNumber(name: string): number | undefined {
  return MONTH_NAMES.find(([re]) => re.test(name))?.[1];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when the parts make a real day, else undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface DateContext {
  /** The archive's date of the document (ISO), to settle two-digit years and day/month order. */
  documentDate?: string;
}

export interface DateReading {
  when?: string;
  from?: string;
  to?: string;
  calendar?: string;
  /** Why there is no `when` (reported as a warning). */
  uncertain?: string;
}

/** A two-digit year read in the century of the document's own date, when the document has one. */
function fullYear(yy: string, context: DateContext): number | undefined {
  if (yy.length === 4) return Number(yy);
  const base = context.documentDate ? Number(context.documentDate.slice(0, 4)) : undefined;
  if (base === undefined) return undefined;
  const century = Math.floor(base / 100) * 100;
  return century + Number(yy);
}

const DAY_MS = 86_400_000;
/** How near the document's date a reading of an ambiguous numeric date must be to be certain. */
const NEAR_DAYS = 45;

function near(iso: string, reference: string): boolean {
  return Math.abs(Date.parse(iso) - Date.parse(reference.length === 7 ? `${reference}-15` : reference.length === 4 ? `${reference}-07-01` : reference)) <= NEAR_DAYS * DAY_MS;
}

/** `01.03.1962`: day-first or month-first; certain when one part exceeds 12, or when exactly one reading falls near the document's date. */
function numericReading(a: number, b: number, year: number, context: DateContext): DateReading {
  const dayFirst = isoDay(year, b, a);
  const monthFirst = isoDay(year, a, b);
  if (dayFirst && !monthFirst) return { when: dayFirst };
  if (monthFirst && !dayFirst) return { when: monthFirst };
  if (!dayFirst || !monthFirst) return { uncertain: 'not a valid day' };
  if (dayFirst === monthFirst) return { when: dayFirst };
  if (context.documentDate) {
    const d = near(dayFirst, context.documentDate);
    const m = near(monthFirst, context.documentDate);
    if (d !== m) return { when: d ? dayFirst : monthFirst };
  }
  return { uncertain: 'day and month order is ambiguous' };
}

export interface DateForm {
  name: string;
  pattern: RegExp;
  read: (m: RegExpExecArray, context: DateContext) => DateReading;
}

function day(year: number | undefined, month: number | undefined, dayOfMonth: number): DateReading {
  if (year === undefined || month === undefined) return { uncertain: 'incomplete date' };
  const when = isoDay(year, month, dayOfMonth);
  return when ? { when } : { uncertain: 'not a valid day' };
}

function range(year: number, month: number | undefined, first: number, last: number): DateReading {
  if (month === undefined) return { uncertain: 'not a valid month' };
  const from = isoDay(year, month, first);
  const to = isoDay(year, month, last);
  return from && to && from < to ? { from, to } : { uncertain: 'not a valid range' };
}

/**
 * The date forms found in the body, most specific first (at one position the first form that
 * matches wins; across positions the earliest match wins).
 */
export const DATE_FORMS: DateForm[] = [
  {
    name: 'night range with Roman month (ON/27/28/X/62)',
    pattern: /(?<![\p{L}\p{N}])(\d{1,2})\/(\d{1,2})\/([IVX]{1,4})\/(\d{2}|\d{4})(?![\p{L}\p{N}\/])/gu,
    read: (m, c) => {
      const year = fullYear(m[4], c);
      const month = ROMAN_MONTHS.indexOf(m[3]) + 1;
      if (year === undefined || month === 0) return { uncertain: 'year or month not certain' };
      const from = isoDay(year, month, Number(m[1]));
      const to = isoDay(year, month, Number(m[2]));
      return from && to ? { from, to } : { uncertain: 'not a valid day' };
    },
  },
  {
    name: 'day range (27-28 October 1962)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})\s*[-–]\s*(\d{1,2})\s+(${MONTH})(?![\p{L}])\s*,?\s*(\d{4})(?![\p{L}\p{N}])`, 'gu'),
    read: (m) => range(Number(m[4]), monthNumber(m[3]), Number(m[1]), Number(m[2])),
  },
  {
    name: 'month day range (October 27-28, 1962)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH})(?![\p{L}])\s*(\d{1,2})\s*[-–]\s*(\d{1,2}),?\s+(\d{4})(?![\p{L}\p{N}])`, 'gu'),
    read: (m) => range(Number(m[4]), monthNumber(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    name: 'Roman month (16.XII.1947, 27/X/62)',
    pattern: /(?<![\p{L}\p{N}])(\d{1,2})[.\/]\s?([IVX]{1,4})[.\/]\s?(\d{4}|\d{2})(?![\p{L}\p{N}])/gu,
    read: (m, c) => {
      const month = ROMAN_MONTHS.indexOf(m[2]) + 1;
      return day(fullYear(m[3], c), month || undefined, Number(m[1]));
    },
  },
  {
    name: 'numeric (01.03.1962)',
    pattern: /(?<![\p{L}\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}]|\.\d)/gu,
    read: (m, c) => numericReading(Number(m[1]), Number(m[2]), Number(m[3]), c),
  },
  {
    name: 'Persian calendar (5 Tir 1325)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})\s+(${PERSIAN_MONTH})\s+(1[23]\d\d)(?![\p{L}\p{N}])`, 'gu'),
    read: () => ({ calendar: 'persian', uncertain: 'Persian-calendar date without a stated Gregorian equivalent' }),
  },
  {
    name: 'day month year (3 June 1961)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})(?![\p{L}])\s*,?\s*(\d{4})(?![\p{L}\p{N}])`, 'gu'),
    read: (m) => day(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  {
    name: 'month day, year (June 3, 1961)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH})(?![\p{L}])\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?![\p{L}\p{N}])`, 'gu'),
    read: (m) => day(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  {
    name: 'month year (August 1949)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH})(?![\p{L}])\s*,?\s*(\d{4})(?![\p{L}\p{N}])`, 'gu'),
    read: (m) => {
      const month = monthNumber(m[1]);
      const year = Number(m[2]);
      return month && year >= 1000 ? { when: `${year}-${pad(month)}` } : { uncertain: 'not a valid month' };
    },
  },
  {
    name: 'day month, no year (2 September)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?![\p{L}])`, 'gu'),
    read: () => ({ uncertain: 'no year given' }),
  },
  {
    name: 'month day, no year (Nov. 3)',
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])((?:January|February|March|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.))\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}:.])`, 'gu'),
    read: () => ({ uncertain: 'no year given' }),
  },
];

/** The date line at the top of the archive's page: `June 3, 1961`, `November 03, 1972`, `August 1949`. */
export function readSourceDate(text: string, context: DateContext = {}): SourceDate {
  const trimmed = text.trim();
  for (const form of DATE_FORMS) {
    form.pattern.lastIndex = 0;
    const m = form.pattern.exec(trimmed);
    if (m && m.index === 0 && m[0].length === trimmed.replace(/[.\s]+$/, '').length) {
      const reading = form.read(m, context);
      return reading.when ? { text: trimmed, when: reading.when } : { text: trimmed };
    }
  }
  const year = /^(\d{4})$/.exec(trimmed);
  return year ? { text: trimmed, when: year[1] } : { text: trimmed };
}

/** Words just before a date that say what the date is (`received at …`, `dispatched on …`). */
export const DATE_TYPE_CUES: { type: DateType; pattern: RegExp }[] = [
  { type: 'received-date', pattern: /\b(received|incoming|came to|arrived|entered|registered|decoded|deciphered)\b[^.;\n]{0,40}$/i },
  { type: 'creation-date', pattern: /\b(dispatched|sent|outgoing|transmitted|drafted|written|signed|typed)\b[^.;\n]{0,40}$/i },
  { type: 'publication-date', pattern: /\b(published|printed in)\b[^.;\n]{0,40}$/i },
];

export function dateTypeFromCue(before: string): DateType | undefined {
  let best: { type: DateType; at: number } | undefined;
  for (const cue of DATE_TYPE_CUES) {
    const m = cue.pattern.exec(before);
    if (m && (!best || m.index > best.at)) best = { type: cue.type, at: m.index };
  }
  return best?.type;
}
