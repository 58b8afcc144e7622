// The normalizer: raw page text → the article body with its metadata, and every dropped line
// with the reason it was dropped.
//
// 1. line rules drop what is page furniture by its own shape (rules.ts);
// 2. the headline, subtitle, byline and publication date are taken as metadata;
// 3. text with no page furniture (a clean article, wire copy) is kept whole: lists, tables and
//    one-sentence paragraphs are article. On a page, prose lines (long, dense with function words,
//    sentence-shaped) are grouped into runs; the largest run is the article, and the short lines
//    inside it (subheadings) stay;
// 4. repeated lines are dropped and stray non-English UI words removed (reported as edits).
import type { DroppedLine, EditedLine, Meta } from "../schema/record.js";
import { lineKey, splitLines, type Line } from "./lines.js";
import { caseName, findBylineAuthors, findDateline, findPublished, findWireDateline, isPersonName } from "./meta.js";
import { COMMENT_HEADINGS, SECTION_BREAKS } from "../data/boilerplate.js";
import { ruleFor, type RuleContext } from "./rules.js";

export interface LineVerdict {
  n: number;
  text: string;
  kept: boolean;
  reason: string;
}

export interface Article {
  meta: Meta;
  /** The body: kept lines, one paragraph each, separated by a blank line. */
  text: string;
  dropped: DroppedLine[];
  /** Kept lines from which stray words were removed. */
  edited: EditedLine[];
  verdicts: LineVerdict[];
  /** The dateline opener at the start of `text` ("SEOUL, July 11 (Yonhap) - "), if any. */
  datelineEnd: number;
}

/** Reasons that say nothing about page furniture: a clean article has these too. */
const ARTICLE_HEADER_REASONS = new Set(["blank", "fragment: a lone letter or symbol", "byline", "dateline", "date or time stamp"]);
/** Bylines stand among the first or the last lines of an article, never in the middle. */
const BYLINE_EDGE = { head: 8, tail: 3 };

/** A repeated line this long is a copy, not a list item. */
const REPEATED_PARAGRAPH_WORDS = 12;
/** How many non-prose lines may stand between two prose lines of the same article. */
const MAX_GAP = 4;
/** A headline that the page does not repeat stands on one of its first lines, above any widgets. */
const HEADLINE_WITHIN = 5;
/** A second run of prose joins the article when it is at least this share of the largest run. */
const SECOND_RUN_SHARE = 0.5;

/**
 * Characters that only tell a renderer where a word may break or join: a soft hyphen in
 * "Mac\u00ADron", a zero-width space or joiner. Inside a word they cut names and words short for
 * every matcher, so they are removed; ZWJ and ZWNJ stay where they shape a script (Persian,
 * Indic, emoji) and go only between Latin letters.
 */
const INVISIBLE_BREAKS = /[\u00AD\u200B\u2060\uFEFF]|(?<=\p{Script=Latin})[\u200C\u200D](?=\p{Script=Latin})/gu;

export function normalize(raw: string): Article {
  const lines = splitLines(raw.replace(INVISIBLE_BREAKS, ""));
  const language = detectLanguage(lines);
  const ctx: RuleContext = { english: language === "en" };
  const verdicts = new Map<number, string>(); // line number → why it was dropped
  const meta: Meta = { title: null, subtitle: null, authors: [], published: null, dateline: null, language };

  for (const line of lines) {
    const rule = ruleFor(line, ctx);
    if (rule) verdicts.set(line.n, rule.reason);
  }
  const page = lines.some((l) => verdicts.has(l.n) && !ARTICLE_HEADER_REASONS.has(verdicts.get(l.n)!));
  keepBylinesAtEdges(lines, verdicts);
  readBylinesAndDates(lines, verdicts, meta);
  const candidates = lines.filter((l) => !verdicts.has(l.n));
  findHeadline(candidates, lines, verdicts, meta, page);
  if (page) {
    selectArticle(candidates.filter((l) => !verdicts.has(l.n)), sectionsOf(lines, verdicts), furnitureCounts(lines, verdicts), verdicts, ctx);
    dropRepeats(lines, verdicts);
  }

  const kept = lines.filter((l) => !verdicts.has(l.n));
  const paragraphs = kept.map((l) => (ctx.english ? removeForeignUiWords(l.text) : l.text));
  const text = paragraphs.join("\n\n");
  const dateline = paragraphs.length ? findDateline(paragraphs[0]!) : null;
  meta.dateline ??= dateline?.place ?? null;

  const verdictList = lines.map((l) => ({
    n: l.n,
    text: l.raw,
    kept: !verdicts.has(l.n),
    reason: verdicts.get(l.n) ?? "article text",
  }));
  const dropped = verdictList
    .filter((v) => !v.kept && v.reason !== "blank")
    .map((v) => ({ line: v.n, text: v.text.trim(), reason: v.reason }));
  const edited = paragraphs.flatMap((p, i) =>
    p === kept[i]!.text ? [] : [{ line: kept[i]!.n, text: kept[i]!.text, kept: p, reason: "non-English UI words removed" }],
  );
  return { meta, text, dropped, edited, verdicts: verdictList, datelineEnd: dateline?.length ?? 0 };
}

function detectLanguage(lines: Line[]): string {
  const prose = lines.filter((l) => l.words.length >= 5);
  const words = prose.reduce((n, l) => n + l.words.length, 0);
  const stop = prose.reduce((n, l) => n + l.stopwordDensity * l.words.length, 0);
  const latin = prose.filter((l) => l.nonLatin < 0.5).length;
  if (words && stop / words >= 0.15 && latin >= prose.length / 2) return "en";
  const sample = lines.map((l) => l.text).join(" ");
  const scripts: [string, RegExp][] = [
    ["ko", /\p{Script=Hangul}/gu],
    ["ja", /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
    ["zh", /\p{Script=Han}/gu],
    ["ru", /\p{Script=Cyrillic}/gu],
    ["ar", /\p{Script=Arabic}/gu],
    ["el", /\p{Script=Greek}/gu],
  ];
  const [best] = scripts
    .map(([code, re]) => [code, sample.match(re)?.length ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  return best && best[1] > sample.length / 10 ? best[0] : "und";
}

/**
 * A byline stands above the article's first paragraph (however much page header comes before it)
 * or below its last one; in the middle of the text it is a sentence that contains "by" and a name.
 */
function keepBylinesAtEdges(lines: Line[], verdicts: Map<number, string>): void {
  const filled = lines.filter((l) => verdicts.get(l.n) !== "blank");
  const first = filled.findIndex(isParagraph);
  const last = filled.findLastIndex(isParagraph);
  filled.forEach((line, i) => {
    const atEdge = i < Math.max(BYLINE_EDGE.head, first) || i > last || i >= filled.length - BYLINE_EDGE.tail;
    const opensWithBy = /^by\s/i.test(line.text);
    if (verdicts.get(line.n) === "byline" && !atEdge && !opensWithBy) verdicts.delete(line.n);
  });
}

/** Bylines give the authors; a wire dateline or the first dated header line gives the publication date. */
function readBylinesAndDates(lines: Line[], verdicts: Map<number, string>, meta: Meta): void {
  const authors = new Map<string, string>();
  const addAuthor = (name: string) => authors.set(lineKey(name), name);
  for (const [i, line] of lines.entries()) {
    const reason = verdicts.get(line.n);
    if (reason === "byline") findBylineAuthors(line.text).forEach(addAuthor);
    if (reason === "byline" || reason === "date or time stamp") meta.published ??= findPublished(line.text);
    if (reason === "dateline") {
      const wire = findWireDateline(line.text)!;
      meta.dateline ??= wire.place;
      meta.published ??= wire.published;
    }
    if (reason === undefined && isNameLine(line, lines[i + 1], verdicts)) {
      addAuthor(caseName(line.text));
      verdicts.set(line.n, "byline");
    }
  }
  meta.authors = [...authors.values()];
}

/**
 * A reporter's name alone on a header line: bulleted ("• SEO JI-EUN"), or straight above a wire
 * dateline ("Jane Doe" / "LONDON 1996-08-30").
 */
function isNameLine(line: Line, next: Line | undefined, verdicts: Map<number, string>): boolean {
  const marked = /^\s*[•·▪]/.test(line.raw) || (next !== undefined && verdicts.get(next.n) === "dateline");
  return marked && isPersonName(line.text);
}

const isHeadlineShaped = (l: Line) =>
  l.words.length >= 3 && l.words.length <= 30 && !/[.;:,]$/.test(l.text) && l.text.length <= 250;

/**
 * Wire headlines end with a full stop ("China says time right for Taiwan talks."); a dateline line
 * ("BEIJING 1996-08-22") follows within a few lines, which tells them from a first sentence.
 */
const isWireHeadline = (l: Line, lines: readonly Line[], verdicts: Map<number, string>) =>
  l.words.length >= 2 &&
  l.words.length <= 20 &&
  /\.$/.test(l.text) &&
  lines.slice(l.n, l.n + 4).some((next) => verdicts.get(next.n) === "dateline");

/**
 * The headline is a headline-shaped line that the page repeats (as the page title and above the
 * article), or else the first line when it is headline-shaped. Its copies are dropped with it.
 */
function findHeadline(candidates: Line[], lines: readonly Line[], verdicts: Map<number, string>, meta: Meta, page: boolean): void {
  const head = candidates.slice(0, 60);
  const counts = new Map<string, number>();
  for (const l of head) counts.set(lineKey(l.text), (counts.get(lineKey(l.text)) ?? 0) + 1);
  const first = head[0];
  // A headline stands above the article; a line repeated inside it is a list item or a refrain.
  const articleStart = head.find(isParagraph)?.n ?? Infinity;
  const pageTitle = first && /^(.{10,}?)\s+[-|–—:]\s+[^-|–—]{2,60}$/.exec(first.text)?.[1];
  const headline =
    head.find((l) => l.n < articleStart && isHeadlineShaped(l) && (counts.get(lineKey(l.text)) ?? 0) > 1) ??
    (pageTitle ? head.find((l) => l !== first && lineKey(l.text) === lineKey(pageTitle)) : undefined) ??
    (first && (isHeadlineShaped(first) || isWireHeadline(first, lines, verdicts)) && first.n <= HEADLINE_WITHIN ? first : undefined);
  if (!headline) return;
  meta.title = headline.text;
  const key = lineKey(headline.text);
  for (const l of candidates) if (lineKey(l.text) === key) verdicts.set(l.n, "headline");
  if (pageTitle && lineKey(pageTitle) === key) verdicts.set(first!.n, "page title");

  // Clean text has no subtitle line: what follows its headline is the first paragraph, which in
  // some archives lacks its full stop.
  if (!page) return;
  const afterHeadline = candidates.filter((l) => l.n > headline.n && !verdicts.has(l.n));
  const next = afterHeadline[0];
  if (next && next.n - headline.n <= 3 && isHeadlineShaped(next) && next.words.length >= 6) {
    meta.subtitle = next.text;
    verdicts.set(next.n, "subtitle");
  }
}

/** Prose: a line a reader would read as article text. */
function isProse(l: Line, ctx: RuleContext): boolean {
  const sentenceShaped = l.endsLikeSentence || /["”’」]$/.test(l.text) || l.size >= 25;
  if (!sentenceShaped || l.size < 7 || /(\.\.\.|…)$/.test(l.text)) return false;
  return ctx.english ? l.stopwordDensity >= 0.2 : l.text.length >= 40;
}

interface Run {
  first: number;
  last: number;
  weight: number;
  section: number;
  comments: boolean;
}

interface Section {
  index: number;
  comments: boolean;
}

/**
 * Page sections, split at headings that open comments or related-story lists. Prose in a comment
 * section weighs less (comments can outweigh the article), and never joins the article's run.
 */
function sectionsOf(lines: Line[], verdicts: Map<number, string>): Map<number, Section> {
  const sections = new Map<number, Section>();
  let section: Section = { index: 0, comments: false };
  const isWidget = (l: Line | undefined) => l !== undefined && verdicts.get(l.n) === "menu or widget words";
  for (const [i, line] of lines.entries()) {
    // "Comments" between "Share" and "Print" is a button of the share bar, not a heading.
    const inWidgetBar = isWidget(lines[i - 1]) || isWidget(lines[i + 1]);
    if (SECTION_BREAKS.some((re) => re.test(line.text)) && !inWidgetBar)
      section = { index: section.index + 1, comments: COMMENT_HEADINGS.some((re) => re.test(line.text)) };
    sections.set(line.n, section);
  }
  return sections;
}

/** Prose after a related-stories heading is more often teasers than article; it counts for this share. */
/** A sentence after a related-stories heading is the article going on; a teaser's title has no full stop. */
const resumesArticle = (line: Line) => line.words.length >= 8 && /[.。”"»’)]$/u.test(line.text.trim());
const AFTER_BREAK_WEIGHT = 0.5;

/**
 * Groups prose lines into runs and keeps the article's runs: the heaviest outside comment sections
 * (readers' comments can outweigh a short article), and those nearly as heavy in the same section
 * of the page (no related-story or comment heading between them).
 * Short lines inside a run (subheadings) stay; every other line is dropped.
 */
function selectArticle(
  lines: Line[],
  sections: Map<number, Section>,
  furnitureUpTo: number[],
  verdicts: Map<number, string>,
  ctx: RuleContext,
): void {
  const runs: Run[] = [];
  let current: Run | null = null;
  let gap = 0;
  for (const [i, line] of lines.entries()) {
    if (!isProse(line, ctx)) {
      gap++;
      continue;
    }
    const section = sections.get(line.n)!;
    const weight = line.text.length * (section.index > 0 ? AFTER_BREAK_WEIGHT : 1);
    const previous = current && lines[current.last]!;
    // Across a related-stories or comment heading, only a sentence goes on with the article: an
    // inline "Related" box is a heading and a link or two, and a list after the article is titles,
    // which end without a full stop.
    const previousSection = previous && sections.get(previous.n)!;
    const sameSide = previousSection && (previousSection.index === section.index || (previousSection.comments === section.comments && resumesArticle(line)));
    // As in jusText, short lines between two prose lines are article (a list, a recipe, a table)
    // unless page furniture (a related-stories heading too) stands between them.
    const unbroken = previous && furnitureUpTo[line.n]! === furnitureUpTo[previous.n]!;
    // A copyright or policy line closes the article: teasers after it are another part of the page.
    const closed = previous && copyrightBetween(previous.n, line.n, verdicts);
    if (current && sameSide && !closed && (gap <= MAX_GAP || unbroken)) {
      current.last = i;
      current.weight += weight;
    } else {
      current = { first: i, last: i, weight, section: section.index, comments: section.comments };
      runs.push(current);
    }
    gap = 0;
  }
  const heavier = (a: Run, b: Run) => (a.comments !== b.comments ? (a.comments ? b : a) : a.weight >= b.weight ? a : b);
  const best = runs.reduce<Run | null>((a, r) => (a ? heavier(a, r) : r), null);
  const inArticle = new Set<number>();
  const bestText = !best ? "" : lineKey(lines.slice(best.first, best.last + 1).map((l) => l.text).join(" "));
  for (const run of best ? runs : []) {
    const nextToBest =
      run === best ||
      (run.section === best!.section &&
        run.weight >= best!.weight * SECOND_RUN_SHARE &&
        !repeatsArticle(run, lines, bestText) &&
        !copyrightBetween(lines[Math.min(run.last, best!.last)]!.n, lines[Math.max(run.first, best!.first)]!.n, verdicts));
    if (!nextToBest) continue;
    for (let i = run.first; i <= listEnd(lines, run.last); i++) inArticle.add(i);
  }
  lines.forEach((line, i) => {
    if (!inArticle.has(i)) verdicts.set(line.n, isProse(line, ctx) ? "text outside the article" : "short line outside the article");
  });
}

/**
 * Where the article ends when its last paragraph is followed by a line that introduces a list
 * ("Tour dates:"): the list's lines stand one under the other, with no blank line between them.
 */
function listEnd(lines: Line[], last: number): number {
  if (!/:$/.test(lines[last + 1]?.text ?? "")) return last;
  let end = last + 1;
  while (lines[end + 1] && lines[end + 1]!.n === lines[end]!.n + 1) end++;
  return end;
}

const isParagraph = (l: Line) => l.words.length >= 15 && l.endsLikeSentence;

/** A page's summary block restates the article's opening: its first words stand in the article already. */
function repeatsArticle(run: Run, lines: Line[], articleKey: string): boolean {
  const opening = lineKey(lines[run.first]!.text).slice(0, 120);
  return opening.length >= 40 && articleKey.includes(opening);
}

/** Whether a copyright notice stands between two lines: it closes the article (an advertisement does not). */
function copyrightBetween(from: number, to: number, verdicts: Map<number, string>): boolean {
  for (let n = from + 1; n < to; n++) if (verdicts.get(n) === "copyright notice") return true;
  return false;
}

/** For each line number, how many lines up to it the line rules dropped as page furniture. */
function furnitureCounts(lines: Line[], verdicts: Map<number, string>): number[] {
  const counts = [0];
  for (const line of lines) counts[line.n] = counts[line.n - 1]! + (verdicts.has(line.n) && verdicts.get(line.n) !== "blank" ? 1 : 0);
  return counts;
}

/**
 * Drops a paragraph that repeats an earlier kept one (a caption shown twice, a second copy of the
 * article). Short lines repeat in real articles (the items of a menu plan, "Meal 2"), so they stay.
 */
function dropRepeats(lines: Line[], verdicts: Map<number, string>): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (verdicts.has(line.n)) continue;
    const key = lineKey(line.text);
    if (seen.has(key) && line.words.length >= REPEATED_PARAGRAPH_WORDS) verdicts.set(line.n, "repeated line");
    seen.add(key);
  }
}

const FOREIGN_UI_WORD = /(?<!\S)[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+(?=[\s,.;:!?)]|$)/gu;

/** In an English paragraph, words of another script are page UI leaking in ("New Zealand, 커뮤니티 shared"). */
function removeForeignUiWords(text: string): string {
  return text.replace(FOREIGN_UI_WORD, "").replace(/\s{2,}/g, " ").trimEnd();
}
