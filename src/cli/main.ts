// The newsx command-line program. Only commander, node's own modules and the list of input
// encodings load at start-up; each command imports what it needs when it runs, so
// `newsx --version` never loads the NLP stack.
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isCalendarDate } from "../io/dates.js";
import { ENCODINGS, type InputEncoding } from "../io/encodings.js";

export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130 } as const;

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

/** Input files are UTF-8 unless the user says otherwise; newsx does not guess (see decodeBytes). */
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
    .option("--no-text", "leave the normalized body out of the records")
    .option("--ext <list>", "comma-separated file endings to take from folders", "txt")
    .option("--max-bytes <n>", "largest input file accepted, in bytes", positiveInt, 5_000_000)
    .addOption(encodingOption())
    .addOption(new Option("--input <kind>", "input kind: text files, or JSON Lines of {id, text, published?} on stdin").choices(["text", "jsonl"]).default("text"))
    .option("-j, --jobs <n>", "worker threads, each parsing one document at a time (default: the number of cores)", positiveInt)
    .option("--unordered", "write each record as soon as it is ready instead of in input order")
    .option("--progress", "draw the progress bar on stderr even when it is not a terminal")
    .option("--no-progress", "never draw the progress bar")
    .option("--doc-timeout <seconds>", "give up on a document after this long and write a timeout error record", positiveInt, 30)
    .action(async (paths: string[], options) => {
      const { createPool, defaultJobs } = await import("../run/pool.js");
      options.jobs ??= defaultJobs();
      // The pool starts its first worker loading the NLP stack while this thread loads the rest.
      const pool = createPool({ jobs: options.jobs, docTimeoutMs: options.docTimeout * 1000 });
      const { runExtract } = await import("./extract.js");
      process.exitCode = await runExtract(paths, options, pool);
    });

  program
    .command("check")
    .description("extract every X.txt in a folder that has an X.json beside it and compare; exit 1 on any difference")
    .argument("<dir>", "fixtures folder")
    .option("--update", "rewrite the expected X.json files with the current output")
    .action(async (dir: string, options: { update?: boolean }) => {
      const { runCheck } = await import("./check.js");
      process.exitCode = await runCheck(dir, options);
    });

  program
    .command("normalize")
    .description("print the normalized article text; with --explain, every raw line and why it was kept or dropped")
    .argument("<file>", "article text file, or - for standard input")
    .option("--explain", "show each raw line with its verdict")
    .addOption(encodingOption())
    .action(async (file: string, options: { explain?: boolean; encoding: InputEncoding }) => {
      const { runNormalize } = await import("./normalize.js");
      process.exitCode = await runNormalize(file, options);
    });

  program
    .command("schema")
    .description("print the JSON Schema of an output record")
    .action(async () => {
      const { outputJsonSchema } = await import("../schema/record.js");
      process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + "\n");
    });

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
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
