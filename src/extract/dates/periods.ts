// Refiner for financial reports: they name a quarter once and then refer back to it ("the quarter",
// "the latest period", "the 1988 quarter") and compare with the same quarter a year before ("a year
// earlier", "year-ago", "the year-earlier period"). A reader gives each the value of the quarter
// last named; TimeML annotates them the same way.
import type { DateRecord } from "../../schema/record.js";

/** A quarter or period referred to by a determiner, or the bare "year-ago" / "year-earlier". */
const PERIOD_REFERENCE =
  /\b(?:(?:the|this|that)\s+|(last\s+year['’]s)\s+)(?:(?:latest|last|same|current|comparable|corresponding|fiscal|(year-ago|year-earlier)|((?:19|20)\d\d))\s+)*(quarter|period)\b(?!-)(?:\s+(last\s+year|a\s+year\s+(?:ago|earlier)))?|\b(year-ago|year-earlier)\b/gi;
/** "a year ago" and "a year earlier" compare with the same quarter a year before when a quarter is in view. */
const YEAR_BACK = /^an?\s+year\s+(?:ago|earlier)$/i;
/**
 * "In the nine months, net rose to $306 million from $195 million in the 1988 period": a run of
 * months within the year, after which a comparison is with that part of the year before, not with
 * a quarter. TimeML gives such comparisons the year.
 */
const MONTHS_OF_YEAR = /\b(?:the|first|latest|past)\s+(?:six|nine)\s+months\b/gi;
/** How far back a named quarter stays in view: a few paragraphs of an earnings story. */
const IN_VIEW = 1500;

interface QuarterOfYear {
  year: number;
  quarter: number;
}

/** A quarter named in the text, and where its mention ends. */
interface Quarter extends QuarterOfYear {
  end: number;
}

const quarterValue = (q: QuarterOfYear) => `${q.year}-Q${q.quarter}`;

/** "a year ago", "year-ago", "last year's", "the corresponding period last year": the reference looks a year back. */
const looksBack = ([, lastYears, yearBack, , , trailingYearBack, bareYearBack]: RegExpMatchArray) => !!(lastYears || yearBack || trailingYearBack || bareYearBack);

/** The last full quarter before the reference date: the one a report published then describes. */
function reportedQuarter(ref: Date): QuarterOfYear {
  const current = Math.floor(ref.getUTCMonth() / 3) + 1;
  return current === 1 ? { year: ref.getUTCFullYear() - 1, quarter: 4 } : { year: ref.getUTCFullYear(), quarter: current - 1 };
}

/**
 * `ahead` tells whether the clause at an offset looks ahead ("will result in a fourth-quarter
 * charge"): a quarter named there is not one whose results are reported.
 */
export function refinePeriods(records: DateRecord[], text: string, ref: Date | null, ahead: (offset: number) => boolean): DateRecord[] {
  if (!ref) return records;
  // A reference stands unless a find reaches beyond it; the finds inside it ("1988" in "the 1988
  // quarter") give way when it resolves.
  const within = (r: DateRecord, m: RegExpMatchArray) => r.start >= m.index! && r.end <= m.index! + m[0].length;
  const overlaps = (r: DateRecord, m: RegExpMatchArray) => r.start < m.index! + m[0].length && m.index! < r.end;
  const references = [...text.matchAll(PERIOD_REFERENCE)].filter((m) => !records.some((r) => overlaps(r, m) && !within(r, m)));
  const spans = [...text.matchAll(MONTHS_OF_YEAR)].map((m) => ({ span: m.index! + m[0].length, start: m.index! }));
  const all = [...records, ...spans, ...references.map((m) => ({ match: m, start: m.index! }))].sort((a, b) => a.start - b.start || ("match" in a ? -1 : 1));
  const out: DateRecord[] = [];
  // A quarter still to come ("losses through the third quarter of 1990") can be referred back to,
  // but results are reported, and compared with a year before, only for one under way or ended.
  let last: Quarter | null = null;
  const reportable: Quarter[] = [];
  // The quarter a comparison or "the latest period" is about: of the reportable quarters in view,
  // the most recent that has ended ("after a flat second quarter" does not displace the third).
  const reportedInView = (at: number): Quarter | null => {
    const inView = reportable.filter((q) => at - q.end < IN_VIEW);
    const ended = inView.filter((q) => Date.UTC(q.year, q.quarter * 3, 1) <= ref.getTime());
    const pool = ended.length ? ended : inView;
    if (!pool.length) return null;
    const latest = pool.reduce((a, b) => (b.year * 4 + b.quarter > a.year * 4 + a.quarter ? b : a));
    return { ...latest, end: Math.max(...pool.map((q) => q.end)) };
  };
  let covering: DateRecord | null = null;
  let lastSpanEnd = -Infinity;
  // A run of months named since the last quarter, and still in view.
  const spanInView = (at: number) => lastSpanEnd > (reportable.at(-1)?.end ?? -Infinity) && at - lastSpanEnd < IN_VIEW;
  for (const item of all) {
    if ("span" in item) {
      lastSpanEnd = item.span;
      continue;
    }
    if ("match" in item && spanInView(item.start) && !/\blatest\b|quarter$/i.test(item.match[0])) {
      covering = yearOfSpan(item.match, reportedInView(item.start)?.year ?? reportedQuarter(ref).year);
      out.push(covering);
      continue;
    }
    if ("match" in item) {
      // A quarter named just before ("the fiscal first quarter") keeps its label, as TimeML does.
      const named: boolean = !!last && item.start - last.end < IN_VIEW;
      const closing: QuarterOfYear | null = named ? null : quarterEndingOn(item.match, records, text);
      covering = closing ? quarterRecord(item.match, closing) : periodReference(item.match, last, reportedInView(item.start), ref);
      if (closing) reportable.push((last = { ...closing, end: item.match.index! + item.match[0].length }));
      if (covering) out.push(covering);
      continue;
    }
    if (covering && item.end <= covering.end) continue;
    const stated = /^(\d{4})-Q(\d)$/.exec(item.value);
    if (stated) last = { year: +stated[1]!, quarter: +stated[2]!, end: item.end };
    if (stated && isReportable(last!, ref, ahead(item.start))) reportable.push(last!);
    const inView = reportedInView(item.start);
    if (inView && !spanInView(item.start) && YEAR_BACK.test(item.text)) out.push({ ...item, value: quarterValue({ year: inView.year - 1, quarter: inView.quarter }), granularity: "quarter" });
    else out.push(item);
  }
  return out;
}

/**
 * A quarter whose results can be reported: one ended by the article's date, or the one under way
 * named in a report of what happened (a fiscal quarter may carry the calendar quarter's label).
 */
function isReportable(q: QuarterOfYear, ref: Date, namedAhead: boolean): boolean {
  const begins = (n: number) => Date.UTC(q.year, (q.quarter - 1 + n) * 3, 1);
  return begins(1) <= ref.getTime() || (begins(0) <= ref.getTime() && !namedAhead);
}

/**
 * "the quarter ended July 31", "the period ending Sept. 30", with no quarter named before: the
 * calendar quarter that holds most of its three months (its middle month). Only a plain reference:
 * "the year-ago quarter ended …" keeps the rules for comparisons.
 */
function quarterEndingOn(m: RegExpMatchArray, records: DateRecord[], text: string): QuarterOfYear | null {
  if (looksBack(m) || m[3]) return null;
  const end = m.index! + m[0].length;
  const verb = /^\s+(?:ended|ending)\s+/.exec(text.slice(end, end + 12));
  const closing = verb && records.find((r) => r.start === end + verb[0].length);
  const day = closing && /^(\d{4})-(\d\d)-(\d\d)$/.exec(closing.value);
  if (!day) return null;
  // A quarter ended in a month's first half (Aug. 2) ran through the month before.
  const lastMonth = +day[2]! - (+day[3]! < 15 ? 1 : 0);
  const middle = new Date(Date.UTC(+day[1]!, lastMonth - 2, 1));
  return { year: middle.getUTCFullYear(), quarter: Math.floor(middle.getUTCMonth() / 3) + 1 };
}

/** "the 1988 period", "year-ago" after a run of months: the year, or the year before. */
function yearOfSpan(m: RegExpMatchArray, year: number): DateRecord {
  const statedYear = m[3];
  const value = statedYear ? +statedYear : year - (looksBack(m) ? 1 : 0);
  return { text: m[0], start: m.index!, end: m.index! + m[0].length, value: String(value), granularity: "year", relative: !statedYear };
}

function quarterRecord(m: RegExpMatchArray, q: QuarterOfYear): DateRecord {
  return { text: m[0], start: m.index!, end: m.index! + m[0].length, value: quarterValue(q), granularity: "quarter", relative: false };
}

/** "the quarter", "the 1988 period", "the year-earlier quarter", "year-ago": the quarter in view, or the one just reported. */
function periodReference(m: RegExpMatchArray, last: Quarter | null, reportQuarter: Quarter | null, ref: Date): DateRecord | null {
  const [text, , , statedYear, noun] = m;
  const reported = looksBack(m) || !!statedYear || /\blatest\b/i.test(text!);
  const candidate = reported ? reportQuarter : last;
  const inView = candidate && m.index! - candidate.end < IN_VIEW ? candidate : null;
  // "the period" and "year-ago" mean a quarter only where one has been named.
  if (!inView && noun?.toLowerCase() !== "quarter") return null;
  // "the current quarter" is the one under way, whatever was named before.
  const current = /\bcurrent\b/i.test(text!) || (/^this\b/i.test(text!) && !inView);
  const base = current ? { year: ref.getUTCFullYear(), quarter: Math.floor(ref.getUTCMonth() / 3) + 1 } : (inView ?? reportedQuarter(ref));
  const year = statedYear ? +statedYear : base.year - (looksBack(m) ? 1 : 0);
  return { text: text!, start: m.index!, end: m.index! + text!.length, value: quarterValue({ year, quarter: base.quarter }), granularity: "quarter", relative: !statedYear };
}
