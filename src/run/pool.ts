// A pool of worker threads (piscina) that each parse a document once. A document over its time
// budget is aborted, which makes piscina end that worker and start a fresh one; the run goes on.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { errorRecord } from "../schema/errors.js";
import type { OutputRecord } from "../schema/record.js";
import type { Task } from "./task.js";

export interface PoolOptions {
  jobs: number;
  /** Per-document budget in milliseconds. */
  docTimeoutMs: number;
}

/** The label of a task in messages and error records. */
const taskSource = (task: Task) => (task.kind === "file" ? task.source : task.input.source);

export const defaultJobs = () => availableParallelism();

export interface Pool {
  run(task: Task): Promise<OutputRecord>;
  close(): Promise<void>;
}

export function createPool({ jobs, docTimeoutMs }: PoolOptions): Pool {
  const piscina = new Piscina({
    // The bundled worker (scripts/bundle-worker.mjs) of ./task.ts: one file loads in half the time.
    filename: new URL("../worker.mjs", import.meta.url).href,
    minThreads: 1, // more start as tasks queue up, so one article never waits for idle workers to load
    maxThreads: jobs,
    idleTimeout: Infinity,
    // With several workers a smaller young generation keeps each one's peak memory down at no
    // measured cost in speed; one worker keeps V8's default.
    resourceLimits: jobs > 1 ? { maxYoungGenerationSizeMb: 6 } : {},
  });
  // One task per worker at a time, so a document's budget runs from when a worker takes it, not
  // from when it joined a queue behind a slow one.
  const slots = semaphore(jobs);
  return {
    async run(task) {
      const id = task.kind === "text" ? task.input.id : undefined;
      const release = await slots.acquire();
      try {
        return (await piscina.run(task, { signal: AbortSignal.timeout(docTimeoutMs) })) as OutputRecord;
      } catch (err) {
        if ((err as Error).name === "AbortError" || (err as Error).name === "TimeoutError")
          return errorRecord(taskSource(task), "timeout", `gave up after ${docTimeoutMs / 1000} s (--doc-timeout)`, id);
        return errorRecord(taskSource(task), "internal", `worker failed: ${(err as Error).message}`, id);
      } finally {
        release();
      }
    },
    close: () => piscina.destroy(),
  };
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
