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

const escape = (value: unknown): string =>
  String(value ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export const element = (name: string, attributes: Record<string, unknown>, content = ''): string => {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
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

export function entityXml(e: SiteEntity): string {
  return element('entity', { id: e.id, kind: e.kind, name: e.name, role: e.role },
    e.variants.map((v) => text('variant', v)).join('') +
    e.authorities.map((a) => element('authority', { label: a.label, url: a.url, value: a.value })).join('') +
    (e.geo ? element('geo', { lat: e.geo[0], long: e.geo[1] }) : '') +
    e.in.map((i) => element('in', { document: i.document },
      i.occurrences.map((o) => element('occurrence', { block: o.block, label: o.label })).join(''))).join(''));
}

/** An entity index: the entries, then each document they name (title and date) once. */
export function entitiesPageXml(attributes: Record<string, unknown>, entities: SiteEntity[], model: SiteModel): string {
  const named = new Set<string>();
  for (const e of entities) for (const i of e.in) named.add(i.document);
  const documents = [...named].map((id) => model.byId.get(id)!).map((d) =>
    element('document', { id: d.id, 'date-text': d.dateText }, text('title', d.title)));
  return element('entities-page', attributes, entities.map(entityXml).join('') + documents.join(''));
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
