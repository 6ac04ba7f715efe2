/**
 * Offline full-text search: a MiniSearch index built here and written as a script
 * (`search-index.js`), which a page loads with a <script> tag, so that search works from a folder
 * on disk (browsers refuse to fetch JSON from file://) as well as from a server.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { DocumentSummary } from '../render/index.js';

export interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  text: string;
  names: string;
  date: string;
  dateText: string;
  kind: string;
}

/** Shared with assets/search.js, which loads the index with the same options. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'summary', 'text', 'names'],
  storeFields: ['title', 'summary', 'dateText', 'kind'],
};

export function searchDocument(summary: DocumentSummary): SearchDocument {
  const names = summary.entities.flatMap((e) => [e.name, ...((e['seen'] as string[] | undefined) ?? [])]);
  return {
    id: summary.id,
    title: summary.title,
    summary: summary.summary ?? '',
    text: String(summary['text'] ?? ''),
    names: [...new Set(names)].join(' ; '),
    date: summary.date ?? '',
    dateText: summary.dateText ?? '',
    kind: String(summary['kindLabel'] ?? summary.kind ?? ''),
  };
}

export function buildSearchIndex(summaries: DocumentSummary[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(summaries.map(searchDocument));
  return index;
}

function indexJson(documents: SearchDocument[]): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  // JSON is JavaScript; U+2028/2029 are escaped for older engines.
  return JSON.stringify({ options: SEARCH_OPTIONS, index: index.toJSON() }).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The index as a script defining `window.teiEditionSearch`. */
export function searchIndexScript(documents: SearchDocument[]): string {
  return `// Search index of the edition, written by tei-edition. Loaded by search.html.\nwindow.teiEditionSearch = ${indexJson(documents)};\n`;
}

/** One shard of a large edition's index, added to `window.teiEditionSearchShards` (assets/search.js searches them all). */
export function searchShardScript(documents: SearchDocument[], which: string): string {
  return `// Search index of the edition, shard ${which}, written by tei-edition. Loaded by search.html.\n` +
    `(window.teiEditionSearchShards = window.teiEditionSearchShards || []).push(${indexJson(documents)});\n`;
}
