// Time per MB of the whole pipeline (normalize, parse, extractors, validation) in this process,
// for real article text of growing size and for pathological shapes. Prints one JSON line per input.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processArticle } from "../dist/pipeline.js";

const [corpus] = process.argv.slice(2);
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

const MB = 1_000_000;
const inputs = [
  ["real text 10 KB", realText(10_000)],
  ["real text 100 KB", realText(100_000)],
  ["real text 1 MB", realText(MB)],
  ["real text 5 MB", realText(5 * MB)],
  ["one 1 MB line, no spaces", "x".repeat(MB)],
  ["100,000 quotation marks", '"'.repeat(100_000)],
  ["100,000 capitalised words", Array.from({ length: 100_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}`).join(" ")],
  ["only newlines, 1 MB", "\n".repeat(MB)],
  ['"said" 100,000 times', "said ".repeat(100_000)],
];

processArticle({ source: "warm-up", text: realText(20_000) }, { includeText: false });
for (const [name, text] of inputs) {
  const start = performance.now();
  processArticle({ source: name, text }, { includeText: false });
  const seconds = (performance.now() - start) / 1000;
  const mb = Buffer.byteLength(text) / MB;
  console.log(JSON.stringify({ name, mb, seconds, secondsPerMB: seconds / mb }));
}
