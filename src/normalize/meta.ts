// Metadata finders: each reads one line and says what metadata it carries, if any.

import { isGivenName } from "../data/names.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const TIME = String.raw`(?:\s*[,\-–—|]?\s*(?:at\s+)?(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?)?`;
/** "July 11, 2024, 14:47", "November 20th, 2019 - 07:29 GMT" */
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, "i");
/** "11 July 2024 14:47" */
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH},?\s+(\d{4})${TIME}`, "i");
/** "2024-07-11 14:47", "2024.07.11 14:47" */
const NUMERIC = /\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?/;

const pad = (n: number) => String(n).padStart(2, "0");

function isoDateTime(y: number, m: number, d: number, hh?: string, mm?: string, ampm?: string): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return date;
  let hour = Number(hh);
  if (ampm && /p/i.test(ampm) && hour < 12) hour += 12;
  if (ampm && /a/i.test(ampm) && hour === 12) hour = 0;
  return hour < 24 ? `${date}T${pad(hour)}:${mm}` : date;
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The first calendar date (with its time, if given) written in a line, as ISO 8601. */
export function findDateTime(text: string): { value: string; index: number } | null {
  const found: { value: string; index: number }[] = [];
  const a = MONTH_FIRST.exec(text);
  if (a) push(isoDateTime(+a[3]!, monthNumber(a[1]!), +a[2]!, a[4], a[5], a[6]), a.index);
  const b = DAY_FIRST.exec(text);
  if (b) push(isoDateTime(+b[3]!, monthNumber(b[2]!), +b[1]!, b[4], b[5], b[6]), b.index);
  const c = NUMERIC.exec(text);
  if (c) push(isoDateTime(+c[1]!, +c[2]!, +c[3]!, c[4], c[5]), c.index);
  found.sort((x, y) => x.index - y.index);
  return found[0] ?? null;

  function push(value: string | null, index: number) {
    if (value) found.push({ value, index });
  }
}

/** The publication date of a header line; "Posted"/"Published" wins over "Updated". */
export function findPublished(text: string): string | null {
  const labelled = /\b(posted|published|first published|created)\b\s*:?\s*(.*)/i.exec(text);
  if (labelled) {
    const hit = findDateTime(labelled[2]!);
    if (hit) return hit.value;
  }
  const updated = /\b(updated|modified|last updated)\b/i.exec(text);
  const hit = findDateTime(updated ? text.slice(0, updated.index) : text);
  return hit?.value ?? null;
}

const NAME_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
// Case-sensitive on purpose: with the i flag \p{Lu} matches any letter, and every short sentence
// with "by" in it became a byline. "By" opens the line or follows a date or a label ("Posted by").
const BYLINE = new RegExp(String.raw`^(?:.{0,60}?[\s:|–—-])?(?:[Bb]y|BY)\s+(${NAME}(?:\s*(?:,|and|&)\s*${NAME})*)`, "u");
/** Words that can open a capitalised phrase after "by" but never a person's name. */
const NOT_NAME_WORD =
  /^(the|a|an|this|that|these|those|his|her|their|its|our|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|staff|reuters|associated|press|agence)$/i;

/** Authors named in a byline: "By Jane Doe Posted : …", "BY ESTHER CHUNG [email]". */
export function findBylineAuthors(text: string): string[] {
  // Bounded, and an address only from the start of a word, so a long line without spaces stays linear.
  const withoutNoise = text.replace(/\[[^\]\n]{0,200}\]|\([^)@\n]{0,200}@[^)\n]{0,200}\)|(?<!\S)[^\s@]+@\S+/g, " ");
  const m = BYLINE.exec(withoutNoise);
  if (!m || !isBylinePrefix(withoutNoise.slice(0, m.index + m[0].indexOf(m[1]!)))) return [];
  const names = m[1]!
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((n) => withoutTrailingDate(n.replace(/\b(Posted|Published|Updated|POSTED|PUBLISHED|UPDATED|[Ss]taff|[Rr]eporter|[Ww]riter|[Cc]orrespondent)\b.*$/, "").trim()));
  return names.filter(isPersonName).map(caseName);
}

/** Month names cut short, as bylines print a date after the name: "By JEFFREY GETTLEMAN JAN. 13". */
const MONTH_ABBREVIATION = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** "Steven Mufson March" → "Steven Mufson": the capitalised words of a date after a name are not the name's. */
function withoutTrailingDate(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 2) {
    const last = words[words.length - 1]!.replace(/[.'’]+$/, "");
    if (!NOT_NAME_WORD.test(last) && !MONTH_ABBREVIATION.test(last)) break;
    words.pop();
  }
  return words.join(" ");
}

/** "Dan Goodin - Apr 16, 2015 8:02 pm UTC": a name before the date of a date line, or null. */
export function nameBeforeDate(text: string): string | null {
  const date = findDateTime(text);
  if (!date || date.index === 0) return null;
  const before = trimSeparators(text.slice(0, date.index)).replace(/^(by|written by|posted by)\s+/i, "");
  return isGivenFullName(before) ? caseName(before) : null;
}

/** The text without the separators a date line puts after a name ("Dan Goodin - "). */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && " \t-–—|•·,:/".includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * A name with nothing to mark it as one ("By"), alone on a line or before a date: a person's name
 * by its shape whose first word is a listed given name. "Internet Privacy", "New York" and a
 * section's name have the shape too.
 */
export function isGivenFullName(text: string): boolean {
  return isPersonName(text) && isGivenName(caseName(text).split(/\s+/)[0]!);
}

/** Words for a writer's role: a byline may go on to describe its author ("By Jane Doe, a deputy editor …"). */
const WRITER_ROLE = /\b(editor|reporter|correspondent|writer|contributor|columnist|journalist|producer|analyst|author|technologist|fellow|professor|director)s?\b/i;

/** A byline that goes on into its author's biography: "By Jane Doe, a deputy editor and author of …". */
export function isBylineWithRole(text: string): boolean {
  const m = /^by\s([^,]{3,60}),/i.exec(text);
  if (!m) return false;
  const role = text.slice(m[0].length).trim().split(/\s+/).slice(0, 6).join(" ");
  return WRITER_ROLE.test(role) && findBylineAuthors(text).length > 0;
}

/** What may stand before "By": a date, a time, a label ("Posted by"), capitals; not a sentence. */
function isBylinePrefix(prefix: string): boolean {
  const rest = prefix.replace(new RegExp(MONTH, "gi"), "").replace(/\b(by|posted|written|words|story|photos?|reporting|text|and|[ap]\.?m\.?)\b/gi, "");
  return !/\p{Ll}/u.test(rest);
}

/** A person's name by its shape: two to four capitalised words, none a function word, month or day. */
export function isPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) && !NOT_NAME_WORD.test(w.replace(/[.'’]+$/, "")))
  );
}

/** Title-cases a name written in capitals: "SEO JI-EUN" → "Seo Ji-eun", "JEAN-PAUL" → "Jean-Paul". */
export function caseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      const parts = word.split("-");
      // Romanised Korean given names are written "Ji-eun": short syllables, lower case after the hyphen.
      const syllables = parts.length === 2 && parts.every((p) => p.length <= 3);
      return parts.map((p, i) => (i > 0 && syllables ? p : p.charAt(0).toUpperCase() + p.slice(1))).join("-");
    })
    .join(" ");
}

/**
 * A dateline opening the article's first paragraph: "SEOUL, July 11 (Yonhap) - …",
 * "MADRID — …", "WASHINGTON (Reuters) - …". Returns the place and the length of the opener.
 */
export function findDateline(text: string): { place: string; length: number } | null {
  const m = new RegExp(
    String.raw`^([\p{Lu}][\p{Lu} .'’-]{2,30}?)(?:,\s*[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)?(?:,\s*${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?\s*(?:--|[-—–])\s+`,
    "u",
  ).exec(text);
  if (!m) return null;
  const place = m[1]!.trim();
  if (place.length < 3 || !/\p{Lu}{3}/u.test(place)) return null;
  return { place, length: m[0].length };
}

/** A wire dateline alone on its line: "BEIJING 1996-08-22", "NOVYE ATAGI, Russia 1996-08-27". */
export function findWireDateline(text: string): { place: string; published: string } | null {
  const m = /^([\p{Lu}][\p{Lu} .'’-]{1,40}?)(?:,\s*[\p{Lu}][\p{L} .]{1,30})?\s+(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!m) return null;
  const published = isoDateTime(+m[2]!, +m[3]!, +m[4]!);
  return published ? { place: m[1]!.trim(), published } : null;
}
