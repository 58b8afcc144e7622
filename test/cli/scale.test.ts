// Folders of many files through the worker pool: one record per file in input order, bad files as
// error records, Ctrl-C, the per-document time budget, and newsx as a GNU parallel mapper.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OutputRecordSchema } from "../../src/schema/record.js";
import { BIN, FIXTURES, SAMPLE_BBC, SAMPLE_PAGES, unprivileged } from "../helpers.js";

const seeds = readdirSync(FIXTURES)
  .filter((n) => n.endsWith(".txt"))
  .map((n) => readFileSync(path.join(FIXTURES, n), "utf8"));
const pages = SAMPLE_PAGES;
const pageTexts = readdirSync(pages).map((n) => readFileSync(path.join(pages, n), "utf8"));

function newsx(args: string[], options: { input?: string; asNobody?: boolean } = {}) {
  const user = options.asNobody ? unprivileged() : undefined;
  const run = spawnSync(process.execPath, [user?.bin ?? BIN, ...args], {
    input: options.input ?? "",
    encoding: "utf8",
    maxBuffer: 1 << 28,
    ...(user ? { uid: user.uid, gid: user.gid, cwd: user.cwd } : {}),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
/** BBC business article bodies joined into one text of `size` characters, all kept by the normalizer. */
function bbcBodies(size: number): string {
  const bodies = readdirSync(SAMPLE_BBC).map((n) => readFileSync(path.join(SAMPLE_BBC, n), "utf8").split("\n").slice(1).join("\n"));
  const all = bodies.join("\n\n");
  // The sample is smaller than the largest sizes asked for: it is repeated, as an archive pasted whole would be.
  return all.repeat(Math.ceil(size / all.length)).slice(0, size);
}
const records = (stdout: string) => stdout.split("\n").filter(Boolean).map((l) => OutputRecordSchema.parse(JSON.parse(l)));

/** A folder of `good` real articles and `bad` broken files (empty, binary, invalid UTF-8, unreadable), names in input order. */
function corpus(good: number, bad: number): { dir: string; names: string[]; badNames: Set<string> } {
  const dir = mkdtempSync(path.join(tmpdir(), "newsx-scale-"));
  const names: string[] = [];
  const badNames = new Set<string>();
  const total = good + bad;
  for (let i = 0; i < total; i++) {
    const name = `${String(i).padStart(5, "0")}.txt`;
    const file = path.join(dir, name);
    const isBad = i % Math.floor(total / bad) === 3 && badNames.size < bad;
    if (!isBad) writeFileSync(file, pageTexts[i % pageTexts.length]!);
    else {
      badNames.add(name);
      const kind = badNames.size % 4;
      if (kind === 0) writeFileSync(file, "");
      else if (kind === 1) writeFileSync(file, Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]));
      else if (kind === 2) writeFileSync(file, Buffer.from(pageTexts[i % pageTexts.length]!.slice(0, 2000) + " caf\xe9", "latin1"));
      else {
        writeFileSync(file, "Locked article.");
        chmodSync(file, 0o000);
      }
    }
    names.push(name);
  }
  chmodSync(dir, 0o755);
  return { dir, names, badNames };
}

// As root every file is readable; the runs drop to "nobody" so a chmod 000 file is unreadable.

describe("a folder of many files through the pool", () => {
  const { dir, names, badNames } = corpus(270, 30);

  it("gives exactly one record per file, in input order, the bad ones as error records, exit 1", () => {
    const run = newsx(["extract", dir, "--jobs", "2", "--no-text"], { asNobody: true });
    const out = records(run.stdout);
    expect(run.code).toBe(1);
    expect(out.map((r) => path.basename(r.source))).toEqual(names);
    const errors = out.filter((r) => "error" in r);
    expect(errors.map((r) => path.basename(r.source)).sort()).toEqual([...badNames].sort());
    expect(new Set(errors.map((r) => ("error" in r ? r.error.code : "")))).toEqual(new Set(["empty", "binary", "encoding", "unreadable"]));
  }, 120_000);

  it("--unordered writes the same records, each once", () => {
    const run = newsx(["extract", dir, "--jobs", "2", "--no-text", "--unordered"], { asNobody: true });
    expect(records(run.stdout).map((r) => path.basename(r.source)).sort()).toEqual(names);
  }, 120_000);

  it("--progress draws on stderr and never on stdout", () => {
    const run = newsx(["extract", path.join(dir, names[0]!), path.join(dir, names[1]!), "--progress"]);
    expect(run.stderr).toMatch(/2\/2 files · [\d.]+\/s/);
    expect(records(run.stdout)).toHaveLength(2);
  }, 60_000);
});

describe("interruptions and budgets", () => {
  it("Ctrl-C flushes the records done, whole, and exits 130", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsx-sigint-"));
    for (let i = 0; i < 200; i++) writeFileSync(path.join(dir, `${String(i).padStart(3, "0")}.txt`), pageTexts[i % pageTexts.length]!);
    const child = spawn(process.execPath, [BIN, "extract", dir, "--jobs", "1"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.split("\n").length > 3) child.kill("SIGINT");
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stdout.endsWith("\n")).toBe(true);
    const out = records(stdout);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.length).toBeLessThan(200);
  }, 60_000);

  it("a document over --doc-timeout becomes a timeout record and the run goes on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsx-timeout-"));
    // Two megabytes of BBC article bodies: all kept by the normalizer, many seconds of parsing.
    writeFileSync(path.join(dir, "a-huge.txt"), bbcBodies(2_000_000));
    writeFileSync(path.join(dir, "b-normal.txt"), seeds[0]!);
    const run = newsx(["extract", dir, "--jobs", "1", "--doc-timeout", "2", "--max-bytes", "50000000"]);
    const [huge, normal] = records(run.stdout);
    expect(huge).toMatchObject({ error: { code: "timeout" } });
    expect(normal).toHaveProperty("people");
    expect(run.code).toBe(1);
  }, 60_000);

  it("a document that outgrows a worker's heap is parsed again with more room, to the same record", async () => {
    const { createPool } = await import("../../dist/run/pool.js");
    // 200 KB of BBC bodies needs over 50 MB, a seed article under 30 MB (the NLP stack alone is ~25 MB):
    // a 40 MB limit sits between them with room on each side, as the heap's use differs by machine.
    const big = { kind: "text" as const, input: { source: "big", text: bbcBodies(200_000) }, options: { includeText: false } };
    const seed = { kind: "text" as const, input: { source: "seed", text: seeds[0]! }, options: { includeText: false } };
    const lean = createPool({ jobs: 1, docTimeoutMs: 60_000, workerHeapMb: 40 });
    const roomy = createPool({ jobs: 1, docTimeoutMs: 60_000 });
    try {
      const [leanSeed, leanBig, roomyBig] = [await lean.run(seed), await lean.run(big), await roomy.run(big)];
      expect(leanSeed).not.toHaveProperty("warnings");
      expect(leanBig).toMatchObject({ warnings: ["needed more than 40 MB: parsed again in a worker without that limit"] });
      expect({ ...leanBig, warnings: undefined }).toEqual({ ...roomyBig, warnings: undefined });
      expect((roomyBig as { people: unknown[] }).people.length).toBeGreaterThan(10);
    } finally {
      await Promise.all([lean.close(), roomy.close()]);
    }
  }, 60_000);
});

describe("beyond one machine: --input jsonl as a GNU parallel mapper", () => {
  it("every id comes back exactly once when the corpus is split into chunks over 2 jobs", () => {
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: seeds[i % seeds.length], published: "2024-07-11" }));
    const run = spawnSync("parallel", ["--pipe", "-N", "8", "-j", "2", process.execPath, BIN, "extract", "--input", "jsonl", "--jobs", "1", "--no-text"], {
      input: lines.join("\n") + "\n",
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
    const ids = records(run.stdout).map((r) => r.id);
    expect(ids.sort()).toEqual(lines.map((_, i) => `doc-${i}`).sort());
  }, 120_000);
});
