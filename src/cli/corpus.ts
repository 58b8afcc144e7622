// `newsx corpus`: the reduce step after `newsx extract` (or after many extract runs in parallel):
// reads records as JSON Lines from files or standard input and writes the corpus view as one
// JSON document, four CSV tables, GraphML or an HTML dashboard. Memory follows the number of
// distinct people, pairs and countries: quotes are spooled to a temporary file while reading
// and streamed back when written.
import { say } from "./terminal.js";
import { once } from "node:events";
import { closeSync, createReadStream, createWriteStream, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";
import { CorpusAggregator, type ArticleQuotes } from "../corpus/aggregate.js";
import { COUNTRIES_HEADER, countryRows, csvRow, MEETINGS_HEADER, meetingRow, PEOPLE_HEADER, personRow, QUOTES_HEADER, quoteRow } from "../corpus/csv.js";
import { dashboard, LIMITS } from "../corpus/dashboard.js";
import { graphml } from "../corpus/graphml.js";
import type { CorpusQuote } from "../schema/corpus.js";
import { EXIT } from "./main.js";

export type CorpusFormat = "json" | "csv" | "graphml" | "html";

export interface CorpusOptions {
  format: CorpusFormat;
  out?: string;
}

export async function runCorpus(paths: string[], options: CorpusOptions): Promise<number> {
  const inputs = paths.length ? paths : ["-"];
  if (inputs.includes("-") && process.stdin.isTTY) {
    process.stderr.write("newsx corpus: no input: give JSONL files of records, or pipe `newsx extract` into it\n");
    return EXIT.usage;
  }
  const spoolDir = mkdtempSync(path.join(tmpdir(), "newsx-corpus-"));
  const spool = path.join(spoolDir, "quotes.jsonl");
  const fd = openSync(spool, "w");
  try {
    const corpus = new CorpusAggregator((article) => writeSync(fd, JSON.stringify(article) + "\n"));
    let unreadable = 0;
    for (const input of inputs) if (!(await readInto(corpus, input))) unreadable++;
    closeSync(fd);
    await writeCorpus(corpus, spool, options);
    if (corpus.errors.length) say(`newsx corpus: ${corpus.errors.length} error${corpus.errors.length === 1 ? "" : "s"} among the inputs (${corpus.records} records read); they are listed in the output`);
    return unreadable ? EXIT.someFailed : EXIT.ok;
  } finally {
    rmSync(spoolDir, { recursive: true, force: true });
  }
}

/** Feeds one input's lines to the corpus; false when the input cannot be read at all. */
async function readInto(corpus: CorpusAggregator, input: string): Promise<boolean> {
  const name = input === "-" ? "<stdin>" : input;
  const stream = input === "-" ? process.stdin : createReadStream(input);
  let n = 0;
  try {
    for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) corpus.addLine(line, `${name}:${++n}`);
    return true;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    const message = missing ? "no such file" : (err as Error).message;
    say(`newsx corpus: cannot read ${name}: ${message}`);
    corpus.errors.push({ source: name, code: missing ? "not_found" : "unreadable", message });
    return false;
  }
}

async function* spooled(spool: string, canonical: Map<string, string>): AsyncGenerator<ArticleQuotes> {
  for await (const line of readline.createInterface({ input: createReadStream(spool), crlfDelay: Infinity })) {
    const article = JSON.parse(line) as ArticleQuotes;
    for (const q of article.quotes) if (q.speaker) q.speaker = canonical.get(q.speaker) ?? q.speaker;
    yield article;
  }
}

async function put(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, "drain");
}

async function closeOut(out: NodeJS.WritableStream): Promise<void> {
  if (out === process.stdout) return;
  out.end();
  await once(out, "finish");
}

async function writeCorpus(corpus: CorpusAggregator, spool: string, options: CorpusOptions): Promise<void> {
  const canonical = corpus.canonicalKeys();
  const { people, meetings, countries } = corpus.result(canonical);
  if (options.format === "csv") return writeTables(options.out!, { people, meetings, countries }, spooled(spool, canonical));
  const out = options.out ? createWriteStream(options.out) : process.stdout;
  if (options.format === "graphml") for (const chunk of graphml(meetings, people)) await put(out, chunk);
  if (options.format === "json") {
    const items = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).join(",\n");
    await put(out, `{"records": ${corpus.records},\n"errors": [${items(corpus.errors)}],\n"people": [\n${items(people)}],\n"meetings": [\n${items(meetings)}],\n"quotes": [\n`);
    let first = true;
    for await (const article of spooled(spool, canonical))
      for (const q of article.quotes) {
        await put(out, (first ? "" : ",\n") + JSON.stringify(q));
        first = false;
      }
    await put(out, `],\n"countries": [\n${items(countries)}]}\n`);
  }
  if (options.format === "html") {
    const { shownQuotes, audits } = await quotesToShow(people, spooled(spool, canonical));
    await put(out, dashboard({ records: corpus.records, errors: corpus.errors, people, meetings, countries, shownQuotes, audits }));
  }
  await closeOut(out);
}

async function writeTables(dir: string, result: ReturnType<CorpusAggregator["result"]>, articles: AsyncGenerator<ArticleQuotes>): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const table = async (name: string, header: string[], rows: Iterable<string> | AsyncIterable<string>) => {
    const out = createWriteStream(path.join(dir, name));
    await put(out, csvRow(header));
    for await (const row of rows) await put(out, row);
    await closeOut(out);
  };
  await table("people.csv", PEOPLE_HEADER, result.people.map(personRow));
  await table("meetings.csv", MEETINGS_HEADER, result.meetings.map(meetingRow));
  await table("countries.csv", COUNTRIES_HEADER, result.countries.map(countryRows));
  await table("quotes.csv", QUOTES_HEADER, (async function* () {
    for await (const article of articles) for (const q of article.quotes) yield quoteRow(q);
  })());
  say(`newsx corpus: wrote people.csv, meetings.csv, quotes.csv and countries.csv to ${dir}`);
}

/** The who-said-what table's quotes: the most quoted people's first quotes, and their articles. */
async function quotesToShow(people: ReturnType<CorpusAggregator["result"]>["people"], articles: AsyncGenerator<ArticleQuotes>) {
  const speakers = new Set(people.filter((p) => p.quotes > 0).sort((a, b) => b.quotes - a.quotes).slice(0, LIMITS.speakers).map((p) => p.key));
  const taken = new Map<string, CorpusQuote[]>();
  const audits: ArticleQuotes[] = [];
  for await (const article of articles) {
    const chosen = article.quotes.filter((q) => {
      if (!q.speaker || !speakers.has(q.speaker)) return false;
      const list = taken.get(q.speaker) ?? [];
      taken.set(q.speaker, list);
      return list.length < LIMITS.quotesEach && list.push(q) > 0;
    });
    if (chosen.length) audits.push({ ...article, quotes: [] });
  }
  const order = [...speakers];
  return { shownQuotes: order.flatMap((key) => taken.get(key) ?? []), audits };
}
