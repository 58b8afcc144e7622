// The options a library user passes, checked once and turned into the pipeline's. They mirror the
// CLI's flags: --reference-date, --dates, --no-text, --offsets.
import type { DateStyle } from "../extract/dates/index.js";
import type { OffsetUnit } from "../extract/offsets.js";
import { isCalendarDate } from "../io/dates.js";
import type { PipelineOptions } from "../pipeline.js";

export interface RecordOptions {
  /** YYYY-MM-DD to resolve "Wednesday" against when an article states no date of its own. */
  referenceDate?: string;
  /** "calendar" (default), or "timeml" to also report "now", "recently", "the future" and clock times. */
  dates?: DateStyle;
  /** Keep the normalized body in the record (default true). */
  text?: boolean;
  /** How offsets count: "codepoint" (default, as Python and jq slice) or "utf16" (JavaScript's slice). */
  offsets?: OffsetUnit;
}

/** One article for the library: its text, and what the CLI's JSON Lines input may give with it. */
export interface ArticleInput {
  text: string;
  /** Kept in the record as `id`. */
  id?: string;
  /** The record's `source` (default: the id, else "-"). */
  source?: string;
  /** The publication date, YYYY-MM-DD or an ISO date-time; wins over a date found in the text. */
  published?: string;
}

/** A wrong option is the caller's mistake, said at once; bad data becomes an error record. */
export function pipelineOptions(options: RecordOptions): PipelineOptions {
  if (options.referenceDate !== undefined && !isCalendarDate(options.referenceDate))
    throw new RangeError(`newsx: referenceDate must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(options.referenceDate)}`);
  return { referenceDate: options.referenceDate, dateStyle: options.dates ?? "calendar", includeText: options.text ?? true, offsets: options.offsets ?? "codepoint" };
}

/** Why an article cannot be extracted at all, as an error record's code and message; null when it can. */
export function inputProblem(article: ArticleInput): { code: "empty" | "bad_input"; message: string } | null {
  if (typeof article.text !== "string") return { code: "bad_input", message: "text is not a string" };
  if (!article.text.trim()) return { code: "empty", message: "no text" };
  if (article.published !== undefined && !isCalendarDate(article.published.slice(0, 10)))
    return { code: "bad_input", message: `published must be a date as YYYY-MM-DD (or an ISO date-time), got ${JSON.stringify(article.published)}` };
  return null;
}
