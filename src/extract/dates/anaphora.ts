// Refiner for dates that point back at the last one named: "On May 22, 1995, he was made a general,
// and the following year he was appointed …", "returned to Cuba later that year", "The following
// month, the company put itself up for sale". A reader takes the year or month of the date just
// before and steps from it; with no such date nearby the phrase is left alone.
import type { DateRecord } from "../../schema/record.js";
import { pad } from "./calendar.js";

/** "that year", "later that year", "the same month", "the following year", "the previous month". */
const POINTING_BACK = /\b(?:(?:later|earlier)\s+)?(that|the\s+same|the\s+following|the\s+previous|the\s+prior)\s+(year|month)\b/gi;
/** How far back the date pointed at may be: a paragraph or two. */
const IN_VIEW = 600;
const STEP: Record<string, number> = { that: 0, "the same": 0, "the following": 1, "the previous": -1, "the prior": -1 };

export function refineAnaphora(records: DateRecord[], text: string): DateRecord[] {
  const out = [...records];
  for (const m of text.matchAll(POINTING_BACK)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (records.some((r) => r.start < end && start < r.end)) continue;
    const antecedent = records.filter((r) => r.end <= start && start - r.end < IN_VIEW).pop();
    const stated = antecedent && /^(\d{4})(?:-(\d\d))?/.exec(antecedent.value);
    if (!stated) continue;
    const step = STEP[m[1]!.toLowerCase().replace(/\s+/g, " ")]!;
    const value = m[2]!.toLowerCase() === "year" ? String(+stated[1]! + step) : stated[2] ? monthAfter(+stated[1]!, +stated[2], step) : null;
    if (value) out.push({ text: m[0], start, end, value, granularity: m[2]!.toLowerCase() === "year" ? "year" : "month", relative: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

function monthAfter(year: number, month: number, step: number): string {
  const index = year * 12 + month - 1 + step;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}
