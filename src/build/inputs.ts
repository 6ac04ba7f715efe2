/**
 * The inputs of a build: transcription files (`*.md`, `*.txt`) named on the command line or found
 * in the folders named there. Symbolic links are followed only while they stay inside the folder
 * being read; a path that is missing or a folder without transcriptions is a problem, reported
 * with what to do, while the other inputs are still built.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { error, warning, type Diagnostic } from '../model/index.js';

export const TRANSCRIPTION_EXTENSIONS = new Set(['.md', '.txt']);

export interface Input {
  /** The file, resolved (symbolic links followed): the key of the build manifest. */
  path: string;
  /** The path as the user sees it (relative to the working folder), for reports and messages. */
  source: string;
}

export interface CollectedInputs {
  inputs: Input[];
  /** `error`: a path that gives nothing to build (exit 2); `warning`: something skipped. */
  problems: Diagnostic[];
}

export interface CollectOptions {
  cwd?: string;
  /** Folders never read as input (the output folder, when it lies inside an input folder). */
  exclude?: string[];
}

function isInside(folder: string, path: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function describe(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; make it readable (chmod +r) or leave it out';
  return (e as Error).message;
}

export function collectInputs(paths: string[], options: CollectOptions = {}): CollectedInputs {
  const cwd = options.cwd ?? process.cwd();
  const exclude = (options.exclude ?? []).map((p) => resolve(cwd, p));
  const inputs: Input[] = [];
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  const show = (p: string) => relative(cwd, p) || '.';

  const add = (path: string, shown: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ path, source: shown });
  };

  // Walks `dir` (real path) inside `root` (real path); `shown` is how the user sees `dir`.
  const walk = (dir: string, shown: string, root: string, visited: Set<string>): number => {
    if (visited.has(dir) || exclude.some((x) => isInside(x, dir))) return 0;
    visited.add(dir);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      problems.push(error('input.unreadable', `cannot read the folder: ${describe(e)}`, { file: shown }));
      return 0;
    }
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // hidden files and folders (.git, editors' backups)
      let path = join(dir, entry.name);
      const entryShown = join(shown, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          problems.push(warning('input.broken-link', 'symbolic link to nothing; skipped', { file: entryShown }));
          continue;
        }
        if (!isInside(root, target)) {
          problems.push(warning('input.link-outside', `symbolic link out of ${show(root)}; not followed`, { file: entryShown }));
          continue;
        }
        path = target;
        const stats = statSync(target);
        isDir = stats.isDirectory();
        isFile = stats.isFile();
      }
      if (isDir) found += walk(path, entryShown, root, visited);
      else if (isFile && TRANSCRIPTION_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        add(path, entryShown);
        found++;
      }
    }
    return found;
  };

  for (const given of paths) {
    const full = resolve(cwd, given);
    let real: string;
    try {
      real = realpathSync(full);
      const stats = statSync(real);
      if (stats.isDirectory()) {
        if (walk(real, given.replace(/[\\/]+$/, '') || given, real, new Set()) === 0) {
          problems.push(
            error('input.no-transcriptions', 'folder holds no transcriptions (*.md, *.txt); name a folder or files of transcriptions', { file: given }),
          );
        }
        continue;
      }
      // A file named explicitly is read whatever its extension; it fails later if it is no transcription.
      add(real, given);
    } catch (e) {
      problems.push(error('input.missing', describe(e), { file: given }));
    }
  }
  return { inputs, problems };
}
