// A pool of worker threads (piscina) that each parse a document once. A document over its time
// budget is aborted, which makes piscina end that worker and start a fresh one; the run goes on.
// So does a worker that runs out of memory, and its document gets a second try with more room.
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { MessageChannel, type Transferable } from "node:worker_threads";
import { Piscina } from "piscina";
import { errorRecord } from "../schema/errors.js";
import type { OutputRecord } from "../schema/record.js";
import type { Task } from "./task.js";

export interface PoolOptions {
  jobs: number;
  /** Per-document budget in milliseconds. */
  docTimeoutMs: number;
  /** Old-space limit of the pool's workers in MB; a document that needs more is run again in a roomy worker. */
  workerHeapMb?: number;
}

/** The label of a task in messages and error records. */
const taskSource = (task: Task) => (task.kind === "file" ? task.source : task.input.source);

/**
 * V8 sizes a worker's heap from the machine's memory and lets garbage pile up to it: two workers
 * on the BBC corpus peaked at 365 MB. 128 MB holds the NLP stack and a news article's parse and
 * keeps memory flat over any number of files (npm run bench). A document that needs more, such as
 * a whole archive in one file, is run again in a worker with V8's default heap.
 * The young generation keeps V8's default: capping it at 24 MB saved 45 MB with two workers on
 * BBC (235 vs 280 MB) but cost 5% of the time there and 16% with one worker.
 */
const LEAN_OLD_SPACE_MB = 128;

export const defaultJobs = () => availableParallelism();

export interface Pool {
  run(task: Task): Promise<OutputRecord>;
  close(): Promise<void>;
}

export function createPool({ jobs, docTimeoutMs, workerHeapMb = LEAN_OLD_SPACE_MB }: PoolOptions): Pool {
  const lean = workerPool({
    maxThreads: jobs,
    minThreads: 1, // more start as tasks queue up, so one article never waits for idle workers to load
    idleTimeout: Infinity,
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
  });
  let roomy: Piscina | undefined;
  // Started only when a document outgrows a lean worker, and ended soon after, so its memory goes too.
  const roomyPool = () => (roomy ??= workerPool({ maxThreads: 1, minThreads: 0, idleTimeout: 5_000 }));
  // One task per worker at a time, so a document waits in no worker's queue behind a slow one.
  const slots = semaphore(jobs);
  return {
    async run(task) {
      const id = task.kind === "text" ? task.input.id : undefined;
      const release = await slots.acquire();
      const budget = documentBudget(docTimeoutMs); // one budget for both attempts
      try {
        try {
          if (isLarge(task)) return (await roomyPool().run(...budget.attempt(task))) as OutputRecord;
          return (await lean.run(...budget.attempt(task))) as OutputRecord;
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "ERR_WORKER_OUT_OF_MEMORY") throw err;
          return withWarning(await roomyPool().run(...budget.attempt(task)), `needed more than ${workerHeapMb} MB: parsed again in a worker without that limit`);
        }
      } catch (err) {
        if ((err as Error).name === "AbortError" || (err as Error).name === "TimeoutError")
          return errorRecord(taskSource(task), "timeout", `gave up after ${docTimeoutMs / 1000} s (--doc-timeout)`, id);
        return errorRecord(taskSource(task), "internal", `worker failed: ${(err as Error).message}`, id);
      } finally {
        budget.end();
        release();
      }
    },
    // A worker blocked in a system call (open() on a FIFO nobody writes) never ends: wait a
    // moment for the workers, then let the caller exit without them.
    close: async () => {
      const ended = Promise.all([lean.destroy(), roomy?.destroy()]);
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    },
  };
}

/**
 * A document's time budget, from the moment a worker starts it (the task tells, through a port):
 * a worker's own start-up, which takes seconds when many start on a busy machine, is not the
 * document's. Until a worker starts it, a task may wait as long as start-up could take.
 */
function documentBudget(docTimeoutMs: number) {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), WORKER_START_MS + docTimeoutMs);
  let started = false;
  return {
    attempt(task: Task): [Task, { signal: AbortSignal; transferList: Transferable[] }] {
      const { port1, port2 } = new MessageChannel();
      port1.once("message", () => {
        port1.close();
        if (started) return;
        started = true;
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), docTimeoutMs);
      });
      port1.unref();
      return [{ ...task, started: port2 }, { signal: controller.signal, transferList: [port2] }];
    },
    end: () => clearTimeout(timer),
  };
}

/** How long a worker may take to load the NLP stack before its first document's budget starts. */
const WORKER_START_MS = 60_000;

/**
 * A document this large needs more than a lean worker's heap (a 1 MB article takes ~300 MB): it
 * goes straight to a roomy worker rather than failing in a lean one first and starting over.
 */
const LARGE_DOCUMENT_BYTES = 250_000;

function isLarge(task: Task): boolean {
  if (task.kind === "text") return task.input.text.length > LARGE_DOCUMENT_BYTES;
  try {
    return statSync(typeof task.path === "string" ? task.path : Buffer.from(task.path)).size > LARGE_DOCUMENT_BYTES;
  } catch {
    return false; // the worker's read reports it
  }
}

const withWarning = (record: OutputRecord, warning: string): OutputRecord =>
  "error" in record ? record : { ...record, warnings: [...(record.warnings ?? []), warning] };

type WorkerLimits = Pick<NonNullable<ConstructorParameters<typeof Piscina>[0]>, "maxThreads" | "minThreads" | "idleTimeout" | "resourceLimits">;

function workerPool(limits: WorkerLimits): Piscina {
  // The bundled worker (scripts/bundle-worker.mjs) of ./task.ts: one file loads in half the time.
  return new Piscina({ filename: new URL("../worker.mjs", import.meta.url).href, ...limits });
}

function semaphore(size: number): { acquire(): Promise<() => void> } {
  let free = size;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return {
    acquire: () => {
      if (free > 0) {
        free--;
        return Promise.resolve(release);
      }
      return new Promise((resolve) => waiting.push(() => resolve(release)));
    },
  };
}
