// `--format html`: one self-contained report for all the records of a run, in the spirit of
// displaCy: each article's text with its people, organisations, countries, dates and quotes highlighted (hover
// or focus one to see what it resolved to), its metadata, people, organisations, countries, a meetings table and
// a who-met-whom graph. Written record by record from the same validated records as the JSON;
// the article index is written last and shown first. No script, no external asset.
import type { ArticleRecord, OutputRecord } from "../schema/record.js";
import { escapeHtml, pageHead } from "./page.js";
import { isErrorRecord } from "../schema/errors.js";


/** The report, written piece by piece: a head, one section per record, the index and the end. */
export function htmlReport(): { head: string; section(record: OutputRecord, n: number): string; end(): string } {
  const index: string[] = [];
  return {
    head: HEAD,
    section(record, n) {
      const anchor = `article-${n}`;
      const label = isErrorRecord(record) ? record.source : (record.meta.title ?? record.id ?? record.source);
      index.push(`<li><a href="#${anchor}">${escapeHtml(label)}</a>${isErrorRecord(record) ? ' <span class="error-tag">error</span>' : ""}</li>`);
      return isErrorRecord(record) ? errorSection(record, anchor) : articleSection(record, anchor);
    },
    end: () => `<nav class="index" aria-label="Articles"><h2>Articles (${index.length})</h2><ol>${index.join("")}</ol></nav>\n</main></body></html>\n`,
  };
}

function errorSection(record: Extract<OutputRecord, { error: unknown }>, anchor: string): string {
  return `<article id="${anchor}" class="failed"><h2>${escapeHtml(record.source)}</h2><p class="error"><strong>${escapeHtml(record.error.code)}</strong>: ${escapeHtml(record.error.message)}</p></article>\n`;
}

function articleSection(record: ArticleRecord, anchor: string): string {
  const { meta } = record;
  const title = meta.title ?? record.id ?? record.source;
  return `<article id="${anchor}">
<h2>${escapeHtml(title)}</h2>
<div class="layout">
<div class="body">${record.text === undefined ? '<p class="note">The text was left out (--no-text); the tables stand alone.</p>' : highlighted(record)}</div>
<aside>
${metaList(record)}
${peopleTable(record)}
${organizationsTable(record)}
${countriesTable(record)}
${meetingsTable(record)}
${meetingGraph(record)}
</aside>
</div>
<details class="dropped"><summary>Dropped by the normalizer (${record.dropped.length} lines)</summary><ul>${record.dropped
    .map((d) => `<li><span class="reason">${escapeHtml(d.reason)}</span> ${escapeHtml(d.text)}</li>`)
    .join("")}</ul></details>
</article>\n`;
}

interface Span {
  start: number;
  end: number;
  kind: "person" | "organization" | "country" | "date" | "quote";
  tip: string;
}

/** Every highlight of the text: quotes around the people, countries and dates inside them. */
function spansOf(record: ArticleRecord): Span[] {
  const spans: Span[] = [];
  for (const p of record.people) {
    const tip = [p.name, p.titles.join(", "), p.country].filter(Boolean).join(" · ");
    // Why each mention is the person's: "Obama" as "surname near" the full name.
    for (const m of p.mentions) spans.push({ start: m.start, end: m.end, kind: "person", tip: m.via === "name" ? tip : `${tip} · ${m.via}` });
  }
  for (const o of record.organizations) for (const m of o.mentions) spans.push({ start: m.start, end: m.end, kind: "organization", tip: o.name });
  for (const c of record.countries) for (const m of c.mentions) spans.push({ start: m.start, end: m.end, kind: "country", tip: `${c.code} · ${c.name}` });
  for (const d of record.dates) spans.push({ start: d.start, end: d.end, kind: "date", tip: `${d.value} (${d.granularity})` });
  for (const q of record.quotes) {
    const speaker = q.speaker ? `${q.speaker.name} (${q.speaker.kind})` : "unknown speaker";
    spans.push({ start: q.start, end: q.end, kind: "quote", tip: `${speaker}${q.cue ? ` · ${q.cue}` : ""}${q.partial ? " · partial" : ""}` });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text as HTML with nested highlights; a span that would cross another's edge is left plain. */
function highlighted(record: ArticleRecord): string {
  const text = record.text!;
  const open: Span[] = [];
  let out = "";
  let at = 0;
  const closeUntil = (pos: number) => {
    while (open.length && open[open.length - 1]!.end <= pos) {
      const span = open.pop()!;
      out += escapeHtml(text.slice(at, span.end)) + "</mark>";
      at = span.end;
    }
  };
  for (const span of spansOf(record)) {
    closeUntil(span.start);
    const parent = open[open.length - 1];
    if (parent && span.end > parent.end) continue;
    out += escapeHtml(text.slice(at, span.start)) + `<mark class="ent ${span.kind}" tabindex="0" data-tip="${escapeHtml(span.tip)}">`;
    at = span.start;
    open.push(span);
  }
  closeUntil(Infinity);
  out += escapeHtml(text.slice(at));
  return out
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

function metaList({ meta, source }: ArticleRecord): string {
  const rows: [string, string | null][] = [
    ["source", source],
    ["published", meta.published],
    ["authors", meta.authors.join(", ") || null],
    ["dateline", meta.dateline],
    ["subtitle", meta.subtitle],
  ];
  return `<h3>Metadata</h3><dl>${rows
    .filter(([, v]) => v)
    .map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v!)}</dd>`)
    .join("")}</dl>`;
}

function table(caption: string, head: string[], rows: string[][]): string {
  if (!rows.length) return `<h3>${caption}</h3><p class="note">none</p>`;
  const th = head.map((h) => `<th scope="col">${h}</th>`).join("");
  return `<h3>${caption}</h3><table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

const peopleTable = (r: ArticleRecord) =>
  table("People", ["name", "titles", "country", "mentions"], r.people.map((p) => [escapeHtml(p.name), escapeHtml([...p.titles, ...(p.byline ? ["(byline)"] : [])].join(", ")), escapeHtml(p.country ?? ""), String(p.mentions.length)]));

const organizationsTable = (r: ArticleRecord) =>
  table("Organizations", ["name", "also", "mentions"], r.organizations.map((o) => [escapeHtml(o.name), escapeHtml(o.aliases.join(", ")), String(o.mentions.length)]));

const countriesTable = (r: ArticleRecord) =>
  table("Countries", ["code", "name", "mentions"], r.countries.map((c) => [escapeHtml(c.code), escapeHtml(c.name), String(c.mentions.length)]));

const participantName = (p: ArticleRecord["meetings"][number]["participants"][number]) => p.name ?? p.country ?? "?";

const meetingsTable = (r: ArticleRecord) =>
  `<div class="meetings">${table(
    "Meetings",
    ["participants", "kind", "status", "date", "place"],
    r.meetings.map((m) => [escapeHtml(m.participants.map(participantName).join(" · ")), m.kind, m.status, escapeHtml(m.date?.value ?? ""), escapeHtml(m.location ?? "")]),
  )}</div>`;

/** Who met whom: the participants on a circle, a line for every pair that met. */
function meetingGraph(r: ArticleRecord): string {
  const names = [...new Set(r.meetings.flatMap((m) => m.participants.map(participantName)))];
  if (names.length < 2) return "";
  const size = 320;
  const radius = 110;
  const centre = size / 2;
  const point = (i: number) => {
    const angle = (2 * Math.PI * i) / names.length - Math.PI / 2;
    return [centre + radius * Math.cos(angle), centre + radius * Math.sin(angle)] as const;
  };
  const edges = r.meetings.flatMap((m) => {
    const ids = m.participants.map((p) => names.indexOf(participantName(p)));
    return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b, m.status] as const));
  });
  const lines = edges.map(([a, b, status]) => {
    const [x1, y1] = point(a);
    const [x2, y2] = point(b);
    return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" class="edge ${status}"/>`;
  });
  const nodes = names.map((name, i) => {
    const [x, y] = point(i);
    const anchor = x < centre - 5 ? "end" : x > centre + 5 ? "start" : "middle";
    const dx = anchor === "end" ? -8 : anchor === "start" ? 8 : 0;
    return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5"/><text x="${(x + dx).toFixed(1)}" y="${(y + 4).toFixed(1)}" text-anchor="${anchor}">${escapeHtml(name)}</text>`;
  });
  return `<h3>Who met whom</h3><svg class="graph" viewBox="-90 0 ${size + 180} ${size}" role="img" aria-label="Who met whom: ${escapeHtml(names.join(", "))}">${lines.join("")}${nodes.join("")}</svg>`;
}

const CSS = `:root { --person: #ffd6a5; --organization: #ffc8dd; --country: #a0e7e5; --date: #caffbf; --quote: #e4d4ff; font-family: system-ui, sans-serif; line-height: 1.5; color: #1d1d1f; }
body { margin: 0; background: #f6f6f4; }
main { display: flex; flex-direction: column; max-width: 1200px; margin: 0 auto; padding: 1rem; gap: 1.5rem; }
.index { order: -1; background: #fff; padding: 0.5rem 1rem; border-radius: 8px; }
h1 { margin: 0; font-size: 1.4rem; }
article { background: #fff; padding: 1rem 1.25rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; overflow-wrap: anywhere; min-width: 0; }
aside, .body { min-width: 0; }
.meetings, aside table { display: block; overflow-x: auto; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
@media (max-width: 760px) { .layout { grid-template-columns: 1fr; } }
.swatch { border-radius: 3px; padding: 0 4px; }
mark.ent { position: relative; border-radius: 3px; padding: 0 2px; color: inherit; cursor: help; }
.person { background: var(--person); } .organization { background: var(--organization); } .country { background: var(--country); }
.date { background: var(--date); } .quote { background: var(--quote); }
mark.ent:hover::after, mark.ent:focus::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; z-index: 2; white-space: nowrap;
  background: #1d1d1f; color: #fff; font-size: 0.8rem; padding: 2px 6px; border-radius: 4px; }
mark.ent:focus { outline: 2px solid #0057b8; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } th, td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #ddd; overflow-wrap: normal; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0 0.75rem; font-size: 0.85rem; } dt { font-weight: 600; }
.graph { width: 100%; max-width: 420px; height: auto; } .graph line { stroke: #555; stroke-width: 1.5; } .graph line.planned, .graph line.possible { stroke-dasharray: 4 3; }
.graph circle { fill: #0057b8; } .graph text { font-size: 11px; }
.note, .reason { color: #666; font-size: 0.85rem; } .error, .error-tag { color: #b00020; }
details.dropped { margin-top: 1rem; font-size: 0.85rem; } summary { cursor: pointer; }
a:focus, summary:focus { outline: 2px solid #0057b8; }`;

const HEAD = `${pageHead("newsx report", CSS)}
<header><h1>newsx report</h1><p class="legend"><span class="swatch person">person</span> <span class="swatch organization">organization</span> <span class="swatch country">country</span> <span class="swatch date">date</span> <span class="swatch quote">quote</span> · hover or focus (Tab) a highlight to see what it resolved to</p></header>
`;
