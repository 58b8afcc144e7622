// `newsx corpus`: the reduce step after `newsx extract` (or after many extract runs in parallel):
// reads records as JSON Lines from files or standard input and writes the corpus view as one
// JSON document, four CSV tables, GraphML or an HTML dashboard. Memory follows the number of
// distinct people, pairs and countries: quotes are spooled to a temporary file while reading
// and streamed back when written. Files given with --out are written whole or not at all.
import { say } from "./terminal.js";
import { once } from "node:events";
import { closeSync, createReadStream, mkdirSync, mkdtempSync, openSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import readline from "node:readline";
import { CorpusAggregator, type ArticleQuotes } from "../corpus/aggregate.js";
import { COUNTRIES_HEADER, countryRows, csvRow, MEETINGS_HEADER, meetingRow, ORGANIZATIONS_HEADER, organizationRow, PEOPLE_HEADER, personRow, QUOTES_HEADER, quoteRow } from "../corpus/csv.js";
import { dashboard, LIMITS } from "../corpus/dashboard.js";
import { graphml } from "../corpus/graphml.js";
import { commit, discardPending, finish, stage, write, type StagedFile } from "../io/atomic.js";
import { byteLines } from "../io/sources.js";
import type { CorpusQuote } from "../schema/corpus.js";
import { EXIT } from "./main.js";

export type CorpusFormat = "json" | "csv" | "graphml" | "html";

export interface CorpusOptions {
  format: CorpusFormat;
  out?: string;
}

/** A record line longer than this is counted as a bad line, unread: records of 1 MB articles are a few MB. */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** A failure to write the output (full disk, a folder where a file goes): one line, exit 3. */
class OutputError extends Error {}

export async function runCorpus(paths: string[], options: CorpusOptions): Promise<number> {
  const inputs = paths.length ? paths : ["-"];
  if (inputs.includes("-") && process.stdin.isTTY) {
    process.stderr.write("newsx corpus: no input: give JSONL files of records, or pipe `newsx extract` into it\n");
    return EXIT.usage;
  }
  const stopOnSignal = () => {
    discardPending();
    say("newsx corpus: interrupted; no output file was changed");
    process.exit(EXIT.interrupted);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stopOnSignal);
  const spool = openSpool();
  try {
    const corpus = new CorpusAggregator((article) => writeSync(spool, JSON.stringify(article) + "\n"));
    let unreadable = 0;
    for (const input of inputs) if (!(await readInto(corpus, input))) unreadable++;
    await writeCorpus(corpus, spool, options);
    if (corpus.errors.length) say(`newsx corpus: ${corpus.errors.length} error${corpus.errors.length === 1 ? "" : "s"} among the inputs (${corpus.records} records read); they are listed in the output`);
    return unreadable ? EXIT.someFailed : EXIT.ok;
  } catch (err) {
    discardPending();
    if (!(err instanceof OutputError)) throw err;
    say(`newsx corpus: ${err.message}`);
    return EXIT.output;
  } finally {
    closeSync(spool);
  }
}

/**
 * The quote spool: a temporary file that is unlinked as soon as it is open, so nothing is left in
 * the temporary folder however the process ends (a signal, a closed pipe, a crash). It is read back
 * through the open descriptor.
 */
function openSpool(): number {
  const dir = mkdtempSync(path.join(tmpdir(), "newsx-corpus-"));
  try {
    const file = path.join(dir, "quotes.jsonl");
    const fd = openSync(file, "w+");
    unlinkSync(file);
    return fd;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Feeds one input's lines to the corpus; false when the input cannot be read at all. */
async function readInto(corpus: CorpusAggregator, input: string): Promise<boolean> {
  const name = input === "-" ? "<stdin>" : input;
  const stream = input === "-" ? process.stdin : createReadStream(input);
  try {
    for await (const { n, bytes } of byteLines(stream, MAX_RECORD_BYTES)) {
      if (bytes) corpus.addLine(bytes.toString("utf8"), `${name}:${n}`);
      else corpus.badLine(`${name}:${n}`, `line is over ${MAX_RECORD_BYTES / 1024 / 1024} MB`);
    }
    return true;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === "ENOENT";
    const message = missing ? "no such file" : (err as Error).message;
    say(`newsx corpus: cannot read ${name}: ${message}`);
    corpus.errors.push({ source: name, code: missing ? "not_found" : "unreadable", message });
    return false;
  }
}

async function* spooled(spool: number, canonical: Map<string, string>): AsyncGenerator<ArticleQuotes> {
  const stream = createReadStream("", { fd: spool, start: 0, autoClose: false });
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    const article = JSON.parse(line) as ArticleQuotes;
    for (const q of article.quotes) if (q.speaker) q.speaker = canonical.get(q.speaker) ?? q.speaker;
    yield article;
  }
}

/** Where the output goes: standard output, or a file staged under a temporary name. */
interface Sink {
  stream: NodeJS.WritableStream;
  file?: StagedFile;
}

async function put(sink: Sink, chunk: string): Promise<void> {
  if (!sink.file) {
    if (!sink.stream.write(chunk)) await once(sink.stream, "drain");
    return;
  }
  await write(sink.file, chunk).catch((err) => Promise.reject(outputError(sink.file!.target, err)));
}

function outputError(target: string, err: unknown): OutputError {
  const code = (err as NodeJS.ErrnoException).code;
  // node's message names the system call and the temporary path; the user needs the reason.
  const reason = code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way of the folder" : (err as Error).message.split(", ")[0];
  return new OutputError(`cannot write ${target}: ${reason}`);
}

async function openSink(target: string): Promise<Sink> {
  try {
    const file = await stage(target);
    return { stream: file.stream, file };
  } catch (err) {
    throw outputError(target, err);
  }
}

async function finishSinks(sinks: Sink[]): Promise<void> {
  const files = sinks.flatMap((s) => (s.file ? [s.file] : []));
  for (const file of files) await finish(file).catch((err) => Promise.reject(outputError(file.target, err)));
  try {
    commit(files);
  } catch (err) {
    throw outputError(files[0]!.target, err);
  }
}

/** Items of a JSON array, written one by one so no single string holds them all. */
async function putItems(sink: Sink, items: Iterable<unknown> | AsyncIterable<unknown>): Promise<void> {
  let first = true;
  for await (const item of items) {
    await put(sink, (first ? "\n" : ",\n") + JSON.stringify(item));
    first = false;
  }
}

async function writeCorpus(corpus: CorpusAggregator, spool: number, options: CorpusOptions): Promise<void> {
  const canonical = corpus.canonicalKeys();
  const result = corpus.result(canonical);
  const { people, organizations, meetings, countries } = result;
  if (options.format === "csv") return writeTables(options.out!, result, spooled(spool, canonical));
  const sink = options.out ? await openSink(options.out) : { stream: process.stdout };
  if (options.format === "graphml") for (const chunk of graphml(meetings, people)) await put(sink, chunk);
  if (options.format === "json") {
    await put(sink, `{"records": ${corpus.records},\n"errors": [`);
    await putItems(sink, corpus.errors);
    await put(sink, `],\n"people": [`);
    await putItems(sink, people);
    await put(sink, `],\n"organizations": [`);
    await putItems(sink, organizations);
    await put(sink, `],\n"meetings": [`);
    await putItems(sink, meetings);
    await put(sink, `],\n"quotes": [`);
    await putItems(sink, (async function* () {
      for await (const article of spooled(spool, canonical)) yield* article.quotes;
    })());
    await put(sink, `],\n"countries": [`);
    await putItems(sink, countries);
    await put(sink, `]}\n`);
  }
  if (options.format === "html") {
    const { shownQuotes, audits } = await quotesToShow(people, spooled(spool, canonical));
    await put(sink, dashboard({ records: corpus.records, errors: corpus.errors, people, organizations, meetings, countries, shownQuotes, audits }));
  }
  await finishSinks([sink]);
}

/** The five tables, each staged under a temporary name and all renamed together once complete. */
async function writeTables(dir: string, result: ReturnType<CorpusAggregator["result"]>, articles: AsyncGenerator<ArticleQuotes>): Promise<void> {
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
  } catch (err) {
    throw outputError(dir, err);
  }
  const sinks: Sink[] = [];
  const table = async (name: string, header: string[], rows: Iterable<string> | AsyncIterable<string>) => {
    const sink = await openSink(path.join(dir, name));
    sinks.push(sink);
    await put(sink, csvRow(header));
    for await (const row of rows) await put(sink, row);
  };
  await table("people.csv", PEOPLE_HEADER, result.people.map(personRow));
  await table("organizations.csv", ORGANIZATIONS_HEADER, result.organizations.map(organizationRow));
  await table("meetings.csv", MEETINGS_HEADER, result.meetings.map(meetingRow));
  await table("countries.csv", COUNTRIES_HEADER, result.countries.map(countryRows));
  await table("quotes.csv", QUOTES_HEADER, (async function* () {
    for await (const article of articles) for (const q of article.quotes) yield quoteRow(q);
  })());
  await finishSinks(sinks);
  say(`newsx corpus: wrote people.csv, organizations.csv, meetings.csv, quotes.csv and countries.csv to ${dir}`);
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
    // One audit per article: the dashboard links each quote to its article's audit by id.
    if (chosen.length && !audits.some((a) => a.article === article.article)) audits.push({ ...article, quotes: [] });
  }
  const order = [...speakers];
  return { shownQuotes: order.flatMap((key) => taken.get(key) ?? []), audits };
}
