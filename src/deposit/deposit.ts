/**
 * A built edition into deposit packages: BagIt bags (one per document, or one for the whole
 * edition) or a DSpace Simple Archive Format archive, each written atomically, optionally zipped.
 */
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { TOOL_NAME, TOOL_VERSION } from '../edition.js';
import { removeAbandoned, writeAtomically } from './atomic.js';
import { writeBag, writeFile, type BagSummary, type FileWriter, type PayloadFile } from './bagit.js';
import { collectionBagInfo, documentBagInfo, type BagContext } from './bag-info.js';
import { createDublinCore, parseDspace, type DcField, type DublinCore } from './dublin-core.js';
import { assetsOf, readBuiltEdition, type BuiltDocument, type BuiltEdition } from './edition.js';
import { dspaceXml, writeSaf, type SafFile, type SafItem } from './saf.js';
import { zipFolder } from './zip.js';

export type DepositFormat = 'bagit' | 'saf';
export type DepositMode = 'per-document' | 'collection';

export interface DepositOptions {
  /** Where the packages go (created when missing). */
  out: string;
  format?: DepositFormat;
  /** One zip per package instead of a folder. */
  zip?: boolean;
  /** BagIt only: a bag per document (default) or one bag for the edition. */
  mode?: DepositMode;
  /** The edition's root (its `edition.config.json`); default: above DIST, else the working folder. */
  root?: string;
  /** Bagging date (ISO); default today. */
  date?: string;
  write?: FileWriter;
}

export interface DepositedPackage {
  name: string;
  path: string;
  documents: string[];
  files: number;
  bytes: number;
}

export interface DepositReport {
  packages: DepositedPackage[];
  /** Documents left out, e.g. TEI that is not well-formed. */
  failed: { id: string; file: string; message: string }[];
  warnings: string[];
}

/** A document with its Dublin Core, ready to package. */
interface Prepared {
  doc: BuiltDocument;
  fields: DcField[];
  dspace: string;
  oaiDc: string;
}

export function depositEdition(dist: string, options: DepositOptions): DepositReport {
  const edition = readBuiltEdition(dist, { root: options.root });
  const report: DepositReport = { packages: [], failed: [], warnings: [] };
  removeAbandoned(options.out);
  const dc = createDublinCore();
  const prepare = (doc: BuiltDocument): Prepared | undefined => prepareDocument(doc, dc, report);
  const context: BagContext = {
    config: edition.config,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    agent: `${TOOL_NAME} v${TOOL_VERSION}`,
  };
  const write = options.write ?? writeFile;
  const registers: PayloadFile[] = edition.registers.map((r) => ({ path: `tei/registers/${r.path}`, source: r.source }));
  const collection = slug(edition.config.title);

  const pack = (name: string, documents: Prepared[], base: string | undefined, fill: (dir: string) => BagSummary): void => {
    const built = writePackage(options.out, name, options.zip ? base ?? '' : undefined, fill);
    report.packages.push({ ...built, documents: documents.map((p) => p.doc.id) });
  };

  if ((options.format ?? 'bagit') === 'saf') {
    const prepared = edition.documents.flatMap((d) => prepare(d) ?? []);
    const items = [...prepared.map((p) => safItem(p, edition)), ...(registers.length ? [registersItem(edition, context.date)] : [])];
    pack(`${collection}-saf`, prepared, '', (dir) => writeSaf(dir, items, write));
  } else if (options.mode === 'collection') {
    const prepared = edition.documents.flatMap((d) => prepare(d) ?? []);
    // The whole site, so that the bag is the edition as published, browsable from data/index.html.
    const site = edition.site.filter((f) => !isInside(f.source, options.out));
    const payload = [...prepared.flatMap(documentPayload), ...registers, ...site];
    const info = collectionBagInfo(context, prepared.length, edition.registers.length);
    pack(collection, prepared, collection, (dir) => writeBag(dir, { payload, info }, write));
  } else {
    // Document by document, so that each bag is out as soon as it is made.
    edition.documents.forEach((doc, i) => {
      const p = prepare(doc);
      if (!p) return;
      const info = documentBagInfo(context, doc.id, p.fields, i, edition.documents.length);
      const assets = doc.html ? assetsOf(doc.html, edition) : [];
      pack(doc.id, [p], doc.id, (dir) => writeBag(dir, { payload: [...documentPayload(p), ...registers, ...assets], info }, write));
    });
  }
  return report;
}

function prepareDocument(doc: BuiltDocument, dc: DublinCore, report: DepositReport): Prepared | undefined {
  for (const kind of ['html', 'text'] as const) {
    if (!doc[kind]) report.warnings.push(`${doc.tei}: no ${kind} rendering of ${doc.id} in the build; deposited without it`);
  }
  try {
    const tei = readFileSync(doc.tei, 'utf8');
    const { dspace, oai_dc: oaiDc } = dc.records(tei);
    return { doc, dspace, fields: parseDspace(dspace), oaiDc };
  } catch (e) {
    report.failed.push({ id: doc.id, file: doc.tei, message: (e as Error).message.split('\n')[0]! });
    return undefined;
  }
}

/** `base` set: write a zip (entries under `base/`, or at the root when empty); else a folder. */
function writePackage(out: string, name: string, base: string | undefined, fill: (dir: string) => BagSummary): Omit<DepositedPackage, 'documents'> {
  if (base === undefined) {
    return writeAtomically(out, name, (staged) => ({ name, path: staged.target, ...fill(staged.path) }));
  }
  return writeAtomically(out, `${name}.zip`, (staged) => {
    const folder = `${staged.path}.folder`;
    try {
      const summary = fill(folder);
      zipFolder(folder, staged.path, base);
      return { name: `${name}.zip`, path: staged.target, ...summary };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
}

function documentPayload({ doc, oaiDc }: Prepared): PayloadFile[] {
  return [
    { path: `tei/${doc.id}.xml`, source: doc.tei },
    ...(doc.html ? [{ path: `html/${doc.id}.html`, source: doc.html }] : []),
    ...(doc.text ? [{ path: `text/${doc.id}.txt`, source: doc.text }] : []),
    { path: `dublin-core/${doc.id}.xml`, bytes: Buffer.from(oaiDc, 'utf8') },
  ];
}

function licenceFile(edition: BuiltEdition): SafFile {
  const { text, target } = edition.config.licence;
  return { name: 'license.txt', bundle: 'LICENSE', bytes: Buffer.from(`${text}\n${target}\n`, 'utf8') };
}

function safItem({ doc, dspace }: Prepared, edition: BuiltEdition): SafItem {
  const files: SafFile[] = [
    { name: `${doc.id}.xml`, bundle: 'ORIGINAL', description: 'TEI-XML', primary: true, source: doc.tei },
    ...(doc.html ? [{ name: `${doc.id}.html`, bundle: 'ORIGINAL' as const, description: 'HTML edition', source: doc.html }] : []),
    ...(doc.text ? [{ name: `${doc.id}.txt`, bundle: 'ORIGINAL' as const, description: 'Plain-text edition', source: doc.text }] : []),
    licenceFile(edition),
  ];
  return { dublinCore: dspace, files };
}

/** The registers as one more item, so the entities the documents point to are deposited too. */
function registersItem(edition: BuiltEdition, date: string): SafItem {
  const { config } = edition;
  const fields: DcField[] = [
    { element: 'title', qualifier: 'none', language: 'en', value: `${config.title}: registers of persons, places and organisations` },
    { element: 'publisher', qualifier: 'none', value: config.publisher },
    { element: 'date', qualifier: 'issued', value: date },
    { element: 'type', qualifier: 'none', value: 'Dataset' },
    { element: 'identifier', qualifier: 'uri', value: config.baseUrl },
    { element: 'rights', qualifier: 'none', value: config.licence.text },
    { element: 'rights', qualifier: 'uri', value: config.licence.target },
  ];
  const files: SafFile[] = edition.registers.map((r) => ({
    name: r.path.replace(/\//g, '_'),
    bundle: 'ORIGINAL',
    description: 'TEI register',
    source: r.source,
  }));
  return { dublinCore: dspaceXml(fields), files: [...files, licenceFile(edition)] };
}

/** Whether `path` is in `folder` (a deposit written into DIST must not package itself). */
function isInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith('/');
}

/** A file name from the edition's title: lower-case ASCII words joined by hyphens. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'edition';
}

