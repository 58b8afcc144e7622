// Source text → validated output record: normalize → one parse → extractors → zod validation.
import { errorRecord } from "./schema/errors.js";
import { extractAll } from "./extract/index.js";
import type { DateStyle } from "./extract/dates/index.js";
import { normalize } from "./normalize/index.js";
import { parse } from "./nlp/doc.js";
import { inUnit, type OffsetUnit } from "./extract/offsets.js";
import { InputError, readInput, type ReadOptions } from "./io/sources.js";
import {
  ArticleRecordSchema,
  type ArticleRecord,
  type OutputRecord,
} from "./schema/record.js";

export interface PipelineOptions {
  /** YYYY-MM-DD used when the article states no date of its own. */
  referenceDate?: string;
  /** Keep the normalized body in the record (off with --no-text). */
  includeText: boolean;
  /** Which dates to report: the calendar's (default), or also TimeML's "now", "recently", "the future". */
  dateStyle?: DateStyle;
  /** How offsets count: code points (default, as Python and jq slice) or UTF-16 code units. */
  offsets?: OffsetUnit;
}

export interface ArticleInput {
  source: string;
  text: string;
  id?: string;
  /** A publication date supplied with the text (JSONL input). */
  published?: string;
  warnings?: string[];
}

export function processArticle(input: ArticleInput, options: PipelineOptions): ArticleRecord {
  const article = normalize(input.text);
  if (input.published) article.meta.published = input.published;
  const doc = parse(article.text);
  const referenceDate = article.meta.published?.slice(0, 10) ?? options.referenceDate ?? null;
  const extraction = extractAll({ article, doc, referenceDate, dateStyle: options.dateStyle });
  const record: ArticleRecord = {
    source: input.source,
    ...(input.id === undefined ? {} : { id: input.id }),
    meta: article.meta,
    ...(options.includeText ? { text: article.text } : {}),
    ...inUnit(extraction, article.text, options.offsets ?? "codepoint"),
    dropped: article.dropped,
    edited: article.edited,
    ...(input.warnings?.length ? { warnings: input.warnings } : {}),
  };
  return ArticleRecordSchema.parse(record);
}


/** One input file → exactly one record: the article's, or an error record saying what went wrong. */
export function recordForFile(path: string | Uint8Array, source: string, options: PipelineOptions & ReadOptions): OutputRecord {
  let decoded;
  try {
    decoded = readInput(typeof path === "string" ? path : Buffer.from(path), options);
  } catch (err) {
    if (err instanceof InputError) return errorRecord(source, err.code, err.message);
    throw err;
  }
  return safeProcess({ source, text: decoded.text, warnings: decoded.warnings }, options);
}

/** Runs the pipeline; an unexpected failure becomes an `internal` error record, not a crash. */
export function safeProcess(input: ArticleInput, options: PipelineOptions): OutputRecord {
  try {
    return processArticle(input, options);
  } catch (err) {
    return errorRecord(input.source, "internal", `extraction failed: ${(err as Error).message}`, input.id);
  }
}
