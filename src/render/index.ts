/**
 * render: TEI into HTML pages and plain-text editions by the XSLT 3.0 stylesheets in `xslt/`,
 * compiled to SEF by `xslt3` and run in-process with Saxon-JS. Results are delivered in memory;
 * our code writes them, inside the output folder.
 */

/** What the site's index pages need to know of one document, taken from its TEI. */
export interface DocumentSummary {
  id: string;
  title: string;
  /** ISO date of the document (the archive's document date), when known. */
  date?: string;
  dateText?: string;
  kind?: string;
  summary?: string;
  entities: { id: string; kind: 'person' | 'place' | 'org'; name: string; [field: string]: unknown }[];
  [field: string]: unknown;
}

export interface RenderedDocument {
  html: string;
  text: string;
  summary: DocumentSummary;
}

/** The outputs one transform gives (all by default); `convert --to txt` needs only `text`. */
export type RenderOutput = 'html' | 'text' | 'summary';

export interface Renderer {
  /** Outputs not asked for come back empty (`''`, and a summary with only the id). */
  renderDocument(tei: string, params: { id: string; outputs?: RenderOutput[] }): RenderedDocument;
}

export { createRenderer } from './renderer.js';
export { compileStylesheets, staleStylesheets } from './compile.js';
export { writeRenderedDocument, isSafeId } from './write.js';
export type { RenderOptions } from './renderer.js';
