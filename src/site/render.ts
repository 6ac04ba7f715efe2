/**
 * Making one site file from its data: a page by `xslt/site.xsl`, a search index by MiniSearch, or
 * text as it is. The same in the main thread and in the helper thread (src/site/render-worker.ts),
 * so that a file is byte-identical wherever it was made.
 */
import { SaxonJS } from '../render/saxon.js';
import { loadStylesheet } from '../render/renderer.js';
import { searchIndexScript, searchShardScript, type SearchDocument } from './search.js';

/** A page of data for the site stylesheet, and the stylesheet parameters beyond the common ones. */
export interface PageSource { xml: string; params?: Record<string, string> }

/** What a file is made from, once its data is known. */
export type Made = PageSource | { text: string } | { search: SearchDocument[]; shard?: string };

export interface Job { file: string; made: Made; hash: string; editionTitle?: string }

const OUTPUT_BASE = 'file:///tei-edition/site/';

let stylesheet: { hash: string; sef: unknown } | undefined;

/** One page from its data; the stylesheet must name exactly that file. */
export function renderPage(file: string, source: PageSource, hash: string, editionTitle?: string): string {
  if (stylesheet?.hash !== hash) stylesheet = { hash, sef: loadStylesheet('site') };
  const params: Record<string, string> = { ...source.params };
  if (editionTitle) params['edition-title'] = editionTitle;
  let html: string | undefined;
  SaxonJS.transform(
    {
      stylesheetInternal: stylesheet.sef,
      sourceText: source.xml,
      destination: 'serialized',
      baseOutputURI: OUTPUT_BASE,
      stylesheetParams: params,
      deliverResultDocument: () => ({
        destination: 'serialized',
        save: (uri: unknown, serialized: unknown) => {
          if (String(uri) !== OUTPUT_BASE + file) throw new Error(`site: the stylesheet named an unexpected page "${String(uri)}" for ${file}`);
          html = String(serialized);
        },
      }),
    },
    'sync',
  );
  if (html === undefined) throw new Error(`site: the stylesheet wrote no ${file}`);
  return html;
}

export function make(job: Job): string {
  const { made } = job;
  if ('text' in made) return made.text;
  if ('search' in made) return made.shard ? searchShardScript(made.search, made.shard) : searchIndexScript(made.search);
  return renderPage(job.file, made, job.hash, job.editionTitle);
}
