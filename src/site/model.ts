/**
 * The site's data, taken once from the documents (src/site/store.ts): the documents in date order
 * and every entity once, with the documents and blocks where it occurs. Each page then takes only
 * its slice of this (src/site/pages.ts), so that a page's input, and so its fingerprint, is
 * exactly what it shows.
 */
import type { DocumentSummary } from '../render/index.js';

export type EntityKind = 'person' | 'place' | 'org';

/** The fields of a document's summary that the index pages show (entities aside). */
export const SITE_FIELDS = ['id', 'title', 'date', 'dateText', 'kind', 'kindLabel', 'summary'] as const;

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
  in: { document: string; occurrences: Occurrence[]; lanes?: Uint32Array; at?: number }[];
}

export interface SiteModel {
  documents: DocumentSummary[];
  byId: Map<string, DocumentSummary>;
  entities: SiteEntity[];
  /** A document's whole summary, for what the model leaves out (the search index's text). */
  full(id: string): DocumentSummary | undefined;
}

/** An entity as one document names it. */
export interface Mention {
  /** The entity's own fields (id, kind, name, role, variants, authorities, geo), as the summary has them. */
  entity: DocumentSummary['entities'][number];
  /** The forms of its name seen in the document. */
  seen: readonly string[];
  /** Where in the document it occurs (a block may come more than once); read only for a page that shows it. */
  occurrences: () => Occurrence[];
  /** A print of all the above, four numbers of `lanes` from `at` (src/site/store.ts): a page showing the mention changes only when it does. */
  lanes: Uint32Array;
  at: number;
}

/** A document for the site: the fields of its summary the pages show, and the entities it names. */
export interface SiteSource {
  summary: DocumentSummary;
  mentions: Mention[];
}

/** Documents by date (undated last), then title. */
function inDateOrder<T>(items: T[], summaryOf: (item: T) => DocumentSummary): T[] {
  // Each key made once, not at every comparison.
  const keyed = items.map((item) => {
    const s = summaryOf(item);
    return { item, key: `${s.date || '9999'} ${s.title}` };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}

/** The year a document is listed under. */
export const yearOf = (d: DocumentSummary): string => (/^\d{4}/.test(d.date ?? '') ? d.date!.slice(0, 4) : 'undated');

/** A block is listed once per document, however often the name occurs in it. */
function firstInEachBlock(occurrences: Occurrence[]): Occurrence[] {
  if (occurrences.length < 2) return occurrences;
  const blocks = new Set<string>();
  return occurrences.filter((o) => !blocks.has(o.block) && blocks.add(o.block));
}

/** An entity's row for one document: its occurrences are worked out when a page first asks. */
class Row {
  private listed?: Occurrence[];
  constructor(
    readonly document: string,
    private readonly mention: Mention,
  ) {}

  get occurrences(): Occurrence[] {
    return (this.listed ??= firstInEachBlock(this.mention.occurrences()));
  }

  /** The mention's print. */
  get lanes(): Uint32Array {
    return this.mention.lanes;
  }

  get at(): number {
    return this.mention.at;
  }
}

/**
 * The model from the documents' sources; `full` reads a document's whole summary. An entity's
 * fields are those of the first document (in date order) that names it; its variants are all those
 * of every document, with every form seen, but its name.
 */
export function modelOf(sources: SiteSource[], full: (id: string) => DocumentSummary | undefined): SiteModel {
  const ordered = inDateOrder(sources, (s) => s.summary);
  const found = new Map<string, { entity: SiteEntity; variants: Set<string> }>();
  for (const { summary: d, mentions } of ordered) {
    for (const mention of mentions) {
      const { entity: e, seen } = mention;
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
      for (const v of seen) entry.variants.add(v);
      entry.entity.in.push(new Row(d.id, mention));
    }
  }
  const entities = [...found.values()].map(({ entity, variants }) => {
    variants.delete(entity.name);
    return { ...entity, variants: [...variants] };
  });
  const documents = ordered.map((s) => s.summary);
  return { documents, byId: new Map(documents.map((d) => [d.id, d])), entities, full };
}
