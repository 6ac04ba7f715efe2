/**
 * Tag files of labels and values (`bagit.txt`, `bag-info.txt`; RFC 8493 §2.2.2): `Label: value`
 * lines, long values folded onto lines that start with white space, labels that may repeat.
 */

export type TagFields = [label: string, value: string][];

const FOLD_AT = 79;
const INDENT = '  ';

export function formatTagFile(fields: TagFields): string {
  return fields.map(([label, value]) => fold(`${label}: ${value.replace(/\s+/g, ' ').trim()}`) + '\n').join('');
}

/**
 * Folds at spaces so that lines stay within 79 characters (the RFC's recommendation); a word longer
 * than that gets a line of its own. Never cuts between the label and the start of its value.
 */
function fold(line: string): string {
  const lines: string[] = [];
  let rest = line;
  let keep = line.indexOf(': ') + 2; // characters that must stay on this line
  while (rest.length > FOLD_AT) {
    let cut = rest.lastIndexOf(' ', FOLD_AT);
    if (cut <= keep) cut = rest.indexOf(' ', keep + 1);
    if (cut <= keep) break;
    lines.push(rest.slice(0, cut));
    rest = INDENT + rest.slice(cut + 1);
    keep = INDENT.length;
  }
  lines.push(rest);
  return lines.join('\n');
}

export interface TagParse {
  fields: TagFields;
  malformed: { line: number; text: string }[];
}

export function parseTagFile(text: string): TagParse {
  const result: TagParse = { fields: [], malformed: [] };
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw === '') return;
    const last = result.fields.at(-1);
    if (/^[ \t]/.test(raw) && last) {
      last[1] = `${last[1]} ${raw.trim()}`;
      return;
    }
    const colon = raw.indexOf(':');
    if (colon <= 0) result.malformed.push({ line: i + 1, text: raw });
    else result.fields.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  });
  return result;
}

/** The values of a label (labels compare case-insensitively, as the RFC allows). */
export function tagValues(fields: TagFields, label: string): string[] {
  return fields.filter(([l]) => l.toLowerCase() === label.toLowerCase()).map(([, v]) => v);
}
