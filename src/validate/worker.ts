// One validation worker: a validator created once, then one file per message (see files.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { ValidatorOptions } from './index.js';
import { validateFile } from './files.js';
import { createValidator, DEFAULT_LIMITS } from './validator.js';

const options = (workerData as { options: ValidatorOptions }).options;
try {
  const validator = await createValidator(options);
  parentPort!.on('message', async ({ index, file }: { index: number; file: string }) => {
    const report = await validateFile(validator, file, options.maxBytes ?? DEFAULT_LIMITS.maxBytes);
    parentPort!.postMessage({ index, report });
  });
  parentPort!.postMessage({ ready: validator.loads });
} catch (error) {
  parentPort!.postMessage({ failed: (error as Error).message });
}
