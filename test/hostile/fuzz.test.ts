// Seeded fuzzing of the whole pipeline, from bytes to record: random byte strings and random
// mutations of real article text. Every case must end in a record that validates against the
// schema or in a clean error record; never a thrown exception.
//
// More cases or another seed: NEWSX_FUZZ_SEED=7 NEWSX_FUZZ_CASES=20000 npx vitest run test/hostile
import { spawnSync } from "node:child_process";
import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, InputError } from "../../src/io/sources.js";
import { safeProcess } from "../../src/pipeline.js";
import { errorRecord } from "../../src/schema/errors.js";
import { OutputRecordSchema, type OutputRecord } from "../../src/schema/record.js";
import { BIN, FIXTURES, SAMPLE_PAGES } from "../helpers.js";

const SEED = Number(process.env.NEWSX_FUZZ_SEED ?? 20261124);
const CASES = Number(process.env.NEWSX_FUZZ_CASES ?? 2000);

/** mulberry32: a small seeded generator, so a failing case can be replayed from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]) => xs[int(xs.length)]! };
}

const texts = [
  ...readdirSync(FIXTURES).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(path.join(FIXTURES, n), "utf8")),
  ...readdirSync(SAMPLE_PAGES).map((n) => readFileSync(path.join(SAMPLE_PAGES, n), "utf8")),
];
const INSERTS = ['"', "“", "”", "'", "‘", "’", "``", "''", "北朝鮮は", "Пхеньян", "서울", "\u0000", "\uFFFD", "\n\n", "Home > News >", "— said", "Mr ", "Wednesday", "2024"];

type Random = ReturnType<typeof generator>;

/** A random window of a real text (fuzzing whole pages would only make the run slower). */
function excerpt(r: Random): string[] {
  const lines = r.pick(texts).split("\n");
  const from = r.int(lines.length);
  return lines.slice(from, from + 5 + r.int(40));
}

const MUTATIONS: ((lines: string[], r: Random) => string[])[] = [
  (lines, r) => lines.slice(0, r.int(lines.length + 1)), // cut
  (lines, r) => [...lines, ...lines.slice(r.int(lines.length))], // duplicate
  (lines, r) => {
    const out = [...lines];
    const [i, j] = [r.int(out.length), r.int(out.length)];
    [out[i], out[j]] = [out[j]!, out[i]!]; // swap lines
    return out;
  },
  (lines, r) =>
    lines.map((line) => {
      if (!line || r.next() > 0.3) return line;
      const at = r.int(line.length);
      return line.slice(0, at) + r.pick(INSERTS) + line.slice(at); // insert quote marks, non-Latin text, markup
    }),
  (lines, r) => lines.map((line) => (r.next() < 0.2 ? line.split("").reverse().join("") : line)),
];

function randomBytes(r: Random): Uint8Array {
  const bytes = new Uint8Array(r.int(3000));
  for (let i = 0; i < bytes.length; i++) bytes[i] = r.next() < 0.7 ? 32 + r.int(95) : r.int(256);
  return bytes;
}

/** One case, the way the CLI runs a file: decode the bytes, then the pipeline. */
function runCase(bytes: Uint8Array, source: string): OutputRecord {
  try {
    const decoded = decodeBytes(bytes);
    return safeProcess({ source, text: decoded.text, warnings: decoded.warnings }, { includeText: true, referenceDate: "2024-07-11" });
  } catch (err) {
    if (err instanceof InputError) return errorRecord(source, err.code, err.message);
    throw err;
  }
}

describe(`fuzzing the pipeline (seed ${SEED}, ${CASES} cases)`, () => {
  it("every case ends in a valid record or a clean error record", () => {
    const r = generator(SEED);
    const internal: string[] = [];
    for (let n = 0; n < CASES; n++) {
      const source = `case-${n}`;
      let bytes: Uint8Array;
      if (r.next() < 0.25) bytes = randomBytes(r);
      else {
        let lines = excerpt(r);
        for (let k = 1 + r.int(3); k > 0; k--) lines = r.pick(MUTATIONS)(lines, r);
        bytes = new TextEncoder().encode(lines.join("\n"));
      }
      const record = OutputRecordSchema.parse(runCase(bytes, source));
      // An internal error is a caught bug: the run survives it, the test does not.
      if ("error" in record && record.error.code === "internal") internal.push(`${source}: ${record.error.message}`);
    }
    expect(internal).toEqual([]);
  }, 600_000);
});

/** One JSON Lines line: a JSON value of any kind, an article with odd ids and text, or broken bytes. */
function randomJsonLine(r: Random): Buffer {
  const text = () => excerpt(r).join("\n") + r.pick(["", "\ud800", "\udfff tail", "\u0000", "\u202e"]);
  const values: (() => unknown)[] = [
    () => null,
    () => r.int(1000) - 500,
    () => r.next() < 0.5,
    () => [text()],
    () => "just a string",
    () => ({ nested: { text: text() } }),
    () => ({ id: r.pick([null, true, { a: 1 }, [1], 7, "ok"]), text: text() }),
    () => ({ text: r.int(10) }),
    () => ({ id: `a-${r.int(1000)}`, text: text(), published: r.pick(["2024-07-11", "2005-13-45", "March 3, 2005", 5, undefined]) }),
  ];
  // A lone surrogate survives JSON.stringify as an escape, which is what a producer writes.
  let line = Buffer.from(JSON.stringify(r.pick(values)()) ?? "null");
  if (r.next() < 0.1) line = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), line]);
  if (r.next() < 0.1) line = Buffer.concat([line, Buffer.from([0xff, 0xfe])]);
  return line;
}

describe(`fuzzing JSON Lines input on the CLI (seed ${SEED})`, () => {
  it("writes exactly one valid record per line, and only well-formed UTF-8", () => {
    const r = generator(SEED);
    const lines = Array.from({ length: 200 }, () => randomJsonLine(r));
    const run = spawnSync(process.execPath, [BIN, "extract", "--input", "jsonl", "--jobs", "2"], { input: Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\n")])), maxBuffer: 1 << 28 });
    expect(isUtf8(run.stdout)).toBe(true);
    const out = run.stdout.toString("utf8").trim().split("\n");
    expect(out).toHaveLength(lines.length);
    expect(run.stdout.toString("utf8")).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    for (const line of out) {
      const record = OutputRecordSchema.parse(JSON.parse(line));
      expect("error" in record && record.error.code === "internal").toBe(false);
    }
  }, 300_000);
});
