// The meeting network as GraphML, the XML graph format Gephi, networkx, Cytoscape and yEd read:
// one node per side (person, country or organization), one undirected edge per pair with how
// many articles report it and when and where. Node ids are positional (n0, n1, …) and the side's key
// is data: keys are free text, and two keys that differ only in characters XML cannot hold (control
// characters) must stay two nodes.
import { escapeXml as xml } from "../cli/page.js";
import type { CorpusMeeting, CorpusPerson } from "../schema/corpus.js";

const KEYS: [id: string, domain: "node" | "edge", name: string, type: "string" | "int"][] = [
  ["key", "node", "key", "string"],
  ["label", "node", "label", "string"],
  ["kind", "node", "kind", "string"],
  ["articles", "node", "articles", "int"],
  ["reports", "edge", "reports", "int"],
  ["first", "edge", "first", "string"],
  ["last", "edge", "last", "string"],
  ["places", "edge", "places", "string"],
  ["statuses", "edge", "statuses", "string"],
];

export function* graphml(meetings: CorpusMeeting[], people: CorpusPerson[]): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [id, domain, name, type] of KEYS) yield `  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${type}"/>\n`;
  yield '  <graph id="meetings" edgedefault="undirected">\n';
  const articles = new Map(people.map((p) => [p.key, p.articles]));
  const ids = new Map<string, string>();
  for (const side of meetings.flatMap((m) => [m.a, m.b])) {
    if (ids.has(side.key)) continue;
    const id = `n${ids.size}`;
    ids.set(side.key, id);
    const count = articles.get(side.key);
    yield `    <node id="${id}"><data key="key">${xml(side.key)}</data><data key="label">${xml(side.name)}</data><data key="kind">${side.kind}</data>${count ? `<data key="articles">${count}</data>` : ""}</node>\n`;
  }
  for (const [i, { a, b, reports }] of meetings.entries()) {
    const dates = reports.map((r) => r.date).filter((d): d is string => !!d).sort();
    const data: [string, string | number | undefined][] = [
      ["reports", reports.length],
      ["first", dates[0]],
      ["last", dates[dates.length - 1]],
      ["places", [...new Set(reports.map((r) => r.place).filter(Boolean))].join("; ")],
      ["statuses", [...new Set(reports.map((r) => r.status))].join("; ")],
    ];
    const values = data.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => `<data key="${k}">${xml(String(v))}</data>`);
    yield `    <edge id="e${i}" source="${ids.get(a.key)}" target="${ids.get(b.key)}">${values.join("")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
