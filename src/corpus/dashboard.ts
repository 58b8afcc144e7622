// `newsx corpus --format html`: one self-contained page about a folder of news: the people and
// the organisations ranked by the articles that name them, the who-met-whom network (laid out in Node, see layout.ts), a
// timeline of dated meetings, who said what, and for every quoted article the lines its
// normalizer dropped, one click from the quote. No script and no network request, like the
// extract report; the tables show the top of each ranking and say so, the CSV has the rest.
import { escapeHtml, pageHead } from "../cli/page.js";
import type { ArticleQuotes } from "./aggregate.js";
import { DOT_RADIUS, FONT_SIZE, layoutNetwork, type Layout } from "./layout.js";
import type { CorpusCountry, CorpusMeeting, CorpusOrganization, CorpusPerson, CorpusQuote } from "../schema/corpus.js";


export const LIMITS = { people: 50, organizations: 30, networkSides: 40, timeline: 200, speakers: 20, quotesEach: 5, errors: 200, countries: 30 };

export interface DashboardInput {
  records: number;
  errors: { source: string; code: string; message: string }[];
  people: CorpusPerson[];
  organizations: CorpusOrganization[];
  meetings: CorpusMeeting[];
  countries: CorpusCountry[];
  /** The quotes the who-said-what table shows, and the articles they come from. */
  shownQuotes: CorpusQuote[];
  audits: ArticleQuotes[];
}

export function dashboard(input: DashboardInput): string {
  const auditIds = new Map(input.audits.map((a, i) => [a.article, `audit-${i}`]));
  return `${HEAD}
<header><h1>newsx corpus</h1><p>${summary(input)}</p></header>
${peopleSection(input.people)}
${organizationsSection(input.organizations)}
${networkSection(input.meetings)}
${timelineSection(input.meetings)}
${quotesSection(input.shownQuotes, input.people, auditIds)}
${countriesSection(input.countries)}
${auditSection(input.audits, auditIds)}
${errorsSection(input.errors)}
</main></body></html>
`;
}

function summary({ records, errors, people, organizations, meetings, countries }: DashboardInput): string {
  const reports = meetings.reduce((n, m) => n + m.reports.length, 0);
  return `${records} records (${errors.length} errors) · ${people.length} people · ${organizations.length} organisations · ${meetings.length} pairs that met, in ${reports} reports · ${countries.length} countries`;
}

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ""}>${h}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ""}>${c}</td>`).join("")}</tr>`).join("\n");
  return `<div class="scroll"><table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

const shown = (count: number, limit: number, what: string) =>
  count > limit ? `<p class="note">${limit} of ${count} ${what} shown; the CSV tables have them all.</p>` : "";

function peopleSection(people: CorpusPerson[]): string {
  const rows = people
    .slice(0, LIMITS.people)
    .map((p) => [escapeHtml(p.name), escapeHtml(p.countries.join(", ")), String(p.articles), String(p.mentions), String(p.quotes), p.first ?? "", p.last ?? ""]);
  return `<section id="people"><h2>People, by the articles that name them</h2>${shown(people.length, LIMITS.people, "people")}${table(
    ["name", "countries", "articles", "mentions", "quotes", "first", "last"],
    rows,
    [2, 3, 4],
  )}</section>`;
}

function organizationsSection(organizations: CorpusOrganization[]): string {
  const rows = organizations.slice(0, LIMITS.organizations).map((o) => [escapeHtml(o.name), escapeHtml(o.aliases.join(", ")), String(o.articles), String(o.mentions), String(o.quotes)]);
  return `<section id="organizations"><h2>Organisations, by the articles that name them</h2>${shown(organizations.length, LIMITS.organizations, "organisations")}${table(
    ["name", "also", "articles", "mentions", "quotes"],
    rows,
    [2, 3, 4],
  )}</section>`;
}

/** The sides with the most meeting reports and the pairs among them. */
function networkOf(meetings: CorpusMeeting[]): { layout: Layout; edges: CorpusMeeting[] } | null {
  const weight = new Map<string, { label: string; weight: number }>();
  for (const m of meetings)
    for (const side of [m.a, m.b]) {
      const entry = weight.get(side.key) ?? { label: side.name, weight: 0 };
      weight.set(side.key, entry);
      entry.weight += m.reports.length;
    }
  const top = [...weight].sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0])).slice(0, LIMITS.networkSides);
  const keep = new Set(top.map(([key]) => key));
  const edges = meetings.filter((m) => keep.has(m.a.key) && keep.has(m.b.key));
  const linked = new Set(edges.flatMap((m) => [m.a.key, m.b.key]));
  const nodes = top.filter(([key]) => linked.has(key)).map(([id, n]) => ({ id, label: n.label, weight: n.weight }));
  if (nodes.length < 2) return null;
  return { layout: layoutNetwork(nodes, edges.map((m) => ({ source: m.a.key, target: m.b.key, weight: m.reports.length }))), edges };
}

function networkSection(meetings: CorpusMeeting[]): string {
  const network = networkOf(meetings);
  if (!network) return `<section id="network"><h2>Who met whom</h2><p class="note">Fewer than two sides met.</p></section>`;
  const { layout, edges } = network;
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const lines = edges.map((m) => {
    const [a, b] = [at.get(m.a.key)!, at.get(m.b.key)!];
    const planned = m.reports.every((r) => r.status !== "held");
    return `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke-width="${Math.min(6, m.reports.length).toFixed(0)}"${planned ? ' class="planned"' : ""}><title>${escapeHtml(`${m.a.name} – ${m.b.name}: ${m.reports.length} reports`)}</title></line>`;
  });
  const nodes = layout.nodes.map(
    (n) =>
      `<g><title>${escapeHtml(`${n.label}: ${n.weight} meeting reports`)}</title><circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${DOT_RADIUS}"/><text x="${n.labelX.toFixed(1)}" y="${(n.y + FONT_SIZE * 0.35).toFixed(1)}" textLength="${n.labelWidth}" lengthAdjust="spacingAndGlyphs">${escapeHtml(n.label)}</text></g>`,
  );
  const sides = new Set(meetings.flatMap((m) => [m.a.key, m.b.key])).size;
  return `<section id="network"><h2>Who met whom</h2>${shown(sides, LIMITS.networkSides, "sides (those with the most meeting reports)")}<p class="note">A line's width is the number of articles that report the meeting; dashed: planned, not yet held.</p>
<svg class="network" viewBox="0 0 ${layout.width} ${layout.height}" style="max-width:${layout.width}px" role="img" aria-label="Who met whom">${lines.join("")}${nodes.join("")}</svg></section>`;
}

function timelineSection(meetings: CorpusMeeting[]): string {
  const dated = meetings
    .flatMap((m) => m.reports.filter((r) => /^\d{4}-\d{2}/.test(r.date ?? "")).map((r) => ({ m, r })))
    .sort((x, y) => x.r.date!.localeCompare(y.r.date!));
  if (!dated.length) return `<section id="timeline"><h2>Timeline of meetings</h2><p class="note">No meeting has a date.</p></section>`;
  const months = new Map<string, string[]>();
  for (const { m, r } of dated.slice(0, LIMITS.timeline)) {
    const month = r.date!.slice(0, 7);
    const item = `<li><time datetime="${escapeHtml(r.date!)}">${escapeHtml(r.date!)}</time> ${escapeHtml(m.a.name)} – ${escapeHtml(m.b.name)}${r.place ? ` in ${escapeHtml(r.place)}` : ""} <span class="status ${r.status}">${r.status}</span> <span class="note">${escapeHtml(r.article)}</span></li>`;
    months.set(month, [...(months.get(month) ?? []), item]);
  }
  const groups = [...months].map(([month, items]) => `<li class="month"><h3>${month}</h3><ol>${items.join("")}</ol></li>`);
  return `<section id="timeline"><h2>Timeline of meetings</h2>${shown(dated.length, LIMITS.timeline, "dated meeting reports (the earliest)")}<ol class="timeline">${groups.join("\n")}</ol></section>`;
}

function quotesSection(quotes: CorpusQuote[], people: CorpusPerson[], auditIds: Map<string, string>): string {
  if (!quotes.length) return `<section id="quotes"><h2>Who said what</h2><p class="note">No quote has a named speaker.</p></section>`;
  const names = new Map(people.map((p) => [p.key, p.name]));
  const rows = quotes.map((q) => [
    escapeHtml(names.get(q.speaker!) ?? q.name ?? ""),
    q.date ?? "",
    `“${escapeHtml(q.text)}”`,
    escapeHtml(q.cue ?? ""),
    `<a href="#${auditIds.get(q.article)}">${escapeHtml(q.article)}</a>`,
  ]);
  return `<section id="quotes"><h2>Who said what</h2><p class="note">The ${LIMITS.speakers} most quoted people, up to ${LIMITS.quotesEach} quotes each; the article link shows what the normalizer dropped from it.</p>${table(["speaker", "date", "quote", "cue", "article"], rows)}</section>`;
}

function countriesSection(countries: CorpusCountry[]): string {
  const rows = countries.slice(0, LIMITS.countries).map((c) => [escapeHtml(c.code), escapeHtml(c.name), String(c.articles), String(c.mentions)]);
  return `<section id="countries"><h2>Countries</h2>${shown(countries.length, LIMITS.countries, "countries")}${table(["code", "name", "articles", "mentions"], rows, [2, 3])}</section>`;
}

function auditSection(audits: ArticleQuotes[], auditIds: Map<string, string>): string {
  const items = audits.map((a) => {
    const lines = a.dropped.length
      ? `<ul>${a.dropped.map((d) => `<li><span class="note">line ${d.line}, ${escapeHtml(d.reason)}:</span> ${escapeHtml(d.text)}</li>`).join("")}</ul>`
      : `<p class="note">Nothing was dropped.</p>`;
    return `<section class="audit" id="${auditIds.get(a.article)}"><h3>${escapeHtml(a.article)}${a.title ? ` · ${escapeHtml(a.title)}` : ""}</h3>${lines}</section>`;
  });
  return `<section id="audit"><h2>Dropped-line audit of the quoted articles</h2>${items.join("\n")}</section>`;
}

function errorsSection(errors: DashboardInput["errors"]): string {
  if (!errors.length) return "";
  const rows = errors.slice(0, LIMITS.errors).map((e) => [escapeHtml(e.source), escapeHtml(e.code), escapeHtml(e.message)]);
  return `<section id="errors"><h2>Errors (${errors.length})</h2>${shown(errors.length, LIMITS.errors, "errors")}${table(["source", "code", "message"], rows)}</section>`;
}

const CSS = `:root { font-family: system-ui, sans-serif; line-height: 1.5; color: #1d1d1f; }
body { margin: 0; background: #f6f6f4; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem; display: flex; flex-direction: column; gap: 1.25rem; }
section { background: #fff; padding: 0.75rem 1.25rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; min-width: 0; overflow-wrap: anywhere; }
h1 { margin: 0; font-size: 1.4rem; } h2 { font-size: 1.15rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } th, td { text-align: left; padding: 2px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
th { white-space: nowrap; } td:first-child { min-width: 8rem; }
.num { text-align: right; }
.note { color: #666; font-size: 0.85rem; }
svg.network { width: 100%; height: auto; display: block; }
svg.network line { stroke: #8a8a8a; stroke-opacity: 0.7; } svg.network line.planned { stroke-dasharray: 5 4; }
svg.network circle { fill: #0057b8; } svg.network text { font-size: ${FONT_SIZE}px; font-family: system-ui, sans-serif; fill: #1d1d1f; }
ol.timeline { list-style: none; padding: 0; } ol.timeline ol { list-style: none; padding-left: 1rem; border-left: 3px solid #0057b8; }
ol.timeline h3 { margin: 0.5rem 0 0.25rem; font-size: 1rem; } time { font-variant-numeric: tabular-nums; font-weight: 600; }
.status { font-size: 0.75rem; padding: 0 4px; border-radius: 3px; background: #caffbf; } .status.planned, .status.possible { background: #ffd6a5; }
.audit:target { outline: 3px solid #0057b8; } .audit { box-shadow: none; padding: 0; }
a:focus { outline: 2px solid #0057b8; }`;

const HEAD = pageHead("newsx corpus", CSS);
