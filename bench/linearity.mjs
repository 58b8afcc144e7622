// Time per MB of the whole pipeline (normalize, parse, extractors, validation) in this process,
// for real article text and for the hostile shapes that once grew quadratically, each at 50, 100,
// 200 and 400 KB. Prints one JSON line per input. Growth is linear when a shape's time per MB at
// 400 KB is within 1.5x of its own at 50 KB, and within 2x of real text's at 400 KB.
//
//   node bench/linearity.mjs CORPUS [--sizes 50,100] [--only NAME]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processArticle } from "../dist/pipeline.js";

const args = process.argv.slice(2);
const [corpus] = args;
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const SIZES = (option("--sizes") ?? "50,100,200,400").split(",").map((kb) => Number(kb) * 1000);
const only = option("--only");
const articles = readdirSync(corpus, { recursive: true })
  .filter((n) => String(n).endsWith(".txt"))
  .sort()
  .map((n) => readFileSync(join(corpus, String(n)), "utf8"));

/** Real text of about `bytes`: whole articles, one after another. */
function realText(bytes) {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += articles[i % articles.length] + "\n\n";
  return out.slice(0, bytes);
}

const repeat = (unit) => (bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const SHAPES = [
  ["real text", realText],
  ['straight quotes, then " said “"', (bytes) => '"'.repeat(bytes / 2) + ' said “'.repeat(Math.ceil(bytes / 14))],
  ["“a” repeated", repeat("“a” ")],
  ['"Yes," he said. repeated', repeat('"Yes," he said. ')],
  ["dated sentences repeated", repeat("On 12 March 2019 the index rose 3% against a fall in 2018. ")],
  ["meeting sentences repeated", repeat("President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday to discuss Ukraine. ")],
  ["Mr. repeated", repeat("Mr. ")],
  ["U.S. repeated", repeat("U.S. ")],
  ["J. R. repeated", repeat("J. R. ")],
  ["one line, no spaces", repeat("x")],
  ["only newlines", repeat("\n")],
  ["said repeated", repeat("said ")],
  ["capitalised words", repeat("Name Other Thing Word ")],
];

processArticle({ source: "warm-up", text: realText(20_000) }, { includeText: false });
for (const [name, make] of SHAPES) {
  if (only && !name.includes(only)) continue;
  for (const size of SIZES) {
    const text = make(size);
    const start = performance.now();
    processArticle({ source: name, text }, { includeText: false });
    const seconds = (performance.now() - start) / 1000;
    const mb = Buffer.byteLength(text) / 1_000_000;
    console.log(JSON.stringify({ name, kb: size / 1000, mb, seconds, secondsPerMB: seconds / mb }));
    if (seconds > 60) break; // the larger sizes would only confirm it
  }
}
