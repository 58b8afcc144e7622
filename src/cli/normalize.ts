// `newsx normalize FILE [--explain]`: what the normalizer made of a page, line by line.
import { say, terminalText } from "./terminal.js";
import chalk from "chalk";
import type { InputEncoding } from "../io/encodings.js";
import { InputError, readInput, readStdin } from "../io/sources.js";
import { normalize } from "../normalize/index.js";
import { OUTSIDE_TEXT } from "../normalize/verdicts.js";
import { EXIT } from "./main.js";

const MAX_BYTES = 5_000_000;

export async function runNormalize(file: string, options: { explain?: boolean; encoding: InputEncoding }): Promise<number> {
  let text: string;
  try {
    const read = { maxBytes: MAX_BYTES, encoding: options.encoding };
    text = (file === "-" ? await readStdin(process.stdin, read) : readInput(file, read)).text;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    say(`newsx: ${file}: ${err.message}`);
    return EXIT.someFailed;
  }
  const article = normalize(text);
  // A terminal is shown the text, not its control characters; a pipe gets the text as it is.
  const shown = process.stdout.isTTY ? terminalText : (s: string) => s;
  if (!options.explain) {
    process.stdout.write(shown(article.text) + "\n");
    return EXIT.ok;
  }
  const width = String(article.verdicts.length).length;
  for (const v of article.verdicts) {
    if (v.reason === "blank") continue;
    // "text outside the article: in a comment section": the verdict in its column, and why a block
    // lost on a line of its own under it, where it is read whole.
    const [kind, why] = v.reason.startsWith(OUTSIDE_TEXT + ": ") ? [OUTSIDE_TEXT, v.reason.slice(OUTSIDE_TEXT.length + 2)] : [v.reason, null];
    const verdict = v.kept ? chalk.green("keep".padEnd(VERDICT_WIDTH)) : chalk.red(("drop: " + kind).slice(0, VERDICT_WIDTH).padEnd(VERDICT_WIDTH));
    const line = shown(v.text.trim());
    process.stdout.write(`${String(v.n).padStart(width)} ${verdict} │ ${v.kept ? line : chalk.dim(line)}\n`);
    if (!v.kept && why) process.stdout.write(`${" ".repeat(width + 1 + VERDICT_WIDTH)} │   ${chalk.yellow("└ " + why)}\n`);
  }
  const m = article.meta;
  process.stdout.write(
    chalk.bold("\nmeta: ") +
      JSON.stringify({ title: m.title, subtitle: m.subtitle, authors: m.authors, published: m.published, dateline: m.dateline, language: m.language }) +
      "\n",
  );
  return EXIT.ok;
}

/** The width of the verdict column of `--explain`. */
const VERDICT_WIDTH = 32;

