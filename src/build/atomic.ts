/**
 * Atomic writes: the data goes to a temporary file in the same folder, which is then renamed over
 * the target. A build killed at any moment leaves either the old file or the new one, never a
 * truncated one; a failing write (a full disk) leaves the old file as it was. Outputs are not
 * flushed one by one (a flush per file cost more than rendering it): a power cut may lose the
 * newest outputs, and the manifest, which is flushed, then finds them changed and builds them again.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests swap in failing ones (a full disk). */
export interface WriteFs {
  /** Creates `path` (which must not exist) and writes `data`; with `flush`, waits until it is on disk. */
  writeNew(path: string, data: string | Uint8Array, flush?: boolean): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

/**
 * The calls themselves are synchronous: a build writes thousands of small files from one thread, and
 * a file handle of `fs/promises` cost three times the CPU of these calls (most of it the kernel's, with
 * libuv's threads writing into one folder at once). A small file is written in tens of microseconds, while
 * the workers go on with the next documents; the interface stays asynchronous for the tests' stand-ins.
 */
export const nodeFs: WriteFs = {
  async writeNew(path, data, flush = false) {
    const fd = openSync(path, 'wx');
    try {
      writeFileSync(fd, data);
      // Flushed before the rename, so the new name never points at unwritten data.
      if (flush) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  async rename(from, to) {
    renameSync(from, to);
  },
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

export interface AtomicOptions {
  /** Flush to disk before the rename (for the files that record what was built). */
  flush?: boolean;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, fs: WriteFs = nodeFs, options: AtomicOptions = {}): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${randomBytes(4).toString('hex')}${TMP_SUFFIX}`);
  try {
    // The folder is made only when it is missing: a build writes thousands of files into a few.
    await fs.writeNew(tmp, data, options.flush).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
      await fs.mkdir(dir, { recursive: true });
      await fs.writeNew(tmp, data, options.flush);
    });
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
