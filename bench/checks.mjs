#!/usr/bin/env node
// Corpus-wide checks of the records on clean news that has no publication date (the BBC corpus):
// what no record should hold, counted over every article.
//
//   node bench/checks.mjs [folder] [--verbose]     (default: ../shared/bench/bbc)
//
// - territory codes (MP, TF, BQ, …) the text does not name: a shared demonym given to a territory;
// - authors that are not a person's name (two to four capitalised words);
// - dates from chrono's stand-in day: a value in January 2000 whose text names no 2000;
// - lengths of time reported as dates ("two days", "after 90 minutes").
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { processArticle } from "../dist/pipeline.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const folder = args.find((a) => !a.startsWith("--")) ?? "../shared/bench/bbc";

const TERRITORIES = { MP: /Mariana/, TF: /French Southern/, BQ: /Bonaire|Sint Eustatius|Saba/, AS: /American Samoa/, IO: /Indian Ocean Territory/, SJ: /Svalbard|Jan Mayen/, VI: /Virgin Islands/, GG: /Guernsey/, JE: /Jersey/ };
const NAME = /^(?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
const TIME_SPAN = /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:second|minute|hour|day|week|month|year)s?\b(?!\s+(?:ago|earlier))/i;

function* textFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (/\.txt$/i.test(name) && !/^README/i.test(name)) yield path;
  }
}

const counts = { records: 0, territory: 0, badAuthors: 0, standIn: 0, durations: 0 };
const examples = [];
for (const path of textFiles(folder)) {
  const bytes = readFileSync(path);
  const utf8 = bytes.toString("utf8");
  const text = utf8.includes("\uFFFD") ? bytes.toString("latin1") : utf8;
  const record = processArticle({ source: path, text }, { includeText: false });
  counts.records++;
  const territories = record.countries.filter((c) => TERRITORIES[c.code] && !TERRITORIES[c.code].test(text));
  const badAuthors = record.meta.authors.filter((a) => !NAME.test(a));
  const standIn = record.dates.filter((d) => d.value.startsWith("2000-01") && !/2000/.test(d.text));
  const durations = record.dates.filter((d) => TIME_SPAN.test(d.text));
  if (territories.length) counts.territory++;
  if (badAuthors.length) counts.badAuthors++;
  if (standIn.length) counts.standIn++;
  if (durations.length) counts.durations++;
  if (verbose && (territories.length || badAuthors.length || standIn.length || durations.length))
    examples.push(`${path}: ${JSON.stringify({ territories: territories.map((c) => c.code), badAuthors, standIn: standIn.map((d) => d.text), durations: durations.map((d) => d.text) })}`);
}
console.log("| check | records |");
console.log("| --- | ---: |");
console.log(`| articles | ${counts.records} |`);
console.log(`| a territory code the text does not name (MP, TF, BQ, …) | ${counts.territory} |`);
console.log(`| an author that is not a person's name | ${counts.badAuthors} |`);
console.log(`| a date from the stand-in day (January 2000) | ${counts.standIn} |`);
console.log(`| a length of time reported as a date | ${counts.durations} |`);
if (verbose) for (const e of examples) console.error(e);
