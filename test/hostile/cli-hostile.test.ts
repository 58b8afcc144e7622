// The hostile review's reproductions, on the spawned CLI: odd files in folders, endless devices,
// out-of-range options, names that are not UTF-8, control characters meant for the terminal,
// invisible characters inside names, JSON Lines that bend the rules, UTF-16, hidden files.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OutputRecordSchema, type ArticleRecord, type OutputRecord } from "../../src/schema/record.js";
import { BIN, fixtureText, SAMPLE_BBC } from "../helpers.js";

function newsx(args: string[], input: string | Buffer = "") {
  const run = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const records = (stdout: string): OutputRecord[] => stdout.trim().split("\n").filter(Boolean).map((l) => OutputRecordSchema.parse(JSON.parse(l)));
const scratch = () => mkdtempSync(path.join(tmpdir(), "newsx-hostile-"));
const ARTICLE = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday to discuss trade.";

describe("files that are not regular files", () => {
  it("reads only regular files from a folder: a FIFO gets an error record and the run ends", async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "a.txt"), ARTICLE);
    spawnSync("mkfifo", [path.join(dir, "b-fifo.txt")]);
    const child = spawn(process.execPath, [BIN, "extract", dir, "--format", "jsonl"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      child.on("exit", (c) => (clearTimeout(timer), resolve(c)));
    });
    expect(code).toBe(1);
    const out = records(stdout);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ error: { code: "unreadable", message: expect.stringContaining("not a regular file") } });
  });

  it("reads at most --max-bytes + 1 bytes of a device that never ends", () => {
    const run = newsx(["extract", "/dev/zero", "--format", "jsonl"]);
    expect(records(run.stdout)[0]).toMatchObject({ error: { code: "too_large" } });
  });

  it("reads a named pipe given on the command line (process substitution)", () => {
    const run = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" extract <(sleep 0.5; echo "${ARTICLE}") --format jsonl`], { encoding: "utf8" });
    expect((records(run.stdout)[0] as ArticleRecord).people.map((p) => p.name)).toEqual(["Emmanuel Macron", "Olaf Scholz"]);
  });
});

describe("options within what the machine can do", () => {
  it.each([["2147484"], ["4294968"], ["0"]])("--doc-timeout %s is a usage error", (seconds) => {
    const run = newsx(["extract", "--doc-timeout", seconds, "x.txt"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--doc-timeout");
  });

  it("caps --jobs at twice the cores and says so", () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "a.txt"), ARTICLE);
    const run = newsx(["extract", dir, "--jobs", "1000", "--format", "jsonl"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/--jobs 1000 is more than twice the \d+ cores; using \d+ worker threads/);
    expect(records(run.stdout)).toHaveLength(1);
  });
});

describe("names and text meant to fool a reader", () => {
  it("reads a file whose name is not UTF-8, and shows the name escaped", () => {
    const dir = scratch();
    writeFileSync(Buffer.concat([Buffer.from(dir + "/caf"), Buffer.from([0xe9]), Buffer.from(".txt")]), ARTICLE);
    const run = newsx(["extract", dir, "--format", "jsonl"]);
    const [record] = records(run.stdout);
    expect(record!.source).toBe(`${dir}/caf\\xE9.txt`);
    expect((record as ArticleRecord).people).toHaveLength(2);
  });

  it("shows control characters from the input as escapes in the pretty view and on stderr", () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "a.txt"), `Title \x1b]0;PWNED\x07 here\n\n${ARTICLE} \x1b[2J`);
    writeFileSync(path.join(dir, "bad\x1b[31m.txt"), "");
    const run = newsx(["extract", dir, "--format", "pretty"]);
    expect(run.stdout).not.toContain("\x1b");
    expect(run.stdout).toContain("\\x1b]0;PWNED\\x07");
    expect(run.stderr).not.toContain("\x1b");
    expect(run.stderr).toContain("bad\\x1b[31m.txt");
  });

  it("reads a name through a soft hyphen or a zero-width space", () => {
    const run = newsx(["extract", "--format", "jsonl"], "President Emmanuel Mac\u00adron met Chancellor Olaf Scho\u200blz in Berlin on Monday.");
    expect((records(run.stdout)[0] as ArticleRecord).people.map((p) => p.name)).toEqual(["Emmanuel Macron", "Olaf Scholz"]);
  });
});

describe("encodings", () => {
  it("says UTF-16 is UTF-16, with the command that converts it", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, "utf16le")]);
    const run = newsx(["extract", "--format", "jsonl"], utf16);
    expect(records(run.stdout)[0]).toMatchObject({ error: { code: "encoding", message: expect.stringContaining("iconv -f UTF-16") } });
  });

  it("reads a file with a UTF-8 byte-order mark as UTF-8 even with --encoding windows-1252, and says so", () => {
    const run = newsx(["extract", "--format", "jsonl", "--encoding", "windows-1252"], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("José Manuel Barroso spoke in Brussels on Monday.")]));
    const [record] = records(run.stdout) as ArticleRecord[];
    expect(record!.text).toContain("José Manuel Barroso");
    expect(record!.warnings).toEqual([expect.stringContaining("byte-order mark")]);
  });
});

describe("JSON Lines input follows the rules for files", () => {
  const lines = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(JSON.stringify({ id: "bom", text: ARTICLE }) + "\n"),
    Buffer.from('{"id":"surrogate","text":"A lone \\ud800 half. ' + ARTICLE + '"}\n'),
    Buffer.from('{"id":{"nested":true},"text":"x y z"}\n{"id":null,"text":"x y z"}\n{"id":true,"text":"x y z"}\n'),
    Buffer.concat([Buffer.from('{"id":"latin1","text":"Caf'), Buffer.from([0xe9]), Buffer.from(' society."}\n')]),
    Buffer.from(JSON.stringify({ id: "long", text: "word ".repeat(3000) }) + "\n"),
    Buffer.from(JSON.stringify({ id: "last", text: ARTICLE }) + "\n"),
  ]);
  const run = newsx(["extract", "--input", "jsonl", "--max-bytes", "10000"], lines);
  const out = records(run.stdout);

  it("writes one record per line, in order", () => {
    expect(out.map((r) => r.id ?? r.source)).toEqual(["bom", "surrogate", "stdin:3", "stdin:4", "stdin:5", "stdin:6", "stdin:7", "last"]);
  });
  it("drops the byte-order mark of the first line", () => expect(out[0]).toHaveProperty("people"));
  it("writes a lone surrogate as U+FFFD, so the output is well-formed UTF-8 for jq", () => {
    expect(run.stdout).not.toMatch(/\\ud[89ab]/i);
    expect((out[1] as ArticleRecord).text).toContain("A lone \uFFFD half.");
  });
  it("refuses object, null and boolean ids", () => {
    for (const r of out.slice(2, 5)) expect(r).toMatchObject({ error: { code: "bad_input", message: expect.stringContaining('"id"') } });
  });
  it("gives bytes that are not UTF-8 an encoding record, and a line over --max-bytes a too_large one", () => {
    expect(out[5]).toMatchObject({ error: { code: "encoding" } });
    expect(out[6]).toMatchObject({ error: { code: "too_large" } });
  });
});

describe("a long one-line article", () => {
  it("keeps a 300 KB article with its line breaks removed, instead of dropping it whole", () => {
    const dir = scratch();
    const oneLine = readdirSync(SAMPLE_BBC)
      .map((n) => readFileSync(path.join(SAMPLE_BBC, n), "utf8").replace(/\s*\n\s*/g, " "))
      .join(" ");
    writeFileSync(path.join(dir, "one-line.txt"), oneLine.repeat(Math.ceil(300_000 / oneLine.length)));
    const [record] = records(newsx(["extract", path.join(dir, "one-line.txt"), "--format", "jsonl"]).stdout) as ArticleRecord[];
    expect(record!.dropped).toEqual([]);
    expect(record!.people.length).toBeGreaterThan(20);
  });
});

describe("what is skipped is said", () => {
  it("counts hidden entries and node_modules on stderr, and reads - as standard input beside other paths", () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "a.txt"), ARTICLE);
    writeFileSync(path.join(dir, ".hidden.txt"), ARTICLE);
    mkdirSync(path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "node_modules", "b.txt"), ARTICLE);
    const run = newsx(["extract", dir, "-", "--format", "jsonl"], fixtureText("001"));
    expect(run.stderr).toContain("skipped 2 hidden entries");
    expect(records(run.stdout).map((r) => r.source)).toEqual([path.join(dir, "a.txt"), "-"]);
  });
});
