/**
 * encode: the annotated document model into TEI P5 as `docs/ENCODING.md` describes, with
 * xmlbuilder2 (one small builder per construct, in `builders/`).
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
