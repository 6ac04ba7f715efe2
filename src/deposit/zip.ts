/**
 * A package folder serialised as one zip, streamed file by file (fflate) so that a collection of
 * thousands of documents never sits in memory whole. Entries are under `base/` when given: a
 * serialised bag unpacks to one folder named like the zip (RFC 8493 §4.2).
 */
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export function zipFolder(folder: string, file: string, base = ''): void {
  const fd = openSync(file, 'w');
  let failure: Error | null = null;
  try {
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else writeSync(fd, chunk);
    });
    const prefix = base ? `${base}/` : '';
    if (prefix) addFolder(zip, prefix);
    const walk = (dir: string, rel: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = rel + entry.name;
        if (entry.isDirectory()) {
          addFolder(zip, `${prefix}${path}/`);
          walk(join(dir, entry.name), `${path}/`);
        } else {
          const deflate = new ZipDeflate(prefix + path, { level: 6 });
          zip.add(deflate);
          deflate.push(readFileSync(join(dir, entry.name)), true);
        }
        if (failure) throw failure;
      }
    };
    walk(folder, '');
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(fd);
  }
}

function addFolder(zip: Zip, name: string): void {
  const entry = new ZipPassThrough(name);
  zip.add(entry);
  entry.push(new Uint8Array(0), true);
}
