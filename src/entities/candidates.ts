/**
 * New register candidates: the entities of a document that the register does not hold, with the
 * passages where they occur, and their form as a ready-to-paste register entry in TEI.
 */
import type { EntityEntry } from '../model/index.js';
import type { Candidate } from './index.js';
import type { DocEntity } from './aliases.js';
import type { Segment } from './text.js';
import { escapeAttribute } from '../tei/xml-names.js';

const CONTEXT_CHARS = 50;
const MAX_CONTEXTS = 3;

export function contextOf(segment: Segment, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(segment.flat.length, end + CONTEXT_CHARS);
  const text = `${from > 0 ? '…' : ''}${segment.flat.slice(from, to)}${to < segment.flat.length ? '…' : ''}`;
  return text.replace(/\s+/g, ' ').trim();
}

export function candidatesOf(entities: DocEntity[], segments: Segment[]): Candidate[] {
  return entities
    .filter((e) => !e.entry.registered)
    .map((e) => ({
      id: e.entry.id,
      kind: e.entry.kind,
      name: e.entry.name,
      evidence: e.entry.evidence ?? 'rule',
      contexts: [...new Set(e.mentions.map((m) => contextOf(segments[m.seg], m.start, m.end)))].slice(0, MAX_CONTEXTS),
    }));
}

const ELEMENT = { person: ['person', 'persName'], place: ['place', 'placeName'], org: ['org', 'orgName'] } as const;

/** Text for an element's content or an attribute value (quotes escaped too). */
export const escapeXml = escapeAttribute;

/** A register entry in TEI, as `tei/registers/*.xml` hold them. */
export function registerEntryXml(entry: EntityEntry, indent = '  '): string {
  const [element, nameElement] = ELEMENT[entry.kind];
  const lines = [`<${element} xml:id="${escapeXml(entry.id)}"${entry.kind === 'place' && entry.subtype ? ` type="${escapeXml(entry.subtype)}"` : ''}>`];
  lines.push(`${indent}<${nameElement}>${escapeXml(entry.name)}</${nameElement}>`);
  for (const v of entry.variants) lines.push(`${indent}<${nameElement} type="variant">${escapeXml(v)}</${nameElement}>`);
  for (const r of entry.roles ?? []) lines.push(`${indent}<occupation>${escapeXml(r)}</occupation>`);
  for (const idno of entry.idnos ?? []) lines.push(`${indent}<idno type="${escapeXml(idno.type)}">${escapeXml(idno.value)}</idno>`);
  if (entry.geo) lines.push(`${indent}<location><geo>${escapeXml(entry.geo)}</geo></location>`);
  lines.push(`</${element}>`);
  return lines.join('\n');
}
