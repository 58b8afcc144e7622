// Beyond one machine on a real engine: examples/dask_extract.py maps a JSON Lines corpus through
// `newsx extract --input jsonl` in Dask partitions on a local cluster of two worker processes and
// reduces with `newsx corpus`. The records must be a single run's: every id once, error records kept.
// Dask is Debian's (python3-distributed, scripts/system-deps.sh), importable from /usr/bin/python3.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, DEBIAN_PYTHON, FIXTURES, ROOT, SAMPLE_BBC, SAMPLE_PAGES } from "../helpers.js";

type Rec = { source: string; id?: string; error?: { code: string } };

describe("a JSON Lines corpus on a Dask cluster of 2 worker processes", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "newsx-dask-"));
  const texts = [SAMPLE_BBC, SAMPLE_PAGES, FIXTURES].flatMap((d) => readdirSync(d).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(path.join(d, n), "utf8")));
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: texts[i % texts.length], published: "2024-07-11" }));
  // Lines a real corpus has too: one that is not JSON, one without an id, one without text.
  lines.splice(7, 0, "{not json");
  lines.splice(50, 0, JSON.stringify({ text: texts[3] }));
  lines.splice(90, 0, JSON.stringify({ id: "blank", text: "  " }));
  const corpusPath = path.join(dir, "corpus.jsonl");
  writeFileSync(corpusPath, lines.join("\n") + "\n");

  it("gives the records of one newsx process, each id once, error records kept, and the same corpus", () => {
    const out = path.join(dir, "out");
    const run = spawnSync(DEBIAN_PYTHON, [path.join(ROOT, "examples", "dask_extract.py"), corpusPath, out, "--workers", "2", "--blocksize", "150kB", "--newsx", `"${process.execPath}" "${BIN}"`], {
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(run.stderr).not.toMatch(/Traceback/);
    expect(run.status).toBe(0);
    const parts = readdirSync(path.join(out, "records")).sort();
    expect(parts.length).toBeGreaterThan(2);
    const parse = (text: string) => text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Rec);
    const distributed = parts.flatMap((p) => parse(readFileSync(path.join(out, "records", p), "utf8")));
    // Exit 1: two lines are error records.
    const single = parse(spawnSync(process.execPath, [BIN, "extract", "--input", "jsonl", "--jobs", "2"], { input: readFileSync(corpusPath), encoding: "utf8", maxBuffer: 1 << 28 }).stdout);

    expect(distributed).toHaveLength(lines.length);
    const ids = distributed.map((r) => r.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    // Records with an id (given, or made from the text) are the single run's to the letter; a line
    // that is no JSON has only its line number, which counts from its partition's start.
    const byId = (rs: Rec[]) => rs.filter((r) => r.id).sort((a, b) => a.id!.localeCompare(b.id!));
    expect(byId(distributed)).toEqual(byId(single));
    const errors = (rs: Rec[]) => rs.filter((r) => r.error).map((r) => r.error!.code).sort();
    expect(errors(distributed)).toEqual(["bad_input", "bad_input"]);
    expect(errors(distributed)).toEqual(errors(single));

    const reduced = JSON.parse(readFileSync(path.join(out, "corpus.json"), "utf8"));
    const fromSingle = JSON.parse(execFileSync(process.execPath, [BIN, "corpus"], { input: single.map((r) => JSON.stringify(r)).join("\n"), encoding: "utf8", maxBuffer: 1 << 28 }));
    expect(reduced.records).toBe(lines.length);
    expect(reduced.people).toEqual(fromSingle.people);
    expect(reduced.meetings).toEqual(fromSingle.meetings);
    expect(reduced.countries).toEqual(fromSingle.countries);
  }, 300_000);
});
