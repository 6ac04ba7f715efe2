/**
 * The files of the site, each with exactly the data it is made from (`input`) and how to make it
 * from that data (`make`, called only when the input changed). A small edition has the six pages
 * readers know; a large one splits the documents list by year and an entity index by initial, so
 * that no page grows with the whole archive and one changed document re-renders few pages.
 */
import { createHash } from 'node:crypto';
import type { DocumentSummary } from '../render/index.js';
import { documentsPageXml, element, entitiesPageXml, mapPageXml, type DecadeLink, type MapPlace } from './data.js';
import { projectPlaces, validCoordinates, type MapOptions } from './map.js';
import { yearOf, type EntityKind, type SiteEntity, type SiteModel } from './model.js';
import type { Rows } from './fingerprints.js';
import type { Made } from './render.js';
import { searchDocument } from './search.js';

export interface SiteOutput {
  /** Path inside the output folder, with `/`. */
  file: string;
  /**
   * What the file is made from; with the stylesheet, tool and options, its fingerprint. Computed
   * on demand and not kept, so that only one page's data is in memory at a time.
   */
  input: () => string;
  /** What the file is made from (src/site/render.ts makes it): page data, text, or search documents. */
  make: () => Made;
  /**
   * For a file made only from documents' summaries: its rows, each a document and, on an entity
   * index, the print of the entity's mention in it. Its input is a function of the fields of their
   * summaries that the pages show, or with `text`, of their whole summaries.
   */
  documents?: Rows[];
  /** Made from the documents' whole summaries (the search index's text), not only what the pages show. */
  text?: boolean;
}

export interface PageLimits {
  /** Above this many documents, the documents list has one page per year. */
  documents: number;
  /** Above this many (entity, document) rows, an entity index has one page per initial. */
  occurrences: number;
  /**
   * Above this many documents, the search index is split into shards of at most this size. Small:
   * a changed document re-indexes its shard (about 0.3 s for 500 documents, 0.05 s for 125), and
   * the browser searches the shards one after the other at no visible cost.
   */
  search: number;
  /** An entity named in more documents than this lists them on a page per decade. */
  entity: number;
}

export const DEFAULT_LIMITS: PageLimits = { documents: 1000, occurrences: 2000, search: 200, entity: 250 };

/** Entity kinds, the index page of each (the document pages link to `PAGE#id`: xslt/common/conventions.xsl). */
export const ENTITY_PAGES: Record<EntityKind, string> = { person: 'persons.html', place: 'places.html', org: 'organisations.html' };

const page = (file: string, xml: () => string, documents: Rows[], params?: Record<string, string>): SiteOutput => {
  return { file, input: xml, make: () => ({ xml: xml(), params }), documents };
};

const idsOf = (documents: DocumentSummary[]): Rows[] => [
  (visit) => {
    for (const d of documents) visit(d.id);
  },
];

/** An entity's rows: each document that names it, with the print of the mention. One set per entity, shared by its pages. */
const entityRows = new WeakMap<SiteEntity, Rows>();
function rowsOfEntity(e: SiteEntity): Rows {
  let rows = entityRows.get(e);
  if (!rows) {
    entityRows.set(e, (rows = (visit) => {
      for (const row of e.in) visit(row.document, row.lanes, row.at);
    }));
  }
  return rows;
}
const rowsOf = (entities: SiteEntity[]): Rows[] => entities.map(rowsOfEntity);

/** A year's page, and an initial's, named with ASCII only. */
const slug = (key: string): string =>
  [...key.toLowerCase()].map((c) => (/[a-z0-9]/.test(c) ? c : `u${c.codePointAt(0)!.toString(16)}`)).join('');

/** An entity's folder: its register id, any character but letters, digits and `-` as `_HEX_`. */
const idFolder = (id: string): string => [...id].map((c) => (/[A-Za-z0-9-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}_`)).join('');

export function documentPages(documents: DocumentSummary[], limits: PageLimits): SiteOutput[] {
  if (documents.length <= limits.documents) return [page('index.html', () => documentsPageXml({ file: 'index.html' }, documents), idsOf(documents))];
  const years = new Map<string, DocumentSummary[]>();
  for (const d of documents) {
    const year = yearOf(d);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(d);
  }
  const fileOf = (year: string) => `documents-${slug(year)}.html`;
  const overview = [...years].map(([year, list]) => element('year', { year, file: fileOf(year), count: list.length })).join('');
  return [
    page('index.html', () => documentsPageXml({ file: 'index.html', total: documents.length }, [], overview), idsOf(documents)),
    ...[...years].map(([year, list]) => page(fileOf(year), () => documentsPageXml({ file: fileOf(year), year }, list), idsOf(list))),
  ];
}

/** The name an entity sorts by (persons by surname), as xslt/site/entities.xsl has it. */
export const sortName = (e: { kind: string; name: string }): string =>
  e.kind === 'person' ? `${e.name.trim().split(/\s+/).at(-1) ?? ''} ${e.name}` : e.name;
export const initialOf = (e: { kind: string; name: string }): string => ([...sortName(e)][0] ?? '').toUpperCase();

/** The decade a document is listed under on an entity's pages (`1960s`, or `undated`). */
const decadeOf = (d: DocumentSummary): string => {
  const year = yearOf(d);
  return year === 'undated' ? year : `${year.slice(0, 3)}0s`;
};

/** Each document's decade by id, made once per model for all three kinds of entity. */
const decadesByModel = new WeakMap<SiteModel, (id: string) => string>();
function decadesOf(model: SiteModel): (id: string) => string {
  let decadeOfId = decadesByModel.get(model);
  if (!decadeOfId) {
    const decades = new Map(model.documents.map((d) => [d.id, decadeOf(d)]));
    decadesByModel.set(model, (decadeOfId = (id) => decades.get(id)!));
  }
  return decadeOfId;
}

/**
 * The entities named in more than `limits.entity` documents list them on a page per decade
 * (`persons/ID/1960s.html`, two folders down: its links start `../../`). A decade, not a year: a
 * few hundred rows a page rather than thousands of small pages, and the pages do not move when
 * counts change, so one changed document re-renders one decade of each entity it names.
 */
function decadePages(kind: EntityKind, entities: SiteEntity[], model: SiteModel, limits: PageLimits, entryFile: (e: SiteEntity) => string) {
  const folder = ENTITY_PAGES[kind].replace(/\.html$/, '');
  const decades = new Map<SiteEntity, DecadeLink[]>();
  const decadeOfId = decadesOf(model);
  const pages: SiteOutput[] = [];
  for (const e of entities) {
    if (e.in.length <= limits.entity) continue;
    const byDecade = new Map<string, SiteEntity['in']>();
    for (const row of e.in) {
      const decade = decadeOfId(row.document);
      if (!byDecade.has(decade)) byDecade.set(decade, []);
      byDecade.get(decade)!.push(row);
    }
    const links: DecadeLink[] = [];
    for (const [decade, rows] of byDecade) {
      const file = `${folder}/${idFolder(e.id)}/${decade}.html`;
      links.push({ decade, count: rows.length, file });
      const attributes = { file, kind, decade, total: e.in.length, entry: `${entryFile(e)}#${e.id}` };
      pages.push(page(file, () => entitiesPageXml(attributes, [{ ...e, in: rows }], model, undefined, 'entity-decade-page'), rowsOf([e]), { 'site-root': '../../' }));
    }
    decades.set(e, links);
  }
  return { decades, pages };
}

export function entityPages(kind: EntityKind, entities: SiteEntity[], model: SiteModel, limits: PageLimits): SiteOutput[] {
  const file = ENTITY_PAGES[kind];
  const rows = entities.reduce((n, e) => n + e.in.length, 0);
  if (rows <= limits.occurrences) {
    const { decades, pages } = decadePages(kind, entities, model, limits, () => file);
    return [page(file, () => entitiesPageXml({ file, kind }, entities, model, decades), rowsOf(entities)), ...pages];
  }
  const initials = new Map<string, SiteEntity[]>();
  for (const e of entities) {
    const initial = initialOf(e);
    if (!initials.has(initial)) initials.set(initial, []);
    initials.get(initial)!.push(e);
  }
  const fileOf = (initial: string) => `${file.replace(/\.html$/, '')}-${slug(initial) || 'other'}.html`;
  const { decades, pages } = decadePages(kind, entities, model, limits, (e) => fileOf(initialOf(e)));
  const entries = entities.map((e) => element('entry', { id: e.id, kind, name: e.name, role: e.role, file: fileOf(initialOf(e)), documents: e.in.length }));
  return [
    page(file, () => element('entities-page', { file, kind }, entries.join('')), rowsOf(entities)),
    ...[...initials].map(([initial, list]) =>
      page(fileOf(initial), () => entitiesPageXml({ file: fileOf(initial), kind, letter: initial }, list, model, decades), rowsOf(list))),
    ...pages,
  ];
}

export function mapPage(entities: SiteEntity[], options: MapOptions = {}): SiteOutput {
  const places = entities.filter((e) => e.kind === 'place');
  const located = new Map<string, MapPlace>();
  for (const e of places) {
    const geo = validCoordinates(e.geo);
    if (geo && !located.has(e.id)) located.set(e.id, { id: e.id, name: e.name, lat: geo[0], long: geo[1] });
  }
  const points = [...located.values()].sort((a, b) => a.id.localeCompare(b.id));
  // Projected only when this changed: the projection and the land outlines are the costly part.
  const input = JSON.stringify({ options, places: places.length, points });
  return {
    file: 'map.html',
    input: () => input,
    make: () => {
      const map = projectPlaces(points, options);
      return { xml: mapPageXml({ file: 'map.html', places: places.length }, map, located), params: { 'map-land': map.land, 'map-graticule': map.graticule } };
    },
  };
}

/**
 * The search index: one script, or for a large edition shards that each hold the documents whose
 * id hashes to them, so that one changed document re-indexes one shard. The number of shards is a
 * power of two, so it changes (and every shard with it) only when the edition doubles.
 */
export function searchOutputs(documents: DocumentSummary[], limits: PageLimits, full: (d: DocumentSummary) => DocumentSummary = (d) => d): { outputs: SiteOutput[]; scripts: string[] } {
  // The search documents of a shard are made only when its input is needed, from the whole summaries.
  const searchDocuments = (list: DocumentSummary[]) => list.map((d) => searchDocument(full(d)));
  if (documents.length <= limits.search) {
    const file = 'search-index.js';
    return { outputs: [{ file, input: () => JSON.stringify(searchDocuments(documents)), make: () => ({ search: searchDocuments(documents) }), documents: idsOf(documents), text: true }], scripts: [file] };
  }
  let count = 1;
  while (count * limits.search < documents.length) count *= 2;
  const shards: DocumentSummary[][] = Array.from({ length: count }, () => []);
  for (const d of documents) shards[createHash('sha256').update(d.id).digest().readUInt32BE(0) % count]!.push(d);
  const width = String(count - 1).length;
  const outputs = shards.map((shard, i) => {
    const file = `search-index-${String(i).padStart(width, '0')}.js`;
    return { file, input: () => JSON.stringify(searchDocuments(shard)), make: () => ({ search: searchDocuments(shard), shard: `${i + 1} of ${count}` }), documents: idsOf(shard), text: true };
  });
  return { outputs, scripts: outputs.map((o) => o.file) };
}

/** Every file of the site made from the summaries (the assets are copied apart). */
export function siteOutputs(model: SiteModel, options: { limits?: PageLimits; map?: MapOptions } = {}): SiteOutput[] {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const byKind = (kind: EntityKind) => model.entities.filter((e) => e.kind === kind);
  const search = searchOutputs(model.documents, limits, (d) => model.full(d.id) ?? d);
  const searchPage = () => element('search-page', { file: 'search.html' }, search.scripts.map((src) => element('index', { src })).join(''));
  return [
    ...documentPages(model.documents, limits),
    ...(Object.keys(ENTITY_PAGES) as EntityKind[]).flatMap((kind) => entityPages(kind, byKind(kind), model, limits)),
    mapPage(model.entities, options.map),
    { file: 'search.html', input: searchPage, make: () => ({ xml: searchPage() }) },
    ...search.outputs,
  ];
}
