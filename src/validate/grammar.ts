/**
 * Loading a RELAX NG grammar for salve-annos. Converting TEI All takes seconds, so the simplified
 * grammar is cached on disk, keyed by the SHA-256 of the schema file (and salve's version): the
 * next process reads the cached JSON instead of converting again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markUsed, writeCacheFile } from '../cache.js';
import type { GrammarJson } from './pruned-grammar.js';
import { convertRNGToPattern, readTreeFromJSON, writeTreeToJSON, version as salveVersion, type Grammar } from 'salve-annos';

/** salve's JSON format version written to the cache. */
const FORMAT_VERSION = 3;

export interface LoadedGrammar {
  /** The full grammar, built from the JSON on first use (pruned grammars often make it unnecessary). */
  readonly grammar: Grammar;
  /** salve's JSON form of the simplified grammar (what the cache holds), for pruning. */
  json: GrammarJson;
  /** Where the grammar came from: `cache` (a converted copy on disk) or `converted` (now). */
  source: 'cache' | 'converted';
  milliseconds: number;
}

export function cacheFileFor(schemaBytes: Uint8Array, cacheDir: string): string {
  const hash = createHash('sha256').update(schemaBytes).digest('hex');
  return join(cacheDir, `grammar-${hash}-salve-${salveVersion}.json`);
}

/** The names of converted grammars in the cache folder, of any schema and salve version. */
const KIND = /^grammar-[0-9a-f]{64}-salve-/;

/** The grammar of `rngFile`, from the cache when it holds this exact schema. Throws when the schema is unusable. */
export async function loadGrammar(rngFile: string, cacheDir: string | false): Promise<LoadedGrammar> {
  const started = performance.now();
  const cached = cacheDir === false ? undefined : cacheFileFor(readFileSync(rngFile), cacheDir);
  if (cached) {
    try {
      const json = JSON.parse(readFileSync(cached, 'utf8')) as GrammarJson;
      markUsed(cached);
      let grammar: Grammar | undefined;
      return {
        get grammar() {
          return (grammar ??= readTreeFromJSON(json));
        },
        json,
        source: 'cache',
        milliseconds: performance.now() - started,
      };
    } catch {
      // No cached copy yet (or a damaged one): convert below and write it again.
    }
  }
  const converted = await convertRNGToPattern(pathToFileURL(rngFile), {
    createManifest: false,
    manifestHashAlgorithm: 'SHA-1',
    resourceLoader: undefined,
    idCheck: true,
  });
  const text = writeTreeToJSON(converted.simplified, FORMAT_VERSION);
  if (cached) writeCacheFile(cached, text, KIND);
  return { grammar: converted.pattern, json: JSON.parse(text) as GrammarJson, source: 'converted', milliseconds: performance.now() - started };
}
