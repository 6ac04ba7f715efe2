/**
 * Which RELAX NG schema a document is checked against: the `--schema` choice (`edition`, `tei-all`
 * or a `.rng` file), else the document's `<?xml-model href?>` when it names a local file (or TEI
 * All, with `TEI_ALL_RNG` set), else the edition's own schema, `tei/schema/edition.rng`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root (where `tei/` is), from build/src/validate/ or (in tests) src/validate/. */
const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'tei-edition') return dir;
  }
  return join(from, '..', '..', '..');
}
export const EDITION_SCHEMA = join(PACKAGE_ROOT, 'tei', 'schema', 'edition.rng');
export const EDITION_RULES = join(PACKAGE_ROOT, 'tei', 'rules', 'edition-rules.json');

export const TEI_ALL_HELP = `TEI All was asked for but not found. Get tei_all.rng from a TEI P5 release
(https://github.com/TEIC/TEI/releases: tei-<version>.zip, file xml/tei/custom/schema/relaxng/tei_all.rng,
or https://tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng), then point to it with
--schema FILE.rng or the environment variable TEI_ALL_RNG=FILE.rng.`;

export class SchemaNotFound extends Error {
  override name = 'SchemaNotFound';
}

export interface SchemaChoice {
  /** The `.rng` file. */
  file: string;
  /** How the report names it: `edition`, `tei-all` or the path. */
  label: string;
}

/** TEI All's file: `TEI_ALL_RNG`, when it names an existing file. */
export function teiAllFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = env.TEI_ALL_RNG;
  return file && existsSync(file) ? resolve(file) : undefined;
}

/** The schema named by `--schema` (or the API's `schema` option). Throws `SchemaNotFound` with what to do. */
export function resolveSchemaOption(schema: string, env: NodeJS.ProcessEnv = process.env): SchemaChoice {
  if (schema === 'edition') {
    if (!existsSync(EDITION_SCHEMA)) throw new SchemaNotFound(`the edition schema ${EDITION_SCHEMA} is missing (it ships with tei-edition); reinstall, or use --schema tei-all|FILE.rng`);
    return { file: EDITION_SCHEMA, label: 'edition' };
  }
  if (schema === 'tei-all') {
    const file = teiAllFile(env);
    if (!file) throw new SchemaNotFound(env.TEI_ALL_RNG ? `TEI_ALL_RNG=${env.TEI_ALL_RNG} does not exist.\n${TEI_ALL_HELP}` : TEI_ALL_HELP);
    return { file, label: 'tei-all' };
  }
  const file = resolve(schema);
  if (!existsSync(file)) throw new SchemaNotFound(`schema ${schema} does not exist; give a RELAX NG file (.rng, XML syntax), "edition" or "tei-all"`);
  if (/\.rnc$/i.test(file)) throw new SchemaNotFound(`schema ${schema} is in the compact syntax; give the XML syntax (.rng), e.g. converted with trang`);
  return { file, label: schema };
}

const XML_MODEL = /<\?xml-model\s([^?]*)\?>/g;
const PSEUDO_ATTRIBUTE = /(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const RELAX_NG_NS = 'http://relaxng.org/ns/structure/1.0';
const TEI_ALL_URL = /\/tei_all\.rng$/;

/**
 * The RELAX NG schema a document's `<?xml-model?>` names, when usable here: a local file (relative
 * to the document) or the TEI All URL with `TEI_ALL_RNG` set. Only the prolog is looked at.
 */
export function schemaFromXmlModel(xml: string, file: string, env: NodeJS.ProcessEnv = process.env): SchemaChoice | undefined {
  const rootStart = xml.search(/<[A-Za-z_]/);
  const prolog = rootStart < 0 ? xml.slice(0, 65_536) : xml.slice(0, rootStart);
  for (const [, body] of prolog.matchAll(XML_MODEL)) {
    const pseudo: Record<string, string> = {};
    for (const [, key, double, single] of body!.matchAll(PSEUDO_ATTRIBUTE)) pseudo[key!] = double ?? single ?? '';
    const href = pseudo.href;
    if (!href) continue;
    if (pseudo.schematypens && pseudo.schematypens !== RELAX_NG_NS) continue;
    if (!pseudo.schematypens && !/\.rng$/i.test(href)) continue;
    if (/^https?:/i.test(href)) {
      const teiAll = TEI_ALL_URL.test(href) ? teiAllFile(env) : undefined;
      if (teiAll) return { file: teiAll, label: 'tei-all' };
      continue;
    }
    const local = resolve(dirname(file), href.replace(/^file:\/\//, ''));
    if (existsSync(local)) return { file: local, label: local };
  }
  return undefined;
}
