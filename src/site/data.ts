/**
 * Each index page's data as a small XML document for `xslt/site.xsl`: only what that page shows, so
 * that the page's fingerprint is its input and a page is rendered from no more than it needs. XML
 * because Saxon-JS parses it several times faster than the same data as JSON (parse-json).
 * Nothing is written twice: an occurrence names its document by id, and the page carries each
 * document it names once.
 */
import type { DocumentSummary } from '../render/index.js';
import type { MapGeometry } from './map.js';
import { yearOf, type SiteEntity, type SiteModel } from './model.js';

const SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

// Most values need no escaping: tested once, so that 10,000 documents' data is built in well under a second.
const escape = (value: unknown): string => {
  const s = String(value ?? '');
  if (!SPECIAL.test(s)) return s;
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
};

export const element = (name: string, attributes: Record<string, unknown>, content = ''): string => {
  let attrs = '';
  for (const key in attributes) {
    const v = attributes[key];
    if (v !== undefined && v !== null && v !== '') attrs += ` ${key}="${escape(v)}"`;
  }
  return content ? `<${name}${attrs}>${content}</${name}>` : `<${name}${attrs}/>`;
};

const text = (name: string, value: unknown): string => (value ? `<${name}>${escape(value)}</${name}>` : '');

/** A document as the documents list shows it. */
export function documentXml(d: DocumentSummary): string {
  return element('document', { id: d.id, date: d.date, year: yearOf(d), kind: d.kind, 'kind-label': d['kindLabel'], 'date-text': d.dateText },
    text('title', d.title) + text('summary', d.summary));
}

/** The documents list: `documents` in date order, under the page's attributes. */
export function documentsPageXml(attributes: Record<string, unknown>, documents: DocumentSummary[], content = ''): string {
  return element('documents-page', attributes, content + documents.map(documentXml).join(''));
}

/** A decade of an entity named in so many documents that they are listed on a page per decade. */
export interface DecadeLink { decade: string; count: number; file: string }

/** An entity with its rows, or with links to its decades instead. */
export function entityXml(e: SiteEntity, decades?: DecadeLink[]): string {
  // The rows (one per document) are most of an index: written without the general helper.
  let rows = decades ? decades.map((d) => element('decade', { decade: d.decade, count: d.count, file: d.file })).join('') : '';
  for (const i of decades ? [] : e.in) {
    rows += `<in document="${escape(i.document)}">`;
    for (const o of i.occurrences) rows += `<occurrence block="${escape(o.block)}" label="${escape(o.label)}"/>`;
    rows += '</in>';
  }
  return element('entity', { id: e.id, kind: e.kind, name: e.name, role: e.role, documents: decades ? e.in.length : undefined },
    e.variants.map((v) => text('variant', v)).join('') +
    e.authorities.map((a) => element('authority', { label: a.label, url: a.url, value: a.value })).join('') +
    (e.geo ? element('geo', { lat: e.geo[0], long: e.geo[1] }) : '') + rows);
}

/** A document as an entity index names it (title and date), made once per build. */
const namedDocuments = new WeakMap<SiteModel, Map<string, string>>();
function namedDocument(model: SiteModel, id: string): string {
  let cache = namedDocuments.get(model);
  if (!cache) namedDocuments.set(model, (cache = new Map()));
  let xml = cache.get(id);
  if (xml === undefined) {
    const d = model.byId.get(id)!;
    cache.set(id, (xml = element('document', { id: d.id, 'date-text': d.dateText }, text('title', d.title))));
  }
  return xml;
}

/** An entity index: the entries, then each document they list (title and date) once. */
export function entitiesPageXml(attributes: Record<string, unknown>, entities: SiteEntity[], model: SiteModel, decades?: Map<SiteEntity, DecadeLink[]>, root = 'entities-page'): string {
  const named = new Set<string>();
  for (const e of entities) if (!decades?.has(e)) for (const i of e.in) named.add(i.document);
  let documents = '';
  for (const id of named) documents += namedDocument(model, id);
  return element(root, attributes, entities.map((e) => entityXml(e, decades?.get(e))).join('') + documents);
}

/** The places that have coordinates, as the map shows them (before projection). */
export interface MapPlace { id: string; name: string; lat: number; long: number }

export function mapPageXml(attributes: Record<string, unknown>, map: MapGeometry, places: Map<string, MapPlace>): string {
  return element('map-page', { ...attributes, width: map.width, height: map.height },
    map.points.map((p) => {
      const place = places.get(p.id);
      return element('point', { id: p.id, x: p.x, y: p.y, name: place?.name ?? p.id, lat: place?.lat, long: place?.long });
    }).join(''));
}
