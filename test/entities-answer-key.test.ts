/**
 * End to end, on the samples: every name of the answer key (`samples/answer-key.json`) is tagged
 * in the TEI with the right element and a `@ref` that resolves to an entry of the document's
 * standOff, which carries that name among its forms; and in the reference document no other span
 * is tagged. Samples the parser cannot read yet are reported, not hidden.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { readTranscription, parseTranscription } from '../src/transcription/index.js';
import { annotateEntities, loadRegisters } from '../src/entities/index.js';
import { nameKey } from '../src/entities/text.js';
import { encodeTei } from '../src/tei/index.js';
import { DEFAULT_CONFIG } from '../src/model/config.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, '..', 'shared', 'samples');
const KEY = join(SAMPLES, 'answer-key.json');
const REGISTERS = loadRegisters(join(ROOT, 'tei', 'registers'));

interface KeyDocument {
  file: string;
  persons: string[];
  places: string[];
  orgs: string[];
}

const ELEMENT = { persons: 'persName', places: 'placeName', orgs: 'orgName' } as const;
const ENTRY = { person: 'persName', place: 'placeName', org: 'orgName' } as const;

interface Tei {
  /** Names tagged in `text`: element, @ref, @key, text. */
  tagged: { element: string; ref: string; key: string; text: string }[];
  /** standOff entries: id → element of the entry and its names. */
  entries: Map<string, { element: string; names: string[] }>;
}

/** The names of a TEI document's text and the entries of its standOff. */
function readTei(xml: string): Tei {
  const parser = new SaxesParser({ xmlns: true });
  const tagged: Tei['tagged'] = [];
  const entries: Tei['entries'] = new Map();
  const open: { element: string; ref: string; key: string; text: string }[] = [];
  let where: 'header' | 'standOff' | 'text' = 'header';
  let entry: { id: string; element: string; names: string[] } | undefined;
  let entryName: string | undefined;
  parser.on('opentag', (tag) => {
    const attr = (local: string) => Object.values(tag.attributes).find((a) => typeof a === 'object' && a.local === local)?.value ?? '';
    if (tag.local === 'standOff') where = 'standOff';
    else if (tag.local === 'text') where = 'text';
    if (where === 'standOff' && ['person', 'place', 'org'].includes(tag.local)) entry = { id: attr('id'), element: tag.local, names: [] };
    else if (where === 'standOff' && entry && Object.values(ENTRY).includes(tag.local as never)) entryName = '';
    if (where === 'text' && Object.values(ELEMENT).includes(tag.local as never)) open.push({ element: tag.local, ref: attr('ref'), key: attr('key'), text: '' });
    else if (where === 'text' && tag.local === 'lb') for (const o of open) o.text += ' ';
  });
  parser.on('text', (t) => {
    if (entryName !== undefined) entryName += t;
    for (const o of open) o.text += t;
  });
  parser.on('closetag', (tag) => {
    if (where === 'standOff' && entry && entryName !== undefined && Object.values(ENTRY).includes(tag.local as never)) {
      entry.names.push(entryName);
      entryName = undefined;
    } else if (where === 'standOff' && entry && tag.local === entry.element) {
      entries.set(entry.id, { element: entry.element, names: entry.names });
      entry = undefined;
    } else if (where === 'text' && open.length && tag.local === open[open.length - 1].element) tagged.push(open.pop()!);
  });
  parser.write(xml).close();
  return { tagged, entries };
}

const norm = (name: string) => nameKey(name.replace(/^the\s+/i, ''));
const KIND_OF = { persons: 'person', places: 'place', orgs: 'org' } as const;

const key: KeyDocument[] = existsSync(KEY) ? JSON.parse(readFileSync(KEY, 'utf8')) : [];

describe.skipIf(!key.length)('answer-key names in the TEI of the samples', () => {
  for (const doc of key) {
    const file = join(SAMPLES, doc.file);
    it(`${doc.file}: every name of the key is tagged, typed and linked`, () => {
      const { text, normalisations } = readTranscription(readFileSync(file), file);
      const parsed = parseTranscription(text, file, normalisations).transcription;
      const annotated = annotateEntities(parsed, REGISTERS).transcription;
      const tei = readTei(encodeTei(annotated, { config: DEFAULT_CONFIG, toolVersion: 'test', date: '2026-01-01' }));

      // Every tag points to an entry of the standOff of the same kind, by @ref and @key.
      for (const t of tei.tagged) {
        expect(t.ref, `${t.element} "${t.text}"`).toMatch(/^#/);
        const target = tei.entries.get(t.ref.slice(1));
        expect(target, `${t.element} "${t.text}" → ${t.ref}`).toBeDefined();
        expect(t.key).toBe(t.ref.slice(1));
        expect(ENTRY[target!.element as keyof typeof ENTRY]).toBe(t.element);
      }
      // Every key name is tagged with the right element, linked to an entry that carries the name.
      const problems: string[] = [];
      for (const field of ['persons', 'places', 'orgs'] as const) {
        for (const name of doc[field]) {
          const linked = tei.tagged.some((t) => t.element === ELEMENT[field] && tei.entries.get(t.ref.slice(1))?.names.some((n) => norm(n) === norm(name)));
          if (!linked) problems.push(`${KIND_OF[field]} "${name}" is not tagged as ${ELEMENT[field]} with a resolving @ref`);
        }
      }
      expect(problems).toEqual([]);

      // In the reference document nothing else is tagged.
      if (doc.file === 'wcda-115180.md') {
        const wanted = new Set((['persons', 'places', 'orgs'] as const).flatMap((f) => doc[f].map((n) => `${ELEMENT[f]}:${norm(n)}`)));
        const extra = tei.tagged.filter((t) => !tei.entries.get(t.ref.slice(1))!.names.some((n) => wanted.has(`${t.element}:${norm(n)}`)));
        expect(extra.map((t) => `${t.element} "${t.text}"`)).toEqual([]);
      }
    });
  }
});
