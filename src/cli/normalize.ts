// `newsx normalize FILE [--explain]`: what the normalizer made of a page, line by line.
import chalk from "chalk";
import type { InputEncoding } from "../io/encodings.js";
import { InputError, readInput, readStdin } from "../io/sources.js";
import { normalize } from "../normalize/index.js";
import { EXIT } from "./main.js";

const MAX_BYTES = 5_000_000;

export async function runNormalize(file: string, options: { explain?: boolean; encoding: InputEncoding }): Promise<number> {
  let text: string;
  try {
    const read = { maxBytes: MAX_BYTES, encoding: options.encoding };
    text = (file === "-" ? await readStdin(process.stdin, read) : readInput(file, read)).text;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`newsx: ${file}: ${err.message}\n`);
    return EXIT.someFailed;
  }
  const article = normalize(text);
  if (!options.explain) {
    process.stdout.write(article.text + "\n");
    return EXIT.ok;
  }
  const width = String(article.verdicts.length).length;
  for (const v of article.verdicts) {
    if (v.reason === "blank") continue;
    const verdict = v.kept ? chalk.green("keep".padEnd(32)) : chalk.red(("drop: " + v.reason).slice(0, 32).padEnd(32));
    process.stdout.write(`${String(v.n).padStart(width)} ${verdict} │ ${v.kept ? v.text.trim() : chalk.dim(v.text.trim())}\n`);
  }
  const m = article.meta;
  process.stdout.write(
    chalk.bold("\nmeta: ") +
      JSON.stringify({ title: m.title, subtitle: m.subtitle, authors: m.authors, published: m.published, dateline: m.dateline, language: m.language }) +
      "\n",
  );
  return EXIT.ok;
}
