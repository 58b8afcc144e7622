// One unit of work for a worker thread: a file to read and extract, or a text already read.
// The worker reads files itself, so reading is parallel too and the main thread holds no text.
// Only the worker imports this module's values: they load the whole NLP stack.
import { recordForFile, safeProcess, type ArticleInput, type PipelineOptions } from "../pipeline.js";
import type { ReadOptions } from "../io/sources.js";
import type { OutputRecord } from "../schema/record.js";
import type { MessagePort } from "node:worker_threads";

export type Task = (
  | { kind: "file"; path: string | Uint8Array; source: string; options: PipelineOptions & ReadOptions }
  | { kind: "text"; input: ArticleInput; options: PipelineOptions }
) & {
  /** Told when a worker starts the task: the document's time budget runs from then. */
  started?: MessagePort;
};

export function runTask(task: Task): OutputRecord {
  task.started?.postMessage("started");
  task.started?.close();
  return task.kind === "file" ? recordForFile(task.path, task.source, task.options) : safeProcess(task.input, task.options);
}

export default runTask;
