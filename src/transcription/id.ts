/**
 * The document's id (ENCODING.md rule 1): `wcda-<record number>` when the record's URL gives the
 * archive's numeric record (`/document/115180`), else derived from the file name. `/node/NNN`
 * URLs carry the website's internal node number, not the archive's record number, so they do
 * not name the document. The id is a valid NCName and safe as a file name everywhere.
 */

/** URL shapes that carry the archive's record number. */
const RECORD_URLS: RegExp[] = [/\/document\/(\d+)(?:[\/?#.]|$)/, /\/document\/(\d+)-/];

export function recordNumberOf(url: string): string | undefined {
  for (const re of RECORD_URLS) {
    const m = re.exec(url);
    if (m) return m[1];
  }
  return undefined;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 100;

/** A file name (any path, any characters) into a safe NCName. */
export function idFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(md|markdown|txt|text)$/i, '');
  let id = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (!id) id = 'document';
  if (!/^[A-Za-z_]/.test(id)) id = `doc-${id}`;
  if (WINDOWS_RESERVED.test(id)) id = `doc-${id}`;
  if (id.length > MAX_LENGTH) id = id.slice(0, MAX_LENGTH).replace(/[-.]+$/, '');
  return id;
}

export function documentId(recordNumber: string | undefined, file: string): string {
  return recordNumber ? `wcda-${recordNumber}` : idFromFileName(file);
}
