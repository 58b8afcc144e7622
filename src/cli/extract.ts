// `newsx extract`: inputs → records → writer, one record per input, in input order.
import readline from "node:readline";
import { discoverInputs, InputError, readStdin } from "../io/sources.js";
import { errorRecord, recordForFile, safeProcess, type PipelineOptions } from "../pipeline.js";
import { isErrorRecord, type OutputRecord } from "../schema/record.js";
import { EXIT } from "./main.js";
import { createWriter, type Format } from "./writers.js";

export interface ExtractOptions {
  format?: Format;
  referenceDate?: string;
  text: boolean;
  ext: string;
  maxBytes: number;
  input: "text" | "jsonl";
}

export async function runExtract(paths: string[], options: ExtractOptions): Promise<number> {
  const useStdin = options.input === "jsonl" || paths.length === 0 || (paths.length === 1 && paths[0] === "-");
  if (useStdin && process.stdin.isTTY) {
    process.stderr.write("newsx: no input: give files or folders, or pipe article text on standard input\n");
    return EXIT.usage;
  }
  const writer = createWriter(options.format ?? (process.stdout.isTTY ? "pretty" : "jsonl"), process.stdout);
  const pipeline: PipelineOptions & { maxBytes: number } = {
    referenceDate: options.referenceDate,
    includeText: options.text,
    maxBytes: options.maxBytes,
  };
  let failed = 0;
  const emit = (record: OutputRecord) => {
    if (isErrorRecord(record)) {
      failed++;
      process.stderr.write(`newsx: ${record.source}: ${record.error.message}\n`);
    }
    writer.write(record);
  };

  if (options.input === "jsonl") await extractJsonLines(pipeline, emit);
  else if (useStdin) emit(await recordForStdin(pipeline));
  else {
    const extensions = options.ext.split(",").map((e) => e.trim().replace(/^\./, "")).filter(Boolean);
    for await (const input of discoverInputs(paths, { extensions })) {
      if (input.kind === "warning") process.stderr.write(`newsx: warning: ${input.message}\n`);
      else if (input.kind === "failure") emit(errorRecord(input.path, input.code, input.message));
      else emit(await recordForFile(input.path, input.path, pipeline));
    }
  }
  writer.end();
  return failed ? EXIT.someFailed : EXIT.ok;
}

async function recordForStdin(options: PipelineOptions & { maxBytes: number }): Promise<OutputRecord> {
  try {
    const decoded = await readStdin(process.stdin, options.maxBytes);
    return safeProcess({ source: "-", text: decoded.text, warnings: decoded.warnings }, options);
  } catch (err) {
    if (err instanceof InputError) return errorRecord("-", err.code, err.message);
    throw err;
  }
}

/** `--input jsonl`: each stdin line is {id, text, published?}; each yields one record with the same id. */
async function extractJsonLines(options: PipelineOptions, emit: (r: OutputRecord) => void): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const source = `stdin:${n}`;
    let item: { id?: unknown; text?: unknown; published?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      emit(errorRecord(source, "bad_input", "line is not JSON"));
      continue;
    }
    const id = typeof item.id === "string" || typeof item.id === "number" ? String(item.id) : undefined;
    if (typeof item.text !== "string" || !item.text.trim()) {
      emit(errorRecord(id ?? source, "bad_input", 'line has no "text" string', id));
      continue;
    }
    const published = typeof item.published === "string" ? item.published : undefined;
    emit(safeProcess({ source: id ?? source, id, text: item.text, published }, options));
  }
}
