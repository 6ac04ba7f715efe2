/**
 * Writing a BagIt 1.0 bag (RFC 8493): `bagit.txt`, the payload under `data/`, a payload manifest
 * and a tag manifest per algorithm, and `bag-info.txt` with the caller's fields plus the ones the
 * bag itself determines (Payload-Oxum, Bag-Size).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALGORITHMS, checksum, formatManifest, type ManifestEntry } from './manifest.js';
import { formatTagFile, type TagFields } from './tag-file.js';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** One payload file: its path under `data/` ('/'-separated), and its bytes or the file to copy. */
export interface PayloadFile {
  path: string;
  source?: string;
  bytes?: Uint8Array;
}

export interface BagSpec {
  payload: PayloadFile[];
  /** bag-info fields in the order they are written; Payload-Oxum and Bag-Size are added. */
  info: TagFields;
}

export interface BagSummary {
  files: number;
  bytes: number;
}

/** How files reach the disk; tests pass one that fails midway to check that nothing half-written remains. */
export type FileWriter = (path: string, data: Uint8Array | string) => void;

export const writeFile: FileWriter = (path, data) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
};

export function writeBag(dir: string, spec: BagSpec, write: FileWriter = writeFile): BagSummary {
  const manifests = new Map(ALGORITHMS.map((a) => [a, [] as ManifestEntry[]]));
  let bytes = 0;
  const seen = new Set<string>();
  for (const file of spec.payload) {
    const path = `data/${payloadPath(file.path)}`;
    if (seen.has(path)) throw new Error(`two payload files would be ${path}`);
    seen.add(path);
    const data = file.bytes ?? readFileSync(file.source!);
    write(join(dir, path), data);
    bytes += data.byteLength;
    for (const [algorithm, entries] of manifests) entries.push({ path, checksum: checksum(algorithm, data) });
  }
  mkdirSync(join(dir, 'data'), { recursive: true });

  const tagFiles: [string, string][] = [
    ['bagit.txt', BAGIT_TXT],
    ['bag-info.txt', formatTagFile([...spec.info, ['Payload-Oxum', `${bytes}.${spec.payload.length}`], ['Bag-Size', humanSize(bytes)]])],
    ...[...manifests].map(([algorithm, entries]): [string, string] => [`manifest-${algorithm}.txt`, formatManifest(entries)]),
  ];
  for (const [name, text] of tagFiles) write(join(dir, name), text);
  for (const algorithm of ALGORITHMS) {
    const entries = tagFiles.map(([path, text]) => ({ path, checksum: checksum(algorithm, Buffer.from(text, 'utf8')) }));
    write(join(dir, `tagmanifest-${algorithm}.txt`), formatManifest(entries));
  }
  return { files: spec.payload.length, bytes };
}

/** A payload path must stay inside `data/`. */
function payloadPath(path: string): string {
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) {
    throw new Error(`payload path "${path}" must be relative and stay inside data/`);
  }
  return path;
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

export function humanSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < UNITS.length - 1) {
    size /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${size.toFixed(1)} ${UNITS[unit]}`;
}
