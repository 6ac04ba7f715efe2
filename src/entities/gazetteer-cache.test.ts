import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultCacheDir } from '../cache.js';
import { cacheFileFor, loadGazetteer } from './gazetteer-cache.js';
import type { Gazetteer } from './gazetteer.js';
import { tokenize } from './text.js';

/** What a gazetteer says of a text: every name with its place, and every town after a preposition. */
function reading(gz: Gazetteer, text: string): string[] {
  const tokens = tokenize(text);
  const out = gz.names.matchAll(tokens).map((h) => `${h.from}-${h.to} ${JSON.stringify({ place: h.value.place, code: h.value.code })}`);
  for (let i = 0; i < tokens.length; i++) {
    const hit = gz.towns.matchAt(tokens, i);
    if (hit) out.push(`town ${i}-${hit.to} ${JSON.stringify({ place: hit.value.place, code: hit.value.code })}`);
  }
  return out;
}

const TEXT =
  'From Peking via Moscow to Havana and Santiago de Cuba; the U.S.S.R., the DPRK, Ceylon, Leningrad, Persia, Siam, ' +
  'New York, Rio de Janeiro, Moa, Holguin, Bayamo, Kaesong, Sinuiju, Gdansk, Warszawa, Hanoi, Saigon, Pyongyang, Union, Mobile.';

describe('the gazetteer cache', () => {
  it('reads back the very gazetteer it built, and rebuilds a damaged file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazetteer-cache-'));
    try {
      const built = loadGazetteer({ cacheDir: dir });
      expect(built.source).toBe('built');
      expect(readdirSync(dir)).toEqual([expect.stringMatching(/^gazetteer-[0-9a-f]{32}\.json$/)]);

      // Read back, the table is marked as used (src/cache.ts removes files unused for a month).
      const monthAgo = (Date.now() - 40 * 86_400_000) / 1000;
      utimesSync(built.file!, monthAgo, monthAgo);
      const cached = loadGazetteer({ cacheDir: dir });
      expect(cached.source).toBe('cache');
      expect(statSync(cached.file!).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
      expect(cached.gazetteer.names.size).toBe(built.gazetteer.names.size);
      expect(cached.gazetteer.towns.size).toBe(built.gazetteer.towns.size);
      expect([...cached.gazetteer.demonyms]).toEqual([...built.gazetteer.demonyms]);
      const expected = reading(built.gazetteer, TEXT);
      expect(expected.length).toBeGreaterThan(20);
      expect(reading(cached.gazetteer, TEXT)).toEqual(expected);

      writeFileSync(cached.file!, '{"format": 4, "places": [');
      const again = loadGazetteer({ cacheDir: dir });
      expect(again.source).toBe('built');
      expect(reading(again.gazetteer, TEXT)).toEqual(expected);
      expect(loadGazetteer({ cacheDir: dir }).source).toBe('cache');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('lives where the validator caches grammars, under a key of the packages and our sources', () => {
    expect(defaultCacheDir({ TEI_EDITION_CACHE: '/x/cache' })).toBe('/x/cache');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/xdg' })).toBe(join('/x/xdg', 'tei-edition'));
    expect(cacheFileFor('/c')).toMatch(/^\/c\/gazetteer-[0-9a-f]{32}\.json$/);
    expect(loadGazetteer({ cacheDir: false }).file).toBeUndefined();
  }, 60_000);
});
