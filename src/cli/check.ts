// `newsx check DIR`: the fixture check for CI. Every X.txt with an X.json beside it is extracted
// and compared with the expected record; differences are printed as a readable diff.
import { say, terminalText } from "./terminal.js";
import { promises as fs } from "node:fs";
import path from "node:path";
import chalk from "chalk";
import { recordForFile } from "../pipeline.js";
import { EXIT } from "./main.js";

export async function runCheck(dir: string, options: { update?: boolean }): Promise<number> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  } catch (err) {
    say(`newsx: ${dir}: ${(err as Error).message}`);
    return EXIT.usage;
  }
  let failed = 0;
  let checked = 0;
  for (const name of names) {
    const expectedPath = path.join(dir, name.replace(/\.txt$/, ".json"));
    const expectedText = await fs.readFile(expectedPath, "utf8").catch(() => null);
    if (expectedText === null && !options.update) continue;
    checked++;
    const actual = recordForFile(path.join(dir, name), name, { includeText: true, maxBytes: 5_000_000, encoding: "utf-8" });
    if (options.update) {
      await fs.writeFile(expectedPath, JSON.stringify(actual, null, 2) + "\n");
      process.stdout.write(`${chalk.blue("updated")} ${expectedPath}\n`);
      continue;
    }
    const changes = diff(JSON.parse(expectedText!), JSON.parse(JSON.stringify(actual)), "");
    if (!changes.length) {
      process.stdout.write(`${chalk.green("✔")} ${name}\n`);
      continue;
    }
    failed++;
    process.stdout.write(`${chalk.red("✖")} ${name}: ${changes.length} difference${changes.length > 1 ? "s" : ""}\n`);
    for (const line of changes.slice(0, 40)) process.stdout.write("    " + terminalText(line) + "\n");
    if (changes.length > 40) process.stdout.write(chalk.dim(`    … and ${changes.length - 40} more\n`));
  }
  if (!options.update) {
    process.stdout.write(`\n${checked - failed} passed, ${failed} failed\n`);
    if (checked === 0) say(`newsx: ${dir}: no X.txt with an X.json beside it`);
  }
  return failed || checked === 0 && !options.update ? EXIT.someFailed : EXIT.ok;
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 100 ? s.slice(0, 99) + "…" : s;
};

/** Paths where two JSON values differ: `people[2].name: "A" → "B"`. */
export function diff(expected: unknown, actual: unknown, at: string): string[] {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  const bothObjects = typeof expected === "object" && typeof actual === "object" && expected && actual;
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return [`${chalk.bold(at || "(record)")}: ${chalk.red(show(expected))} → ${chalk.green(show(actual))}`];
  }
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const out: string[] = [];
  for (const key of keys) {
    const sub = Array.isArray(expected) ? `${at}[${key}]` : at ? `${at}.${key}` : key;
    const e = (expected as Record<string, unknown>)[key];
    const a = (actual as Record<string, unknown>)[key];
    if (e === undefined) out.push(`${chalk.green("+")} ${chalk.bold(sub)}: ${chalk.green(show(a))}`);
    else if (a === undefined) out.push(`${chalk.red("-")} ${chalk.bold(sub)}: ${chalk.red(show(e))}`);
    else out.push(...diff(e, a, sub));
  }
  return out;
}
