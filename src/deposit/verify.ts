/**
 * Checking a bag against RFC 8493: the required tag files, every line of every manifest (the file
 * exists, its checksum matches), no payload file missing from or extra to a manifest, the
 * Payload-Oxum, and the tag manifests. Each problem names the file it is about.
 */
import { checksum, isAlgorithm, parseManifest, type Algorithm } from './manifest.js';
import { parseTagFile, tagValues } from './tag-file.js';
import { openBag, type BagSource } from './bag-source.js';

export interface BagProblem {
  /** The file the problem is about, relative to the bag. */
  file: string;
  message: string;
}

export interface BagVerification {
  bag: string;
  valid: boolean;
  problems: BagProblem[];
  /** Payload files and bytes found. */
  files: number;
  bytes: number;
}

const MANIFEST = /^manifest-([a-z0-9]+)\.txt$/;
const TAG_MANIFEST = /^tagmanifest-([a-z0-9]+)\.txt$/;

export function verifyBag(path: string): BagVerification {
  let bag: BagSource;
  try {
    bag = openBag(path);
  } catch (e) {
    return { bag: path, valid: false, problems: [{ file: '.', message: (e as Error).message }], files: 0, bytes: 0 };
  }
  const problems: BagProblem[] = [];
  const problem = (file: string, message: string): void => void problems.push({ file, message });
  const text = (file: string): string | undefined => {
    const bytes = bag.read(file);
    return bytes && new TextDecoder('utf-8').decode(bytes);
  };

  checkDeclaration(text('bagit.txt'), problem);
  const payload = bag.files.filter((f) => f.startsWith('data/'));
  if (!bag.hasFolder('data') && payload.length === 0) problem('data/', 'the payload folder data/ is missing');

  const manifests = bag.files.filter((f) => MANIFEST.test(f)).sort();
  if (manifests.length === 0) problem('manifest-sha256.txt', 'no payload manifest (manifest-ALGORITHM.txt) in the bag');
  for (const manifest of manifests) {
    checkManifest(bag, manifest, { payload: true }, problem);
    const listed = new Set(parseManifest(text(manifest)!).entries.map((e) => e.path));
    for (const file of payload) if (!listed.has(file)) problem(file, `payload file not listed in ${manifest}`);
  }

  const bytes = payload.reduce((sum, f) => sum + bag.size(f), 0);
  const info = text('bag-info.txt');
  if (info !== undefined) checkBagInfo(info, { bytes, files: payload.length }, problem);

  for (const tagManifest of bag.files.filter((f) => TAG_MANIFEST.test(f)).sort()) {
    checkManifest(bag, tagManifest, { payload: false }, problem);
    const listed = new Set(parseManifest(text(tagManifest)!).entries.map((e) => e.path));
    for (const manifest of manifests) if (!listed.has(manifest)) problem(manifest, `payload manifest not listed in ${tagManifest}`);
  }
  return { bag: path, valid: problems.length === 0, problems, files: payload.length, bytes };
}

function checkDeclaration(declaration: string | undefined, problem: (file: string, message: string) => void): void {
  if (declaration === undefined) return problem('bagit.txt', 'missing: every bag must have a bag declaration');
  const { fields, malformed } = parseTagFile(declaration);
  for (const m of malformed) problem('bagit.txt', `line ${m.line} is not "Label: value": ${JSON.stringify(m.text)}`);
  const version = tagValues(fields, 'BagIt-Version')[0];
  if (!version) problem('bagit.txt', 'no BagIt-Version');
  else if (!/^\d+\.\d+$/.test(version)) problem('bagit.txt', `BagIt-Version "${version}" is not MAJOR.MINOR`);
  const encoding = tagValues(fields, 'Tag-File-Character-Encoding')[0];
  if (!encoding) problem('bagit.txt', 'no Tag-File-Character-Encoding');
  else if (!/^utf-?8$/i.test(encoding)) problem('bagit.txt', `Tag-File-Character-Encoding "${encoding}": only UTF-8 is read`);
}

function checkManifest(bag: BagSource, manifest: string, scope: { payload: boolean }, problem: (file: string, message: string) => void): void {
  const algorithm = (scope.payload ? MANIFEST : TAG_MANIFEST).exec(manifest)![1]!;
  if (!isAlgorithm(algorithm)) return problem(manifest, `unknown checksum algorithm "${algorithm}"`);
  const { entries, malformed } = parseManifest(new TextDecoder().decode(bag.read(manifest)!));
  for (const m of malformed) problem(manifest, `line ${m.line} is not "checksum  path": ${JSON.stringify(m.text)}`);
  const seen = new Set<string>();
  for (const entry of entries) {
    const where = `${manifest} line ${entry.line}`;
    if (!isInside(entry.path)) {
      problem(manifest, `line ${entry.line}: path "${entry.path}" leaves the bag`);
      continue;
    }
    if (scope.payload !== entry.path.startsWith('data/')) {
      problem(manifest, `line ${entry.line}: ${entry.path} is ${scope.payload ? 'not a payload file' : 'a payload file, not a tag file'}`);
      continue;
    }
    if (!scope.payload && TAG_MANIFEST.test(entry.path)) problem(manifest, `line ${entry.line}: a tag manifest must not list a tag manifest`);
    if (seen.has(entry.path)) problem(manifest, `line ${entry.line}: ${entry.path} is listed twice`);
    seen.add(entry.path);
    const bytes = bag.read(entry.path);
    if (!bytes) problem(entry.path, `listed in ${where} but missing from the bag`);
    else if (checksum(algorithm as Algorithm, bytes) !== entry.checksum) problem(entry.path, `${algorithm} checksum does not match ${where}`);
  }
}

function isInside(path: string): boolean {
  return !path.startsWith('/') && !path.split('/').some((p) => p === '..' || p === '');
}

function checkBagInfo(info: string, actual: { bytes: number; files: number }, problem: (file: string, message: string) => void): void {
  const { fields, malformed } = parseTagFile(info);
  for (const m of malformed) problem('bag-info.txt', `line ${m.line} is not "Label: value": ${JSON.stringify(m.text)}`);
  const oxums = tagValues(fields, 'Payload-Oxum');
  if (oxums.length > 1) problem('bag-info.txt', 'Payload-Oxum is given more than once');
  const oxum = oxums[0];
  if (oxum === undefined) return;
  const expected = `${actual.bytes}.${actual.files}`;
  if (!/^\d+\.\d+$/.test(oxum)) problem('bag-info.txt', `Payload-Oxum "${oxum}" is not OCTETCOUNT.STREAMCOUNT`);
  else if (oxum !== expected) {
    problem('bag-info.txt', `Payload-Oxum ${oxum} does not match the payload (${actual.bytes} bytes in ${actual.files} files: ${expected})`);
  }
}

export function formatVerification(v: BagVerification): string {
  if (v.valid) return `${v.bag}: valid bag (${v.files} payload files, ${v.bytes} bytes)\n`;
  return v.problems.map((p) => `${v.bag}/${p.file}: ${p.message}\n`).join('') + `${v.bag}: INVALID (${v.problems.length} problem${v.problems.length === 1 ? '' : 's'})\n`;
}
