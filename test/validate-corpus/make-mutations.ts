// Writes invalid/*.xml from mutations.json: each a valid file of valid/ with one change.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { mutations } = JSON.parse(readFileSync(join(here, 'mutations.json'), 'utf8')) as { mutations: { file: string; base: string; find: string; replace: string }[] };
mkdirSync(join(here, 'invalid'), { recursive: true });
for (const m of mutations) {
  const base = readFileSync(join(here, 'valid', m.base), 'utf8');
  const count = base.split(m.find).length - 1;
  if (count !== 1) throw new Error(`${m.file}: "find" occurs ${count} times in ${m.base}, not once`);
  writeFileSync(join(here, 'invalid', m.file), base.replace(m.find, () => m.replace));
}
console.log(`${mutations.length} files written to ${join(here, 'invalid')}`);
