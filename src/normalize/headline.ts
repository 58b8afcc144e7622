// The headline of a page, chosen the way a reader finds it once the article is found: the line
// above the article's first paragraph that looks like a headline and stands where headlines stand,
// right above the byline or the date, or repeated as the page's title. Menus, share rows and tag
// lists stand there too, so each candidate is scored on the evidence, not taken by position alone.
import { lineKey, type Line } from "./lines.js";
import { OUTSIDE_SHORT, OUTSIDE_TEXT, REPEATED_HEADING } from "./verdicts.js";

/** How far above the article's first line the headline may stand, in non-blank lines. */
const HEADLINE_REACH = 40;
/** How many lines below a headline its byline or date may stand. */
const BYLINE_REACH = 4;
/** Verdicts of lines that tell a headline stands right above: its byline and its date. */
const ANCHORS = new Set(["byline", "date or time stamp", "dateline"]);
/** Verdicts a headline may have: none (a line the rules kept), or left out when the article was chosen. */
const MAY_BE_HEADLINE = (verdict: string | undefined) =>
  verdict === undefined || verdict === OUTSIDE_SHORT || verdict === REPEATED_HEADING || verdict.startsWith(OUTSIDE_TEXT);

/** A page title often ends in the site's name: "Headline | Site", "Headline - Site". Run on one short line only. */
export const SITE_SUFFIX = /^(.{10,}?)\s+[-|–—:]\s+[^-|–—]{2,60}$/;

/** Mostly words, not numbers: "3/09/15 8:00am" and "75 with 51 posters" are no headlines. */
const wordy = (l: Line) => l.words.filter((w) => /\p{L}{2}/u.test(w)).length >= 0.75 * l.words.length;
/** A headline ends without a full stop, unless its last word is an abbreviation ("… Underneath N.Y.C."). */
const endsOpen = (l: Line) => !/[.;:,]$/.test(l.text) || /(?:^|\s)(?:\p{L}\.){2,}$/u.test(l.text);
// (A tab separates the cells of a table row: "Website\tmozilla.org"; a count in brackets ends a
// teaser for another story: "NFL says it is “disappointed” … (122)".)
const headlineShaped = (l: Line) =>
  !/\S\t+\S/.test(l.raw) &&
  !/\(\d+\)$/.test(l.text) &&
  l.words.length >= 2 && l.words.length <= 30 && l.text.length <= 250 && endsOpen(l) && /^[\p{Lu}\p{N}"“‘'¿¡[(]/u.test(l.text) && wordy(l);

export interface PageHeadline {
  line: Line;
  /** The headline as the reader reads it: a page title without its site name. */
  text: string;
  /** The standfirst right under the headline. */
  subtitle?: Line;
}

/**
 * The page's headline among the lines above the article's first line (`articleStart`), or null when
 * no line there has a headline's evidence. `verdicts` are the line rules' (a byline, a date).
 */
export function pageHeadline(lines: readonly Line[], verdicts: ReadonlyMap<number, string>, articleStart: number): PageHeadline | null {
  const filled = lines.filter((l) => l.words.length > 0);
  const bodyAt = filled.findIndex((l) => l.n >= articleStart);
  if (bodyAt <= 0) return null;
  // Printed twice above the article, a line is the page title and the heading; a promo for another
  // story is printed above the article and again in a list under it.
  const counts = new Map<string, number>();
  for (const l of filled.slice(0, bodyAt)) counts.set(lineKey(l.text), (counts.get(lineKey(l.text)) ?? 0) + 1);
  const pageTitle = SITE_SUFFIX.exec(filled[0]!.text)?.[1];
  const pageTitleKey = pageTitle ? lineKey(pageTitle) : lineKey(filled[0]!.text);
  let best: { line: Line; score: number } | null = null;
  let between = 0; // headline-shaped lines between a candidate and the article
  for (let i = bodyAt - 1; i >= Math.max(0, bodyAt - HEADLINE_REACH); i--) {
    const line = filled[i]!;
    // Lines the rules dropped by their own shape (menus, share rows, bylines) are neither headlines
    // nor lines that stand between a headline and its article.
    if (!MAY_BE_HEADLINE(verdicts.get(line.n)) || !headlineShaped(line)) continue;
    const key = lineKey(line.text);
    const anchored = filled.slice(i + 1, i + 1 + BYLINE_REACH).some((next) => ANCHORS.has(verdicts.get(next.n) ?? ""));
    const titled = i > 0 && (key === pageTitleKey || (counts.get(key) ?? 0) > 1);
    const words = line.words.length;
    const score = (words >= 4 ? 1 : 0) + (words >= 5 && words <= 20 ? 1 : 0) + (titled ? 3 : 0) + (anchored ? 2 : 0) - 0.5 * between;
    // A line the article kept is its text, unless the page prints it twice or its byline or date
    // stands right under it (the headline opened the article's run).
    const eligible = words >= 4 && (titled || anchored || verdicts.has(line.n));
    if (eligible && (!best || score > best.score)) best = { line, score };
    if (words >= 4) between++;
  }
  if (!best || best.score < 1) return null;
  // A headline and its standfirst stand one under the other: the upper one is the headline.
  const at = filled.indexOf(best.line);
  const above = filled[at - 1];
  // A line in capitals over one that is not is the section's kicker ("TECH  PERSONAL TECHNOLOGY: REVIEW"), not the headline.
  const kicker = above && isCapitals(above) && !isCapitals(best.line);
  // "Home News Business News <headline>" over "<headline>": a breadcrumb run into the heading, not a headline over its standfirst.
  const breadcrumb = above && lineKey(above.text).endsWith(lineKey(best.line.text));
  // A standfirst is written as a sentence; a longer line in title case under a short one is the
  // headline under a kicker or a breadcrumb ("SmartNews Keeping you current" / "Three Cases of Plague Diagnosed in China").
  const underKicker = above && above.words.length <= KICKER_WORDS && best.line.words.length > above.words.length && isTitleCased(best.line);
  // A line the page prints twice above the article is its headline, under a series name printed once.
  const repeatedUnder = above && (counts.get(lineKey(best.line.text)) ?? 0) > 1 && (counts.get(lineKey(above.text)) ?? 0) <= 1;
  const stacked = above && !kicker && !breadcrumb && !underKicker && !repeatedUnder && best.line.n - above.n <= 2 && MAY_BE_HEADLINE(verdicts.get(above.n)) && headlineShaped(above) && above.words.length >= 4;
  const headline = stacked ? above : best.line;
  return { line: headline, text: headline.text, ...(stacked ? { subtitle: best.line } : {}) };
}

/** The most words a section kicker or a breadcrumb above a headline has. */
const KICKER_WORDS = 5;

/** Most words of four letters or more capitalised, as headlines are written and standfirsts are not. */
function isTitleCased(l: Line): boolean {
  const long = l.words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/** A line whose letters are all capitals. */
const isCapitals = (l: Line) => /\p{Lu}/u.test(l.text) && !/\p{Ll}/u.test(l.text);

/** How many of the article run's first lines may be its header, the headline among them. */
const RUN_HEADER_LINES = 4;

/**
 * A headline that opened the article's run: among its first lines, a headline-shaped line with its
 * byline or date right under it ("How does the brain … thought?" / "Published …" / "By …"). What
 * the run held above it ("Sign up for a free account", "take the tour") is page furniture.
 */
export function headlineOpeningRun(lines: readonly Line[], verdicts: ReadonlyMap<number, string>, runStart: number): Line | null {
  const filled = lines.filter((l) => l.words.length > 0);
  const at = filled.findIndex((l) => l.n >= runStart);
  if (at < 0) return null;
  const opening = filled.slice(at).filter((l) => !verdicts.has(l.n)).slice(0, RUN_HEADER_LINES);
  for (const line of opening) {
    if (!headlineShaped(line) || line.words.length < 4) continue;
    const i = filled.indexOf(line);
    if (filled.slice(i + 1, i + 1 + BYLINE_REACH).some((next) => ANCHORS.has(verdicts.get(next.n) ?? ""))) return line;
  }
  return null;
}

/** A line that may be a headline or a subtitle: one the line rules did not drop as furniture. */
export const mayBeHeadline = (line: Line, verdicts: ReadonlyMap<number, string>) => MAY_BE_HEADLINE(verdicts.get(line.n)) && headlineShaped(line);

/**
 * An encyclopedia entry's short title, when nothing above the article is a headline: the page's
 * first line, of two or three words, that the article's first paragraph names ("Hermitian matrix" /
 * "In mathematics, a Hermitian matrix (or self-adjoint matrix) is …").
 */
export function topicLine(lines: readonly Line[], articleStart: number): PageHeadline | null {
  const first = lines.find((l) => l.words.length > 0);
  const opening = lines.find((l) => l.n >= articleStart && l.words.length >= TOPIC_PARAGRAPH_WORDS);
  if (!first || !opening || first.n >= articleStart || first.words.length > 3 || !(headlineShaped(first) || isOneWordName(first))) return null;
  // One word names the topic only where the paragraph opens with it: "Mozilla" / "Mozilla is a free-software community".
  const named = first.words.length === 1 ? lineKey(opening.words[0] ?? "") === lineKey(first.text) : lineKey(opening.text).includes(lineKey(first.text));
  return named ? { line: first, text: first.text } : null;
}

const isOneWordName = (l: Line) => l.words.length === 1 && /^\p{Lu}\p{L}+$/u.test(l.text);

/** How many words the paragraph that names an entry's topic has at least. */
const TOPIC_PARAGRAPH_WORDS = 15;

/** The page's title line (its first line, "Headline | Site") read as a headline, when nothing above the article is one. */
export function titleLine(lines: readonly Line[]): PageHeadline | null {
  const first = lines.find((l) => l.words.length > 0);
  const title = first && SITE_SUFFIX.exec(first.text)?.[1];
  return first && title ? { line: first, text: title } : null;
}
