#!/usr/bin/env node
// Scores newsx's dates against TimeML gold (TempEval-3: TimeBank, AQUAINT, platinum).
//
//   node bench/timeml.mjs <folder-of-.tml> [--verbose]
//
// Each document's TEXT is stripped of its tags and given to the date stage (one compromise parse,
// then the date extractor) with the document creation time as the reference date, exactly what
// `newsx extract --reference-date <DCT>` does; the normalizer is left out so offsets line up with
// the gold. Gold: every TIMEX3 of type DATE. A prediction is found when it overlaps a gold DATE
// (relaxed extent, as in TempEval-3); its value is right when it equals the gold value.
// Predictions overlapping a gold TIME, DURATION or SET are neither hits nor false alarms.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]);

/** One TimeML document: its creation date, its plain text and the gold TIMEX3 spans in that text. */
export function parseTimeML(xml) {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]+)"/.exec(xml)?.[1] ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "";
  const timexes = [];
  let text = "";
  let open = null;
  let last = 0;
  for (const tag of body.matchAll(/<(\/?)(\w+)([^>]*)>/g)) {
    text += decode(body.slice(last, tag.index));
    last = tag.index + tag[0].length;
    if (tag[2] !== "TIMEX3") continue;
    if (!tag[1]) open = { start: text.length, type: attr(tag[3], "type"), value: attr(tag[3], "value") };
    else if (open) {
      timexes.push({ ...open, end: text.length, text: text.slice(open.start) });
      open = null;
    }
  }
  text += decode(body.slice(last));
  return { dct: dct?.slice(0, 10) ?? null, text, timexes };
}

const attr = (attrs, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** TimeML writes some week numbers unpadded ("2000-W7"); ISO 8601 and newsx write 2000-W07. */
const canonical = (value) => value?.replace(/-W(\d)\b/, "-W0$1");

/** Counts for one document given its predicted dates. */
export function scoreDocument(doc, predicted) {
  const gold = doc.timexes.filter((t) => t.type === "DATE");
  const other = doc.timexes.filter((t) => t.type !== "DATE");
  const counts = { gold: gold.length, predicted: 0, found: 0, valueRight: 0, misses: [], wrong: [], extra: [] };
  const matched = new Set();
  for (const p of predicted) {
    const g = gold.find((t) => !matched.has(t) && overlaps(t, p));
    if (!g) {
      if (!other.some((t) => overlaps(t, p))) {
        counts.predicted++;
        counts.extra.push(`${JSON.stringify(p.text)} ${p.value}`);
      }
      continue;
    }
    matched.add(g);
    counts.predicted++;
    counts.found++;
    if (p.value === canonical(g.value)) counts.valueRight++;
    else counts.wrong.push(`${JSON.stringify(g.text)} want ${g.value} got ${p.value}`);
  }
  for (const g of gold) if (!matched.has(g)) counts.misses.push(`${JSON.stringify(g.text)} ${g.value}`);
  return counts;
}

/** Totals over documents: extent P/R/F1, value accuracy on what was found, and value F1 (extent and value right). */
export function summarize(all) {
  const sum = (k) => all.reduce((n, c) => n + c[k], 0);
  const gold = sum("gold"), predicted = sum("predicted"), found = sum("found"), right = sum("valueRight");
  const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
  const p = predicted ? found / predicted : 0, r = gold ? found / gold : 0;
  const vp = predicted ? right / predicted : 0, vr = gold ? right / gold : 0;
  return { documents: all.length, gold, predicted, found, valueRight: right, precision: p, recall: r, f1: f1(p, r), valueAccuracy: found ? right / found : 0, valueF1: f1(vp, vr) };
}

/** The newsx date stage on one document's text, resolved against its creation time. */
export async function newsxDates() {
  const { parse } = await import("../dist/nlp/doc.js");
  const { extractDates } = await import("../dist/extract/dates/index.js");
  return (doc) => extractDates({ doc: parse(doc.text), referenceDate: doc.dct, style: "timeml" });
}

function timemlFiles(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return timemlFiles(path);
      return /\.(tml|xml)$/i.test(name) ? [path] : [];
    });
}

export async function scoreFolder(dir) {
  const dates = await newsxDates();
  return timemlFiles(dir).map((path) => {
    const doc = parseTimeML(readFileSync(path, "utf8"));
    return { path, ...scoreDocument(doc, dates(doc)) };
  });
}

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node bench/timeml.mjs <folder of TimeML files> [--verbose]");
    process.exit(2);
  }
  const perDoc = await scoreFolder(dir);
  if (process.argv.includes("--verbose")) {
    for (const d of perDoc) for (const line of [...d.wrong.map((w) => `value ${w}`), ...d.misses.map((m) => `miss ${m}`), ...d.extra.map((e) => `extra ${e}`)]) console.log(`${d.path}: ${line}`);
  }
  const s = summarize(perDoc);
  const pct = (x) => (100 * x).toFixed(1);
  console.log(`TimeML DATE expressions: ${s.documents} documents, ${s.gold} gold, ${s.predicted} predicted, ${s.found} found`);
  console.log(`extent  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`);
  console.log(`value accuracy on found ${pct(s.valueAccuracy)} (${s.valueRight}/${s.found})   value F1 ${pct(s.valueF1)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
