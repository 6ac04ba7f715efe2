/**
 * What the edition is, without loading any stage: the tool's name and version, the edition's
 * configuration and where its registers are. The batch's main thread needs only this, so a build
 * with little to do starts without loading Saxon-JS, the grammar or the gazetteers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, type EditionConfig } from './model/config.js';
import { PACKAGE_ROOT } from './render/compile.js';

export const TOOL_NAME = 'tei-edition';
export const TOOL_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;

export function loadConfig(root: string): EditionConfig {
  const file = join(root, 'edition.config.json');
  if (!existsSync(file)) return DEFAULT_CONFIG;
  const given = JSON.parse(readFileSync(file, 'utf8')) as Partial<EditionConfig>;
  return { ...DEFAULT_CONFIG, ...given, licence: { ...DEFAULT_CONFIG.licence, ...given.licence }, contact: { ...DEFAULT_CONFIG.contact, ...given.contact } };
}

/** The edition's registers, or the ones shipped with tei-edition when the edition has none yet. */
export function registersDirOf(root: string): string {
  const own = join(root, 'tei', 'registers');
  return existsSync(own) ? own : join(PACKAGE_ROOT, 'tei', 'registers');
}
