/**
 * salve-annos matches datatype patterns (e.g. TEI's `teidata.word`, `[^\p{C}\p{Z}]+`) with
 * XRegExp on UTF-16 code units, so a character outside the Basic Multilingual Plane reads as two
 * surrogates (`\p{Cs}`, a control-like category) and a valid `@rend="𐀀"` is refused where jing
 * accepts it. Values go to salve with each such character replaced by a BMP character of the same
 * general category; messages keep the original value.
 */
const STAND_INS: [RegExp, string][] = [
  [/\p{Lu}/u, 'A'],
  [/\p{Ll}/u, 'a'],
  [/\p{Lt}/u, '\u01C5'],
  [/\p{Lm}/u, '\u02B0'],
  [/\p{Lo}/u, '\u00AA'],
  [/\p{Mn}/u, '\u0301'],
  [/\p{Mc}/u, '\u0903'],
  [/\p{Me}/u, '\u20DD'],
  [/\p{Nd}/u, '0'],
  [/\p{Nl}/u, '\u2160'],
  [/\p{No}/u, '\u00B2'],
  [/\p{P}/u, '!'],
  [/\p{Sm}/u, '+'],
  [/\p{Sc}/u, '$'],
  [/\p{Sk}/u, '^'],
  [/\p{So}/u, '\u00A6'],
  [/\p{Cf}/u, '\u200B'],
  [/\p{Co}/u, '\uE000'],
];
const UNASSIGNED = '\uFFFF';
const ASTRAL = /[\u{10000}-\u{10FFFF}]/gu;

export function bmpStandIns(value: string): string {
  if (!/[\uD800-\uDBFF]/.test(value)) return value;
  return value.replace(ASTRAL, (ch) => STAND_INS.find(([category]) => category.test(ch))?.[1] ?? UNASSIGNED);
}
