// The corpus as five CSV tables (RFC 4180: comma, double quotes, CRLF, UTF-8), one row per
// person, organisation, pair, quote and country-month, for pandas.read_csv and spreadsheets. A list in a cell
// is joined with "; ". A text cell that a spreadsheet would run as a formula (= + - @, tab, CR)
// gets a leading apostrophe, as OWASP advises for CSV meant for spreadsheets; numbers stay numbers.
import type { CorpusCountry, CorpusMeeting, CorpusOrganization, CorpusPerson, CorpusQuote } from "../schema/corpus.js";

type Cell = string | number | null;

function cell(value: Cell): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvRow = (cells: Cell[]) => cells.map(cell).join(",") + "\r\n";
const list = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].join("; ");

export const PEOPLE_HEADER = ["key", "name", "aliases", "countries", "articles", "mentions", "quotes", "first", "last"];
export const personRow = (p: CorpusPerson) => csvRow([p.key, p.name, p.aliases.join("; "), p.countries.join("; "), p.articles, p.mentions, p.quotes, p.first, p.last]);

export const ORGANIZATIONS_HEADER = ["key", "name", "aliases", "articles", "mentions", "quotes"];
export const organizationRow = (o: CorpusOrganization) => csvRow([o.key, o.name, o.aliases.join("; "), o.articles, o.mentions, o.quotes]);

export const MEETINGS_HEADER = ["a_key", "a_name", "a_kind", "b_key", "b_name", "b_kind", "reports", "articles", "dates", "places", "statuses"];
export const meetingRow = ({ a, b, reports }: CorpusMeeting) =>
  csvRow([
    a.key,
    a.name,
    a.kind,
    b.key,
    b.name,
    b.kind,
    reports.length,
    list(reports.map((r) => r.article)),
    list(reports.map((r) => r.date).sort()),
    list(reports.map((r) => r.place)),
    list(reports.map((r) => r.status)),
  ]);

export const QUOTES_HEADER = ["speaker_key", "speaker", "date", "article", "text", "cue"];
export const quoteRow = (q: CorpusQuote) => csvRow([q.speaker, q.name, q.date, q.article, q.text, q.cue]);

export const COUNTRIES_HEADER = ["code", "name", "month", "articles", "mentions"];
export const countryRows = (c: CorpusCountry) => c.months.map((m) => csvRow([c.code, c.name, m.month, m.articles, m.mentions])).join("");
