// `newsx check DIR`: the fixture check for CI. Every X.txt with an X.json beside it is extracted
// and compared with the expected record. Items of a list are matched by what they are (a
// person's key, a country's code, a quote's text), not by position, so one new person is one
// difference rather than a shift of every later one. The result is a readable diff, or JUnit
// XML, TAP or JSON for a CI system (--format).
import { promises as fs } from "node:fs";
import path from "node:path";
import chalk, { Chalk } from "chalk";
import { commit, discardPending, finish, stage, write } from "../io/atomic.js";
import { recordForFile } from "../pipeline.js";
import { isErrorRecord } from "../schema/errors.js";
import { EXIT } from "./main.js";
import { escapeXml as xml } from "./page.js";
import { say, terminalName, terminalText } from "./terminal.js";

export type CheckFormat = "text" | "junit" | "tap" | "json";

export interface Difference {
  path: string;
  change: "added" | "removed" | "changed";
  expected?: unknown;
  actual?: unknown;
}

interface Outcome {
  name: string;
  differences: Difference[];
  /** Why the fixture could not be compared at all (its X.json is not JSON). */
  problem?: string;
}

const failedOutcome = (o: Outcome) => o.differences.length > 0 || o.problem !== undefined;

export async function runCheck(dir: string, options: { update?: boolean; format?: CheckFormat }): Promise<number> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    say(`newsx: ${dir}: ${code === "ENOENT" ? "no such folder" : code === "ENOTDIR" ? "not a folder" : (err as Error).message}`);
    return EXIT.usage;
  }
  if (options.update) return updateFixtures(dir, names);
  const outcomes: Outcome[] = [];
  for (const name of names) {
    const expectedPath = path.join(dir, name.replace(/\.txt$/, ".json"));
    const expectedText = await fs.readFile(expectedPath, "utf8").catch(() => null);
    if (expectedText === null) continue;
    const actual = recordForFile(path.join(dir, name), name, CHECK_OPTIONS);
    let expected: unknown;
    try {
      expected = JSON.parse(expectedText);
    } catch (err) {
      outcomes.push({ name, differences: [], problem: `${path.basename(expectedPath)} is not JSON: ${(err as Error).message}` });
      continue;
    }
    outcomes.push({ name, differences: diff(expected, JSON.parse(JSON.stringify(actual)), "") });
  }
  process.stdout.write(REPORTS[options.format ?? "text"](outcomes));
  if (!outcomes.length) say(`newsx: ${dir}: no X.txt with an X.json beside it`);
  return !outcomes.length || outcomes.some(failedOutcome) ? EXIT.someFailed : EXIT.ok;
}

const CHECK_OPTIONS = { includeText: true, maxBytes: 5_000_000, encoding: "utf-8" } as const;

/**
 * `--update`: rewrites each X.json with the current record, written whole (a temporary name, then a
 * rename). A fixture is never replaced by an error record (the text could not be read or extracted),
 * and only a regular file inside DIR is written: a link could point anywhere (a cloned repository's
 * fixture linked to a dotfile).
 */
async function updateFixtures(dir: string, names: string[]): Promise<number> {
  let failed = 0;
  const refuse = (expectedPath: string, why: string) => {
    failed++;
    say(`newsx: not updated ${terminalName(expectedPath)}: ${why}`);
  };
  for (const name of names) {
    const expectedPath = path.join(dir, name.replace(/\.txt$/, ".json"));
    const existing = await fs.lstat(expectedPath).catch(() => null);
    if (existing && !existing.isFile()) {
      refuse(expectedPath, existing.isSymbolicLink() ? "it is a symbolic link" : "it is not a regular file");
      continue;
    }
    const actual = recordForFile(path.join(dir, name), name, CHECK_OPTIONS);
    if (isErrorRecord(actual)) {
      refuse(expectedPath, `${actual.error.code}: ${actual.error.message}`);
      continue;
    }
    try {
      const file = await stage(expectedPath);
      await write(file, JSON.stringify(actual, null, 2) + "\n");
      await finish(file);
      commit([file]);
    } catch (err) {
      discardPending();
      refuse(expectedPath, (err as Error).message);
      continue;
    }
    process.stdout.write(`${chalk.blue("updated")} ${terminalName(expectedPath)}\n`);
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}

/** What an item of a list is, to match it across the two records: "key:…", "code:…", "text:…". */
function identity(item: unknown): string | null {
  if (!item || typeof item !== "object") return null;
  const o = item as Record<string, unknown>;
  if (Array.isArray(o.participants)) return `meeting:${o.participants.map((p) => (p as { name?: string }).name).join("|")}:${o.kind}`;
  for (const field of ["key", "code", "line", "text", "name", "value"]) if (typeof o[field] === "string" || typeof o[field] === "number") return `${field}:${o[field]}`;
  return null;
}

/** Paths where two JSON values differ; list items are matched by identity, in order among equals. */
export function diff(expected: unknown, actual: unknown, at: string): Difference[] {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  const bothObjects = typeof expected === "object" && typeof actual === "object" && expected && actual;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) return [{ path: at || "(record)", change: "changed", expected, actual }];
  if (Array.isArray(expected) && Array.isArray(actual) && expected.every(identity) && actual.every(identity)) return diffByIdentity(expected, actual, at);
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const out: Difference[] = [];
  for (const key of keys) {
    const sub = Array.isArray(expected) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
    const e = (expected as Record<string, unknown>)[key];
    const a = (actual as Record<string, unknown>)[key];
    if (e === undefined) out.push({ path: sub, change: "added", actual: a });
    else if (a === undefined) out.push({ path: sub, change: "removed", expected: e });
    else out.push(...diff(e, a, sub));
  }
  return out;
}

function diffByIdentity(expected: unknown[], actual: unknown[], at: string): Difference[] {
  const unmatched = new Map<string, unknown[]>();
  for (const a of actual) unmatched.set(identity(a)!, [...(unmatched.get(identity(a)!) ?? []), a]);
  const out: Difference[] = [];
  for (const e of expected) {
    const id = identity(e)!;
    const match = unmatched.get(id)?.shift();
    const sub = `${at}[${id}]`;
    if (match === undefined) out.push({ path: sub, change: "removed", expected: e });
    else out.push(...diff(e, match, sub));
  }
  for (const [id, rest] of unmatched) for (const a of rest) out.push({ path: `${at}[${id}]`, change: "added", actual: a });
  return out;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 100 ? s.slice(0, 99) + "…" : s;
};

const PLAIN = new Chalk({ level: 0 });

/** One difference as a line: `+ people[key:jane-doe]: {…}`, `people[key:x].name: "A" → "B"`. */
function describe(d: Difference, paint = true): string {
  const c = paint ? chalk : PLAIN;
  if (d.change === "added") return `${c.green("+")} ${c.bold(d.path)}: ${c.green(show(d.actual))}`;
  if (d.change === "removed") return `${c.red("-")} ${c.bold(d.path)}: ${c.red(show(d.expected))}`;
  return `${c.bold(d.path)}: ${c.red(show(d.expected))} → ${c.green(show(d.actual))}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A TAP description: "#" would start a directive (a TODO or SKIP that hides a failure) and a line break a new line. */
const tapText = (name: string) => name.replace(/\\/g, "\\\\").replace(/#/g, "\\#").replace(/\r?\n|\r/g, "\\n");

/** What went wrong with one fixture, as lines without colour. */
const problems = (o: Outcome) => (o.problem ? [o.problem] : o.differences.map((d) => describe(d, false)));
const summary = (o: Outcome) => o.problem ?? plural(o.differences.length, "difference");

const REPORTS: Record<CheckFormat, (outcomes: Outcome[]) => string> = {
  text: (outcomes) => {
    const lines = outcomes.flatMap((o) => {
      if (!failedOutcome(o)) return [`${chalk.green("✔")} ${terminalName(o.name)}`];
      if (o.problem) return [`${chalk.red("✖")} ${terminalName(o.name)}: ${terminalText(o.problem)}`];
      const shown = o.differences.slice(0, 40).map((d) => "    " + terminalText(describe(d)));
      const more = o.differences.length > 40 ? [chalk.dim(`    … and ${o.differences.length - 40} more`)] : [];
      return [`${chalk.red("✖")} ${terminalName(o.name)}: ${plural(o.differences.length, "difference")}`, ...shown, ...more];
    });
    const failed = outcomes.filter(failedOutcome).length;
    return [...lines, "", `${outcomes.length - failed} passed, ${failed} failed`, ""].join("\n");
  },
  junit: (outcomes) => {
    const failed = outcomes.filter(failedOutcome).length;
    const cases = outcomes.map((o) => {
      const failure = failedOutcome(o) ? `<failure message="${xml(summary(o))}" type="${o.problem ? "fixture" : "difference"}">${xml(problems(o).join("\n"))}</failure>` : "";
      return `    <testcase classname="newsx.check" name="${xml(o.name)}">${failure}</testcase>`;
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${outcomes.length}" failures="${failed}">\n  <testsuite name="newsx check" tests="${outcomes.length}" failures="${failed}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>\n</testsuites>\n`;
  },
  tap: (outcomes) => {
    const lines = outcomes.flatMap((o, i) => {
      if (!failedOutcome(o)) return [`ok ${i + 1} - ${tapText(o.name)}`];
      const yaml = problems(o).map((line) => `    - ${JSON.stringify(line)}`);
      return [`not ok ${i + 1} - ${tapText(o.name)}`, "  ---", `  message: ${JSON.stringify(summary(o))}`, "  differences:", ...yaml, "  ..."];
    });
    return ["TAP version 13", `1..${outcomes.length}`, ...lines, ""].join("\n");
  },
  json: (outcomes) => {
    const failed = outcomes.filter(failedOutcome).length;
    const fixtures = outcomes.map((o) => ({ name: o.name, ok: !failedOutcome(o), ...(o.problem ? { problem: o.problem } : {}), differences: o.differences }));
    return JSON.stringify({ passed: outcomes.length - failed, failed, fixtures }, null, 2) + "\n";
  },
};
