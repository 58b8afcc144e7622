// newsx as a library and as a package: the tarball `npm pack` makes, installed into an empty
// project (test/setup/global.ts), gives from `import { extract } from "newsx"` the records its own
// `newsx` command writes, and those are the checkout's.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
// The built library, as the package ships it: its worker pool runs the bundled dist/worker.mjs.
import { corpus, extract, extractMany, OutputRecordSchema, type OutputRecord } from "../../dist/index.js";
import { BIN, FIXTURES, ROOT } from "../helpers.js";

const packageDir = inject("packageDir");
const installedBin = path.join(packageDir, "node_modules", ".bin", "newsx");
const fixtureNames = readdirSync(FIXTURES).filter((n) => n.endsWith(".txt")).sort();
const fixturePaths = fixtureNames.map((n) => path.join(FIXTURES, n));
const jsonLines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as OutputRecord);
const checkoutRecords = jsonLines(execFileSync(process.execPath, [BIN, "extract", ...fixturePaths, "--format", "jsonl", "--no-progress"], { encoding: "utf8" }));

describe("the packed package, installed into an empty project", () => {
  it("holds the worker bundle, the country table with its licence, the types and the README", () => {
    const files = execFileSync("tar", ["tzf", inject("tarball")], { encoding: "utf8" }).split("\n");
    for (const file of ["package/dist/worker.mjs", "package/dist/data/countries-table.json", "package/dist/data/countries-table.LICENSE", "package/dist/index.d.ts", "package/dist/index.js", "package/README.md", "package/bin/newsx.js"])
      expect(files).toContain(file);
    expect(files.some((f) => f.startsWith("package/src/") || f.startsWith("package/test/"))).toBe(false);
  });

  it("runs `npx newsx --version` there", () => {
    const version = JSON.parse(readFileSync(path.join(packageDir, "node_modules", "newsx", "package.json"), "utf8")).version;
    expect(execFileSync("npx", ["--no-install", "newsx", "--version"], { cwd: packageDir, encoding: "utf8" }).trim()).toBe(version);
  });

  it("gives from its `newsx` and from `import { extract } from \"newsx\"` the checkout's records of the fixtures", () => {
    const cli = jsonLines(execFileSync(installedBin, ["extract", ...fixturePaths, "--format", "jsonl", "--no-progress"], { cwd: packageDir, encoding: "utf8" }));
    expect(cli).toEqual(checkoutRecords);
    const script = path.join(packageDir, "use-newsx.mjs");
    writeFileSync(
      script,
      `import { readFileSync } from "node:fs";
import { extract, OutputRecordSchema } from "newsx";
for (const file of process.argv.slice(2)) {
  const record = OutputRecordSchema.parse(extract({ text: readFileSync(file, "utf8"), source: file }));
  process.stdout.write(JSON.stringify(record) + "\\n");
}
`,
    );
    const library = jsonLines(execFileSync(process.execPath, [script, ...fixturePaths], { cwd: packageDir, encoding: "utf8" }));
    expect(library).toEqual(checkoutRecords);
  });

  it("runs the README's example of using it from code, with the output its comments show", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Use it from code"));
    const example = /```js\n([\s\S]*?)```/.exec(section)![1]!;
    const script = path.join(packageDir, "readme-example.mjs");
    writeFileSync(script, example);
    const printed = execFileSync(process.execPath, [script], { cwd: packageDir, encoding: "utf8" }).trim().split("\n");
    const promised = [...example.matchAll(/\/\/ (\[.*\])$/gm)].map((m) => m[1]);
    expect(printed).toEqual(promised);
  });

  it("ships types a TypeScript user compiles against", () => {
    const file = path.join(packageDir, "typed.ts");
    writeFileSync(file, `import { extract, type OutputRecord } from "newsx";\nconst r: OutputRecord = extract("The minister met the envoy.");\nexport const names: string[] = "error" in r ? [] : r.people.map((p) => p.name);\n`);
    const tsc = path.join(path.dirname(BIN), "..", "node_modules", ".bin", "tsc");
    const run = spawnSync(tsc, ["--noEmit", "--strict", "--module", "nodenext", "--moduleResolution", "nodenext", "--skipLibCheck", "--types", "node", "--typeRoots", path.join(path.dirname(BIN), "..", "node_modules", "@types"), file], { cwd: packageDir, encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("extract(): one article in this thread", () => {
  const text = readFileSync(fixturePaths[0]!, "utf8");

  it("gives the record the CLI writes for the same text", () => {
    expect(extract({ text, source: fixturePaths[0] })).toEqual(checkoutRecords[0]);
  });

  it("takes a plain string, an id, a publication date, and the CLI's options", () => {
    const record = extract({ text: "The minister met the envoy in Rome on Wednesday.", id: "a-1", published: "2024-07-11" }, { text: false, offsets: "utf16" });
    expect(OutputRecordSchema.parse(record)).toMatchObject({ id: "a-1", source: "a-1", meta: { published: "2024-07-11" } });
    expect(record).not.toHaveProperty("text");
    expect("dates" in record && record.dates.map((d) => d.value)).toEqual(["2024-07-10"]);
  });

  it("gives bad data an error record and throws on a wrong option", () => {
    expect(extract("   ")).toEqual({ source: "-", error: { code: "empty", message: "no text" } });
    expect(extract({ text: "Talks.", published: "soon" })).toMatchObject({ error: { code: "bad_input" } });
    expect(() => extract("Talks.", { referenceDate: "2024-13-45" })).toThrow(RangeError);
  });
});

describe("extractMany(): a stream of articles through the worker pool", () => {
  it("yields one record per article in input order, error records in place, as the CLI does", async () => {
    async function* articles() {
      for (const [i, file] of fixturePaths.entries()) {
        if (i === 2) yield { text: "", id: "blank" };
        yield { text: readFileSync(file, "utf8"), source: file };
      }
    }
    const out: OutputRecord[] = [];
    for await (const record of extractMany(articles(), { jobs: 2 })) out.push(record);
    expect(out.map((r) => r.id ?? r.source)).toEqual([fixturePaths[0], fixturePaths[1], "blank", ...fixturePaths.slice(2)]);
    expect(out.filter((r) => r.id !== "blank")).toEqual(checkoutRecords);
    expect(out[2]).toMatchObject({ error: { code: "empty" } });
  }, 60_000);

  it("stops the workers when the caller breaks out of the loop", async () => {
    let pulled = 0;
    function* endless() {
      for (;;) {
        pulled++;
        yield "The minister met the envoy in Rome on Wednesday.";
      }
    }
    let taken = 0;
    for await (const record of extractMany(endless(), { jobs: 1 })) {
      expect(record).toHaveProperty("people");
      if (++taken === 3) break;
    }
    const after = pulled;
    await new Promise((r) => setTimeout(r, 500));
    expect(pulled).toBe(after);
  }, 60_000);
});

describe("corpus(): the reduce step", () => {
  it("gives the document `newsx corpus` writes for the same records", async () => {
    const lines = checkoutRecords.map((r) => JSON.stringify(r)).join("\n") + "\n";
    const cli = JSON.parse(execFileSync(process.execPath, [BIN, "corpus"], { input: lines, encoding: "utf8" }));
    expect(await corpus(checkoutRecords)).toEqual(cli);
    expect(await corpus(lines.trim().split("\n"))).toEqual(cli);
  });
});
