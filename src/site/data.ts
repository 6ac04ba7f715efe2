/**
 * The site's data as one XML document for `xslt/site.xsl`: the documents in date order, every entity
 * once with the documents and blocks where it occurs, and the projected map. XML because Saxon-JS
 * parses it several times faster than the same data as JSON (parse-json), which matters at
 * thousands of documents. Nothing is written twice: an occurrence names its document by id.
 */
import type { DocumentSummary } from '../render/index.js';
import type { MapGeometry } from './map.js';

const escape = (value: unknown): string =>
  String(value ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

const element = (name: string, attributes: Record<string, unknown>, content = ''): string => {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
  return content ? `<${name}${attrs}>${content}</${name}>` : `<${name}${attrs}/>`;
};

const text = (name: string, value: unknown): string => (value ? `<${name}>${escape(value)}</${name}>` : '');

/** Documents by date (undated last), then title. */
export function inDateOrder(summaries: DocumentSummary[]): DocumentSummary[] {
  const key = (s: DocumentSummary) => `${s.date || '9999'} ${s.title}`;
  return [...summaries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

interface Authority { label?: string; url?: string; value?: string }
interface Occurrence { block: string; label: string }

export function siteDataXml(summaries: DocumentSummary[], map: MapGeometry): string {
  const documents = inDateOrder(summaries);
  const parts: string[] = ['<site><documents>'];
  for (const d of documents) {
    const year = /^\d{4}/.test(d.date ?? '') ? d.date!.slice(0, 4) : 'undated';
    parts.push(element('document', { id: d.id, date: d.date, year, kind: d.kind, 'kind-label': d['kindLabel'], 'date-text': d.dateText },
      text('title', d.title) + text('summary', d.summary)));
  }
  parts.push('</documents><entities>');
  const entities = new Map<string, { first: DocumentSummary['entities'][number]; variants: Set<string>; in: string[] }>();
  for (const d of documents) {
    for (const e of d.entities) {
      const key = `${e.kind} ${e.id}`;
      let entry = entities.get(key);
      if (!entry) entities.set(key, (entry = { first: e, variants: new Set(), in: [] }));
      for (const v of [...((e['variants'] as string[]) ?? []), ...((e['seen'] as string[]) ?? [])]) entry.variants.add(v);
      const occurrences = ((e['occurrences'] as Occurrence[]) ?? []).filter((o, i, all) => all.findIndex((x) => x.block === o.block) === i);
      entry.in.push(element('in', { document: d.id },
        occurrences.map((o) => element('occurrence', { block: o.block, label: o.label })).join('')));
    }
  }
  for (const { first: e, variants, in: occurrences } of entities.values()) {
    variants.delete(e.name);
    const geo = e['geo'] as number[] | undefined;
    parts.push(element('entity', { id: e.id, kind: e.kind, name: e.name, role: e['role'] },
      [...variants].map((v) => text('variant', v)).join('') +
      ((e['authorities'] as Authority[]) ?? []).map((a) => element('authority', { label: a.label, url: a.url, value: a.value })).join('') +
      (Array.isArray(geo) && geo.length === 2 ? element('geo', { lat: geo[0], long: geo[1] }) : '') +
      occurrences.join('')));
  }
  parts.push('</entities>');
  // The land and graticule paths (large strings) go to the stylesheet as parameters, unparsed.
  parts.push(element('map', { width: map.width, height: map.height },
    map.points.map((p) => element('point', { id: p.id, x: p.x, y: p.y })).join('')));
  parts.push('</site>');
  return parts.join('');
}
