/**
 * A site from TEI files (ours or hand-edited): each file rendered once, its outputs written
 * (`tei/`, `html/`, `text/`), then the index pages from the summaries. The batch runner does the
 * same for transcriptions; this is the path for TEI that already exists (preview, tests, benchmark).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeRenderedDocument, type DocumentSummary, type Renderer } from '../render/index.js';
import { buildSite, type SiteResult } from './index.js';

export interface TeiSiteOptions {
  teiFiles: string[];
  outDir: string;
  renderer: Renderer;
  editionTitle?: string;
}

export async function buildSiteFromTei(options: TeiSiteOptions): Promise<SiteResult & { summaries: DocumentSummary[] }> {
  const summaries: DocumentSummary[] = [];
  const files: string[] = [];
  mkdirSync(join(options.outDir, 'tei'), { recursive: true });
  for (const file of options.teiFiles) {
    const id = basename(file, '.xml');
    const rendered = options.renderer.renderDocument(readFileSync(file, 'utf8'), { id });
    const written = writeRenderedDocument(options.outDir, id, rendered);
    const tei = join(options.outDir, 'tei', `${id}.xml`);
    if (resolve(file) !== resolve(tei)) copyFileSync(file, tei);
    files.push(tei, written.html, written.text);
    summaries.push(rendered.summary);
  }
  const site = await buildSite({ outDir: options.outDir, summaries, editionTitle: options.editionTitle });
  return { ...site, files: [...files, ...site.files], summaries };
}
