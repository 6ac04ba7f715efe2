import type { EncodeState } from '../state.js';
import { citationBibl } from './citation.js';
import { element, type El } from './element.js';
import { encodingDesc } from './encoding-desc.js';
import { msDesc } from './ms-desc.js';
import { notesStmt } from './notes-stmt.js';
import { profileDesc } from './profile-desc.js';
import { publicationStmt } from './publication-stmt.js';
import { revisionDesc } from './revision-desc.js';
import { titleStmt } from './title-stmt.js';

/** `teiHeader`: every section of the archive's header in its TEI place (ENCODING.md's table). */
export function teiHeader(parent: El, state: EncodeState): void {
  const el = element(parent, 'teiHeader');
  const fileDesc = element(el, 'fileDesc');
  titleStmt(fileDesc, state);
  publicationStmt(fileDesc, state);
  notesStmt(fileDesc, state);
  const sourceDesc = element(fileDesc, 'sourceDesc');
  citationBibl(sourceDesc, state);
  msDesc(sourceDesc, state);
  encodingDesc(el, state);
  profileDesc(el, state);
  revisionDesc(el, state);
}
