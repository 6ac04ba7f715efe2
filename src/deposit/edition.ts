/**
 * A built edition as `tei-edition build` leaves it: `DIST/tei/ID.xml`, `DIST/html/ID.html`,
 * `DIST/text/ID.txt`, and the registers (`DIST/tei/registers/` when the build copied them there,
 * else the edition's own `tei/registers/`). The edition's configuration is read from its root.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { EditionConfig } from '../model/config.js';
import { loadConfig } from '../edition.js';

export interface BuiltDocument {
  id: string;
  tei: string;
  html?: string;
  text?: string;
}

export interface BuiltEdition {
  dist: string;
  /** The edition's root (with `edition.config.json`). */
  root: string;
  config: EditionConfig;
  documents: BuiltDocument[];
  /** Register files, each with its path relative to the registers folder. */
  registers: EditionFile[];
  /**
   * The rest of the site, path relative to DIST: index pages, search index, `assets/`. Not the
   * documents' folders (`tei/`, `html/`, `text/`), nor `build-report.json` (it names input paths).
   */
  site: EditionFile[];
}

export interface EditionFile {
  path: string;
  source: string;
}

const NOT_SITE = new Set(['tei', 'html', 'text', 'build-report.json']);

/** Where a document's renderings are, relative to DIST, by kind. */
export const RENDERINGS = { html: ['html', '.html'], text: ['text', '.txt'] } as const;

export function readBuiltEdition(dist: string, options: { root?: string } = {}): BuiltEdition {
  dist = resolve(dist);
  const teiDir = join(dist, 'tei');
  if (!existsSync(teiDir)) throw new Error(`${dist} is not a built edition: it has no tei/ folder (run tei-edition build first)`);
  const root = resolve(options.root ?? editionRootOf(dist));
  const documents = readdirSync(teiDir)
    .filter((f) => f.endsWith('.xml') && statSync(join(teiDir, f)).isFile())
    .sort()
    .map((f): BuiltDocument => {
      const id = f.slice(0, -'.xml'.length);
      const doc: BuiltDocument = { id, tei: join(teiDir, f) };
      for (const [kind, [folder, ext]] of Object.entries(RENDERINGS)) {
        const path = join(dist, folder, id + ext);
        if (existsSync(path)) doc[kind as keyof typeof RENDERINGS] = path;
      }
      return doc;
    });
  const registersDir = [join(teiDir, 'registers'), join(root, 'tei', 'registers')].find((d) => existsSync(d));
  const site = listFiles(dist).filter((f) => !NOT_SITE.has(f.path.split('/')[0]!));
  return { dist, root, config: loadConfig(root), documents, registers: registersDir ? listFiles(registersDir) : [], site };
}

/** The files of `assets/` an HTML page links to (`../assets/…`), so a page in a bag keeps its style. */
export function assetsOf(html: string, edition: BuiltEdition): EditionFile[] {
  const wanted = new Set([...readFileSync(html, 'utf8').matchAll(/(?:href|src)="\.\.\/(assets\/[^"#?]+)"/g)].map((m) => decodeURI(m[1]!)));
  return edition.site.filter((f) => wanted.has(f.path));
}

/** The folder above DIST when it holds the configuration (`dist/` inside the edition), else the working folder. */
function editionRootOf(dist: string): string {
  const parent = dirname(dist);
  return existsSync(join(parent, 'edition.config.json')) ? parent : process.cwd();
}

function listFiles(dir: string, prefix = ''): EditionFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [{ path: prefix + e.name, source: join(dir, e.name) }]));
}
