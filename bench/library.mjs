// The library's `extract()` in a warm process against the pipeline it wraps and a bare compromise
// parse, on the same documents in one process: the library must add no per-call start-up.
// Prints one JSON line: seconds for each, per round, and the medians' ratios.
//
//   node bench/library.mjs <folder> [--rounds N]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { extract } from "../dist/index.js";
import { processArticle } from "../dist/pipeline.js";

const [dir] = process.argv.slice(2);
const roundsAt = process.argv.indexOf("--rounds");
const ROUNDS = roundsAt < 0 ? 3 : Number(process.argv[roundsAt + 1]);
const texts = readdirSync(dir, { recursive: true }).map(String).filter((n) => n.endsWith(".txt")).sort().slice(0, 300).map((n) => readFileSync(join(dir, n), "utf8"));
const options = { includeText: true, dateStyle: "calendar", offsets: "codepoint" };

const time = (fn) => {
  const start = performance.now();
  for (const text of texts) fn(text);
  return (performance.now() - start) / 1000;
};
const runs = { bare: (t) => nlp(t), pipeline: (t) => processArticle({ source: "-", text: t }, options), library: (t) => extract(t) };
for (const fn of Object.values(runs)) fn(texts[0]); // warm: load the lexicons once
const seconds = { bare: [], pipeline: [], library: [] };
for (let round = 0; round < ROUNDS; round++) for (const [name, fn] of Object.entries(runs)) seconds[name].push(time(fn));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(JSON.stringify({ documents: texts.length, seconds, libraryToPipeline: median(seconds.library) / median(seconds.pipeline), libraryToBare: median(seconds.library) / median(seconds.bare) }));
