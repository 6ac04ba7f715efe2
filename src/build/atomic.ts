/**
 * Atomic writes: the data goes to a temporary file in the same folder, is flushed to disk, and
 * then renamed over the target. A build killed at any moment leaves either the old file or the
 * new one, never a truncated one; a failing write (a full disk) leaves the old file as it was.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests swap in failing ones (a full disk). */
export interface WriteFs {
  /** Creates `path` (which must not exist), writes `data` and flushes it to disk. */
  writeNew(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export const nodeFs: WriteFs = {
  async writeNew(path, data) {
    const handle = await fsp.open(path, 'wx');
    try {
      await handle.writeFile(data);
      // Flushed before the rename, so the new name never points at unwritten data.
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: fsp.rename,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
};

/** Temporary files are hidden and named so that a later build can find and remove leftovers. */
export const TMP_SUFFIX = '.tei-edition-tmp';

const ERRNO_ADVICE: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space and build again',
  EDQUOT: 'the disk quota is exceeded; free some space and build again',
  EACCES: 'permission denied; check that you may write to the output folder',
  EPERM: 'permission denied; check that you may write to the output folder',
  EROFS: 'the disk is read-only; choose another output folder with --out',
  EIO: 'the disk reported an I/O error; check the disk and build again',
};

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    const advice = (code && ERRNO_ADVICE[code]) ?? String((cause as Error)?.message ?? cause);
    super(`could not write ${path}: ${advice}${code ? ` (${code})` : ''}; the previous version of the file is unchanged`);
    this.name = 'WriteError';
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, fs: WriteFs = nodeFs): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}${TMP_SUFFIX}`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeNew(tmp, data);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw new WriteError(path, (e as NodeJS.ErrnoException).code, e);
  }
}

/** Removes the temporary files a killed build left in `dir` (not recursive). */
export async function removeLeftovers(dir: string): Promise<number> {
  let removed = 0;
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith(TMP_SUFFIX)) {
      await fsp.unlink(join(dir, name)).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
