/**
 * A worker thread of the build pool. It opens the edition once (Saxon-JS, the compiled
 * stylesheets, the schema grammar, the registers) and then runs the documents sent to it.
 */
import { workerData } from 'node:worker_threads';
import { openEdition } from '../pipeline.js';
import { stagesOf } from './stages.js';
import { runTask, type Stages, type Task, type TaskResult } from './task.js';

export interface WorkerData {
  root: string;
  schema?: string;
}

// Opened as the worker starts, before its first document arrives: the build may start the pool
// while it is still finding out what changed. A failure is the first task's to report.
const stages: Promise<Stages> = openEdition(workerData as WorkerData).then(stagesOf);
stages.catch(() => undefined);

export default async function work(task: Task): Promise<TaskResult> {
  return runTask(task, await stages);
}
