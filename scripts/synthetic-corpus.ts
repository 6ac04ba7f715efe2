/**
 * A synthetic corpus for the benchmark: the sample transcriptions copied many times with their
 * record numbers, archive numbers, years and surnames varied, so that no two documents are the
 * same (no cache can cheat) while each stays a realistic transcription the registers still match.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** A small, seeded generator (mulberry32), so a corpus can be made again exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleFiles(dirs: string[]): string[] {
  const files: string[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) if (name.endsWith('.md')) files.push(join(dir, name));
  }
  return files;
}

/** Surnames that occur in the samples: swapped among themselves, so register matches keep happening. */
const SURNAMES = ['Guevara', 'Castro', 'Kudryavtsev', 'Puzanov', 'Gromyko', 'Trujillo', 'Olivares', 'Cardona', 'Roosevelt', 'Kennedy', 'Malenkov', 'Stalin', 'Mao'];

export function vary(text: string, n: number, rnd: () => number): string {
  const yearShift = Math.floor(rnd() * 11) - 5;
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const swaps = new Map<string, string>();
  for (let k = 0; k < 2; k++) swaps.set(pick(SURNAMES), pick(SURNAMES));
  let out = text
    // years, shifted together so the document's dates stay consistent
    .replace(/\b(19[0-9]{2})\b/g, (y) => String(Number(y) + yearShift))
    // archive and registration numbers: same number of digits, other digits
    .replace(/\b(?!19\d\d\b)\d{3,}\b/g, (d) => String(Math.floor(rnd() * 9 * 10 ** (d.length - 1)) + 10 ** (d.length - 1)))
    // the record number or slug makes the document id: unique per document
    .replace(/(\/document\/|\/node\/)(\d+)\b/g, (_m, path: string) => `${path}${900000 + n}`)
    .replace(/(\/document\/)([a-z][a-z0-9-]*)/g, (_m, path: string, slug: string) => `${path}${slug}-${n}`);
  for (const [from, to] of swaps) out = out.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  return out;
}

/** Writes `count` transcriptions into `outDir`; returns their paths. */
export function generateCorpus(samples: string[], outDir: string, count: number, seed = 1): string[] {
  if (samples.length === 0) throw new Error('no sample transcriptions to generate a corpus from');
  mkdirSync(outDir, { recursive: true });
  const rnd = random(seed);
  const texts = samples.map((f) => readFileSync(f, 'utf8'));
  const written: string[] = [];
  for (let n = 0; n < count; n++) {
    const i = n % samples.length;
    let text = vary(texts[i]!, n, rnd);
    // Samples without a record URL would all share their id: give each copy a URL of its own.
    if (!/\/(document|node)\//.test(text)) text = text.replace(/(\*\*Summary:\*\*)/, `<https://digitalarchive.example.org/document/${900000 + n}>\n\n$1`);
    const file = join(outDir, `${String(n).padStart(6, '0')}-${basename(samples[i]!)}`);
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}
