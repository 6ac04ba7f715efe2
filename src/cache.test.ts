import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UNUSED_DAYS, markUsed, writeCacheFile } from './cache.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 28, 12);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The kind of entry these tests write. */
const GAZETTEER = /^gazetteer-/;

/** A file in the cache last used `days` before NOW. */
function usedDaysAgo(name: string, days: number): string {
  const file = join(dir, name);
  writeFileSync(file, name);
  const then = (NOW - days * DAY) / 1000;
  utimesSync(file, then, then);
  return file;
}

describe('the cache folder', () => {
  it('removes, as a file is written, the files of its kind beside it unused for UNUSED_DAYS, and keeps the rest', () => {
    usedDaysAgo('gazetteer-old.json', UNUSED_DAYS + 1);
    usedDaysAgo('gazetteer-other-checkout.json', UNUSED_DAYS - 1);
    // Another kind of entry, and a file that is not ours (the folder may be one the user shares).
    usedDaysAgo('grammar-old.json', UNUSED_DAYS + 5);
    usedDaysAgo('notes.txt', 400);
    usedDaysAgo('gazetteer-new.json.123.abc.tmp', UNUSED_DAYS + 1); // left by a killed run
    mkdirSync(join(dir, 'code'));
    const elsewhere = join(dir, 'code', 'saxon-js-old.bin');
    writeFileSync(elsewhere, 'code');
    utimesSync(elsewhere, (NOW - 90 * DAY) / 1000, (NOW - 90 * DAY) / 1000);

    writeCacheFile(join(dir, 'gazetteer-new.json'), '{}', GAZETTEER, NOW);

    expect(readdirSync(dir).sort()).toEqual(['code', 'gazetteer-new.json', 'gazetteer-other-checkout.json', 'grammar-old.json', 'notes.txt']);
    // Only the folder written to is looked at.
    expect(readdirSync(join(dir, 'code'))).toEqual(['saxon-js-old.bin']);
  });

  it('marks a file read as used, at most once a day, so that it is not removed', () => {
    const old = usedDaysAgo('gazetteer-in-use.json', UNUSED_DAYS + 10);
    const recent = usedDaysAgo('gazetteer-recent.json', 0.5);
    markUsed(old, NOW);
    markUsed(recent, NOW);
    expect(statSync(old).mtimeMs).toBe(NOW);
    expect(statSync(recent).mtimeMs).toBe(NOW - 0.5 * DAY);

    writeCacheFile(join(dir, 'gazetteer-new.json'), '{}', GAZETTEER, NOW);
    expect(readdirSync(dir).sort()).toEqual(['gazetteer-in-use.json', 'gazetteer-new.json', 'gazetteer-recent.json']);
  });

  it('takes a missing file or folder in its stride', () => {
    expect(() => markUsed(join(dir, 'gone.json'), NOW)).not.toThrow();
    expect(() => writeCacheFile(join(dir, 'a', 'b', 'gazetteer-new.json'), '{}', GAZETTEER, NOW)).not.toThrow();
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['gazetteer-new.json']);
  });
});
