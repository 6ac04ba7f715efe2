/**
 * DSpace Simple Archive Format: one folder per item (`item_001/`…) with `dublin_core.xml`, the
 * item's files, and `contents`, which lists each file with its bundle (`ORIGINAL`, `LICENSE`),
 * description and whether it is the primary bitstream.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileWriter } from './bagit.js';
import type { DcField } from './dublin-core.js';

export interface SafFile {
  name: string;
  bundle: 'ORIGINAL' | 'LICENSE' | 'TEXT' | 'THUMBNAIL';
  description?: string;
  primary?: boolean;
  source?: string;
  bytes?: Uint8Array;
}

export interface SafItem {
  /** The item's `dublin_core.xml`. */
  dublinCore: string;
  files: SafFile[];
}

export function itemFolder(index: number, count: number): string {
  return `item_${String(index + 1).padStart(Math.max(3, String(count).length), '0')}`;
}

export function contentsLine(file: SafFile): string {
  if (/[\t\r\n]/.test(file.name)) throw new Error(`"${file.name}": a SAF file name cannot hold a tab or line break`);
  return [
    file.name,
    `bundle:${file.bundle}`,
    ...(file.description ? [`description:${file.description}`] : []),
    ...(file.primary ? ['primary:true'] : []),
  ].join('\t');
}

export function writeSaf(dir: string, items: SafItem[], write: FileWriter): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  items.forEach((item, i) => {
    const folder = join(dir, itemFolder(i, items.length));
    write(join(folder, 'dublin_core.xml'), item.dublinCore);
    for (const file of item.files) {
      const data = file.bytes ?? readFileSync(file.source!);
      write(join(folder, file.name), data);
      files++;
      bytes += data.byteLength;
    }
    write(join(folder, 'contents'), item.files.map((f) => contentsLine(f) + '\n').join(''));
  });
  return { files, bytes };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** A dublin_core.xml for an item that is not a TEI document (the registers). */
export function dspaceXml(fields: DcField[]): string {
  const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
  const values = fields.map(
    (f) => `   <dcvalue element="${esc(f.element)}" qualifier="${esc(f.qualifier)}"${f.language ? ` language="${esc(f.language)}"` : ''}>${esc(f.value)}</dcvalue>\n`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<dublin_core schema="dc">\n${values.join('')}</dublin_core>\n`;
}
