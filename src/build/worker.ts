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

let stages: Promise<Stages> | undefined;

export default async function work(task: Task): Promise<TaskResult> {
  stages ??= openEdition(workerData as WorkerData).then(stagesOf);
  return runTask(task, await stages);
}
