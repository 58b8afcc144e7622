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
import { lineKey, measureLine, splitLines, type Line } from "./lines.js";
import { caseName, findBylineAuthors, findDateline, findPublished, findWireDateline, isGivenFullName, isPersonName, nameBeforeDate } from "./meta.js";
import { COMMENT_HEADINGS, READER_WORDS, SECTION_BREAKS, SITE_OWNERS, SITE_WORDS } from "../data/boilerplate.js";
import { headlineOpeningRun, mayBeHeadline, pageHeadline, SITE_SUFFIX, titleLine, topicLine } from "./headline.js";
import { OUTSIDE_SHORT, OUTSIDE_TEXT, REPEATED_HEADING } from "./verdicts.js";
import { endsWithAgencyCredit, ruleFor, type RuleContext } from "./rules.js";

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
/** How many lines of page furniture make a text a page to choose the article from. */
const PAGE_FURNITURE_LINES = 3;
/** Furniture that is a page by itself, in any language: a part of the page that is not the article. */
const PAGE_PARTS = new Set(["related-stories heading", "comment section heading", "copyright notice"]);
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
  const unmarked = new Map<number, string>(); // line number → its text before embedded markup was removed
  const lines = splitLines(raw.replace(INVISIBLE_BREAKS, "")).map((line) => withoutEmbeddedMarkup(line, unmarked));
  const language = detectLanguage(lines);
  const ctx: RuleContext = { english: language === "en" };
  const verdicts = new Map<number, string>(); // line number → why it was dropped
  const meta: Meta = { title: null, subtitle: null, authors: [], published: null, dateline: null, language };

  for (const line of lines) {
    const rule = ruleFor(line, ctx);
    if (rule) verdicts.set(line.n, rule.reason);
  }
  // A page has furniture around the article; one line of it ("For more, sign up for our
  // newsletter.") in clean copy is the article's own sign-off, not a page to choose an article from.
  const furniture = lines.filter((l) => !isSourcedLine(l, verdicts)).flatMap((l) => verdicts.get(l.n) ?? []).filter((v) => !ARTICLE_HEADER_REASONS.has(v));
  const page = furniture.length >= PAGE_FURNITURE_LINES || furniture.some((v) => PAGE_PARTS.has(v));
  keepBylinesAtEdges(lines, verdicts);
  if (!page) keepArticleLines(lines, verdicts);
  const bylines = readBylinesAndDates(lines, verdicts, meta);
  const candidates = lines.filter((l) => !verdicts.has(l.n));
  if (page) {
    // On a page the headline is found from the article: first the article, then what stands above it.
    markRepeatedHeadings(candidates, verdicts);
    markSlideshows(lines, verdicts);
    selectArticle(candidates.filter((l) => !verdicts.has(l.n)), sectionsOf(lines, verdicts), furnitureCounts(lines, verdicts), verdicts, ctx);
    takePageHeadline(lines, verdicts, meta, bylines, ctx);
    dropRepeats(lines, verdicts);
  } else findHeadline(candidates, lines, verdicts, meta);

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
  const edited = paragraphs.flatMap((p, i) => {
    const line = kept[i]!;
    const original = unmarked.get(line.n);
    if (p === line.text && original === undefined) return [];
    const reason = original === undefined ? "non-English UI words removed" : "embedded markup removed, its text kept";
    return [{ line: line.n, text: original ?? line.text, kept: p, reason }];
  });
  return { meta, text, dropped, edited, verdicts: verdictList, datelineEnd: dateline?.length ?? 0 };
}

/**
 * An element embedded in the text, such as a tweet quoted in an article
 * (`<tweet id="…" author="@…">text</tweet>`, or closed as `<tweet/>`): its text is the article's,
 * its tags are not. A script's or a style's content is code, and the line stays markup.
 */
const EMBEDDED_ELEMENT = /<(?!(?:script|style|noscript|template|svg|iframe)\b)([a-z][\w-]{0,20})\b[^<>]{0,400}>([^<>]*)<\/?\1\/?>/gi;

/**
 * `">I love @SarahPalinUSA … <tweet/>.`: an element whose opening tag began on the line before
 * (an attribute ran over the line break); its text is the article's.
 */
const TAG_TAIL = /^[^<>]{0,400}">([^<>]+)<\/?[a-z][\w-]{0,20}\/?>/i;

function withoutEmbeddedMarkup(line: Line, unmarked: Map<number, string>): Line {
  if (!/<[a-z/]/i.test(line.text)) return line;
  const text = line.raw.replace(EMBEDDED_ELEMENT, "$2").replace(TAG_TAIL, "$1");
  if (text === line.raw) return line;
  unmarked.set(line.n, line.text);
  return { ...measureLine(text, line.n), raw: line.raw };
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

/** A sentence this long that ends in a bracketed source is a digest's item, not a caption, in clean copy. */
const SOURCED_LINE_WORDS = 8;

/**
 * In clean copy (no page around it) a sentence that ends in a bracketed source that is no news
 * agency ("… leads in Indiana. [ARG]") is a news digest's item: photo captions with credits are a
 * page's furniture. A dated line between two paragraphs ("Sen. Jane Doe — Announced March 23,
 * 2015") is an item of the article's list: a date stamp stands above or below an article.
 */
function keepArticleLines(lines: Line[], verdicts: Map<number, string>): void {
  const first = lines.find(isParagraph)?.n ?? Infinity;
  const last = lines.findLast(isParagraph)?.n ?? -Infinity;
  for (const line of lines) {
    const inside = line.n > first && line.n < last && verdicts.get(line.n) === "date or time stamp";
    if (inside || isSourcedLine(line, verdicts)) verdicts.delete(line.n);
  }
}

const isSourcedLine = (line: Line, verdicts: Map<number, string>) =>
  verdicts.get(line.n) === "photo caption with a credit" &&
  line.words.length >= SOURCED_LINE_WORDS &&
  /[\])]$/.test(line.text) &&
  (!endsWithAgencyCredit(line.text) || DIGEST_KICKER.test(line.text));

/** A digest item opens with its headline in capitals ("VERIZON TO BUY YAHOO …"); a caption does not. */
const DIGEST_KICKER = /^(?:[\p{Lu}\d$‘’'"“-][\p{Lu}\d$.,‘’'"”-]*\s+){3}/u;

/** The authors one line names: a byline, a date line that opens with a name, a name alone. */
interface BylineLine {
  n: number;
  names: string[];
}

/**
 * Bylines give the authors; a wire dateline or the first dated header line gives the publication
 * date. Returns the lines that name authors, for a page to keep those of its headline's byline.
 */
function readBylinesAndDates(lines: Line[], verdicts: Map<number, string>, meta: Meta): BylineLine[] {
  const bylines: BylineLine[] = [];
  for (const [i, line] of lines.entries()) {
    const reason = verdicts.get(line.n);
    if (reason === "byline") bylines.push({ n: line.n, names: findBylineAuthors(line.text) });
    if (reason === "date or time stamp") {
      const name = nameBeforeDate(line.text);
      if (name) bylines.push({ n: line.n, names: [name] });
    }
    if (reason === "byline" || reason === "date or time stamp") meta.published ??= findPublished(line.text);
    if (reason === "dateline") {
      const wire = findWireDateline(line.text)!;
      meta.dateline ??= wire.place;
      meta.published ??= wire.published;
    }
    if (reason === undefined && isNameLine(line, lines[i + 1], verdicts)) {
      bylines.push({ n: line.n, names: [caseName(line.text)] });
      verdicts.set(line.n, "byline");
    }
  }
  meta.authors = authorsOf(bylines);
  return bylines;
}

function authorsOf(bylines: BylineLine[]): string[] {
  const authors = new Map<string, string>();
  for (const name of bylines.flatMap((b) => b.names)) authors.set(lineKey(name), name);
  return [...authors.values()];
}

/** How many lines above its headline a byline or date may stand ("Sunday, Feb 1, 2015" over the headline). */
const BYLINE_ABOVE = 2;
/** How many non-blank lines under its headline the byline may stand (after a standfirst, a photo, a date). */
const BYLINE_BELOW = 8;
/** How many non-blank lines above its headline a name alone may stand as the byline. */
const NAME_ABOVE = 10;
/** How many of the article's first non-blank lines a name alone may stand on as the byline. */
const NAME_IN_OPENING = 3;

/**
 * The byline lines of a page's headline: those just above it or under it before the article, and
 * a name alone on a line there ("Sarah Archer" under the headline), which becomes a byline.
 */
function headlineBylines(lines: Line[], verdicts: Map<number, string>, bylines: BylineLine[], headlineAt: number, articleStart: number): BylineLine[] {
  const filled = lines.filter((l) => l.words.length > 0);
  const below = filled.filter((l) => l.n > headlineAt && l.n < articleStart).slice(0, BYLINE_BELOW);
  const last = below[below.length - 1]?.n ?? headlineAt;
  const own = bylines.filter((b) => b.names.length && b.n >= headlineAt - BYLINE_ABOVE && b.n <= last);
  // A name whose given name our lists lack is the byline when a date follows it ("NATALIYA VASILYEVA" /
  // "Associated PressDecember 2, 2016", where the browser ran the credit into the date).
  const unglued = (text: string) => text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
  const dated = (l: Line) => isPersonName(l.text) && findPublished(unglued(filled.find((next) => next.n > l.n)?.text ?? "")) !== null;
  const nameLines = (near: Line[]) => near.filter((l) => (isGivenFullName(l.text) || dated(l)) && [OUTSIDE_SHORT, undefined].includes(verdicts.get(l.n)));
  // Some pages print the author's name above the headline ("Jane Doe" / "4 min read" / headline), or
  // under the standfirst that opens the article ("Dave Steer" after the first paragraph).
  const opening = filled.filter((l) => l.n >= articleStart).slice(0, NAME_IN_OPENING);
  const named = own.length ? [] : [below, opening, filled.filter((l) => l.n < headlineAt).slice(-NAME_ABOVE)].map(nameLines).find((found) => found.length) ?? [];
  for (const line of named) {
    own.push({ n: line.n, names: [caseName(line.text)] });
    verdicts.set(line.n, "byline");
  }
  return own;
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
function findHeadline(candidates: Line[], lines: readonly Line[], verdicts: Map<number, string>, meta: Meta): void {
  const head = candidates.slice(0, 60);
  const first = head[0];
  // A headline stands above the article, and so does its copy; a line repeated inside it is a list
  // item, a refrain or a section heading that a contents list above named.
  const articleStart = head.find(isParagraph)?.n ?? Infinity;
  const counts = new Map<string, number>();
  for (const l of head) if (l.n < articleStart) counts.set(lineKey(l.text), (counts.get(lineKey(l.text)) ?? 0) + 1);
  const pageTitle = first && SITE_SUFFIX.exec(first.text)?.[1];
  const headline =
    head.find((l) => l.n < articleStart && isHeadlineShaped(l) && (counts.get(lineKey(l.text)) ?? 0) > 1) ??
    (pageTitle ? head.find((l) => l !== first && lineKey(l.text) === lineKey(pageTitle)) : undefined) ??
    // (A text of one line is the article itself, never a headline above nothing.)
    (first && head.length > 1 && (isHeadlineShaped(first) || isWireHeadline(first, lines, verdicts)) && first.n <= HEADLINE_WITHIN ? first : undefined);
  if (!headline) return;
  meta.title = headline.text;
  const key = lineKey(headline.text);
  for (const l of candidates) if (lineKey(l.text) === key) verdicts.set(l.n, "headline");
  if (pageTitle && lineKey(pageTitle) === key) verdicts.set(first!.n, "page title");
}

/**
 * Headline-shaped lines that a page prints more than once above its first paragraph (the headline
 * and the page title, a verdict label on every teaser) are headings, never article text: marked
 * before the article is chosen, they also part the menus around them from the article.
 */
function markRepeatedHeadings(candidates: Line[], verdicts: Map<number, string>): void {
  const articleStart = candidates.find(isParagraph)?.n ?? Infinity;
  const head = candidates.filter((l) => l.n < articleStart && isHeadlineShaped(l));
  const counts = new Map<string, number>();
  for (const l of head) counts.set(lineKey(l.text), (counts.get(lineKey(l.text)) ?? 0) + 1);
  for (const l of head) if (counts.get(lineKey(l.text))! > 1) verdicts.set(l.n, REPEATED_HEADING);
}

/** "3/50 Natalie Massenet Leaves Net-a-Porter": a slideshow picture's counter; a total under 12 may be a date ("9/11"). */
const SLIDE_COUNTER = /^(\d{1,3})\s?\/\s?(\d{1,3})\s+\S/;
const SLIDESHOW_MIN = 12;
/** How many lines after its last counter a slideshow's caption and credit run. */
const SLIDE_TAIL = 3;

/**
 * A slideshow of another story's pictures ("Business news in pictures": "1/50 …", a caption, a
 * credit, "2/50 …"): every line from its first counter to the last caption is the page's, however
 * much prose its captions hold.
 */
function markSlideshows(lines: Line[], verdicts: Map<number, string>): void {
  const counters = lines.filter((l) => {
    const m = SLIDE_COUNTER.exec(l.text);
    return m !== null && Number(m[1]) <= Number(m[2]) && Number(m[2]) >= SLIDESHOW_MIN;
  });
  if (counters.length < 3) return;
  const filled = lines.filter((l) => l.words.length > 0);
  const last = filled.filter((l) => l.n >= counters[counters.length - 1]!.n)[SLIDE_TAIL]?.n ?? Infinity;
  for (const l of lines) if (l.n >= counters[0]!.n && l.n < last && !verdicts.has(l.n)) verdicts.set(l.n, "slideshow");
}

/**
 * A page's headline: the line above the article that has a headline's evidence (headline.ts), else
 * the page title's headline; the lines that repeat it are dropped as its copies. A headline-shaped
 * line right under it, outside the article, is its subtitle. The authors are its byline's, when it
 * has one: other names on the page sign other stories.
 */
function takePageHeadline(lines: Line[], verdicts: Map<number, string>, meta: Meta, bylines: BylineLine[], ctx: RuleContext): void {
  // The article's run may open with its header (the headline, a section name, share buttons) when
  // a prose-shaped headline started it: the article starts at its first paragraph.
  const runStart = (lines.find((l) => !verdicts.has(l.n) && isParagraph(l)) ?? lines.find((l) => !verdicts.has(l.n)))?.n ?? Infinity;
  const opening = headlineOpeningRun(lines, verdicts, runStart);
  for (const l of lines) if (opening && l.n >= runStart && l.n < opening.n && !verdicts.has(l.n)) verdicts.set(l.n, "above the headline");
  const kept = lines.filter((l) => !verdicts.has(l.n) && (!opening || l.n > opening.n));
  const articleStart = (kept.find(isParagraph) ?? kept[0])?.n ?? Infinity;
  const headline = pageHeadline(lines, verdicts, articleStart) ?? titleLine(lines) ?? topicLine(lines, articleStart);
  const keys = new Set(headline ? [lineKey(headline.text), lineKey(headline.line.text)] : []);
  // Its copies go with it: the page title, a repeated heading, the headline that opened the run.
  for (const l of lines) if (keys.has(lineKey(l.text)) && (verdicts.has(l.n) || l.n < articleStart)) verdicts.set(l.n, "headline");
  // Short lines above the article's first prose are its header: a section name, share buttons.
  const firstProse = kept.find((l) => !verdicts.has(l.n) && isProse(l, ctx))?.n ?? articleStart;
  for (const line of kept) if (line.n < firstProse && !verdicts.has(line.n)) verdicts.set(line.n, "short line above the article");
  if (!headline) return;
  const own = headlineBylines(lines, verdicts, bylines, headline.line.n, articleStart);
  if (own.length) meta.authors = authorsOf(own);
  meta.title = headline.text;
  const next = headline.subtitle ?? lines.find((l) => l.n > headline.line.n && l.words.length > 0);
  // A headline-shaped line right under it, or a paragraph between it and its byline (the standfirst).
  const headlineShapedSubtitle = (l: Line) => l.n < articleStart && l.n - headline.line.n <= 3 && mayBeHeadline(l, verdicts) && l.words.length >= 6;
  if (next && (headlineShapedSubtitle(next) || isStandfirst(lines, verdicts, next, headline.line))) {
    meta.subtitle = next.text;
    verdicts.set(next.n, "subtitle");
  }
}

/**
 * A paragraph between the headline and its byline or date is the standfirst, not the article's
 * first paragraph: headline / "There are more devices … and your wallet." / "By Sarah E. Needleman"
 * / "Nov. 19, 2019 8:03 am ET" / the article.
 */
function isStandfirst(lines: Line[], verdicts: Map<number, string>, line: Line, headline: Line): boolean {
  if (verdicts.has(line.n) || line.n - headline.n > 3) return false;
  const after = lines.filter((l) => l.n > line.n && l.words.length > 0).slice(0, STANDFIRST_ANCHORS + 1);
  const anchors = after.findIndex((l) => !STANDFIRST_ANCHOR_VERDICTS.has(verdicts.get(l.n) ?? ""));
  return anchors > 0 && !verdicts.has(after[anchors]!.n) && isParagraph(after[anchors]!);
}

/** The verdicts of the lines that stand between a standfirst and the article: its byline and date. */
const STANDFIRST_ANCHOR_VERDICTS = new Set(["byline", "date or time stamp"]);
/** How many byline and date lines may stand there. */
const STANDFIRST_ANCHORS = 3;

/** Prose: a line a reader would read as article text. */
/** The share of stop words that makes a line prose; a sentence of ten words or more may have fewer. */
const PROSE_DENSITY = 0.2;
const NAMED_SENTENCE_DENSITY = 0.12;
const NAMED_SENTENCE_WORDS = 10;

function isProse(l: Line, ctx: RuleContext): boolean {
  const sentenceShaped = l.endsLikeSentence || /["”’」]$/.test(l.text) || l.size >= 25;
  if (!sentenceShaped || l.size < 7 || /(\.\.\.|…)$/.test(l.text)) return false;
  // A sentence full of names has few function words: "Wichita West senior David Garcia finished second in the 50 yard freestyle."
  const sentence = l.endsLikeSentence && l.words.length >= NAMED_SENTENCE_WORDS;
  return ctx.english ? l.stopwordDensity >= (sentence ? NAMED_SENTENCE_DENSITY : PROSE_DENSITY) && !isSiteTalk(l) : l.text.length >= 40;
}

/**
 * A paragraph of the site speaking to its reader about itself ("Our website uses cookies … change
 * your settings", "All content on this site … on our site"): a legal footer or a notice, not article
 * prose, however long; it also parts the article from what follows it. It names the site as its own twice ("our website", "the site"), or once among
 * three words of site business (content, complaint, editorial). An article about websites names
 * them, but not as "our site"; a quoted sentence is the article's.
 */
function isSiteTalk(l: Line): boolean {
  if (/["“”]/.test(l.text)) return false;
  const words = l.words.map((w) => w.toLowerCase().replace(/[.-]$/, "").replace(/['’]s$/, ""));
  let owned = 0;
  for (const [i, w] of words.entries()) {
    const next = words[i + 1] ?? "";
    if ((SITE_OWNERS.has(w) && SITE_WORDS.has(next)) || (w === "the" && (next === "site" || next === "website"))) owned++;
  }
  const siteWords = words.filter((w) => SITE_WORDS.has(w)).length;
  const addressed = words.some((w) => READER_WORDS.has(w));
  return addressed && (owned >= 2 || (owned === 1 && siteWords >= 3));
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
  let prose = false;
  const isWidget = (l: Line | undefined) => l !== undefined && verdicts.get(l.n) === "menu or widget words";
  for (const [i, line] of lines.entries()) {
    // "Comments" between "Share" and "Print" is a button of the share bar, not a heading; and above
    // any paragraph of the page, or right above a paragraph that opens with a dateline ("MOSCOW
    // (AP) — …": an article, never a reader's comment), "75 reader comments" or "11 Comments" is a
    // link in the article's header: comments come after the article.
    const inWidgetBar = isWidget(lines[i - 1]) || isWidget(lines[i + 1]);
    const comments = COMMENT_HEADINGS.some((re) => re.test(line.text));
    const inHeader = comments && (!prose || opensWireStory(lines, i));
    if (SECTION_BREAKS.some((re) => re.test(line.text)) && !inWidgetBar && !inHeader) section = { index: section.index + 1, comments };
    prose ||= !verdicts.has(line.n) && isParagraph(line);
    sections.set(line.n, section);
  }
  return sections;
}

/** How many lines under a comment counter the article's dateline may open a paragraph (a photo counter, a caption between). */
const HEADER_REACH = 6;

/** A paragraph that opens with a wire dateline stands within a few lines under line i. */
const opensWireStory = (lines: Line[], i: number) => lines.slice(i + 1, i + 1 + HEADER_REACH).some((l) => isParagraph(l) && findDateline(l.text) !== null);

/** A sentence after a related-stories heading is the article going on; a teaser's title has no full stop. */
const resumesArticle = (line: Line) => line.words.length >= 8 && /[.。”"»’)]$/u.test(line.text.trim());
/** Prose after a related-stories heading is more often teasers than article; it counts for this share. */
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
      // A site's notice is no list item of the article's: prose after it is another part of the page.
      gap += ctx.english && isSiteTalk(line) ? MAX_GAP + 1 : 1;
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
  // Why a run of prose lost to the article, for `normalize --explain`; null for the article's runs.
  const lostBecause = (run: Run): string | null => {
    if (run === best) return null;
    if (run.comments && !best!.comments) return "in a comment section";
    if (run.section !== best!.section) return "in another part of the page (after a related-stories heading)";
    if (run.weight < best!.weight * SECOND_RUN_SHARE) return `a lighter run (${Math.round(run.weight)} characters of weight, the article's ${Math.round(best!.weight)})`;
    if (repeatsArticle(run, lines, bestText)) return "a summary that repeats the article's opening";
    if (copyrightBetween(lines[Math.min(run.last, best!.last)]!.n, lines[Math.max(run.first, best!.first)]!.n, verdicts)) return "after the copyright notice that closes the article";
    return null;
  };
  const lost = new Map<number, string>(); // line index → why its run lost
  const whys = runs.map((run) => (best ? lostBecause(run) : null));
  if (best) apartFromArticle(runs, runs.indexOf(best), whys);
  for (const [k, run] of (best ? runs : []).entries()) {
    const why = whys[k];
    if (why) for (let i = run.first; i <= run.last; i++) lost.set(i, why);
    else for (let i = run.first; i <= listEnd(lines, run.last); i++) inArticle.add(i);
  }
  lines.forEach((line, i) => {
    if (inArticle.has(i)) return;
    verdicts.set(line.n, isProse(line, ctx) ? `${OUTSIDE_TEXT}: ${lost.get(i) ?? "a run of prose away from the article"}` : OUTSIDE_SHORT);
  });
}

/**
 * The article's runs stand near one another: a run that more prose that lost parts from the article
 * than it weighs itself is another story of a stream page, not the article going on (a short
 * section between two long ones of an encyclopedia entry is the article's).
 */
function apartFromArticle(runs: Run[], best: number, whys: (string | null)[]): void {
  for (const step of [1, -1]) {
    let lostBetween = 0;
    for (let k = best + step; k >= 0 && k < runs.length; k += step) {
      if (!whys[k] && lostBetween > runs[k]!.weight) whys[k] = "more prose that lost stands between it and the article";
      if (whys[k]) lostBetween += runs[k]!.weight;
    }
  }
}

/**
 * Where the article ends when its last paragraph is followed by a line that introduces a list
 * ("Tour dates:"): the list's lines stand one under the other, with no blank line between them.
 * A heading over a schedule ("The Doobie Brothers Tour Dates" / "June 9 – West Palm Beach, FL @ …")
 * introduces one too.
 */
function listEnd(lines: Line[], last: number): number {
  const next = lines[last + 1];
  if (!next) return last;
  if (/:$/.test(next.text)) {
    let end = last + 1;
    while (lines[end + 1] && lines[end + 1]!.n === lines[end]!.n + 1) end++;
    return end;
  }
  if (next.words.length > SCHEDULE_HEADING_WORDS || /[.!?,;]$/.test(next.text)) return last;
  let end = last + 1;
  while (lines[end + 1] && SCHEDULE_ITEM.test(lines[end + 1]!.text) && (end === last + 1 || lines[end + 1]!.n === lines[end]!.n + 1)) end++;
  return end - (last + 1) >= SCHEDULE_ITEMS ? end : last;
}

/** A schedule's item opens with its day: "June 9 – West Palm Beach", "9 June: Leeds". */
const SCHEDULE_ITEM = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i;
/** How many words a schedule's heading has at most, and how many items make a schedule. */
const SCHEDULE_HEADING_WORDS = 8;
const SCHEDULE_ITEMS = 3;

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
 * article). Short lines repeat in real articles (the items of a menu plan, "Meal 2", "Portion Fix
 * Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp."), so they stay: their numbers and
 * abbreviations are not counted as words. So do a plan's lists of quantities, however long.
 */
function dropRepeats(lines: Line[], verdicts: Map<number, string>): void {
  const seen = new Set<string>();
  for (const line of lines) {
    if (verdicts.has(line.n)) continue;
    const key = lineKey(line.text);
    if (seen.has(key) && wordsOfThreeLetters(line) >= REPEATED_PARAGRAPH_WORDS && !isQuantityList(line)) verdicts.set(line.n, "repeated line");
    seen.add(key);
  }
}

const wordsOfThreeLetters = (line: Line) => line.words.filter((w) => /\p{L}{3}/u.test(w)).length;
/** "1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato …": a recipe's or a table's line of quantities, which plans repeat. */
const isQuantityList = (line: Line) => line.words.filter((w) => /^[\d½¼¾⅓⅔]/u.test(w)).length >= QUANTITIES;
/** How many quantities make a line a list of them: a caption's date has two or three numbers. */
const QUANTITIES = 4;

const FOREIGN_UI_WORD = /(?<!\S)[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+(?=[\s,.;:!?)]|$)/gu;

/** In an English paragraph, words of another script are page UI leaking in ("New Zealand, 커뮤니티 shared"). */
function removeForeignUiWords(text: string): string {
  return text.replace(FOREIGN_UI_WORD, "").replace(/\s{2,}/g, " ").trimEnd();
}
