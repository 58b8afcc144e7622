#!/usr/bin/env node
// How much article text the normalizer throws away on clean corpora, where nothing but the
// headline, a dateline and a byline is furniture.
//
//   node bench/normalize.mjs [folder ...] [--verbose]
//   (default: ../shared/bench/bbc, ../shared/bench/conll/dev and ../shared/bench/polnear/texts)
//
// For each file the headline (first non-blank line), a wire dateline line ("BEIJING 1996-08-22")
// and a byline line (a name alone above the dateline, or "By …") are set aside; every other word
// of the input must be in the body. Printed per folder: the share of those words missing from the
// body, the records whose body is empty, the records with authors, and authors that are not a
// person's name (two to four capitalised words, no digits, no function words).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { normalize } from "../dist/normalize/index.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const folders = args.filter((a) => !a.startsWith("--"));
if (!folders.length) folders.push("../shared/bench/bbc", "../shared/bench/conll/dev", "../shared/bench/polnear/texts");

const DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .,'/-]*\s+\d{4}-\d{2}-\d{2}$/u;
const NAME = /^(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
const FUNCTION_WORD = /^(the|a|an|of|in|on|at|to|and|or|for|by|with|from|after|before)$/i;
const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function* textFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (/\.txt$/i.test(name) && !/^README/i.test(name)) yield path;
  }
}

/** The input's lines that the measure does not require in the body: headline, dateline, byline. */
function furnitureLines(lines) {
  const nonBlank = lines.map((l, i) => [l.trim(), i]).filter(([l]) => l);
  const skip = new Set();
  if (nonBlank[0]) skip.add(nonBlank[0][1]);
  for (const [k, [line, i]] of nonBlank.slice(0, 4).entries()) {
    if (!DATELINE.test(line)) continue;
    skip.add(i);
    const above = nonBlank[k - 1];
    if (above && k > 1 && NAME.test(above[0])) skip.add(above[1]);
  }
  for (const [line, i] of nonBlank.slice(0, 4)) if (/^by\s+\p{Lu}/iu.test(line) && line.split(/\s+/).length <= 6) skip.add(i);
  return skip;
}

const isName = (a) => NAME.test(a) && !/\d/.test(a) && !a.split(/\s+/).some((w) => FUNCTION_WORD.test(w));

function measure(folder) {
  const totals = { files: 0, words: 0, lost: 0, empty: 0, withAuthors: 0, badAuthors: 0 };
  const examples = [];
  for (const path of textFiles(folder)) {
    const raw = readFileSync(path, "latin1");
    const text = /\uFFFD/.test(readFileSync(path, "utf8")) ? raw : readFileSync(path, "utf8");
    const lines = text.split(/\r?\n/);
    const skip = furnitureLines(lines);
    // Markup embedded in the text (<tweet id="…">…</tweet>) is not article text; the words inside it are.
    const wanted = lines.filter((_, i) => !skip.has(i)).flatMap((l) => words(l.replace(/<[^<>]{0,400}>/g, " ")));
    const article = normalize(text);
    const have = new Map();
    for (const w of words(article.text)) have.set(w, (have.get(w) ?? 0) + 1);
    let lost = 0;
    for (const w of wanted) {
      const n = have.get(w) ?? 0;
      if (n > 0) have.set(w, n - 1);
      else lost++;
    }
    totals.files++;
    totals.words += wanted.length;
    totals.lost += lost;
    if (wanted.length && !words(article.text).length) totals.empty++;
    if (article.meta.authors.length) totals.withAuthors++;
    const bad = article.meta.authors.filter((a) => !isName(a));
    if (bad.length) totals.badAuthors++;
    if (verbose && (lost || bad.length)) examples.push(`${path}: ${lost} words lost${bad.length ? `; authors ${JSON.stringify(bad)}` : ""}`);
  }
  return { totals, examples };
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(2) : "0.00");
console.log("| corpus | files | words | dropped | dropped % | empty bodies | with authors | authors not a name |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const folder of folders) {
  const { totals: t, examples } = measure(folder);
  console.log(`| ${folder} | ${t.files} | ${t.words} | ${t.lost} | ${pct(t.lost, t.words)} | ${t.empty} | ${t.withAuthors} | ${t.badAuthors} |`);
  if (verbose) for (const e of examples) console.error(e);
}
