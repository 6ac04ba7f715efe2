/**
 * Making strings safe for the places XML and TEI put them: text without characters XML 1.0
 * forbids, NCNames for xml:id and pointers, single tokens for TEI's enumerated attributes.
 */
import { isCalendarDate } from '../model/calendar.js';

/** Characters XML 1.0 does not allow anywhere (control characters, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}

const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"]/g;
const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const reference = (c: string) => REFERENCES[c]!;

/** XML-safe text as character data: `&`, `<` and `>` written as references. */
export function escapeText(value: string): string {
  return value.replace(TEXT_SPECIAL, reference);
}

/** XML-safe text as an attribute value between double quotes: `&`, `<`, `>` and `"` written as references. */
export function escapeAttribute(value: string): string {
  return value.replace(ATTRIBUTE_SPECIAL, reference);
}

/** A string as it will stand in the XML, trimmed: empty when it holds nothing an XML file can keep. */
export function clean(value: string | undefined): string {
  return xmlText(value ?? '').trim();
}

/** Latin letters without their accents (`Jeleń` → `Jelen`), so that ids and tokens stay ASCII. */
function ascii(value: string): string {
  return xmlText(value).normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * An xml:id (NCName) from any string; the same input always gives the same id. ASCII only: the
 * letter classes of XML names differ between XML editions and validators.
 */
export function ncname(value: string): string {
  const cleaned = ascii(value).replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  if (!cleaned) return 'id';
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `id-${cleaned}`;
}

/** A TEI `teidata.enumerated` value (one token, lower case, ASCII): `Top Secret` → `top-secret`. */
export function token(value: string): string {
  return ascii(value).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'unknown';
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real day (what `@when` accepts). */
export function isIsoDate(value: string | undefined): value is string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return false;
  const [, year, month, day] = m;
  return month === undefined || isCalendarDate(Number(year), Number(month), day === undefined ? undefined : Number(day));
}
