/**
 * Writing a rendered document into the output folder: `html/ID.html` and `text/ID.txt`. The id
 * becomes a file name, so it must be a plain name (no separators, no `..`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedDocument } from './index.js';

const SAFE_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id) && !id.includes('..');
}

export function writeRenderedDocument(outDir: string, id: string, rendered: RenderedDocument): { html: string; text: string } {
  if (!isSafeId(id)) throw new Error(`render: "${id}" cannot be used as a file name`);
  const html = join(outDir, 'html', `${id}.html`);
  const text = join(outDir, 'text', `${id}.txt`);
  mkdirSync(join(outDir, 'html'), { recursive: true });
  mkdirSync(join(outDir, 'text'), { recursive: true });
  writeFileSync(html, rendered.html);
  writeFileSync(text, rendered.text);
  return { html, text };
}
