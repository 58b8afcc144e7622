// Many articles through the worker pool, for a library user: the same pool, scheduling and error
// records as `newsx extract`, without loading the NLP stack on the caller's thread.
import { createPool, defaultJobs } from "../run/pool.js";
import { scheduled, type Item } from "../run/schedule.js";
import type { Task } from "../run/task.js";
import { errorRecord } from "../schema/errors.js";
import type { OutputRecord } from "../schema/record.js";
import { inputProblem, pipelineOptions, type ArticleInput, type RecordOptions } from "./options.js";

export interface ManyOptions extends RecordOptions {
  /** Worker threads (default: one per core). */
  jobs?: number;
  /** Seconds a document may take before it becomes a `timeout` error record (default 30). */
  docTimeout?: number;
  /** Yield each record as soon as it is ready instead of in input order. */
  unordered?: boolean;
}

/**
 * Records for a stream of articles (an array, a generator, or lines read as they come), one per
 * article, in input order unless `unordered`. An article that cannot be extracted yields an error
 * record in its place; the stream never throws for bad data. Breaking out of the loop ends the
 * workers.
 */
export async function* extractMany(articles: Iterable<ArticleInput | string> | AsyncIterable<ArticleInput | string>, options: ManyOptions = {}): AsyncGenerator<OutputRecord> {
  const pipeline = pipelineOptions(options);
  const jobs = options.jobs ?? defaultJobs();
  const pool = createPool({ jobs, docTimeoutMs: (options.docTimeout ?? 30) * 1000 });
  async function* items(): AsyncIterable<Item<Task>> {
    let n = 0;
    for await (const given of articles) {
      n++;
      const article = typeof given === "string" ? { text: given } : given;
      const source = article.source ?? article.id ?? `article:${n}`;
      const problem = inputProblem(article);
      if (problem) yield { kind: "ready", record: errorRecord(source, problem.code, problem.message, article.id) };
      else yield { kind: "task", task: { kind: "text", input: { source, id: article.id, text: article.text.toWellFormed(), published: article.published }, options: pipeline } };
    }
  }
  try {
    yield* scheduled(items(), { run: pool.run, inFlight: jobs * 4, ordered: !options.unordered, interrupted: new Promise<void>(() => {}) });
  } finally {
    await pool.close();
  }
}
