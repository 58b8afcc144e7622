// The third hostile review's reproductions, on the spawned CLI: `newsx corpus` interrupted, on a
// full disk, fed a meeting of thousands of sides or a line of hundreds of MB; `check --update` on
// failing extractions and symbolic links; names that forge TAP lines; records that wait for input.
import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, closeSync, symlinkSync, writeFileSync, writeSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, FIXTURES } from "../helpers.js";

const scratch = () => mkdtempSync(path.join(tmpdir(), "newsx-reduce-"));

/** Runs newsx with its own TMPDIR, so a test can see what the run leaves in it. */
function newsx(args: string[], options: SpawnSyncOptions & { tmp?: string; nodeFlags?: string[] } = {}) {
  const { tmp, nodeFlags = [], ...spawnOptions } = options;
  const env = { ...process.env, FORCE_COLOR: "0", ...(tmp ? { TMPDIR: tmp } : {}) };
  const run = spawnSync(process.execPath, [...nodeFlags, BIN, ...args], { encoding: "utf8", input: "", maxBuffer: 1 << 28, timeout: 120_000, env, ...spawnOptions });
  return { code: run.status, stdout: String(run.stdout), stderr: String(run.stderr) };
}

// The records of the five seed articles: people, quotes, meetings.
const seedRecords = newsx(["extract", FIXTURES, "--format", "jsonl", "--jobs", "2", "--no-progress"]).stdout;
const work = scratch();
const recordsPath = path.join(work, "records.jsonl");
writeFileSync(recordsPath, seedRecords);
/** The seed records many times over, so that writing the quotes table takes a while. */
const manyRecordsPath = path.join(work, "many.jsonl");
writeFileSync(manyRecordsPath, seedRecords.repeat(1500));

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).map((n) => [n, createHash("sha256").update(readFileSync(path.join(dir, n))).digest("hex")]));

/** A small file system of its own (tmpfs, as root), to fill up or to mount read-only. */
const mounts: string[] = [];
function tmpfs(options: string): string {
  const dir = scratch();
  const run = spawnSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", dir], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`these tests mount a small tmpfs and need root: ${run.stderr}`);
  mounts.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of mounts) spawnSync("umount", [dir]);
});

/** Starts `newsx corpus` and sends it `signal` as soon as a temporary table shows in `out`. */
async function interruptWhileWriting(out: string, tmp: string, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, "corpus", manyRecordsPath, "--format", "csv", "--out", out], { env: { ...process.env, TMPDIR: tmp }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  for (let i = 0; i < 2000 && !readdirSync(out).some((n) => n.endsWith(".newsx-tmp")); i++) await new Promise((r) => setTimeout(r, 10));
  child.kill(signal);
  return { code: await exited, stderr };
}

describe("corpus output is written whole or not at all", () => {
  it.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)("%s while writing the tables leaves the complete old tables and no temporary file", async (signal) => {
    const out = scratch();
    const tmp = scratch();
    expect(newsx(["corpus", recordsPath, "--format", "csv", "--out", out]).code).toBe(0);
    const before = snapshot(out);
    const run = await interruptWhileWriting(out, tmp, signal);
    expect(run.code).toBe(130);
    expect(run.stderr).toContain("interrupted");
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);

  it("on a full disk exits 3 in one line and keeps the old tables; a JSON --out leaves no cut file", () => {
    const disk = tmpfs("size=1m");
    const tables = path.join(disk, "tables");
    expect(newsx(["corpus", recordsPath, "--format", "csv", "--out", tables]).code).toBe(0);
    const before = snapshot(tables);
    const csv = newsx(["corpus", manyRecordsPath, "--format", "csv", "--out", tables]);
    expect(csv.code).toBe(3);
    expect(csv.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^newsx corpus: cannot write .*quotes\.csv: ENOSPC/)]);
    expect(snapshot(tables)).toEqual(before);
    const json = newsx(["corpus", manyRecordsPath, "--out", path.join(disk, "corpus.json")]);
    expect(json.code).toBe(3);
    expect(readdirSync(disk)).toEqual(["tables"]);
  }, 60_000);

  it.each([
    ["JSON to an existing folder", ["--out", "."], "it is a folder"],
    ["CSV to an existing file", ["--format", "csv", "--out", "records.jsonl"], "a file is in the way of the folder"],
    ["JSON into a read-only folder", ["--out", "READONLY/corpus.json"], "read-only file system"],
  ])("%s: one line on stderr and exit 3", (_what, args, reason) => {
    const readonly = tmpfs("ro,size=64k");
    const run = newsx(["corpus", "records.jsonl", ...args.map((a) => a.replace("READONLY", readonly))], { cwd: work });
    expect(run.code).toBe(3);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining(reason)]);
    expect(run.stderr).not.toContain("    at ");
  });

  it("leaves no quote spool behind when the reader stops early (| head) or the output is a full device", () => {
    const tmp = scratch();
    const head = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" corpus "${manyRecordsPath}" | head -c 100 >/dev/null`], { env: { ...process.env, TMPDIR: tmp } });
    expect(head.status).toBe(0);
    const full = spawnSync(process.execPath, [BIN, "corpus", recordsPath], { env: { ...process.env, TMPDIR: tmp }, stdio: ["ignore", openSync("/dev/full", "w"), "pipe"], encoding: "utf8" });
    expect(full.status).toBe(3);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe("corpus input that would fill memory", () => {
  // Prints the process's peak resident memory on exit, in KB.
  const peak = ["--import", "data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))"];
  const peakMb = (stderr: string) => Number(/peak-rss-kb (\d+)/.exec(stderr)![1]) / 1024;

  it("pairs at most 20 sides of a meeting of 3,000, lists that among the errors, and stays small", () => {
    const record = JSON.parse(seedRecords.split("\n")[0]!);
    const participants = Array.from({ length: 3000 }, (_, i) => ({ name: `Delegate Number${i}`, personId: `person-${i}`, key: `delegate-number${i}`, country: null, role: null }));
    record.meetings = [{ ...record.meetings[0], participants }];
    const input = path.join(scratch(), "summit.jsonl");
    writeFileSync(input, JSON.stringify(record) + "\n");
    const run = newsx(["corpus", input], { nodeFlags: peak });
    expect(run.code).toBe(0);
    const corpus = JSON.parse(run.stdout);
    expect(corpus.meetings).toHaveLength((20 * 19) / 2);
    expect(corpus.errors).toEqual([{ source: record.source, code: "too_many_sides", message: "a meeting of 3000 sides: only the first 20 are paired" }]);
    expect(peakMb(run.stderr)).toBeLessThan(500);
  });

  it("counts a line over the size limit as a bad line without holding it, and reads the next", () => {
    const input = path.join(scratch(), "huge.jsonl");
    const fd = openSync(input, "w");
    const block = Buffer.alloc(1 << 20, 0x61);
    for (let i = 0; i < 600; i++) writeSync(fd, block);
    writeSync(fd, "\n" + seedRecords.split("\n")[0] + "\n");
    closeSync(fd);
    const run = newsx(["corpus", input], { nodeFlags: peak });
    expect(run.code).toBe(0);
    const corpus = JSON.parse(run.stdout);
    expect(corpus.errors).toEqual([{ source: `${input}:1`, code: "bad_line", message: "line is over 64 MB" }]);
    expect(corpus.records).toBe(2);
    expect(corpus.people.length).toBeGreaterThan(0);
    expect(peakMb(run.stderr)).toBeLessThan(500);
  }, 120_000);
});

describe("corpus output that could be misread", () => {
  const one = JSON.parse(seedRecords.split("\n")[0]!);

  it("prefixes a quote that starts with a minus sign, as OWASP lists, so a spreadsheet does not run it", () => {
    const record = { ...one, quotes: [{ ...one.quotes[0], text: "-2+3+cmd|' /C calc'!A0" }] };
    const input = path.join(scratch(), "formula.jsonl");
    writeFileSync(input, JSON.stringify(record) + "\n");
    const out = scratch();
    newsx(["corpus", input, "--format", "csv", "--out", out]);
    expect(readFileSync(path.join(out, "quotes.csv"), "utf8")).toContain(",'-2+3+cmd|' /C calc'!A0,");
  });

  it("keeps two sides apart in GraphML when their keys differ only by a control character", () => {
    const meeting = { ...one.meetings[0], participants: [{ name: "a\u0001b", personId: null, key: null, country: null, role: null }, { name: "ab", personId: null, key: null, country: null, role: null }] };
    const input = path.join(scratch(), "control.jsonl");
    writeFileSync(input, JSON.stringify({ ...one, meetings: [meeting] }) + "\n");
    const xml = newsx(["corpus", input, "--format", "graphml"]).stdout;
    const edge = /<edge id="e0" source="(n\d+)" target="(n\d+)"/.exec(xml)!;
    expect(edge[1]).not.toBe(edge[2]);
    expect((xml.match(/<node /g) ?? []).length).toBe(2);
  });
});

describe("newsx check", () => {
  const fixtures = () => {
    const dir = scratch();
    for (const name of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    return dir;
  };
  const first = "000_7aa7d412a1bdea41";

  it("--update keeps a fixture whose text cannot be extracted, says why and exits 1", () => {
    const dir = fixtures();
    const good = readFileSync(path.join(dir, `${first}.json`), "utf8");
    writeFileSync(path.join(dir, `${first}.txt`), Buffer.from("Caf\xe9 society.", "latin1"));
    const run = newsx(["check", dir, "--update"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`not updated ${path.join(dir, `${first}.json`)}: encoding`);
    expect(run.stdout).not.toContain(`${first}.json`);
    expect(readFileSync(path.join(dir, `${first}.json`), "utf8")).toBe(good);
  });

  it("--update refuses a symbolic link, live or dangling, and writes nothing outside the folder", () => {
    const dir = fixtures();
    const outside = path.join(scratch(), "dotfile");
    writeFileSync(outside, "precious\n");
    const dangling = path.join(scratch(), "created-by-newsx");
    for (const [name, target] of [[first, outside], ["001_3505fd29ffcfbefc", dangling]] as const) {
      const link = path.join(dir, `${name}.json`);
      spawnSync("rm", [link]);
      symlinkSync(target, link);
    }
    const run = newsx(["check", dir, "--update"]);
    expect(run.code).toBe(1);
    expect(run.stderr.match(/it is a symbolic link/g)).toHaveLength(2);
    expect(readFileSync(outside, "utf8")).toBe("precious\n");
    expect(existsSync(dangling)).toBe(false);
    expect(lstatSync(path.join(dir, `${first}.json`)).isSymbolicLink()).toBe(true);
  });

  it("reports a fixture that is not JSON as a failed case naming the file, in every format, with the others", () => {
    const dir = fixtures();
    writeFileSync(path.join(dir, `${first}.json`), "{ not json");
    const text = newsx(["check", dir]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${first}.txt: ${first}.json is not JSON`);
    expect(text.stdout).toContain("4 passed, 1 failed");
    const junit = newsx(["check", dir, "--format", "junit"]).stdout;
    expect(junit).toContain('tests="5" failures="1"');
    expect(junit).toContain(`${first}.json is not JSON`);
    const tap = newsx(["check", dir, "--format", "tap"]).stdout;
    expect(tap).toContain(`not ok 1 - ${first}.txt`);
    expect(tap.match(/^ok /gm)).toHaveLength(4);
    const json = JSON.parse(newsx(["check", dir, "--format", "json"]).stdout);
    expect(json).toMatchObject({ passed: 4, failed: 1 });
    expect(json.fixtures[0].problem).toContain(`${first}.json is not JSON`);
  });

  it("escapes '#' and line breaks in TAP names, so no name reads as a directive or a line of its own", () => {
    const dir = fixtures();
    for (const name of ["broken # TODO later", "forged\nok 9 - fine"]) {
      writeFileSync(path.join(dir, `${name}.txt`), "The minister met the envoy in Rome on Monday.");
      writeFileSync(path.join(dir, `${name}.json`), "{}");
    }
    const tap = newsx(["check", dir, "--format", "tap"]).stdout;
    expect(tap).toMatch(/^not ok \d+ - broken \\# TODO later\.txt$/m);
    expect(tap).toMatch(/^not ok \d+ - forged\\nok 9 - fine\.txt$/m);
    expect(tap).not.toMatch(/^ok 9/m);
    const update = newsx(["check", dir, "--update"]);
    expect(update.stdout).toContain("forged\nok 9 - fine.json".replace("\n", "\\x0a"));
  });
});

describe("JSON Lines input, record by record", () => {
  it("writes a record as soon as it is done, while standard input stays open", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "--input", "jsonl", "--jobs", "1"], { stdio: ["pipe", "pipe", "ignore"] });
    child.stdin.write(JSON.stringify({ id: "first", text: "The minister met the envoy in Rome on Monday." }) + "\n");
    const started = Date.now();
    const line = await new Promise<string>((resolve) => child.stdout.once("data", (d) => resolve(String(d))));
    const seconds = (Date.now() - started) / 1000;
    child.stdin.end();
    await new Promise((resolve) => child.on("exit", resolve));
    expect(JSON.parse(line)).toMatchObject({ id: "first" });
    // Start-up and one short article; before, it waited for 4 × jobs more lines or the end of input.
    expect(seconds).toBeLessThan(25);
  }, 60_000);

  it("gives lines without an id ids from their text, so chunks of `parallel --pipe` never collide in corpus", () => {
    const [a, b] = readdirSync(FIXTURES).filter((n) => n.endsWith(".txt")).slice(0, 2).map((n) => readFileSync(path.join(FIXTURES, n), "utf8"));
    const chunk = (text: string) => newsx(["extract", "--input", "jsonl"], { input: JSON.stringify({ text }) + "\n" }).stdout;
    const records = [chunk(a!), chunk(b!), chunk(a!)].map((l) => JSON.parse(l));
    expect(records.map((r) => r.source)).toEqual(["stdin:1", "stdin:1", "stdin:1"]);
    expect(records[0].id).toMatch(/^text-[0-9a-f]{16}$/);
    expect(records[0].id).not.toBe(records[1].id);
    expect(records[2].id).toBe(records[0].id);
    const corpus = JSON.parse(newsx(["corpus"], { input: records.slice(0, 2).map((r) => JSON.stringify(r)).join("\n") + "\n" }).stdout);
    const articles = new Set(corpus.quotes.map((q: { article: string }) => q.article));
    expect(articles.size).toBe(2);
  });
});

describe("the test run's own temporary files", () => {
  it("all go under the run's folder, which is removed at the end (test/setup/global.ts)", () => {
    expect(tmpdir()).toMatch(/newsx-tests-\w+[/\\]tmp$/);
    const dir = mkdtempSync(path.join(tmpdir(), "x-"));
    mkdirSync(path.join(dir, "y"));
    expect(dir.startsWith(tmpdir())).toBe(true);
  });
});
