// `newsx corpus` on the records of real articles (the seed fixtures, the BBC and page samples in
// test/fixtures): the person key joins records, the JSON matches its schema, the CSV tables load
// with a strict parser and with pandas, the GraphML passes an XML schema check and networkx reads
// it (Debian's packages, in Debian's /usr/bin/python3), and the dashboard opens in headless Chromium with every label
// of the network inside the page and no two overlapping.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { CorpusAggregator } from "../../src/corpus/aggregate.js";
import { personKey } from "../../src/extract/people/key.js";
import { CorpusSchema } from "../../src/schema/corpus.js";
import { BIN, DEBIAN_PYTHON, FIXTURES, ROOT, SAMPLE_BBC, SAMPLE_PAGES } from "../helpers.js";

const dir = mkdtempSync(path.join(tmpdir(), "newsx-corpus-test-"));
// Run from the checkout with relative paths, so sources read "fixtures/…" as a user would see them.
const newsx = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", input, maxBuffer: 1 << 28 });

const extracted = newsx(["extract", ...[FIXTURES, SAMPLE_BBC, SAMPLE_PAGES].map((p) => path.relative(ROOT, p)), "--format", "jsonl", "--jobs", "2", "--no-progress"]).stdout;
// An error record and a line that is no record at all ride along: counted, never fatal.
const records = extracted + JSON.stringify({ source: "gone.txt", error: { code: "not_found", message: "no such file" } }) + "\n{not json\n";
const recordsPath = path.join(dir, "records.jsonl");
writeFileSync(recordsPath, records);
const articleCount = extracted.trim().split("\n").length;

describe("person key", () => {
  it("folds accents and scripts and drops punctuation", () => {
    expect(personKey("José Manuel Barroso")).toBe("jose-manuel-barroso");
    expect(personKey("Lech Wałęsa")).toBe("lech-walesa");
    expect(personKey("Владимир Путин")).toBe("vladimir-putin");
    expect(personKey("Martin O'Neill")).toBe("martin-oneill");
  });

  it("is the same for the same person in two records, on people, speakers and meeting sides", () => {
    const lines = extracted.trim().split("\n").map((l) => JSON.parse(l));
    const keysOf = (r: { people?: { name: string; key: string }[] }) => new Map((r.people ?? []).map((p) => [p.name, p.key]));
    const seen = new Map<string, string>();
    for (const [name, key] of lines.flatMap((r) => [...keysOf(r)])) {
      expect(seen.get(name) ?? key).toBe(key);
      seen.set(name, key);
    }
    const speakers = lines.flatMap((r) => r.quotes ?? []).filter((q) => q.speaker?.personId);
    expect(speakers.length).toBeGreaterThan(20);
    for (const q of speakers) expect(q.speaker.key).toBe(personKey(q.speaker.name));
    const sides = lines.flatMap((r) => (r.meetings ?? []).flatMap((m: { participants: { personId: string | null; key: string | null }[] }) => m.participants));
    expect(sides.filter((p) => p.personId).every((p) => p.key)).toBe(true);
  });
});

describe("CorpusAggregator", () => {
  const articleWith = (source: string, people: string[]) =>
    JSON.stringify({ source, meta: { title: null, published: "2005-03-01" }, people: people.map((name) => ({ name, key: personKey(name), aliases: [], country: null, mentions: [{}] })), countries: [], quotes: [], meetings: [], dropped: [] });

  it("counts a person once per article and joins a surname-only key to its full name", () => {
    const corpus = new CorpusAggregator(() => {});
    corpus.addLine(articleWith("a", ["Gordon Brown", "Tony Blair"]), "a:1");
    corpus.addLine(articleWith("b", ["Gordon Brown"]), "b:1");
    corpus.addLine(articleWith("c", ["Brown"]), "c:1");
    const people = corpus.result().people;
    expect(people.map((p) => [p.key, p.articles])).toEqual([
      ["gordon-brown", 3],
      ["tony-blair", 1],
    ]);
    expect(people[0]!.aliases).toEqual(["Brown"]);
  });

  it("leaves out a reporter named only in the byline, and keeps one the body names too (records of CoNLL-style wire stories)", () => {
    const corpus = new CorpusAggregator(() => {});
    const record = (source: string, people: { name: string; mentions: unknown[]; byline?: true }[]) =>
      JSON.stringify({ source, meta: { title: null, published: "1996-08-22" }, people: people.map((p) => ({ ...p, key: personKey(p.name), aliases: [], country: null })), countries: [], quotes: [], meetings: [], dropped: [] });
    corpus.addLine(record("a", [{ name: "Werner Zwingmann", mentions: [{}] }, { name: "Peter Blackburn", mentions: [], byline: true }]), "a:1");
    corpus.addLine(record("b", [{ name: "Peter Blackburn", mentions: [{}], byline: true }]), "b:1");
    expect(corpus.result().people.map((p) => [p.key, p.articles])).toEqual([
      ["peter-blackburn", 1],
      ["werner-zwingmann", 1],
    ]);
  });

  it("joins an organisation across articles by its key, with its other names and the quotes it speaks", () => {
    const imf = (aliases: string[]) => ({ key: "international-monetary-fund", name: "International Monetary Fund", aliases, mentions: [{}, {}] });
    const speaker = { name: "International Monetary Fund", personId: null, organizationId: "organization-1", key: "international-monetary-fund", kind: "organization" };
    const record = (source: string, aliases: string[], quotes: unknown[]) =>
      JSON.stringify({ source, meta: { title: null, published: "2005-01-10" }, people: [], organizations: [imf(aliases)], countries: [], quotes, meetings: [], dropped: [] });
    const corpus = new CorpusAggregator(() => {});
    corpus.addLine(record("a", ["IMF"], [{ text: "The broader macroeconomic impact will clearly be substantial", cue: "said", speaker }]), "a:1");
    corpus.addLine(record("b", [], []), "b:1");
    expect(corpus.result().organizations).toEqual([
      { key: "international-monetary-fund", name: "International Monetary Fund", aliases: ["IMF"], articles: 2, mentions: 4, quotes: 1 },
    ]);
  });

  it("keeps a surname apart when two people of that surname are named as often, and joins a middle initial", () => {
    const corpus = new CorpusAggregator(() => {});
    corpus.addLine(articleWith("a", ["Tony Blair", "Cherie Blair", "George W Bush"]), "a:1");
    corpus.addLine(articleWith("b", ["Blair", "George Bush"]), "b:1");
    const keys = corpus.result().people.map((p) => p.key);
    expect(keys).toContain("blair");
    expect(keys.filter((k) => k.includes("bush"))).toEqual(["george-w-bush"]);
  });
});

describe("newsx corpus", () => {
  it("writes one JSON document that matches its schema and lists the error record and the bad line", () => {
    const run = newsx(["corpus", recordsPath]);
    expect(run.status).toBe(0);
    const corpus = CorpusSchema.parse(JSON.parse(run.stdout));
    expect(corpus.records).toBe(articleCount + 2);
    expect(corpus.errors.map((e) => e.code)).toEqual(["not_found", "bad_line"]);
    expect(corpus.people.length).toBeGreaterThan(100);
    expect(new Set(corpus.people.map((p) => p.key)).size).toBe(corpus.people.length);
    expect(corpus.meetings.length).toBeGreaterThan(5);
    expect(run.stderr).toMatch(/2 errors among the inputs \(\d+ records read\)/);
  });

  it("lists a missing input file as an error and exits 1, keeping the others", () => {
    const run = newsx(["corpus", recordsPath, "missing.jsonl"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).errors.at(-1)).toEqual({ source: "missing.jsonl", code: "not_found", message: "no such file" });
  });

  it("reads standard input by default, so it follows newsx extract in a pipe", () => {
    const fromFile = JSON.parse(newsx(["corpus", recordsPath]).stdout);
    const fromPipe = JSON.parse(newsx(["corpus"], records).stdout);
    expect(fromPipe.people).toEqual(fromFile.people);
  });

  it("writes five CSV tables that a strict parser and pandas load, one row per person and per organisation", () => {
    const out = path.join(dir, "tables");
    expect(newsx(["corpus", recordsPath, "--format", "csv", "--out", out]).status).toBe(0);
    const tables = Object.fromEntries(
      ["people", "organizations", "meetings", "quotes", "countries"].map((name) => {
        const rows: Record<string, string>[] = parse(readFileSync(path.join(out, `${name}.csv`)), { columns: true, strict: true } as never);
        return [name, rows];
      }),
    );
    const keys = tables.people!.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    const organizationKeys = tables.organizations!.map((r) => r.key);
    expect(organizationKeys.length).toBeGreaterThan(10);
    expect(new Set(organizationKeys).size).toBe(organizationKeys.length);
    // A person named in two articles is one row that counts both.
    expect(tables.people!.some((r) => Number(r.articles) >= 2)).toBe(true);
    expect(tables.quotes!.length).toBeGreaterThan(50);
    expect(tables.quotes!.some((r) => r.text!.includes('"') || r.text!.includes(","))).toBe(true);
    const script = `import pandas as pd, sys\nfor n in ["people","organizations","meetings","quotes","countries"]: print(n, len(pd.read_csv(sys.argv[1] + "/" + n + ".csv")))`;
    const loaded = spawnSync(DEBIAN_PYTHON, ["-c", script, out], { encoding: "utf8" });
    expect(loaded.stderr).toBe("");
    expect(loaded.stdout).toContain(`people ${tables.people!.length}`);
    expect(loaded.stdout).toContain(`quotes ${tables.quotes!.length}`);
  });

  it("refuses --format csv without a folder", () => {
    const run = newsx(["corpus", recordsPath, "--format", "csv"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--out DIR");
  });

  it("writes GraphML that an XML schema check accepts and networkx reads", async () => {
    const xml = newsx(["corpus", recordsPath, "--format", "graphml"]).stdout;
    const schema = readFileSync(path.join(ROOT, "test/fixtures/graphml-subset.xsd"), "utf8");
    const result = await validateXML({ xml: [{ fileName: "meetings.graphml", contents: xml }], schema: [schema] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const edges = (xml.match(/<edge /g) ?? []).length;
    expect(edges).toBe(JSON.parse(newsx(["corpus", recordsPath]).stdout).meetings.length);
    const file = path.join(dir, "meetings.graphml");
    writeFileSync(file, xml);
    const nx = spawnSync(DEBIAN_PYTHON, ["-c", "import networkx as nx, sys; print(nx.read_graphml(sys.argv[1]).number_of_edges())", file], { encoding: "utf8" });
    expect(nx.stderr).toBe("");
    expect(Number(nx.stdout.trim())).toBe(edges);
  });
});

describe("newsx corpus --format html", () => {
  let browser: Browser;
  const report = path.join(dir, "corpus.html");
  beforeAll(async () => {
    writeFileSync(report, newsx(["corpus", recordsPath, "--format", "html"]).stdout);
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  });
  afterAll(async () => browser?.close());

  it("opens with no console error and every network label inside the page, none overlapping another", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(`file://${report}`);
    const boxes = await page.locator("svg.network text").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(5);
    const svg = (await page.locator("svg.network").boundingBox())!;
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(b.right).toBeLessThanOrEqual(Math.min(svg.x + svg.width, 1280) + 0.5);
      expect(b.bottom).toBeLessThanOrEqual(svg.y + svg.height + 0.5);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
    expect(await page.locator("script").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fits a phone, and reaches a quote's dropped-line audit in one click (screenshot: docs/corpus.png with NEWSX_UPDATE_SCREENSHOT=1)", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`file://${report}`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await phone.close();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`file://${report}`);
    const link = page.locator("#quotes td a").first();
    const target = (await link.getAttribute("href"))!;
    await link.click();
    expect(await page.evaluate(() => location.hash)).toBe(target);
    expect(await page.locator(`${target} h3`).textContent()).toContain(await link.textContent());
    const folder = process.env.NEWSX_UPDATE_SCREENSHOT === "1" ? path.join(ROOT, "docs") : mkdtempSync(path.join(tmpdir(), "newsx-shot-"));
    mkdirSync(folder, { recursive: true });
    await page.goto(`file://${report}#network`);
    expect((await page.screenshot({ path: path.join(folder, "corpus.png"), fullPage: false })).length).toBeGreaterThan(10_000);
    await page.close();
  });
});
