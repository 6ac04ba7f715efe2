/**
 * The site's data, taken once from the summaries: the documents in date order and every entity once,
 * with the documents and blocks where it occurs. Each page then takes only its slice of this
 * (src/site/pages.ts), so that a page's input, and so its fingerprint, is exactly what it shows.
 */
import type { DocumentSummary } from '../render/index.js';

export type EntityKind = 'person' | 'place' | 'org';

export interface Authority { label?: string; url?: string; value?: string }
export interface Occurrence { block: string; label: string }

export interface SiteEntity {
  id: string;
  kind: EntityKind;
  name: string;
  role?: string;
  variants: string[];
  authorities: Authority[];
  geo?: [number, number];
  /** The documents (by id, in date order) and the blocks of each where the entity occurs. */
  in: { document: string; occurrences: Occurrence[] }[];
}

export interface SiteModel {
  documents: DocumentSummary[];
  byId: Map<string, DocumentSummary>;
  entities: SiteEntity[];
}

/** Documents by date (undated last), then title. */
export function inDateOrder(summaries: DocumentSummary[]): DocumentSummary[] {
  // Each key made once, not at every comparison.
  const keyed = summaries.map((s) => ({ s, key: `${s.date || '9999'} ${s.title}` }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ s }) => s);
}

/** The year a document is listed under. */
export const yearOf = (d: DocumentSummary): string => (/^\d{4}/.test(d.date ?? '') ? d.date!.slice(0, 4) : 'undated');

/** A block is listed once per document, however often the name occurs in it. */
function firstInEachBlock(occurrences: Occurrence[]): Occurrence[] {
  if (occurrences.length < 2) return occurrences;
  const blocks = new Set<string>();
  return occurrences.filter((o) => !blocks.has(o.block) && blocks.add(o.block));
}

export function siteModel(summaries: DocumentSummary[]): SiteModel {
  const documents = inDateOrder(summaries);
  const found = new Map<string, { entity: SiteEntity; variants: Set<string> }>();
  for (const d of documents) {
    for (const e of d.entities) {
      const key = `${e.kind} ${e.id}`;
      let entry = found.get(key);
      if (!entry) {
        const geo = e['geo'];
        const entity: SiteEntity = {
          id: e.id,
          kind: e.kind,
          name: e.name,
          role: e['role'] as string | undefined,
          variants: [],
          authorities: (e['authorities'] as Authority[] | undefined) ?? [],
          geo: Array.isArray(geo) && geo.length === 2 ? [Number(geo[0]), Number(geo[1])] : undefined,
          in: [],
        };
        found.set(key, (entry = { entity, variants: new Set() }));
      }
      for (const v of (e['variants'] as string[] | undefined) ?? []) entry.variants.add(v);
      for (const v of (e['seen'] as string[] | undefined) ?? []) entry.variants.add(v);
      entry.entity.in.push({ document: d.id, occurrences: firstInEachBlock((e['occurrences'] as Occurrence[] | undefined) ?? []) });
    }
  }
  const entities = [...found.values()].map(({ entity, variants }) => {
    variants.delete(entity.name);
    return { ...entity, variants: [...variants] };
  });
  return { documents, byId: new Map(documents.map((d) => [d.id, d])), entities };
}
