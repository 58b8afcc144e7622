// The library: what `import { extract } from "newsx"` gives. The CLI is built on the same pieces:
// the pipeline for one article, the worker pool and scheduler for many, the corpus aggregator.
import { CorpusAggregator } from "./corpus/aggregate.js";
import { safeProcess } from "./pipeline.js";
import { errorRecord } from "./schema/errors.js";
import type { Corpus, CorpusQuote } from "./schema/corpus.js";
import type { OutputRecord } from "./schema/record.js";
import { inputProblem, pipelineOptions, type ArticleInput, type RecordOptions } from "./api/options.js";

export { extractMany, type ManyOptions } from "./api/many.js";
export type { ArticleInput, RecordOptions } from "./api/options.js";
export * from "./schema/record.js";
export * from "./schema/corpus.js";

/**
 * The record of one article, in this thread: the same record `newsx extract` writes. Bad data (an
 * empty text, a published date that is no date) gives an error record; a wrong option throws.
 */
export function extract(article: ArticleInput | string, options: RecordOptions = {}): OutputRecord {
  const input = typeof article === "string" ? { text: article } : article;
  const pipeline = pipelineOptions(options);
  const source = input.source ?? input.id ?? "-";
  const problem = inputProblem(input);
  if (problem) return errorRecord(source, problem.code, problem.message, input.id);
  return safeProcess({ source, id: input.id, text: input.text.toWellFormed(), published: input.published }, pipeline);
}

/**
 * The corpus view of many records (objects, or JSON Lines strings as `newsx extract` writes them):
 * the document `newsx corpus` writes. Quotes are held in memory; for archives larger than memory,
 * use `newsx corpus`, which spools them to disk.
 */
export async function corpus(records: Iterable<OutputRecord | string> | AsyncIterable<OutputRecord | string>): Promise<Corpus> {
  const quotes: CorpusQuote[][] = [];
  const aggregator = new CorpusAggregator((article) => quotes.push(article.quotes));
  let n = 0;
  for await (const record of records) {
    const where = `record:${++n}`;
    if (typeof record === "string") aggregator.addLine(record, where);
    else aggregator.addRecord(record, where);
  }
  const canonical = aggregator.canonicalKeys();
  const { people, organizations, meetings, countries } = aggregator.result(canonical);
  const speaker = (key: string | null) => (key ? (canonical.get(key) ?? key) : null);
  return {
    records: aggregator.records,
    errors: aggregator.errors,
    people,
    organizations,
    meetings,
    quotes: quotes.flat().map((q) => ({ ...q, speaker: speaker(q.speaker) })),
    countries,
  };
}
