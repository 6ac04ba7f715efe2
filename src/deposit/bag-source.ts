/**
 * A bag to verify, on disk or serialised as a zip (RFC 8493 §4: one top-level folder, the bag).
 * Paths are relative to the bag's base folder, '/'-separated.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';

export interface BagSource {
  /** Every file of the bag. */
  files: string[];
  /** Folders (with or without files inside). */
  hasFolder(path: string): boolean;
  read(path: string): Uint8Array | undefined;
  /** Size in bytes of a file of the bag. */
  size(path: string): number;
}

export function openBag(path: string): BagSource {
  if (!existsSync(path)) throw new Error('no such bag (folder or .zip)');
  return statSync(path).isDirectory() ? folderBag(path) : zipBag(readFileSync(path));
}

function folderBag(root: string): BagSource {
  const files: string[] = [];
  const folders = new Set<string>();
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix + entry.name;
      if (entry.isDirectory()) {
        folders.add(rel);
        walk(join(dir, entry.name), rel + '/');
      } else files.push(rel);
    }
  };
  walk(root, '');
  const present = new Set(files);
  return {
    files,
    hasFolder: (p) => folders.has(p),
    read: (p) => (present.has(p) ? readFileSync(join(root, p)) : undefined),
    size: (p) => statSync(join(root, p)).size,
  };
}

function zipBag(bytes: Uint8Array): BagSource {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries);
  const tops = new Set(names.map((n) => n.split('/')[0]));
  // A serialised bag unpacks to one base folder; strip it so paths are the bag's own.
  const base = tops.size === 1 && names.every((n) => n.includes('/')) ? `${[...tops][0]}/` : '';
  const files = new Map<string, Uint8Array>();
  const folders = new Set<string>();
  for (const name of names) {
    const rel = name.slice(base.length);
    if (rel === '') continue;
    const parts = rel.replace(/\/$/, '').split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
    if (name.endsWith('/')) folders.add(parts.join('/'));
    else files.set(rel, entries[name]!);
  }
  return { files: [...files.keys()], hasFolder: (p) => folders.has(p), read: (p) => files.get(p), size: (p) => files.get(p)?.byteLength ?? 0 };
}
