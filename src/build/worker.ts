/**
 * A worker of the build pool (a process: pool.ts). It opens the edition once (Saxon-JS, the compiled
 * stylesheets, the schema grammar, the registers) and then runs the documents sent to it.
 */
import { openEdition } from '../pipeline.js';
import { stagesOf } from './stages.js';
import { runTask, type Stages, type Task, type TaskResult } from './task.js';
import type { Job } from '../site/render.js';
import type { Bundle } from './bundle.js';
import { workerInput } from './worker-input.js';

export interface WorkerData {
  root: string;
  schema?: string;
  /** The bundle this worker runs from, if it does (src/build/worker-bundle.ts). */
  bundle?: Bundle;
}

/**
 * A small transcription run through every stage once the edition is open, and thrown away, unless
 * a document is already waiting: what the stages load on first use, and the compiler's first pass
 * over their code, are then done before the first document arrives (while the build is still
 * reading the manifest of a large edition). A document already there is simply the first.
 */
const WARM_UP = `**June 3, 1961**

**Record of Conversation between the Soviet Ambassador and the Minister of Industry**

**Citation:**

"Record of Conversation", June 3, 1961, Foreign Policy Archive, Moscow.

**Contents:**

Translation - English

During the conversation, Comrade Ernesto Guevara, Minister of Industry of the Republic of Cuba, spoke of the
nickel plant in Moa and of the Council of Ministers in Havana.
`;

let asked = false;

// Opened as the worker starts, before its first document arrives: the build may start the pool
// while it is still finding out what changed. A failure is the first task's to report.
const stages: Promise<Stages> = openEdition(workerInput<WorkerData>())
  .then(stagesOf)
  .then((ready) => {
    if (!asked) runTask({ kind: 'convert', source: 'warm-up.md', bytes: new TextEncoder().encode(WARM_UP) }, ready);
    return ready;
  });
stages.catch(() => undefined);

export default async function work(task: Task): Promise<TaskResult> {
  asked = true;
  return runTask(task, await stages);
}

/** A file of the site (`pool.run(job, { name: 'site' })`), when the build lends this worker to the site stage. */
export async function site(job: Job): Promise<{ content: string; ms: number }> {
  const { default: makeFile } = await import('../site/render-worker.js');
  return makeFile(job);
}
