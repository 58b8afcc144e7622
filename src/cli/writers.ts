// Writers turn records into output: JSON Lines, one JSON array, a readable summary, or an HTML report.
import { terminalSafe } from "./terminal.js";
import chalk from "chalk";
import { isErrorRecord } from "../schema/errors.js";
import { htmlReport } from "./html.js";
import type { ArticleRecord, OutputRecord } from "../schema/record.js";

export type Format = "jsonl" | "json" | "pretty" | "html";

export interface Writer {
  /** false when the output's buffer is full: wait for "drain" before writing more. */
  write(record: OutputRecord): boolean;
  end(): void;
}

export function createWriter(format: Format, out: NodeJS.WritableStream): Writer {
  if (format === "jsonl") return { write: (r) => out.write(JSON.stringify(r) + "\n"), end: () => {} };
  if (format === "json") {
    // Streamed as written, so a large run never holds every record in memory.
    let count = 0;
    return {
      write: (r) => out.write((count++ ? ",\n" : "[\n") + indent(JSON.stringify(r, null, 2))),
      end: () => out.write(count ? "\n]\n" : "[]\n"),
    };
  }
  if (format === "html") {
    const report = htmlReport();
    let count = 0;
    return {
      write: (r) => out.write((count ? "" : report.head) + report.section(r, count++)),
      end: () => out.write((count ? "" : report.head) + report.end()),
    };
  }
  return { write: (r) => out.write(prettyRecord(r) + "\n"), end: () => {} };
}

const indent = (s: string) => s.replace(/^/gm, "  ");

export function prettyRecord(raw: OutputRecord): string {
  const record = terminalSafe(raw);
  if (isErrorRecord(record)) return `${chalk.red("✖")} ${chalk.bold(record.source)}  ${chalk.red(record.error.code)}: ${record.error.message}`;
  const { meta } = record;
  const head = [
    chalk.green("●"),
    chalk.bold(record.id ?? record.source),
    meta.title ? chalk.cyan(`“${meta.title}”`) : "",
    meta.published ? chalk.dim(meta.published) : "",
    meta.authors.length ? chalk.dim(`by ${meta.authors.join(", ")}`) : "",
  ];
  const rows: [string, string][] = [
    ["people", record.people.map((p) => `${p.name}${describePerson(p)} ×${p.mentions.length}`).join(", ")],
    ["countries", record.countries.map((c) => `${c.code} ×${c.mentions.length}`).join(" ")],
    ["dates", record.dates.map((d) => `${d.text} → ${d.value}`).join(", ")],
    ["quotes", record.quotes.map((q) => `${q.speaker?.name ?? "?"}: “${clip(q.text, 50)}”`).join("\n" + " ".repeat(13))],
    ["meetings", meetingLines(record).join("\n" + " ".repeat(13))],
  ];
  const body = rows.filter(([, v]) => v).map(([k, v]) => `  ${chalk.yellow(k.padEnd(10))} ${v}`);
  const warnings = (record.warnings ?? []).map((w) => `  ${chalk.magenta("warning")}    ${w}`);
  return [head.filter(Boolean).join("  "), ...body, ...warnings].join("\n");
}

function describePerson(p: ArticleRecord["people"][number]): string {
  const details = [p.titles[0], p.country, p.byline ? "byline" : null].filter(Boolean);
  return details.length ? chalk.dim(` (${details.join(", ")})`) : "";
}

function meetingLines(record: ArticleRecord): string[] {
  return record.meetings.map((m) => {
    const who = m.participants.map((p) => p.name ?? p.country ?? "?").join(" ↔ ");
    const details = [m.kind, m.status, m.date?.value, m.location].filter(Boolean).join(", ");
    return `${who} ${chalk.dim(`(${details})`)}`;
  });
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
