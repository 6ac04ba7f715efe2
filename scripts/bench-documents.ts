/**
 * The TEI the render and site benchmarks work on: the hand-written fixtures and the sample
 * transcriptions converted by the pipeline (the reference document first among the samples).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convertTranscription, openEdition } from '../src/pipeline.js';

const ROOT = resolve(import.meta.dirname, '..');

export interface BenchDocument {
  id: string;
  tei: string;
  fromFixture: boolean;
}

/** Throws when the samples cannot be converted (a stage being edited); `fixtures()` still works. */
export async function sampleDocuments(): Promise<BenchDocument[]> {
  const dev = join(ROOT, '..', 'shared', 'samples', 'dev');
  const samples = [join(ROOT, 'transcriptions', 'wcda-115180.md'), ...(existsSync(dev) ? readdirSync(dev).filter((f) => f.endsWith('.md')).map((f) => join(dev, f)) : [])];
  const edition = await openEdition({ root: ROOT });
  return samples.map((file) => {
    const converted = convertTranscription(readFileSync(file), file, edition, { date: '2026-01-01' });
    return { id: converted.id, tei: converted.tei, fromFixture: false };
  });
}

export function fixtureDocuments(): BenchDocument[] {
  const fixtures = join(ROOT, 'test', 'fixtures', 'tei');
  return readdirSync(fixtures)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => ({ id: f.slice(0, -4), tei: readFileSync(join(fixtures, f), 'utf8'), fromFixture: true }));
}
