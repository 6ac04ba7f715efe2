/**
 * encode: the annotated document model into TEI P5 as `docs/ENCODING.md` describes: one small
 * builder per construct (`builders/`) appends to a plain tree, which serialize.ts writes out.
 */
import type { EditionConfig } from '../model/config.js';

export interface EncodeContext {
  config: EditionConfig;
  /** `tei-edition` version, for `appInfo/application/@version`. */
  toolVersion: string;
  /** The date of this conversion (ISO), for `revisionDesc/change/@when` and `publicationStmt/date`. */
  date: string;
}

export { encodeTei } from './encode.js';
