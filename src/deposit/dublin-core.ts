/**
 * Dublin Core of a document, by the one teiHeader → DC mapping (`xslt/common/dublin-core.xsl`),
 * run through `xslt/dublin-core.xsl` in Saxon-JS: an oai_dc record, DSpace's dublin_core.xml, or
 * the fields as values for bag-info.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SaxonJS } from '../render/saxon.js';
import { SaxesParser } from 'saxes';
import { XSLT_DIR, compileStylesheets, sefPath } from '../render/compile.js';

export type DublinCoreFormat = 'oai_dc' | 'dspace';

/** One value, as DSpace names it: `description.abstract`, `contributor.translator`, `title.none`. */
export interface DcField {
  element: string;
  qualifier: string;
  language?: string;
  value: string;
}

export interface DublinCore {
  record(tei: string, format: DublinCoreFormat): string;
  /** Both records from one parse of the TEI. */
  records(tei: string): Record<DublinCoreFormat, string>;
  fields(tei: string): DcField[];
}

const STYLESHEET = join(XSLT_DIR, 'dublin-core.xsl');
const SOURCES = [STYLESHEET, join(XSLT_DIR, 'common', 'dublin-core.xsl')];

/** Our SEF is missing or older than the mapping: only then is compiling worth its seconds. */
function stale(): boolean {
  const sef = sefPath(STYLESHEET);
  return !existsSync(sef) || SOURCES.some((xsl) => statSync(xsl).mtimeMs > statSync(sef).mtimeMs);
}

function loadStylesheet(): unknown {
  if (stale()) {
    try {
      compileStylesheets({ quiet: true });
    } catch (e) {
      // Another stylesheet failing to compile must not stop a deposit whose own SEF is there.
      if (!existsSync(sefPath(STYLESHEET))) throw e;
    }
  }
  return JSON.parse(readFileSync(sefPath(STYLESHEET), 'utf8'));
}

export function createDublinCore(): DublinCore {
  const stylesheet = loadStylesheet();
  const transform = (tei: string, format: DublinCoreFormat | 'both') =>
    SaxonJS.transform(
      {
        stylesheetInternal: stylesheet,
        sourceText: tei,
        destination: 'serialized',
        stylesheetParams: { format },
        // Results stay in memory: nothing is written by the stylesheet itself.
        deliverResultDocument: () => ({ destination: 'serialized' }),
      },
      'sync',
    );
  const record = (tei: string, format: DublinCoreFormat): string => transform(tei, format).principalResult as string;
  const records = (tei: string): Record<DublinCoreFormat, string> => {
    const result = transform(tei, 'both');
    const oaiDc = Object.entries(result.resultDocuments).find(([uri]) => uri.endsWith('oai_dc.xml'))?.[1];
    return { dspace: result.principalResult as string, oai_dc: oaiDc as string };
  };
  return { record, records, fields: (tei) => parseDspace(record(tei, 'dspace')) };
}

/** The dcvalue elements of a dublin_core.xml. */
export function parseDspace(xml: string): DcField[] {
  const fields: DcField[] = [];
  let current: DcField | undefined;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name !== 'dcvalue') return;
    const a = tag.attributes as Record<string, string>;
    current = { element: a.element ?? '', qualifier: a.qualifier ?? 'none', value: '', ...(a.language ? { language: a.language } : {}) };
  });
  parser.on('text', (text) => {
    if (current) current.value += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'dcvalue' && current) fields.push(current);
    current = undefined;
  });
  parser.write(xml).close();
  return fields;
}

/** The values of one field, e.g. `dcValues(fields, 'description.abstract')`. */
export function dcValues(fields: DcField[], name: string): string[] {
  const [element, qualifier = 'none'] = name.split('.');
  return fields.filter((f) => f.element === element && f.qualifier === qualifier).map((f) => f.value);
}
