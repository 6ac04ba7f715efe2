/**
 * The renderer: Saxon-JS and the compiled stylesheet are loaded once; each document is parsed once
 * and one transform gives the HTML page (principal result), the text edition and the summary
 * (`xsl:result-document`, delivered in memory). Nothing is written or fetched by the stylesheet.
 */
import { readFileSync } from 'node:fs';
import { SaxonJS, keepCompiledSaxon } from './saxon.js';
import { compileStylesheets, sefPath, XSLT_DIR } from './compile.js';
import { guardPlatform } from './sandbox.js';
import type { DocumentSummary, RenderedDocument, RenderOutput, Renderer } from './index.js';
import { join } from 'node:path';

/** What an edition may change in the rendering; each maps to an `xsl:param` of `xslt/document.xsl`. */
export interface RenderOptions {
  /** Base URL of the published site: the permanent URL of a page is `${baseUrl}/html/${id}.html`. */
  baseUrl?: string;
  /** The edition's title, shown in the site header and the citation. */
  editionTitle?: string;
  /** The edition's publisher, for the citation when the TEI's publicationStmt has none. */
  publisher?: string;
}

/** The names the stylesheet gives its secondary results (`xsl:result-document/@href`). */
const RESULT = { text: 'text.txt', summary: 'summary.json' } as const;
const OUTPUT_BASE = 'file:///tei-edition/render/';

const ALL_OUTPUTS: RenderOutput[] = ['html', 'text', 'summary'];

function stylesheetParams(options: RenderOptions, id: string, outputs: RenderOutput[]): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = { id, outputs };
  if (options.baseUrl) params['base-url'] = options.baseUrl.replace(/\/+$/, '');
  if (options.editionTitle) params['edition-title'] = options.editionTitle;
  if (options.publisher) params['edition-publisher'] = options.publisher;
  return params;
}

/** Loads a compiled stylesheet (compiling the stale ones first) and keeps it for every call. */
export function loadStylesheet(name: string): unknown {
  compileStylesheets({ quiet: true });
  guardPlatform();
  return JSON.parse(readFileSync(sefPath(join(XSLT_DIR, `${name}.xsl`)), 'utf8'));
}

export async function createRenderer(options: RenderOptions = {}): Promise<Renderer> {
  const stylesheet = loadStylesheet('document');
  return {
    renderDocument(tei: string, params: { id: string; outputs?: RenderOutput[] }): RenderedDocument {
      const outputs = params.outputs ?? ALL_OUTPUTS;
      const results: Record<string, string> = {};
      const result = SaxonJS.transform(
        {
          stylesheetInternal: stylesheet,
          sourceText: tei,
          destination: 'serialized',
          baseOutputURI: OUTPUT_BASE,
          stylesheetParams: stylesheetParams(options, params.id, outputs),
          deliverResultDocument: () => ({
            destination: 'serialized',
            save: (uri: unknown, serialized: unknown) => {
              const name = String(uri);
              results[name.slice(name.lastIndexOf('/') + 1)] = String(serialized);
            },
          }),
        },
        'sync',
      );
      keepCompiledSaxon();
      collectResultDocuments(result.resultDocuments, results);
      const text = results[RESULT.text] ?? '';
      const summaryJson = results[RESULT.summary];
      for (const [output, value] of [['text', results[RESULT.text]], ['summary', summaryJson]] as const) {
        if (outputs.includes(output) && value === undefined) throw new Error(`render ${params.id}: the stylesheet gave no ${output}`);
      }
      const summary: DocumentSummary = summaryJson ? JSON.parse(summaryJson) : { id: params.id, title: '', entities: [] };
      return { html: outputs.includes('html') ? String(result.principalResult ?? '') : '', text, summary };
    },
  };
}

/** Saxon-JS hands serialized secondary results back in `resultDocuments` keyed by absolute URI. */
function collectResultDocuments(documents: Record<string, unknown> | undefined, into: Record<string, string>): void {
  for (const [uri, value] of Object.entries(documents ?? {})) {
    into[uri.slice(uri.lastIndexOf('/') + 1)] ??= String(value);
  }
}
