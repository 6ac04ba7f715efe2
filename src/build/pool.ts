/**
 * Runs tasks on a pool of worker processes, `jobs` of them, each with its own loaded edition
 * (worker-process.ts runs the worker script, worker.ts or its bundle). A worker that runs out of
 * memory on a monstrous document fails that document only; a worker never outlives the build.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../render/compile.js';
import { workerScript } from './bundle.js';
import { failed, type Task, type TaskResult } from './task.js';
import type { WorkerData } from './worker.js';
import { WORKER_DATA_ENV, WORKER_SCRIPT_ENV, type Answer, type Call } from './worker-input.js';
import type { Helper } from '../site/helper.js';

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
  /** The pool's workers, lent to the site stage to make its files. */
  siteHelper?(): Helper;
  /** The most the build and its workers held at once, in KB, when the runner knows it. */
  peakMemoryKb?(): number;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Heap per worker: enough for a large document, small enough that a runaway one is stopped.
 *
 * It is also what V8 sizes its full collections by. After each one, V8 lets the heap grow by a
 * factor that it caps by this limit: about 1.6 at 1 GB, 4 from 2 GB. A worker keeps about 50 MB live,
 * and rendering lets about 1.5 MB per document outlive the young generation, so under 1 GB it made
 * a full collection every 20 documents or so. Each one drops the optimized code of Saxon-JS's
 * closures of the last transform (V8 holds it weakly), which is compiled again by the next: at
 * 1,000 documents V8's background threads, compiling and collecting, used a third of the build's
 * CPU. With 2 GB the collections are half as many (about 50 MB live, the next one at about
 * 200 MB): a cold build of 1,000 took 39–43 s of CPU instead of 48–50 (BENCHMARKS.md).
 */
export const WORKER_HEAP_MB = 2048;

/**
 * Young generation per worker: two semi-spaces of this size. A transform of Saxon-JS allocates
 * about 16 MB; with V8's default (16 MB) a long one can meet two scavenges, and what it still holds
 * (the parsed source, the result being built) is moved to the old generation, which brings the next
 * full collection nearer. About 21 MB (a young generation of 64 MB) took a cold build of 1,000 from
 * 21.6–23.4 s to 20.5–22.5 s in alternated runs, for about 100 MB more at the peak. In the worker
 * processes, 16 and 32 MB did no better; 64 MB took 0.3–0.7 s off, for 100–160 MB more.
 */
export const WORKER_SEMI_SPACE_MB = 21;

/**
 * V8 settings of each worker process of a build of many documents. With as many busy workers as
 * cores, V8's helper threads have no core of their own: a collection split over them, or code
 * compiled on one, waits for a core the other worker holds, and costs more CPU in all. Collected
 * and compiled in the worker itself, in alternated cold builds of 1,000 on 2 cores: worker threads
 * took 22.7–23.3 s; worker processes with these flags 20.5–22.0 s, without them 21.9–22.9 s, with
 * --single-threaded-gc alone 20.1–22.4 s. They are flags of a whole process (V8 cannot take them
 * once running, and a worker thread cannot have its own), which is why the workers are processes.
 *
 * Less inlining (a cumulative limit of 230 bytes of bytecode per optimized function, V8's default
 * 920): each worker spends its first hundred documents or so running code not yet optimized and
 * optimizing it, about 2 s of CPU over a steady 30 ms per document, and smaller optimized functions
 * are compiled sooner, with no loss after. One process over 500 documents: 15.6–16.5 s of CPU
 * against 16.8–17.3 s (460: 15.9–17.2 s; 100, and no inlining at all, did worse); cold builds of
 * 1,000, six alternated pairs: 0.2–1.6 s less, 19.6–20.7 s against 20.2–21.5 s.
 *
 * A build of a few documents is the other way round: its workers are not busy for long, there is a
 * core to spare, and the first transforms compile much of Saxon-JS. A one-document rebuild of 1,000
 * took 0.9–1.6 s with these flags, 0.8–1.0 s without; such builds run their workers without them.
 */
export const WORKER_V8_FLAGS = ['--single-threaded-gc', '--no-concurrent-recompilation', '--max-inlined-bytecode-size-cumulative=230'];

/** Builds of more documents than this run their workers with WORKER_V8_FLAGS. */
export const MANY_DOCUMENTS = 100;

interface Queued {
  name: Call['name'];
  payload: unknown;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Child {
  handle: ChildProcess;
  /** The call it runs, if any. */
  running?: { id: number; queued: Queued };
  /** Its peak resident memory as it last said, in KB. */
  maxRssKb: number;
  /** Its heap ran out (V8 said so on stderr). */
  outOfMemory: boolean;
}

export interface ProcessPoolOptions {
  /** Most processes at once. */
  jobs: number;
  /** The worker script each process loads: its default export runs a task, `site` a site file. */
  script: string;
  /** What the script reads as its worker data (`workerInput()`). */
  workerData: unknown;
  /** Heap limit of each process (default WORKER_HEAP_MB). */
  heapMb?: number;
  /** V8 flags of each process, besides the heap's. */
  v8Flags?: readonly string[];
}

/** How often the pool's memory is read, at most (see measure). */
const MEASURE_EVERY_MS = 100;

/** The worker processes' entry point: always the compiled one, also when the caller runs from TypeScript sources (tests). */
const WORKER_PROCESS = join(PACKAGE_ROOT, 'build', 'src', 'build', 'worker-process.js');

/** A worker process's error, with the code the caller reports it by. */
class WorkerError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/**
 * Worker processes, `jobs` of them at most: one at once (it loads the edition while the build
 * reads its manifest), another whenever a call waits and none is free. A process that dies (its
 * heap ran out) fails its call only; the next call starts another.
 */
export class ProcessPool implements Runner {
  private readonly children: Child[] = [];
  private readonly queue: Queued[] = [];
  private nextId = 1;
  private peakKb = 0;
  private measuredAt = -Infinity;
  private closed = false;

  constructor(private readonly options: ProcessPoolOptions) {
    this.start();
  }

  call(name: Call['name'], payload: unknown): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ name, payload, resolve, reject });
      this.dispatch();
    });
  }

  run(task: Task): Promise<TaskResult> {
    return (this.call('default', task) as Promise<TaskResult>).catch((e: unknown) => {
      const err = e as WorkerError;
      const error = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory (over ${this.options.heapMb ?? WORKER_HEAP_MB} MB); split the transcription or lower --max-size` : `the worker failed: ${err.message}`;
      return failed(error);
    });
  }

  siteHelper(): Helper {
    // As many files at once as it has processes running: one more would start cold.
    return { make: (job) => this.call('site', job) as Promise<{ content: string; ms: number }>, close: async () => undefined, threads: Math.max(1, this.children.length) };
  }

  /** The most the build and its workers held at once, as far as seen (as answers come, and now), in KB. */
  peakMemoryKb(): number {
    this.measuredAt = -Infinity;
    this.measure();
    return this.peakKb;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const queued of this.queue.splice(0)) queued.reject(new Error('the worker pool is closed'));
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.handle.exitCode !== null || child.handle.signalCode !== null) return resolve();
            child.handle.once('exit', () => resolve());
            child.handle.ref(); // until it has exited
            if (child.handle.connected) child.handle.disconnect();
            else child.handle.kill();
          }),
      ),
    );
  }

  private start(): Child {
    const { heapMb = WORKER_HEAP_MB, v8Flags = [] } = this.options;
    const handle = fork(WORKER_PROCESS, [], {
      execArgv: [...v8Flags, `--max-old-space-size=${heapMb}`, `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`],
      env: { ...process.env, [WORKER_DATA_ENV]: JSON.stringify(this.options.workerData), [WORKER_SCRIPT_ENV]: this.options.script },
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const child: Child = { handle, maxRssKb: 0, outOfMemory: false };
    this.children.push(child);
    // V8's report of a heap run out (a page of GC figures and a native stack) is not passed on:
    // the document's failure says it. Anything else the worker writes is.
    handle.stderr?.on('data', (chunk: Buffer) => {
      if (!child.outOfMemory && OUT_OF_MEMORY.test(chunk.toString())) child.outOfMemory = true;
      if (!child.outOfMemory) process.stderr.write(chunk);
    });
    handle.on('message', (answer: Answer) => this.answered(child, answer));
    // 'close' rather than 'exit': by then all it wrote to stderr has been read.
    handle.on('close', (code, signal) => this.exited(child, `${signal ?? `exit code ${code}`}`));
    // A process that could not be started has no 'close' to follow; other errors (a message to a
    // process that has just died) are followed by it.
    handle.on('error', (error) => {
      if (handle.pid === undefined) this.exited(child, error.message);
    });
    this.idle(child);
    return child;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const child = this.children.find((c) => !c.running) ?? (this.children.length < this.options.jobs ? this.start() : undefined);
      if (!child) return;
      const queued = this.queue.shift()!;
      const id = this.nextId++;
      child.running = { id, queued };
      child.handle.channel?.ref();
      child.handle.send({ id, name: queued.name, payload: queued.payload } satisfies Call);
    }
  }

  private answered(child: Child, answer: Answer): void {
    child.maxRssKb = answer.maxRssKb;
    const running = child.running;
    if (!running || running.id !== answer.id) return;
    child.running = undefined;
    this.idle(child);
    // The next call first, so that the worker is not kept waiting by what follows.
    this.dispatch();
    this.measure();
    if (answer.ok) running.queued.resolve(answer.value);
    else running.queued.reject(new WorkerError(answer.error));
  }

  /**
   * The build process's memory now, plus each worker's peak so far: read at most every
   * MEASURE_EVERY_MS (reading it costs a system call, and answers come hundreds a second).
   */
  private measure(): void {
    const now = performance.now();
    if (now - this.measuredAt < MEASURE_EVERY_MS) return;
    this.measuredAt = now;
    const rss = process.memoryUsage.rss() / 1024 + this.children.reduce((sum, c) => sum + c.maxRssKb, 0);
    this.peakKb = Math.max(this.peakKb, rss);
  }

  private exited(child: Child, how: string): void {
    const at = this.children.indexOf(child);
    if (at < 0) return;
    this.children.splice(at, 1);
    const running = child.running;
    child.running = undefined;
    if (running) {
      running.queued.reject(
        child.outOfMemory ? new WorkerError('out of memory', 'ERR_WORKER_OUT_OF_MEMORY') : new WorkerError(`the worker process stopped (${how})`),
      );
    }
    if (!this.closed) this.dispatch();
  }

  /** An idle worker does not keep the build's process alive. */
  private idle(child: Child): void {
    child.handle.unref();
    child.handle.channel?.unref();
  }
}

/** How V8 says a heap ran out. */
const OUT_OF_MEMORY = /JavaScript heap out of memory|Reached heap limit|<--- Last few GCs --->/;

/** The build's pool, for `documents` documents (a guess: how many it will likely run). */
export function createPool(options: WorkerData & { jobs: number; documents: number }): Runner {
  // Always the compiled worker, also when the caller runs from TypeScript sources (tests).
  const { filename, bundle } = workerScript(join(PACKAGE_ROOT, 'build', 'src', 'build'));
  return new ProcessPool({
    jobs: options.jobs,
    script: filename,
    workerData: { root: options.root, schema: options.schema, bundle } satisfies WorkerData,
    v8Flags: options.documents > MANY_DOCUMENTS ? WORKER_V8_FLAGS : [],
  });
}

/** Runs the tasks in this thread (for tests, and for callers that already hold an edition). */
export function inProcessRunner(run: (task: Task) => TaskResult): Runner {
  return { run: async (task) => run(task), close: async () => undefined };
}
