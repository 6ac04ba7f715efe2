// Fidelity: every word of a source's document body appears, in order, in the HTML page's text and in
// the plain-text edition rendered from its TEI (whitespace and punctuation aside), for every sample.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertTranscription, openEdition, type Edition } from '../pipeline.js';
import { PACKAGE_ROOT } from './compile.js';

const SHARED_DEV = join(PACKAGE_ROOT, '..', 'shared', 'samples', 'dev');
const samples = [
  join(PACKAGE_ROOT, 'transcriptions', 'wcda-115180.md'),
  ...(existsSync(SHARED_DEV) ? readdirSync(SHARED_DEV).filter((f) => f.endsWith('.md')).sort().map((f) => join(SHARED_DEV, f)) : []),
];
if (!existsSync(SHARED_DEV)) console.warn(`skipped: ${SHARED_DEV} is absent, so only the bundled sample is checked`);

const HEADER_LABEL = /^\*\*(Citation|Summary|Credits|Original Language|Contents):\*\*\s*$/;

/** The document body of a transcription: what follows the last header section and its value. */
export function sourceBody(markdown: string): string {
  const paragraphs = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  const last = paragraphs.map((p) => HEADER_LABEL.test(p.trim())).lastIndexOf(true);
  return paragraphs.slice(last + 2).join('\n\n');
}

/** Words without case, punctuation and brackets: `[Manolo]` and `Manolo`, `KRAJEWSKI1` and `KRAJEWSKI[1]` agree. */
export function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

function htmlText(html: string): string {
  const start = html.indexOf('<section class="tei-text"');
  const end = html.indexOf('<section class="how-to-cite"');
  return html
    .slice(start, end)
    // line breaks and block boundaries separate words; inline markup does not
    .replace(/<\/?(br|p|div|li|ul|ol|h\d|section|dt|dd)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The first source word that cannot be found, in order, in the output; undefined when all are. */
function firstMissing(source: string[], output: string[]): string | undefined {
  let at = 0;
  for (let i = 0; i < source.length; i++) {
    const found = output.indexOf(source[i]!, at);
    if (found < 0) return `word ${i + 1} "${source[i]}" after «${source.slice(Math.max(0, i - 6), i).join(' ')}»`;
    at = found + 1;
  }
  return undefined;
}

let edition: Edition;
beforeAll(async () => {
  edition = await openEdition({ root: PACKAGE_ROOT });
});

describe.each(samples)('%s', (file) => {
  it('has every word of its body, in order, in the HTML text and the text edition', () => {
    const bytes = readFileSync(file);
    const source = words(sourceBody(bytes.toString('utf8')));
    expect(source.length).toBeGreaterThan(20);
    const converted = convertTranscription(bytes, file, edition, { date: '2026-01-01' });
    const rendered = edition.renderer.renderDocument(converted.tei, { id: converted.id });
    const text = rendered.text.slice(rendered.text.indexOf('\n' + '='.repeat(78) + '\n'));
    expect(firstMissing(source, words(htmlText(rendered.html))), 'HTML').toBeUndefined();
    expect(firstMissing(source, words(text)), 'text edition').toBeUndefined();
  });
});

describe('the word comparison', () => {
  it('can fail: a dropped or moved word is found missing', () => {
    const source = words('one two three four');
    expect(firstMissing(source, words('one two four'))).toMatch(/"three"/);
    expect(firstMissing(source, words('one three two four'))).toMatch(/"four"|"three"/);
    expect(firstMissing(source, words('[one] two, three; four!'))).toBeUndefined();
  });
});
