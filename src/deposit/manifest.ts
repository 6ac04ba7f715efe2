/**
 * BagIt manifests (RFC 8493 §2.1.3, §2.2.1): `checksum  path` lines, the form `sha256sum -c` reads.
 * Paths are UTF-8 as they are; only CR, LF and `%` are percent-encoded, as the RFC requires.
 */
import { createHash } from 'node:crypto';

/** The algorithms we write, strongest last; a verifier accepts any of `READABLE_ALGORITHMS`. */
export const ALGORITHMS = ['sha256', 'sha512'] as const;
export const READABLE_ALGORITHMS = ['md5', 'sha1', 'sha256', 'sha512'] as const;
export type Algorithm = (typeof READABLE_ALGORITHMS)[number];

export function isAlgorithm(name: string): name is Algorithm {
  return (READABLE_ALGORITHMS as readonly string[]).includes(name);
}

export function checksum(algorithm: Algorithm, bytes: Uint8Array): string {
  return createHash(algorithm).update(bytes).digest('hex');
}

const ENCODE: Record<string, string> = { '%': '%25', '\r': '%0D', '\n': '%0A' };
const DECODE: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' };

export function encodeManifestPath(path: string): string {
  return path.replace(/[%\r\n]/g, (c) => ENCODE[c]!);
}

export function decodeManifestPath(path: string): string {
  return path.replace(/%(25|0D|0A)/gi, (m) => DECODE[m.toUpperCase()]!);
}

export interface ManifestEntry {
  path: string;
  checksum: string;
}

/** Sorted by path so that the same bag always has the same manifests. */
export function formatManifest(entries: ManifestEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.checksum}  ${encodeManifestPath(e.path)}\n`)
    .join('');
}

export interface ManifestLine extends ManifestEntry {
  line: number;
}

export interface ManifestParse {
  entries: ManifestLine[];
  malformed: { line: number; text: string }[];
}

export function parseManifest(text: string): ManifestParse {
  const result: ManifestParse = { entries: [], malformed: [] };
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    // `sha256sum` writes `hash  path`, other tools `hash *path` (binary mode) or one space.
    const m = /^([0-9a-fA-F]+)[ \t]+\*?(.+)$/.exec(raw);
    if (!m) result.malformed.push({ line: i + 1, text: raw });
    else result.entries.push({ checksum: m[1]!.toLowerCase(), path: decodeManifestPath(m[2]!), line: i + 1 });
  });
  return result;
}
