// The CLI end to end, spawned as a process the way users and pipelines run it.
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { OutputRecordSchema, type ArticleRecord } from "../../src/schema/record.js";
import { BIN, DEBIAN_PYTHON, FIXTURES, fixtureText, unprivileged } from "../helpers.js";

/** Runs newsx; `asNobody` drops root's rights (so a chmod 000 file is really unreadable). */
function newsx(args: string[], input?: string | Buffer, asNobody = false) {
  const user = asNobody ? unprivileged() : undefined;
  const run = spawnSync(process.execPath, [user?.bin ?? BIN, ...args], {
    input: input ?? "",
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    ...(user ? { uid: user.uid, gid: user.gid, cwd: user.cwd } : {}),
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const records = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => OutputRecordSchema.parse(JSON.parse(l)));

function scratchDir(): string {
  return mkdtempSync(path.join(tmpdir(), "newsx-test-"));
}

describe("newsx extract", () => {
  it("reads standard input and writes one JSON Lines record", () => {
    const { code, stdout } = newsx(["extract"], fixtureText("000"));
    expect(code).toBe(0);
    const [record] = records(stdout);
    expect(record).toMatchObject({ source: "-", meta: { published: "2024-07-11T14:47" } });
  });

  it("dates a clock time's day as the extractor does in process (the bundled worker keeps chrono's parser names)", () => {
    // The date stage drops chrono's clock-time parser by its class name; a minified bundle renamed
    // it, so "9 a.m. EST Tuesday" was read as a time and dropped by the CLI alone.
    const { stdout } = newsx(["extract", "--reference-date", "2000-04-03"], "INS extended its deadline until 9 a.m. EST Tuesday.");
    const [record] = records(stdout) as ArticleRecord[];
    expect(record!.dates.map((d) => d.text)).toEqual(["Tuesday"]);
  });

  it("walks a folder in sorted order, one record per file", () => {
    const { code, stdout } = newsx(["extract", FIXTURES]);
    expect(code).toBe(0);
    const sources = records(stdout).map((r) => path.basename(r.source));
    expect(sources).toEqual([...sources].sort());
    expect(sources).toHaveLength(5);
  });

  it("writes one JSON array with --format json, and leaves the body out with --no-text", () => {
    const { stdout } = newsx(["extract", "--format", "json", "--no-text", path.join(FIXTURES, "001_3505fd29ffcfbefc.txt")]);
    const parsed = JSON.parse(stdout);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].text).toBeUndefined();
  });

  it("writes a readable summary with --format pretty", () => {
    const { stdout } = newsx(["extract", "--format", "pretty", path.join(FIXTURES, "000_7aa7d412a1bdea41.txt")]);
    expect(stdout).toContain("Yoon, Kishida voice concerns");
    expect(() => JSON.parse(stdout)).toThrow();
  });

  it("takes JSON Lines input and keeps each id", () => {
    const input = [
      JSON.stringify({ id: "a", text: fixtureText("001") }),
      "not json",
      JSON.stringify({ id: 7, text: "Yoon Suk Yeol met Fumio Kishida in Washington on Wednesday.", published: "2024-07-11" }),
    ].join("\n");
    const { code, stdout } = newsx(["extract", "--input", "jsonl"], input);
    expect(code).toBe(1);
    const out = records(stdout);
    expect(out.map((r) => r.id ?? null)).toEqual(["a", null, "7"]);
    expect(out[1]).toMatchObject({ error: { code: "bad_input" } });
  });
  it("gives a JSON value that is no article (null, an array) a bad_input record and goes on", () => {
    const input = ['{"id":"a","text":"Talks ended on Friday."}', "null", "[1,2]", '{"id":"c","text":"Talks ended."}'].join("\n");
    const { code, stdout } = newsx(["extract", "--input", "jsonl"], input);
    expect(code).toBe(1);
    expect(records(stdout).map((r) => (r.error ? r.error.code : r.id))).toEqual(["a", "bad_input", "bad_input", "c"]);
  });
  it("checks the published date of a JSON line, and resolves dates against a good one", () => {
    const input = [
      JSON.stringify({ id: "bad", text: "Talks ended on Friday.", published: "2005-13-45" }),
      JSON.stringify({ id: "words", text: "Talks ended on Friday.", published: "March 3, 2005" }),
      JSON.stringify({ id: "good", text: "Talks ended on Friday.", published: "1996-08-25" }),
    ].join("\n");
    const out = records(newsx(["extract", "--input", "jsonl"], input).stdout);
    expect(out[0]).toMatchObject({ id: "bad", error: { code: "bad_input", message: expect.stringContaining("published") } });
    expect(out[1]).toMatchObject({ id: "words", error: { code: "bad_input" } });
    expect(out[2]).toMatchObject({ id: "good", dates: [expect.objectContaining({ value: "1996-08-23" })] });
  });
});

describe("bad input: one clear error each, an error record, the other files still processed", () => {
  const dir = scratchDir();
  writeFileSync(path.join(dir, "a-good.txt"), fixtureText("001"));
  writeFileSync(path.join(dir, "b-empty.txt"), "");
  writeFileSync(path.join(dir, "c-binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
  writeFileSync(path.join(dir, "d-latin1.txt"), Buffer.from("Caf\xe9 owners in S\xe3o Paulo said the reform would help small shops.", "latin1"));
  writeFileSync(path.join(dir, "e-large.txt"), "word ".repeat(2000));
  // UTF-8 cut in the middle of "ü" on its second line.
  const cut = Buffer.from("Talks in Geneva.\nThe Z\u00fcrich delegation left.", "utf8");
  writeFileSync(path.join(dir, "g-cut-utf8.txt"), Buffer.concat([cut.subarray(0, 23), cut.subarray(24)]));
  writeFileSync(path.join(dir, "f-locked.txt"), "secret");
  chmodSync(path.join(dir, "f-locked.txt"), 0o000);
  mkdirSync(path.join(dir, "loop"));
  symlinkSync("..", path.join(dir, "loop", "back"));
  chmodSync(dir, 0o755);
  // As root every file is readable; the run then drops to the unprivileged "nobody" user.
  const { code, stdout, stderr } = newsx(["extract", dir, path.join(dir, "missing.txt"), "--max-bytes", "5000"], "", true);
  const out = records(stdout);
  const byName = (name: string) => out.find((r) => r.source.endsWith(name))!;

  it("exits 1 and still emits the good files", () => {
    expect(code).toBe(1);
    expect(byName("a-good.txt")).toHaveProperty("meta");
  });
  it.each([
    ["b-empty.txt", "empty"],
    ["c-binary.txt", "binary"],
    ["e-large.txt", "too_large"],
    ["missing.txt", "not_found"],
    ["back", "symlink_loop"],
    ["f-locked.txt", "unreadable"],
    ["d-latin1.txt", "encoding"],
    ["g-cut-utf8.txt", "encoding"],
  ])("%s gives an error record with code %s and a line on stderr", (name, codeName) => {
    expect(byName(name)).toMatchObject({ error: { code: codeName } });
    expect(stderr).toContain(name);
  });
  it("says on which line the UTF-8 breaks and how to read Latin-1 text", () => {
    expect(byName("g-cut-utf8.txt")).toMatchObject({ error: { message: expect.stringContaining("line 2") } });
    expect(byName("d-latin1.txt")).toMatchObject({ error: { message: expect.stringContaining("--encoding windows-1252") } });
  });
  it("--encoding windows-1252 reads Latin-1 text; auto reads it with a warning and UTF-8 as UTF-8", () => {
    const latin1 = path.join(dir, "d-latin1.txt");
    const utf8 = path.join(FIXTURES, "000_7aa7d412a1bdea41.txt");
    const strict = newsx(["extract", "--format", "jsonl", "--encoding", "windows-1252", latin1]);
    expect(strict.code).toBe(0);
    expect(records(strict.stdout)[0]).toMatchObject({ text: expect.stringContaining("São Paulo") });
    const [mixedLatin1, mixedUtf8] = records(newsx(["extract", "--format", "jsonl", "--encoding", "auto", latin1, utf8]).stdout);
    expect(mixedLatin1).toMatchObject({ text: expect.stringContaining("São Paulo"), warnings: [expect.stringContaining("Windows-1252")] });
    expect(mixedUtf8).toEqual(records(newsx(["extract", "--format", "jsonl", utf8]).stdout)[0]);
  });
  it("warns about a folder with no matching files and exits 0", () => {
    const empty = scratchDir();
    const run = newsx(["extract", empty]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*no \.txt files/);
    expect(run.stdout).toBe("");
  });
});

describe("usage errors exit 2 with a message that says what was expected", () => {
  it.each([
    [["extract", "--reference-date", "2024-13-40", "x.txt"], /YYYY-MM-DD/],
    [["extract", "--bogus"], /unknown option/],
    [["extract", "--format", "xml", "x.txt"], /Allowed choices are jsonl, json, pretty/],
  ])("%j", (args, message) => {
    const run = newsx(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe("other commands", () => {
  it("prints the version", () => {
    expect(newsx(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("prints a JSON Schema generated from the zod schemas", () => {
    const schema = JSON.parse(newsx(["schema"]).stdout);
    expect(schema.$schema).toContain("2020-12");
    expect(JSON.stringify(schema)).toContain("mentions");
  });
  it("explains each line of a page", () => {
    const { stdout } = newsx(["normalize", "--explain", path.join(FIXTURES, "003_c55e87a090aca251.txt")]);
    expect(stdout).toMatch(/3 drop: breadcrumb\s+│ Home > National > Defense/);
    expect(stdout).toMatch(/13 keep\s+│ North Korea’s arms trade/);
  });
  it("says under a dropped block of prose why it lost to the article", () => {
    const article = [
      "LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its policy toward Sudan and lift trade sanctions, Obama administration officials said on Thursday.",
      "Sudan is one of the poorest, most isolated and most violent countries in Africa, and for years the United States has imposed punitive measures against it in a largely unsuccessful attempt to get the Sudanese government to stop killing its own people.",
    ];
    const comment = "I cannot believe it took them twenty years to reach this decision about the sanctions.";
    const page = ["Home", "Share", "Print", "United States to Lift Sudan Sanctions", "By Jeffrey Gettleman", ...article, "", "12 comments", comment, "Reply"].join("\n");
    const { stdout } = newsx(["normalize", "--explain", "--color", "never", "-"], page);
    expect(stdout).toMatch(/drop: text outside the article\s+│ I cannot believe it took them[^\n]*\n\s+│\s+└ in a comment section\n/);
  });
  it("checks the bundled fixtures", () => {
    const run = newsx(["check", FIXTURES]);
    expect(run.stdout).toContain("5 passed, 0 failed");
    expect(run.code).toBe(0);
  });
});

describe("offsets after an emoji", () => {
  const text = 'The 🎉 party: Emmanuel Macron met Olaf Scholz in Berlin on Monday. "We agree," Macron said.';
  const spans = (r: ArticleRecord) => [...r.people.flatMap((p) => p.mentions), ...r.dates, ...r.quotes];

  it("count code points by default, so Python and jq slice the text right", () => {
    const run = newsx(["extract", "--format", "jsonl"], text);
    const [record] = records(run.stdout) as ArticleRecord[];
    const points = [...record!.text!];
    for (const s of spans(record!)) expect(points.slice(s.start, s.end).join("")).toBe(s.text);
    const file = path.join(scratchDir(), "record.json");
    writeFileSync(file, run.stdout);
    const script = "import json,sys\nr=json.load(open(sys.argv[1]))\nt=r['text']\nms=[m for p in r['people'] for m in p['mentions']]+r['dates']+r['quotes']\nprint(all(t[m['start']:m['end']]==m['text'] for m in ms), len(ms))";
    const python = spawnSync(DEBIAN_PYTHON, ["-c", script, file], { encoding: "utf8" });
    expect(python.stdout.trim()).toBe(`True ${spans(record!).length}`);
  });

  it("count UTF-16 code units with --offsets utf16, so JavaScript's slice is right", () => {
    const [record] = records(newsx(["extract", "--format", "jsonl", "--offsets", "utf16"], text).stdout) as ArticleRecord[];
    expect(spans(record!).length).toBeGreaterThan(4);
    for (const s of spans(record!)) expect(record!.text!.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("newsx check for CI", () => {
  // A copy of the fixtures where one expected record lists a person newsx does not find first
  // and gives the next one a wrong title.
  const dir = scratchDir();
  for (const name of readdirSync(FIXTURES)) copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  const edited = path.join(dir, "000_7aa7d412a1bdea41.json");
  const expected = JSON.parse(readFileSync(edited, "utf8"));
  expected.people.unshift({ id: "person-0", key: "jane-doe", name: "Jane Doe", aliases: [], titles: [], country: null, mentions: [] });
  expected.people[1].titles = ["Mayor"];
  writeFileSync(edited, JSON.stringify(expected, null, 2));
  const second = expected.people[1].key;

  it("matches list items by identity: one extra person is one difference, not a shift of every later one", () => {
    const run = newsx(["check", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("2 differences");
    expect(run.stdout).toContain("- people[key:jane-doe]");
    expect(run.stdout).toContain(`people[key:${second}].titles[0]: "Mayor" →`);
  });

  it("writes a JUnit report that a strict XML parser accepts", async () => {
    const run = newsx(["check", dir, "--format", "junit"]);
    expect(run.code).toBe(1);
    const parsed = await validateXML({ xml: [{ fileName: "check.xml", contents: run.stdout }], normalization: "format" });
    expect(parsed.errors).toEqual([]);
    expect(run.stdout).toContain('<testsuite name="newsx check" tests="5" failures="1"');
    expect((run.stdout.match(/<failure /g) ?? []).length).toBe(1);
  });

  it("writes TAP and JSON too", () => {
    const tap = newsx(["check", dir, "--format", "tap"]).stdout;
    expect(tap).toMatch(/^TAP version 13\n1\.\.5\nnot ok 1 - 000_7aa7d412a1bdea41\.txt/);
    const json = JSON.parse(newsx(["check", dir, "--format", "json"]).stdout);
    expect(json).toMatchObject({ passed: 4, failed: 1 });
    expect(json.fixtures[0].differences).toHaveLength(2);
  });

  it("says a missing folder is missing, without a stack of system words", () => {
    const run = newsx(["check", path.join(dir, "nope")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`newsx: ${path.join(dir, "nope")}: no such folder`);
  });
});

describe("conventions: colour, typos, JSONL with a path, a full disk", () => {
  const run = (args: string[], env: Record<string, string>) => {
    const { FORCE_COLOR: _ignored, ...rest } = process.env;
    return spawnSync(process.execPath, [BIN, ...args], { input: "", encoding: "utf8", env: { ...rest, ...env } });
  };
  const ESC = "\u001b[";
  it("honours NO_COLOR, and --color always|never", () => {
    expect(run(["check", FIXTURES, "--color", "always"], {}).stdout).toContain(ESC);
    expect(run(["check", FIXTURES, "--color", "always"], { NO_COLOR: "1" }).stdout).toContain(ESC);
    expect(run(["check", FIXTURES], { NO_COLOR: "1", FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
    expect(run(["check", FIXTURES, "--color", "never"], { FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
  });
  it("takes a misspelt command for a usage error with a suggestion, not a missing file", () => {
    const { code, stderr, stdout } = newsx(["extrct", FIXTURES]);
    expect(code).toBe(2);
    expect(stderr).toContain("did you mean extract?");
    expect(stdout).toBe("");
  });
  it("refuses --input jsonl with a path", () => {
    const { code, stderr } = newsx(["extract", "--input", "jsonl", FIXTURES]);
    expect(code).toBe(2);
    expect(stderr).toContain("standard input");
  });
  it("says in one line that it cannot write to a full disk, with exit code 3", () => {
    const out = openSync("/dev/full", "w");
    const full = spawnSync(process.execPath, [BIN, "extract", "--format", "jsonl", FIXTURES], { stdio: ["ignore", out, "pipe"], encoding: "utf8" });
    expect(full.status).toBe(3);
    expect(full.stderr.trim().split("\n")).toEqual([expect.stringContaining("cannot write the output")]);
  });
});
