/**
 * Saxon-JS reads any local file a stylesheet asks for (`doc()`, `unparsed-text()`, `json-doc()`) and
 * writes wherever `xsl:result-document` points. TEI is untrusted input, so the platform is wrapped
 * once per process: reads only inside the allow-list (our compiled stylesheets and sources), no
 * writes, no network. Results are always delivered in memory and written by our own code.
 */
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxonJS } from './saxon.js';
import { SEF_DIR, XSLT_DIR } from './compile.js';

const allowed: string[] = [SEF_DIR, XSLT_DIR].map((dir) => resolve(dir) + sep);
let guarded = false;

/** Adds a folder the stylesheets may read from (e.g. a test's fixtures). */
export function allowReadsFrom(dir: string): void {
  allowed.push(resolve(dir) + sep);
}

function localPath(target: unknown): string | undefined {
  const text = String(target instanceof URL ? target.href : target);
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !text.startsWith('file:')) return undefined;
  try {
    return resolve(text.startsWith('file:') ? fileURLToPath(text) : text);
  } catch {
    return undefined;
  }
}

function refuse(what: string): never {
  throw new SaxonJS.XError(`tei-edition: ${what} is not allowed while rendering`, 'FODC0002');
}

export function isReadAllowed(target: unknown): boolean {
  const path = localPath(target);
  return path !== undefined && allowed.some((dir) => path.startsWith(dir));
}

export function guardPlatform(): void {
  if (guarded) return;
  guarded = true;
  const platform = SaxonJS.getPlatform();
  const readFile = platform.readFile.bind(platform);
  platform.readFile = (target: unknown, ...rest: unknown[]) =>
    isReadAllowed(target) ? readFile(target, ...rest) : refuse(`reading ${String(target)}`);
  platform.writeFileSync = (target: unknown) => refuse(`writing ${String(target)}`);
  platform.writeFileAsync = (target: unknown) => refuse(`writing ${String(target)}`);
  platform.makeHttpRequest = (target: unknown) => refuse(`fetching ${String(target)}`);
}
