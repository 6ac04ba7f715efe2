/**
 * The real stages of a task, over a loaded edition. Kept apart from task.ts so that the main
 * thread, which only plans and writes, never loads the pipeline.
 */
import { convertTranscription, renderTei, type Edition } from '../pipeline.js';
import type { Stages } from './task.js';

export function stagesOf(edition: Edition): Stages {
  return {
    convert: (bytes, file, options) => convertTranscription(bytes, file, edition, options),
    validate: (tei, file) => edition.validator.validateText(tei, file),
    render: (tei, id) => renderTei(tei, id, edition),
  };
}
