// `newsx extract`: inputs → tasks → worker pool → records → writer, one record per input,
// in input order unless --unordered.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { isCalendarDate } from "../io/dates.js";
import type { InputEncoding } from "../io/encodings.js";
import { byteLines, decodeLine, discoverInputs, InputError, readStdin, withoutBom, type ReadOptions } from "../io/sources.js";
import type { PipelineOptions } from "../pipeline.js";
import { errorRecord, isErrorRecord } from "../schema/errors.js";
import type { Pool } from "../run/pool.js";
import { createProgress, type Progress } from "../run/progress.js";
import { scheduled, type Item } from "../run/schedule.js";
import type { Task } from "../run/task.js";
import type { DateStyle } from "../extract/dates/index.js";
import type { ErrorCodeName } from "../schema/record.js";
import { EXIT } from "./main.js";
import { createWriter, type Format } from "./writers.js";

export interface ExtractOptions {
  format?: Format;
  referenceDate?: string;
  dates: DateStyle;
  text: boolean;
  offsets: "codepoint" | "utf16";
  ext: string;
  maxBytes: number;
  encoding: InputEncoding;
  input: "text" | "jsonl";
  jobs: number;
  unordered?: boolean;
  /** true: always draw; false: never; undefined: on a terminal only. */
  progress?: boolean;
}

type ExtractItem = Item<Task>;

export async function runExtract(paths: string[], options: ExtractOptions, pool: Pool): Promise<number> {
  const useStdin = options.input === "jsonl" || paths.length === 0 || (paths.length === 1 && paths[0] === "-");
  if (useStdin && process.stdin.isTTY) {
    process.stderr.write("newsx: no input: give files or folders, or pipe article text on standard input\n");
    await pool.close();
    return EXIT.usage;
  }
  const writer = createWriter(options.format ?? (process.stdout.isTTY ? "pretty" : "jsonl"), process.stdout);
  const pipeline: PipelineOptions & ReadOptions = {
    referenceDate: options.referenceDate,
    dateStyle: options.dates,
    includeText: options.text,
    // The HTML report slices the text with the offsets, as JavaScript does.
    offsets: options.format === "html" ? "utf16" : options.offsets,
    maxBytes: options.maxBytes,
    encoding: options.encoding,
  };
  const progress = createProgress(process.stderr, options.progress ?? process.stderr.isTTY === true);
  const extensions = options.ext.split(",").map((e) => e.trim().replace(/^\./, "")).filter(Boolean);
  if (!useStdin && (options.progress ?? process.stderr.isTTY)) void countFiles(paths, extensions).then(progress.setTotal);

  const items: AsyncIterable<ExtractItem> =
    options.input === "jsonl" ? jsonLineItems(pipeline) : useStdin ? stdinItem(pipeline) : fileItems(paths, extensions, pipeline, progress);
  let wasInterrupted = false;
  const interrupted = onInterrupt().then(() => void (wasInterrupted = true));

  let failed = 0;
  for await (const record of scheduled(items, { run: pool.run, inFlight: options.jobs * 4, ordered: !options.unordered, interrupted })) {
    const isError = isErrorRecord(record);
    if (isError) {
      failed++;
      progress.log(`newsx: ${record.source}: ${record.error.message}`);
    }
    if (process.stdout.isTTY) progress.beforeOutput();
    const flowing = writer.write(record);
    progress.tick(isError);
    if (!flowing) await once(process.stdout, "drain");
  }
  progress.done();
  writer.end();
  await pool.close();
  if (wasInterrupted) {
    process.stderr.write("newsx: interrupted; the records written so far are complete\n");
    return EXIT.interrupted;
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}

/**
 * Resolves on the first Ctrl-C (or SIGTERM). A terminal's Ctrl-C can arrive twice at once (the
 * launcher passes it on too), so a second one within a second is the same; a later one quits now.
 */
function onInterrupt(): Promise<void> {
  return new Promise((resolve) => {
    let first = 0;
    const handler = () => {
      if (!first) {
        first = Date.now();
        resolve();
      } else if (Date.now() - first > 1000) process.exit(EXIT.interrupted);
    };
    process.on("SIGINT", handler);
    process.on("SIGTERM", handler);
  });
}

async function* fileItems(paths: string[], extensions: string[], options: PipelineOptions & ReadOptions, progress: Progress): AsyncIterable<ExtractItem> {
  for await (const input of discoverInputs(paths, { extensions })) {
    if (input.kind === "warning") progress.log(`newsx: warning: ${input.message}`);
    else if (input.kind === "failure") yield { kind: "ready", record: errorRecord(input.path, input.code, input.message) };
    else if (input.kind === "stdin") yield* stdinItem(options);
    else yield { kind: "task", task: { kind: "file", path: input.bytes ?? input.path, source: input.path, options } };
  }
}

/** How many records the run will write, for the progress bar; counted while the run starts. */
async function countFiles(paths: string[], extensions: string[]): Promise<number> {
  let n = 0;
  for await (const input of discoverInputs(paths, { extensions })) if (input.kind !== "warning") n++;
  return n;
}

async function* stdinItem(options: PipelineOptions & ReadOptions): AsyncIterable<ExtractItem> {
  try {
    const decoded = await readStdin(process.stdin, options);
    yield { kind: "task", task: { kind: "text", input: { source: "-", text: decoded.text, warnings: decoded.warnings }, options } };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    yield { kind: "ready", record: errorRecord("-", err.code, err.message) };
  }
}

/**
 * The id of a JSON line that brings none: made from its text, so it is the same wherever the line is
 * processed. Line numbers restart in every chunk of `parallel --pipe` or a Spark partition; ids made
 * from them would make different articles one in `newsx corpus`.
 */
function contentId(text: string): string {
  return `text-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}

/**
 * `--input jsonl`: each stdin line is {id, text, published?}; each yields one record with the same
 * id. The rules for files hold per line: --max-bytes, --encoding (bad bytes are an `encoding`
 * record, not U+FFFD), a byte-order mark on the first line. Lone surrogates (JSON's "\ud800")
 * become U+FFFD, so the output stays valid UTF-8 for jq.
 */
async function* jsonLineItems(options: PipelineOptions & ReadOptions): AsyncIterable<ExtractItem> {
  for await (const { n, bytes } of byteLines(process.stdin, options.maxBytes)) {
    const source = `stdin:${n}`;
    const bad = (message: string, id?: string, code: ErrorCodeName = "bad_input"): ExtractItem => ({ kind: "ready", record: errorRecord(id ?? source, code, message, id) });
    if (!bytes) {
      yield bad(`line is over the limit of ${options.maxBytes} bytes (--max-bytes)`, undefined, "too_large");
      continue;
    }
    let line: string;
    let warnings: string[];
    try {
      ({ text: line, warnings } = decodeLine(n === 1 ? withoutBom(bytes) : bytes, options.encoding));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      yield bad(err.message, undefined, err.code);
      continue;
    }
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; published?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      yield bad("line is not JSON");
      continue;
    }
    // null, numbers, strings and arrays are JSON too, but not an article.
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      yield bad('line is not an object with a "text" string');
      continue;
    }
    if (item.id !== undefined && typeof item.id !== "string" && typeof item.id !== "number") {
      yield bad(`"id" must be a string or a number, got ${JSON.stringify(item.id)}`);
      continue;
    }
    const id = item.id === undefined ? undefined : String(item.id).toWellFormed();
    if (typeof item.text !== "string" || !item.text.trim()) {
      yield bad('line has no "text" string', id);
      continue;
    }
    const published = typeof item.published === "string" ? item.published : undefined;
    if (item.published !== undefined && (published === undefined || !isCalendarDate(published.slice(0, 10)))) {
      yield bad(`"published" must be a date as YYYY-MM-DD (or an ISO date-time), got ${JSON.stringify(item.published)}`, id);
      continue;
    }
    const text = item.text.toWellFormed();
    yield { kind: "task", task: { kind: "text", input: { source: id ?? source, id: id ?? contentId(text), text, published, warnings }, options } };
  }
}
