/**
 * Dublin Core of a document, by the one teiHeader → DC mapping (`xslt/common/dublin-core.xsl`),
 * run through `xslt/dublin-core.xsl` in Saxon-JS: an oai_dc record, DSpace's dublin_core.xml, or
 * the fields as values for bag-info.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SaxonJS from 'saxon-js';
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
  fields(tei: string): DcField[];
}

const STYLESHEET = join(XSLT_DIR, 'dublin-core.xsl');

function loadStylesheet(): unknown {
  try {
    compileStylesheets({ quiet: true });
  } catch (e) {
    // Another stylesheet failing to compile must not stop a deposit whose own SEF is there.
    if (!existsSync(sefPath(STYLESHEET))) throw e;
  }
  return JSON.parse(readFileSync(sefPath(STYLESHEET), 'utf8'));
}

export function createDublinCore(): DublinCore {
  const stylesheet = loadStylesheet();
  const record = (tei: string, format: DublinCoreFormat): string =>
    SaxonJS.transform(
      {
        stylesheetInternal: stylesheet,
        sourceText: tei,
        destination: 'serialized',
        stylesheetParams: { format },
        deliverResultDocument: () => ({ destination: 'serialized' }),
      },
      'sync',
    ).principalResult as string;
  return { record, fields: (tei) => parseDspace(record(tei, 'dspace')) };
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
