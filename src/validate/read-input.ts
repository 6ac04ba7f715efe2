/**
 * Reading the files to validate: folders walked for `*.xml` (symbolic links inside them are not
 * followed, so nothing outside the inputs is read), each file's size checked before it is read,
 * and its bytes decoded as UTF-8 (or UTF-16 with a byte-order mark) or refused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export class InputNotFound extends Error {
  override name = 'InputNotFound';
}

/** The files named, and the `*.xml` files under the folders named, in a stable order. Throws `InputNotFound`. */
export function listInputs(paths: string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputNotFound(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) files.push(...xmlFilesUnder(path));
    else files.push(path);
  }
  return files;
}

function xmlFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...xmlFilesUnder(path));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.xml')) found.push(path);
  }
  return found;
}

export type ReadResult = { text: string } | { refused: string };

/** A file's text, or why it is refused (too large, not a regular file, not UTF-8/UTF-16 text). */
export function readXmlFile(file: string, maxBytes: number): ReadResult {
  const stat = statSync(file);
  if (!stat.isFile()) return { refused: 'refused: not a regular file' };
  if (stat.size > maxBytes) return { refused: `refused: the file is ${stat.size} bytes, more than the limit of ${maxBytes} bytes` };
  const bytes = readFileSync(file);
  return decodeXml(bytes);
}

export function decodeXml(bytes: Uint8Array): ReadResult {
  const encoding = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : 'utf-8';
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { refused: `refused: not text in ${encoding.toUpperCase()} (binary data, or another encoding: convert the file to UTF-8)` };
  }
}
