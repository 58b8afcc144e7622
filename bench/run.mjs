#!/usr/bin/env node
// `npm run bench`: speed, memory and start-up of newsx against a bare compromise parse of the same
// documents, measured in one run so the ratios hold on a shared, noisy machine.
//
//   node bench/run.mjs [--quick] [--rounds N]
//
// --quick skips the ten-fold copy (and the corpus run over its records) and the linearity table. Each throughput measurement is repeated
// in N rounds (default 3), the runs of a round back to back, and the table shows medians: a ratio
// is the median of the rounds' own ratios, so a slow minute on a shared machine hits both sides.
// The "machine ceiling" row runs N bare processes side by side on shares of the corpus: the most
// any parallel run can gain on this machine at that moment.
//
// Corpora: ../shared/bench/bbc (2,225 BBC articles) and ../shared/bench/pages/texts (91 pages).
// Peak RSS is the whole process's, worker threads included (GNU time's %M).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { availableParallelism, tmpdir } from "node:os";
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const SHARED = join(ROOT, "../shared/bench");
const CORPORA = [
  ["BBC news", join(SHARED, "bbc")],
  ["web pages", join(SHARED, "pages/texts")],
];
const JOBS = availableParallelism();
const quick = process.argv.includes("--quick");
const roundsAt = process.argv.indexOf("--rounds");
const ROUNDS = roundsAt < 0 ? 3 : Number(process.argv[roundsAt + 1]);
const BIN = join(ROOT, "bin/newsx.js");

/** Runs a command under GNU time; returns wall seconds and peak RSS in MB. */
function measure(args, { stdin, stdout = "ignore" } = {}) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", ...args], { cwd: ROOT, input: stdin, maxBuffer: 1 << 30, stdio: ["pipe", stdout, "pipe"] });
  const last = run.stderr.toString().trim().split("\n").pop();
  const [seconds, kb] = last.split(" ").map(Number);
  if (!Number.isFinite(seconds)) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  return { seconds, rssMB: kb / 1024 };
}

/** Runs the commands side by side; returns the wall seconds until the last one ends. */
async function measureTogether(commands) {
  const start = performance.now();
  await Promise.all(
    commands.map(
      (args) =>
        new Promise((resolve, reject) => {
          const child = spawn(args[0], args.slice(1), { cwd: ROOT, stdio: "ignore" });
          child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
        }),
    ),
  );
  return (performance.now() - start) / 1000;
}

function corpusSize(dir) {
  let documents = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!String(name).endsWith(".txt")) continue;
    documents++;
    bytes += statSync(join(dir, String(name))).size;
  }
  return { documents, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 1) => x.toFixed(d);
const row = (cells) => console.log("| " + cells.join(" | ") + " |");

async function throughputTable() {
  console.log(`\n## Throughput (${JOBS} cores; median of ${ROUNDS} rounds; ratio = newsx time / bare compromise time, same documents)\n`);
  row(["corpus", "run", "docs/s", "MB/s", "peak RSS MB", "ratio to bare", "speed-up"]);
  row(["---", "---", "---:", "---:", "---:", "---:", "---:"]);
  const results = {};
  const perRound = [];
  for (const [name, dir] of CORPORA) {
    const { documents, bytes } = corpusSize(dir);
    const extract = (jobs) => ["node", BIN, "extract", dir, "--format", "jsonl", "--no-text", "--jobs", String(jobs)];
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      rounds.push({
        bare: measure(["node", "bench/bare.mjs", dir]),
        one: measure(extract(1)),
        many: measure(extract(JOBS)),
        ceiling: await measureTogether(Array.from({ length: JOBS }, (_, k) => ["node", "bench/bare.mjs", dir, "--shard", `${k}/${JOBS}`])),
      });
    }
    const mid = (f) => median(rounds.map(f));
    const summary = (key) => ({ seconds: mid((r) => r[key].seconds), rssMB: Math.max(...rounds.map((r) => r[key].rssMB)) });
    const [bare, one, many] = [summary("bare"), summary("one"), summary("many")];
    const line = (label, m, extra) =>
      row([name, label, fmt(documents / m.seconds), fmt(bytes / 1e6 / m.seconds, 3), m.rssMB ? fmt(m.rssMB, 0) : "", ...extra]);
    line("bare compromise, 1 thread", bare, ["1.00", ""]);
    line(`bare compromise, ${JOBS} processes (machine ceiling)`, { seconds: mid((r) => r.ceiling) }, ["", fmt(mid((r) => r.bare.seconds / r.ceiling), 2)]);
    line("newsx --jobs 1", one, [fmt(mid((r) => r.one.seconds / r.bare.seconds), 2), "1.00"]);
    line(`newsx --jobs ${JOBS}`, many, [fmt(mid((r) => r.many.seconds / r.bare.seconds), 2), fmt(mid((r) => r.one.seconds / r.many.seconds), 2)]);
    const each = (f) => rounds.map((r) => fmt(f(r), 2)).join(" ");
    perRound.push(`${name}, each round: ratio --jobs 1 ${each((r) => r.one.seconds / r.bare.seconds)}; speed-up --jobs ${JOBS} ${each((r) => r.one.seconds / r.many.seconds)}; ceiling ${each((r) => r.bare.seconds / r.ceiling)}`);
    results[name] = { documents, many };
  }
  console.log("\n" + perRound.join("\n"));
  return results;
}

function tenfold(bbc) {
  const dir = mkdtempSync(join(tmpdir(), "newsx-bench-"));
  const records = join(mkdtempSync(join(tmpdir(), "newsx-bench-records-")), "records.jsonl");
  try {
    for (let i = 0; i < 10; i++) cpSync(join(SHARED, "bbc"), join(dir, `copy-${i}`), { recursive: true });
    const out = openSync(records, "w");
    const m = measure(["node", BIN, "extract", dir, "--format", "jsonl", "--no-text", "--jobs", String(JOBS)], { stdout: out });
    closeSync(out);
    console.log(`\n## Memory over ten copies of the BBC corpus (${bbc.documents * 10} files, --jobs ${JOBS})\n`);
    row(["files", "peak RSS MB", "docs/s"]);
    row(["---:", "---:", "---:"]);
    row([bbc.documents, fmt(bbc.many.rssMB, 0) + " (highest of the rounds)", fmt(bbc.documents / bbc.many.seconds)]);
    row([bbc.documents * 10, fmt(m.rssMB, 0), fmt((bbc.documents * 10) / m.seconds)]);
    console.log(`\nRSS ten copies / one copy: ${fmt(m.rssMB / bbc.many.rssMB, 2)}`);
    corpusTable(records, bbc.documents * 10, m.seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(dirname(records), { recursive: true, force: true });
  }
}

/** newsx corpus over the ten copies' records: the reduce step against the extract it follows. */
function corpusTable(records, count, extractSeconds) {
  console.log(`\n## newsx corpus over the ${count} records of the ten copies (bound: peak RSS 300 MB, 10% of the extract time)\n`);
  row(["format", "seconds", "peak RSS MB", "share of extract time"]);
  row(["---", "---:", "---:", "---:"]);
  const outDir = mkdtempSync(join(tmpdir(), "newsx-bench-corpus-"));
  try {
    for (const format of ["json", "csv", "graphml", "html"]) {
      const m = measure(["node", BIN, "corpus", records, "--format", format, "--out", join(outDir, format)]);
      row([format, fmt(m.seconds, 2), fmt(m.rssMB, 0), `${fmt((100 * m.seconds) / extractSeconds, 1)}%`]);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function startup() {
  const article = join(ROOT, "fixtures/000_7aa7d412a1bdea41.txt");
  const version = median([0, 1, 2, 3, 4].map(() => measure(["node", BIN, "--version"]).seconds));
  const one = median([0, 1, 2].map(() => measure(["node", BIN, "extract", article, "--format", "jsonl"]).seconds));
  const bareImport = median([0, 1, 2].map(() => measure(["node", "--input-type=module", "-e", "await import('compromise')"]).seconds));
  console.log("\n## Start-up (median wall time)\n");
  row(["command", "seconds"]);
  row(["---", "---:"]);
  row(["newsx --version", fmt(version, 2)]);
  row(["newsx extract one-article.txt", fmt(one, 2)]);
  row(["node -e \"import('compromise')\" (for scale)", fmt(bareImport, 2)]);
}

/** The library's extract() in one warm process, against the pipeline it wraps and a bare parse. */
function library() {
  const out = JSON.parse(execFileSync("node", ["bench/library.mjs", join(SHARED, "bbc"), "--rounds", String(ROUNDS)], { cwd: ROOT }).toString());
  console.log(`\n## The library: extract() for one article at a time in a warm process (${out.documents} BBC articles; median of ${ROUNDS} rounds)\n`);
  row(["run", "seconds", "ratio"]);
  row(["---", "---:", "---:"]);
  row(["bare compromise parse", fmt(median(out.seconds.bare), 2), "1.00"]);
  row(["the pipeline (processArticle)", fmt(median(out.seconds.pipeline), 2), fmt(median(out.seconds.pipeline) / median(out.seconds.bare), 2)]);
  row(["`extract()` from \"newsx\"", fmt(median(out.seconds.library), 2), fmt(out.libraryToBare, 2)]);
  row(["`extract()` / the pipeline", "", fmt(out.libraryToPipeline, 2)]);
}

function linearity() {
  const out = execFileSync("node", ["bench/linearity.mjs", join(SHARED, "bbc")], { cwd: ROOT, maxBuffer: 1 << 26 }).toString();
  const rows = out.trim().split("\n").map((l) => JSON.parse(l));
  const shapes = [...new Set(rows.map((r) => r.name))];
  const at = (name, kb) => rows.find((r) => r.name === name && r.kb === kb);
  const real400 = at("real text", 400).secondsPerMB;
  console.log("\n## Linearity: the whole pipeline in one thread, seconds per MB of input at 50, 100, 200 and 400 KB\n");
  console.log("Bounds: at 400 KB a shape takes at most 2x real text's time per MB, and at most 1.5x its own at 50 KB.\n");
  row(["input", "50 KB", "100 KB", "200 KB", "400 KB", "× real text at 400 KB", "400 KB / 50 KB", "within bounds"]);
  row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---"]);
  for (const name of shapes) {
    const perMB = [50, 100, 200, 400].map((kb) => at(name, kb)?.secondsPerMB);
    const [first, , , last] = perMB;
    const vsReal = last === undefined ? Infinity : last / real400;
    const growth = last === undefined ? Infinity : last / first;
    row([name, ...perMB.map((x) => (x === undefined ? "–" : fmt(x, 2))), fmt(vsReal, 2), fmt(growth, 2), vsReal <= 2 && growth <= 1.5 ? "yes" : "**no**"]);
  }
}

console.log(`# newsx benchmark (node ${process.version})`);
startup();
const results = await throughputTable();
library();
if (!quick) {
  tenfold(results["BBC news"]);
  linearity();
}
