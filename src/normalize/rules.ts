// Line rules: each small named unit recognises one kind of page furniture from general evidence
// (shape, vocabulary, credit patterns). The first rule that matches a line drops it.
import { COMMENT_HEADINGS, PHOTO_CREDITS, RELATED_HEADINGS, RELATED_HEADINGS_ELSEWHERE, UI_PHRASES, UI_WORDS } from "../data/boilerplate.js";

/** A month of an archive: "2019年11月", "November 2019", "2019/11". */
const ARCHIVE_DATE = /\d{4}\s*年\s*\d{1,2}\s*月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b\d{4}[/.-]\d{1,2}\b/gi;
import { ENGLISH_STOPWORDS } from "../data/stopwords.js";
import type { Line } from "./lines.js";
import { findBylineAuthors, findDateTime, findWireDateline, isBylineWithRole } from "./meta.js";

export interface RuleContext {
  english: boolean;
}

export interface LineRule {
  reason: string;
  test(line: Line, ctx: RuleContext): boolean;
}

const wordCount = (line: Line) => line.words.length;
/** Three words in lower case in a row: a clause, not a label ("Updated", "Posted by", "at 9 a.m."). */
function hasClause(text: string): boolean {
  let run = 0;
  for (const word of text.split(/\s+/)) {
    run = /^\p{Ll}+[,;:]?$/u.test(word) ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** A notice of copyright or reserved rights: "©", "All rights reserved", "Copyright 2018". */
const RIGHTS_NOTICE = /(?<!Ã|A\u0303)©|\ball rights reserved\b|\bcopyright\s+(?:©\s*)?(?:19|20)\d\d\b/iu;
const RIGHTS_NOTICES = new RegExp(RIGHTS_NOTICE.source, "giu");
/** "©News Group …", "Copyright © 2019 …", "Copyright 2019 …" opening a line (not "Copyright law …"). */
const OPENS_WITH_NOTICE = /^\s*(?:©|copyright\s+©|copyright\s+(?:19|20)\d\d\b)/iu;
/** How many notices make a paragraph a legal footer whatever its length. */
const LEGAL_FOOTER_NOTICES = 3;

/** The label of a telephone or fax number or an e-mail address: "Telephone:", "Fax:", "E-mail:". */
const CONTACT_LABEL = /\b(telephone|tel|phone|fax|e-?mail)\s*:/gi;

/** "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015": an entry of a list, who did what on a date, is article text. */
const LIST_ENTRY_WITH_DATE = /^(?:\S+ ){2,}\S+ [—–] (?!(?:Updated|Published|Posted|Modified|Revised) )\p{Lu}\p{Ll}+(?:ed|s) /u;

/** One to four capitalised words, then the verb of saying: a name (a title first perhaps) or a pronoun. */
const CAPITALISED_BEFORE_VERB = /^\p{Lu}[\p{Ll}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} \p{Ll}+:?$/u;

/** The widget and policy phrases, each made global once so that every occurrence counts. */
const UI_PHRASES_EVERYWHERE = UI_PHRASES.map((phrase) => new RegExp(phrase.source, "gi"));

/** How many widget or policy phrases a line contains. */
export function uiPhraseHits(text: string): number {
  let hits = 0;
  for (const phrase of UI_PHRASES_EVERYWHERE) hits += text.match(phrase)?.length ?? 0;
  return hits;
}

function isCreditWord(word: string): boolean {
  return PHOTO_CREDITS.has(word.toLowerCase());
}

/** "(Yonhap)", "[YONHAP]", "(Manu Fernandez/AP)", "[NEWS1]", "Reuters/Pool", "AFP via Getty Images". */
function looksLikeCredit(credit: string): boolean {
  const words = credit.split(/[\s/,|-]+/).filter(Boolean);
  if (!words.length || words.length > 6) return false;
  if (words.some(isCreditWord)) return true;
  // A bracketed, upper-case tag with no sentence in it: "[NEWS1]", "[JOONGANG PHOTO]"; not a footnote's number ("[12]").
  return /^[\p{Lu}\p{N} .&/-]{2,30}$/u.test(credit) && /\p{L}/u.test(credit) && !/\d{4}/.test(credit);
}

/** "… on July 10, 2024. [Yonhap]": the line ends with a bracketed tag that names a news agency or photo service. */
export function endsWithAgencyCredit(text: string): boolean {
  const bracketed = /[([]([^()[\]]{2,60})[)\]]\s*$/.exec(text);
  return !!bracketed && bracketed[1]!.split(/[\s/,|-]+/).some(isCreditWord);
}

function endsWithPhotoCredit(text: string): boolean {
  if (/[([](image|photo|picture|credit|source)s?\s*:[^()[\]]{1,60}[)\]]\s*$/i.test(text)) return true;
  const bracketed = /[.!?"”’)]\s*[([]([^()[\]]{2,60})[)\]]\s*$/.exec(text);
  // "[NYT.]", "[WashPost.]": a source cited at the end of a digest item ends with a full stop; a credit does not.
  if (bracketed && !bracketed[1]!.endsWith(".") && looksLikeCredit(bracketed[1]!)) return true;
  // A bare credit after the caption's last sentence, spaced or run on as a browser copies it: "… on July 10, 2024. Yonhap", "… in New York.Reuters"
  const bare = /[.!?"”]\s*((?:[\p{Lu}][\p{L}\p{N}&]*)(?:[ /][\p{Lu}][\p{L}\p{N}&]*){0,3})\s*$/u.exec(text);
  return !!bare && bare[1]!.split(/[ /]/).some(isCreditWord);
}

export const LINE_RULES: readonly LineRule[] = [
  { reason: "blank", test: (l) => !/[\p{L}\p{N}]/u.test(l.text) },
  {
    reason: "fragment: a lone letter or symbol",
    test: (l) => l.text.replace(/[^\p{L}\p{N}]/gu, "").length <= 1,
  },
  {
    reason: "non-English page text",
    test: (l, ctx) => ctx.english && l.nonLatin > 0.3 && wordCount(l) < 15,
  },
  {
    reason: "markup or template code",
    // A tag is a lower-case name closed at once or followed by attributes: "<div class=…>", "</p>";
    // "<The Palace: Tale of Jang Noksu>" is a title in angle brackets.
    test: (l) => /\{\*|\*\}|\{\{|\}\}|<\/?[a-z][a-z0-9-]*(?:\s*\/?>|\s+[a-z-]+=)|%2F/.test(l.text) || /^[\w.-]+\.(js|css|php|html?)$/i.test(l.text),
  },
  {
    reason: "web or e-mail address",
    test: (l) => /^(https?:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.\S+$/i.test(l.text),
  },
  {
    reason: "breadcrumb",
    test: (l) => {
      // Section names between arrows or bars; not a results line with "/" between teams or names.
      const parts = l.text.split(/\s+(?:>|›|»|\/|\|)\s+/);
      return parts.length >= 3 && parts.every((p) => p.split(" ").length <= 4 && /\p{L}{2}/u.test(p) && !/[.!?)\d]$|^\d/.test(p));
    },
  },
  {
    reason: "byline",
    // A sentence that ends in a name after "by" ("… was shot by Ali Hassan.") is prose, not a byline.
    test: (l) =>
      (wordCount(l) <= 16 &&
        !/[“”"]/.test(l.text) &&
        (/^by\s/i.test(l.text) || !/[.:]$/.test(l.text)) &&
        findBylineAuthors(l.text).length > 0) ||
      (wordCount(l) <= 50 && isBylineWithRole(l.text)),
  },
  { reason: "dateline", test: (l) => findWireDateline(l.text) !== null },
  {
    reason: "photo caption with a credit",
    // "… Photograph: Adrian Malloch for the Guardian": a credit labelled at the end of a caption.
    test: (l) => endsWithPhotoCredit(l.text) || /^(photo|image|picture|file photo)\s*[:|]/i.test(l.text) || /\b(?:Photograph|Photo|Image|Illustration)s?:\s+\p{Lu}[^.:]{0,80}$/u.test(l.text),
  },
  {
    reason: "date or time stamp",
    test: (l) => {
      // "3 hours ago", "Published 1 day ago", "Updated: 5 min ago".
      if (/^(?:(?:published|updated|posted|modified):?\s+)?(\d+|an?|one)\s*(second|minute|min|hour|hr|day|week|month|year|[smhdw])s?\s+ago$/i.test(l.text)) return true;
      const date = findDateTime(l.text);
      if (!date || wordCount(l) > 14 || LIST_ENTRY_WITH_DATE.test(l.text)) return false;
      // Little else on the line but the date, a label and perhaps an agency name; three words in
      // lower case in a row are a clause ("On July 6, 2015, Sanders made the following comment:").
      const rest = l.text.replace(/[\p{N}:,./-]+/gu, " ").split(/\s+/).filter((w) => /\p{L}{2}/u.test(w));
      return rest.length <= 7 && !/[.!?]$/.test(l.text.replace(/\b(a\.m|p\.m)\.$/i, "am")) && !hasClause(l.text);
    },
  },
  {
    reason: "comment section heading",
    test: (l) => l.words.length <= 20 && COMMENT_HEADINGS.some((re) => re.test(l.text)),
  },
  { reason: "related-stories heading", test: (l) => RELATED_HEADINGS.some((re) => re.test(l.text)) || RELATED_HEADINGS_ELSEWHERE.some((re) => re.test(l.text)) },
  {
    // "2019年11月 2019年4月 2019年1月 …", "November 2019 October 2019 …": a blog's archive by month.
    reason: "archive list",
    test: (l) => {
      const dates = l.text.match(ARCHIVE_DATE) ?? [];
      const covered = dates.join("").replace(/\s/g, "").length;
      return dates.length >= 4 && covered >= 0.6 * l.text.replace(/\s/g, "").length;
    },
  },
  {
    reason: "link to another story",
    test: (l) => l.words.length <= 25 && /^(see|read|watch|listen|also read|read also|related|more|recommended|click)( more| also| next)?\s*:/i.test(l.text),
  },
  {
    reason: "comment author line",
    // "joetoronto says:", "v2787 says:": a commenter's handle. "He said:", "Hewitt writes:", "Reporter
    // Jomana Karadsheh says:" introduce a quotation in the article (a commenter's capitalised name
    // stands in the comment section, dropped with it).
    test: (l) => l.words.length <= 6 && /\s(says|said|wrote|writes|replied):?$/i.test(l.text) && !CAPITALISED_BEFORE_VERB.test(l.text),
  },
  {
    reason: "menu or widget words",
    test: (l) => {
      const words = l.text.toLowerCase().split(/[\s|•·,:()[\]?!/]+/).filter(Boolean);
      return (
        words.length <= 8 &&
        words.every((w) => UI_WORDS.has(w) || /^\d+$/.test(w)) &&
        words.some((w) => UI_WORDS.has(w) && !ENGLISH_STOPWORDS.has(w))
      );
    },
  },
  {
    reason: "copyright notice",
    // A short line with one notice, or a legal footer of any length: one that opens with its notice
    // ("©News Group Newspapers Limited in England No. 679215 Registered office: …") or reserves
    // rights again and again ("Morningstar: Copyright 2018 … All Rights Reserved. Factset: … All rights reserved. …").
    test: (l) =>
      (wordCount(l) <= 30 && RIGHTS_NOTICE.test(l.text)) || OPENS_WITH_NOTICE.test(l.text) || (l.text.match(RIGHTS_NOTICES) ?? []).length >= LEGAL_FOOTER_NOTICES,
  },
  {
    // "… can be contacted with any questions: Telephone: *2421 … Fax: 03-5613699E-mail: subs@…": a
    // service desk's or a press office's contact box, labelled numbers and addresses.
    reason: "contact details",
    test: (l) => new Set([...l.text.matchAll(CONTACT_LABEL)].map((m) => m[1]!.toLowerCase().replace(/^tel$/, "telephone").replace(/-/, ""))).size >= 2,
  },
  {
    reason: "comment box, log-in or policy text",
    test: (l) => {
      // The phrases must make up the line: a long paragraph that mentions "comments",
      // "advertising" or "copyright" is a report about them.
      const hits = uiPhraseHits(l.text);
      const words = wordCount(l);
      return (hits >= 2 && words <= hits * 10) || (hits === 1 && (words <= 8 || (!l.endsLikeSentence && words <= 20)));
    },
  },
];

/** The first rule that drops the line, or null when no rule does. */
export function ruleFor(line: Line, ctx: RuleContext): LineRule | null {
  return LINE_RULES.find((rule) => rule.test(line, ctx)) ?? null;
}
