// The newsx command-line program. Only commander, node's own modules and the list of input
// encodings load at start-up; each command imports what it needs when it runs, so
// `newsx --version` never loads the NLP stack.
import { existsSync, readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isCalendarDate } from "../io/dates.js";
import { ENCODINGS, type InputEncoding } from "../io/encodings.js";

export const EXIT = { ok: 0, someFailed: 1, usage: 2, output: 3, interrupted: 130 } as const;

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

function referenceDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError(`expected a calendar date as YYYY-MM-DD, e.g. 2024-07-11`);
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a whole number above 0");
  return n;
}

/** --doc-timeout: at most a day; node's timers cannot count further than about 24.8 days anyway. */
function docTimeout(value: string): number {
  const n = positiveInt(value);
  if (n > MAX_DOC_TIMEOUT_S) throw new InvalidArgumentError(`expected at most ${MAX_DOC_TIMEOUT_S} seconds (a day)`);
  return n;
}
const MAX_DOC_TIMEOUT_S = 86_400;

/**
 * More worker threads than twice the cores only queue for the same cores, each with its own copy of
 * the NLP stack in memory (200 threads took 7.8 GB): --jobs is capped there, and says so.
 */
function cappedJobs(jobs: number, cores: number): number {
  const cap = cores * 2;
  if (jobs <= cap) return jobs;
  process.stderr.write(`newsx: --jobs ${jobs} is more than twice the ${cores} cores; using ${cap} worker threads\n`);
  return cap;
}

/** Input files are UTF-8 unless the user says otherwise; newsx does not guess (see decodeBytes). */
/** --color auto|always|never, as ripgrep and jq have it; NO_COLOR (any value) means never for auto. */
const colorOption = () => new Option("--color <when>", "colour on a terminal: auto, always or never (NO_COLOR is honoured)").choices(["auto", "always", "never"]).default("auto");

/** chalk reads FORCE_COLOR when it loads, which every command does after this. */
function applyColor(when: string): void {
  if (when === "always") process.env.FORCE_COLOR = "1";
  else if (when === "never" || (process.env.NO_COLOR ?? "") !== "") process.env.FORCE_COLOR = "0";
}

const COMMANDS = ["extract", "corpus", "check", "normalize", "schema"];

/** The command the user meant by a word that is no command and no file: one or two letters off. */
function suggestion(word: string): string | null {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row[j]!;
        row[j] = next;
      }
    }
    return row[b.length]!;
  };
  return COMMANDS.find((c) => distance(word, c) <= 2) ?? null;
}

const encodingOption = () =>
  new Option("--encoding <name>", "encoding of the input text; bytes that are not valid in it give an error record")
    .choices(ENCODINGS)
    .default("utf-8");

export function buildProgram(): Command {
  const program = new Command("newsx")
    .description("Turn raw news article text into typed JSON records: people, countries, dates, quotes, meetings.")
    .version(pkg.version, "-V, --version")
    .showHelpAfterError("(run newsx --help for usage)")
    .exitOverride();

  program
    .command("extract", { isDefault: true })
    .description("extract records from files, folders (recursive) or standard input (- or no path)")
    .argument("[paths...]", "files or folders; - for standard input")
    .addOption(new Option("-f, --format <format>", "output format (default: pretty on a terminal, jsonl otherwise)").choices(["jsonl", "json", "pretty", "html"]))
    .option("--reference-date <YYYY-MM-DD>", "date to resolve relative dates against when an article states none", referenceDate)
    .addOption(new Option("--dates <style>", "calendar: the dates a calendar holds; timeml: also \"now\", \"recently\", \"the future\" (PRESENT_REF, PAST_REF, FUTURE_REF) and clock times (2000-04-04T09:00), as TimeML annotates them").choices(["calendar", "timeml"]).default("calendar"))
    .option("--no-text", "leave the normalized body out of the records")
    .addOption(new Option("--offsets <unit>", "how start and end count: codepoint (as Python, jq and spaCy slice) or utf16 (JavaScript string indices)").choices(["codepoint", "utf16"]).default("codepoint"))
    .option("--ext <list>", "comma-separated file endings to take from folders", "txt")
    .option("--max-bytes <n>", "largest input accepted, in bytes (1 MB takes about 8 s and 400 MB; raise --doc-timeout with it)", positiveInt, 1_000_000)
    .addOption(encodingOption())
    .addOption(new Option("--input <kind>", "input kind: text files, or JSON Lines of {id, text, published?} on stdin").choices(["text", "jsonl"]).default("text"))
    .option("-j, --jobs <n>", "worker threads, each parsing one document at a time (default: the number of cores; at most twice that)", positiveInt)
    .option("--unordered", "write each record as soon as it is ready instead of in input order")
    .option("--progress", "draw the progress bar on stderr even when it is not a terminal")
    .option("--no-progress", "never draw the progress bar")
    .option("--doc-timeout <seconds>", "give up on a document after this long (counted from when a worker starts it; at most 86400) and write a timeout error record", docTimeout, 30)
    .addOption(colorOption())
    .action(async (paths: string[], options) => {
      const typo = paths[0] && !existsSync(paths[0]) && /^[a-z][a-z-]*$/.test(paths[0]) ? suggestion(paths[0]) : null;
      if (typo) throw usageError(`unknown command '${paths[0]}' (did you mean ${typo}?)`);
      if (options.input === "jsonl" && paths.some((p) => p !== "-"))
        throw usageError("--input jsonl reads JSON Lines from standard input; give no paths (or -), or pipe the file in");
      applyColor(options.color);
      const { createPool, defaultJobs } = await import("../run/pool.js");
      options.jobs = options.jobs ? cappedJobs(options.jobs, defaultJobs()) : defaultJobs();
      // The pool starts its first worker loading the NLP stack while this thread loads the rest.
      const pool = createPool({ jobs: options.jobs, docTimeoutMs: options.docTimeout * 1000 });
      const { runExtract } = await import("./extract.js");
      process.exitCode = await runExtract(paths, options, pool);
    });

  program
    .command("corpus")
    .description("merge records (JSON Lines from newsx extract) into the corpus view: people, who met whom, who said what, countries")
    .argument("[records...]", "JSONL files of records; - or none for standard input")
    .addOption(new Option("-f, --format <format>", "json: one document; csv: four tables in --out DIR; graphml: the meeting network; html: a dashboard").choices(["json", "csv", "graphml", "html"]).default("json"))
    .option("-o, --out <path>", "the folder for csv (required); the file for the other formats (default: standard output)")
    .action(async (records: string[], options: { format: "json" | "csv" | "graphml" | "html"; out?: string }) => {
      if (options.format === "csv" && !options.out) throw usageError("--format csv writes four files: give the folder with --out DIR");
      const { runCorpus } = await import("./corpus.js");
      process.exitCode = await runCorpus(records, options);
    });

  program
    .command("check")
    .description("extract every X.txt in a folder that has an X.json beside it and compare; exit 1 on any difference")
    .argument("<dir>", "fixtures folder")
    .option("--update", "rewrite the expected X.json files with the current output")
    .addOption(new Option("-f, --format <format>", "text: a readable diff; junit, tap or json for a CI system").choices(["text", "junit", "tap", "json"]).default("text"))
    .addOption(colorOption())
    .action(async (dir: string, options: { update?: boolean; format: "text" | "junit" | "tap" | "json"; color: string }) => {
      applyColor(options.color);
      const { runCheck } = await import("./check.js");
      process.exitCode = await runCheck(dir, options);
    });

  program
    .command("normalize")
    .description("print the normalized article text; with --explain, every raw line and why it was kept or dropped")
    .argument("<file>", "article text file, or - for standard input")
    .option("--explain", "show each raw line with its verdict")
    .addOption(encodingOption())
    .addOption(colorOption())
    .action(async (file: string, options: { explain?: boolean; encoding: InputEncoding; color: string }) => {
      applyColor(options.color);
      const { runNormalize } = await import("./normalize.js");
      process.exitCode = await runNormalize(file, options);
    });

  program
    .command("schema")
    .description("print the JSON Schema of an output record (with --corpus: of the corpus document)")
    .option("--corpus", "the schema of newsx corpus --format json")
    .action(async (options: { corpus?: boolean }) => {
      const schema = options.corpus ? (await import("../schema/corpus.js")).corpusJsonSchema() : (await import("../schema/record.js")).outputJsonSchema();
      process.stdout.write(JSON.stringify(schema, null, 2) + "\n");
    });

  return program;
}

/** A usage error found after parsing: said on stderr like commander's own, exit 2. */
function usageError(message: string): CommanderError {
  process.stderr.write(`error: ${message}\n(run newsx --help for usage)\n`);
  return new CommanderError(EXIT.usage, "newsx.usage", message);
}

/**
 * A reader that stops early (| head) closes the pipe: stop quietly, as other Unix tools do. Any
 * other failure to write the output (a full disk) is said in one line, with an exit code of its own.
 */
function watchOutput(): void {
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(EXIT.ok);
    process.stderr.write(`newsx: cannot write the output: ${err.message}\n`);
    process.exit(EXIT.output);
  });
}

export async function main(argv: string[]): Promise<void> {
  watchOutput();
  try {
    await buildProgram().parseAsync(argv);
    // Exit once the output is flushed, not when the last thread ends: a worker stuck in a read
    // that never returns must not keep the process (and its exit code) waiting.
    process.stdout.write("", () => process.exit(process.exitCode ?? EXIT.ok));
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other parse failure is a usage error.
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.stderr.write(`newsx: ${(err as Error).stack ?? err}\n`);
    process.exitCode = EXIT.someFailed;
  }
}
