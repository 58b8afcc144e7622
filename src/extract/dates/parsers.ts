// Our date parsers, for what chrono does not read: years, decades, seasons, quarters, "a year ago".
import { DECADE_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ONES, QUARTERS, SEASONS, TEENS, TENS } from "../../data/dates.js";
import type { DateRecord } from "../../schema/record.js";
import { easter, isoDay, isoMonth, isoWeek, nthWeekday, shift } from "./calendar.js";

type Granularity = DateRecord["granularity"];

export interface OwnParser {
  pattern: RegExp;
  parse(m: RegExpMatchArray, ref: Date | null): { value: string; granularity: Granularity; relative: boolean } | null;
}

const YEAR_OFFSET = { last: -1, this: 0, next: 1 };
/** Month names as written in running text: capitalised. */
const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|");

const words = (list: readonly string[]) => list.join("|");
/** "nineteen ninety-six", "nineteen oh five", "two thousand and one", after an optional month, season ("the winter of") or "the year". */
const SPELLED_YEAR = new RegExp(
  `\\b(?:(${words(MONTHS)})\\s+|the\\s+year\\s+|(?:the\\s+)?(${words(Object.keys(SEASONS))})\\s+of\\s+)?` +
    `((?:nineteen|eighteen)\\s+(?:(?:${words(TENS)})(?:-(?:${words(ONES)}))?|${words(TEENS)}|hundred|oh\\s+(?:${words(ONES)}))` +
    `|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${words(TEENS)}|${words(ONES)}))?)\\b`,
  "gi",
);

/** The number a spelled year names. */
function spelledYear(text: string): number {
  const parts = text.toLowerCase().split(/[\s-]+/).filter((w) => w !== "and" && w !== "oh");
  const value = (w: string) => (ONES.includes(w) ? ONES.indexOf(w) + 1 : TEENS.includes(w) ? TEENS.indexOf(w) + 10 : (TENS.indexOf(w) + 2) * 10);
  if (parts[0] === "two") return 2000 + parts.slice(2).reduce((n, w) => n + value(w), 0);
  const century = parts[0] === "nineteen" ? 1900 : 1800;
  if (parts[1] === "hundred") return century;
  return century + parts.slice(1).reduce((n, w) => n + value(w), 0);
}

const HOLIDAY_NAMES = new RegExp(
  `\\b(?:(last|this|next)\\s+)?(${[...Object.keys(HOLIDAYS), "election day", "easter sunday", "easter"].map((h) => h.replace(/'/g, "['’]").replace(/ /g, "\\s+")).join("|")})(?:\\s+(week))?\\b`,
  "gi",
);

/** The day of a named holiday in a year: fixed, the nth weekday of a month, US Election Day, or Easter. */
function holiday(name: string, year: number): Date {
  const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, " ");
  if (key.startsWith("easter")) return easter(year);
  // US Election Day: the Tuesday after the first Monday of November.
  if (key === "election day") return new Date(Date.UTC(year, 10, nthWeekday(year, 11, 1, 1).getUTCDate() + 1, 12));
  const rule = HOLIDAYS[key]!;
  return rule.day ? new Date(Date.UTC(year, rule.month - 1, rule.day, 12)) : nthWeekday(year, rule.month, rule.weekday!, rule.nth!);
}

/** Our parsers for what chrono does not read. */
export const OWN_PARSERS: OwnParser[] = [
  {
    // "the 1990s"
    pattern: /\b(?:the\s+)?((?:1[89]|20)\d)0s\b/g,
    parse: (m) => ({ value: m[1]!, granularity: "decade", relative: false }),
  },
  {
    // "the '80s", "the nineties": a decade of the article's century, or of the one before when it
    // would start more than ten years after the article ("the twenties" in 2005).
    pattern: new RegExp(`\\bthe\\s+(?:['’](\\d)0s|(${DECADE_WORDS.join("|")}))\\b`, "gi"),
    parse: (m, ref) => {
      if (!ref) return null;
      const decade = m[1] ? Number(m[1]) : DECADE_WORDS.indexOf(m[2]!.toLowerCase()) + 2;
      const century = Math.floor(ref.getUTCFullYear() / 100);
      const inCentury = century * 10 + decade;
      return { value: String(inCentury * 10 > ref.getUTCFullYear() + 10 ? inCentury - 10 : inCentury), granularity: "decade", relative: true };
    },
  },
  {
    // "last summer", "this spring", "next winter", "summer 2023"
    pattern: /\b(?:(last|this|next)\s+(spring|summer|autumn|fall|winter)|(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d\d))\b/gi,
    parse: (m, ref) => {
      const season = SEASONS[(m[2] ?? m[3])!.toLowerCase()]!;
      if (m[4]) return { value: `${m[4]}-${season}`, granularity: "season", relative: false };
      if (!ref) return null;
      const offset = YEAR_OFFSET[m[1]!.toLowerCase() as "last" | "this" | "next"];
      return { value: `${ref.getUTCFullYear() + offset}-${season}`, granularity: "season", relative: true };
    },
  },
  {
    // "the third quarter", "fourth-quarter 1989", "the 1988 second quarter", "next year's first quarter",
    // "the year-ago third quarter": a quarter of the year stated, else of the reference year, or of the
    // year before when that quarter has not come yet (results are reported after it).
    pattern: /\b(?:(this|last|next)\s+year['’]s\s+|(?:the\s+)?(?:(year-ago|year-earlier)|((?:19|20)\d\d))\s+)?(first|second|third|fourth)[- ]quarter\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/gi,
    parse: (m, ref) => {
      const quarter = QUARTERS.indexOf(m[4]!.toLowerCase()) + 1;
      const stated = m[3] ?? m[5];
      if (stated) return { value: `${stated}-Q${quarter}`, granularity: "quarter", relative: false };
      if (!ref) return { value: `XXXX-Q${quarter}`, granularity: "quarter", relative: false };
      const year = m[1]
        ? ref.getUTCFullYear() + YEAR_OFFSET[m[1].toLowerCase() as "last" | "this" | "next"]
        : ref.getUTCFullYear() - (quarter > Math.floor(ref.getUTCMonth() / 3) + 1 ? 1 : 0) - (m[2] ? 1 : 0);
      return { value: `${year}-Q${quarter}`, granularity: "quarter", relative: true };
    },
  },
  {
    // "the last half of 1989", "the first half of this year", "the first two quarters of 1990": half
    // years, only with the year named, since "the first half" alone is as often a match's.
    pattern: /\b(?:the\s+)?(?:(first|second|last|latter)\s+half|(first|last)\s+two\s+quarters)\s+of\s+(?:((?:19|20)\d\d)|(this|last|next)\s+year|the\s+year)\b/gi,
    parse: (m, ref) => {
      const half = /^first$/i.test(m[1] ?? m[2]!) ? 1 : 2;
      if (m[3]) return { value: `${m[3]}-H${half}`, granularity: "half", relative: false };
      if (!ref) return null;
      const year = ref.getUTCFullYear() + (m[4] ? YEAR_OFFSET[m[4].toLowerCase() as "last" | "this" | "next"] : 0);
      return { value: `${year}-H${half}`, granularity: "half", relative: true };
    },
  },
  {
    // "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand": years spoken
    // in broadcast transcripts.
    pattern: SPELLED_YEAR,
    parse: (m) => {
      // "two thousand" alone is a count; after a month or "the year" it is a year.
      const [, monthWord, seasonWord, spelled] = m;
      if (/^two/i.test(spelled!) && !monthWord && !seasonWord && !/^the/i.test(m[0])) return null;
      const year = spelledYear(spelled!);
      if (seasonWord) return { value: `${year}-${SEASONS[seasonWord.toLowerCase()]}`, granularity: "season", relative: false };
      const month = monthWord ? MONTHS.indexOf(monthWord.toLowerCase()) + 1 : 0;
      return month ? { value: `${year}-${String(month).padStart(2, "0")}`, granularity: "month", relative: false } : { value: String(year), granularity: "year", relative: false };
    },
  },
  {
    // "a year ago", "two months earlier", "three weeks ago": a point in time measured back from the
    // article's date, at the unit's granularity.
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(year|month|week|day)s?\s+(?:ago|earlier)\b/gi,
    parse: (m, ref) => {
      if (!ref) return null;
      const word = m[1]!.toLowerCase();
      const n = /^an?$/.test(word) ? 1 : NUMBER_WORDS.includes(word) ? NUMBER_WORDS.indexOf(word) : Number(word);
      const unit = m[2]!.toLowerCase() as "year" | "month" | "week" | "day";
      const d = new Date(ref);
      if (unit === "year") return { value: String(ref.getUTCFullYear() - n), granularity: "year", relative: true };
      if (unit === "month") {
        d.setUTCMonth(d.getUTCMonth() - n);
        return { value: isoMonth(d), granularity: "month", relative: true };
      }
      d.setUTCDate(d.getUTCDate() - n * (unit === "week" ? 7 : 1));
      return unit === "week" ? { value: isoWeek(d), granularity: "week", relative: true } : { value: isoDay(d), granularity: "day", relative: true };
    },
  },
  {
    // "the coming week", "this coming month": the next one.
    pattern: /\b(?:the|this)\s+coming\s+(week|month|year)\b/gi,
    parse: (m, ref) => {
      if (!ref) return null;
      const unit = m[1]!.toLowerCase();
      if (unit === "week") return { value: isoWeek(shift(ref, "week", 1)), granularity: "week", relative: true };
      if (unit === "year") return { value: String(ref.getUTCFullYear() + 1), granularity: "year", relative: true };
      const d = new Date(ref);
      d.setUTCMonth(d.getUTCMonth() + 1);
      return { value: isoMonth(d), granularity: "month", relative: true };
    },
  },
  {
    // "in the fall", "this autumn", "the early summer", "this past spring" when no year is named: the
    // season of the article's year, or the one before for a spring past. "fall" alone is the verb,
    // "the fall of the government" a collapse, and "the summer of 1989" another parser's.
    pattern: /\b(?:(this\s+past|in|during|by|this)\s+)?(?:(the)\s+)?(?:(?:early|late)\s+)?(spring|summer|autumn|winter|fall)\b(?!\s+of\b|\s+(?:19|20)\d\d)/gi,
    parse: (m, ref) => {
      const [, lead, article, word] = m;
      if (!ref || (word!.toLowerCase() === "fall" && !lead && !article)) return null;
      const season = SEASONS[word!.toLowerCase()]!;
      // Spring starts in March, summer in June, autumn in September, winter in December.
      const starts = { SP: 2, SU: 5, FA: 8, WI: 11 }[season as "SP" | "SU" | "FA" | "WI"];
      const past = /past/i.test(lead ?? "") && starts > ref.getUTCMonth();
      return { value: `${ref.getUTCFullYear() - (past ? 1 : 0)}-${season}`, granularity: "season", relative: true };
    },
  },
  {
    // "by year-end", "since year-end", "by year's end": the last day of the article's year, or of the
    // year before after "since". Only after a preposition: "year-end results" is a kind of figure.
    pattern: /(?<=\b(by|since|at|around|until|till|before|after|through|near)\s)(?:the\s+)?year(?:[- ]end|['’]s\s+end)\b(?![- ]\w)/gi,
    parse: (m, ref) => (ref ? { value: `${ref.getUTCFullYear() - (/since/i.test(m[1]!) ? 1 : 0)}-12-31`, granularity: "day", relative: true } : null),
  },
  {
    // "the 20th century", "the fabled 11th century temple": the century's first two digits (19, 10).
    // Not in a name: "20th Century Fox".
    pattern: /\b(?:[Tt]he\s+)?([1-9]|1\d|2[01])(?:st|nd|rd|th)[- ][Cc]entury\b(?!\s+\p{Lu})/gu,
    parse: (m) => ({ value: String(Number(m[1]) - 1).padStart(2, "0"), granularity: "century", relative: false }),
  },
  {
    // "June last year", "January this year", "April next year": that month of the year named.
    pattern: new RegExp(`\\b(${MONTH_NAMES})\\s+(last|this|next)\\s+year\\b`, "g"),
    parse: (m, ref) => {
      if (!ref) return null;
      const year = ref.getUTCFullYear() + YEAR_OFFSET[m[2]!.toLowerCase() as "last" | "this" | "next"];
      return { value: `${year}-${String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, "0")}`, granularity: "month", relative: true };
    },
  },
  {
    // "last May", "this September", "next March": the month before, in or after the article's.
    pattern: new RegExp(`\\b(last|this|next)\\s+(${MONTH_NAMES})\\b`, "g"),
    parse: (m, ref) => {
      if (!ref) return null;
      const month = MONTHS.indexOf(m[2]!.toLowerCase());
      const current = ref.getUTCMonth();
      const which = m[1]!.toLowerCase();
      const year = ref.getUTCFullYear() + (which === "last" ? (month < current ? 0 : -1) : which === "next" ? (month > current ? 0 : 1) : 0);
      return { value: `${year}-${String(month + 1).padStart(2, "0")}`, granularity: "month", relative: true };
    },
  },
  {
    // "for the year", "the full year", "the current fiscal year", "earlier in the year": the
    // article's year, as an earnings report means it; not "the year before", "the year-earlier".
    // A bare "the year" followed by "to", "of", "that" … is another year ("the year that changed").
    pattern: /\bthe\s+(?:(?:(?:full|current|fiscal)\s+){1,2}year\b(?![-\s]+(?:ago|earlier|before|after|later|ended|ending|end|to)\b)|year\b(?![-\s]+(?:ago|earlier|before|after|later|ended|ending|end|to|of|in|when|that|\d)))/gi,
    parse: (_m, ref) => (ref ? { value: String(ref.getUTCFullYear()), granularity: "year", relative: true } : null),
  },
  {
    // "Thanksgiving Day", "last Christmas", "Election Day", "Easter week": the holiday nearest the
    // article's date, or the one before or after it with "last" or "next".
    pattern: HOLIDAY_NAMES,
    parse: (m, ref) => {
      if (!ref) return null;
      const which = m[1]?.toLowerCase();
      const year = ref.getUTCFullYear();
      const [before, same, after] = [year - 1, year, year + 1].map((y) => holiday(m[2]!, y));
      const distance = (d: Date) => Math.abs(d.getTime() - ref.getTime());
      // Unmarked, the occurrence nearest the article ("rescued on Thanksgiving Day" in January).
      const date = which === "last" ? (same < ref ? same : before!) : which === "next" ? (same > ref ? same : after!) : which === "this" ? same! : [before!, same!, after!].sort((a, b) => distance(a) - distance(b))[0]!;
      return m[3] ? { value: isoWeek(date), granularity: "week", relative: true } : { value: isoDay(date), granularity: "day", relative: true };
    },
  },
  {
    // "last year", "this year's summit", "next year"
    pattern: /\b(last|this|next)\s+year\b/gi,
    parse: (m, ref) => {
      if (!ref) return null;
      const offset = YEAR_OFFSET[m[1]!.toLowerCase() as "last" | "this" | "next"];
      return { value: String(ref.getUTCFullYear() + offset), granularity: "year", relative: true };
    },
  },
  {
    // A bare year: "since 1948", "in 2006", "the 2024 NATO summit". Not money, counts or measures.
    // "mid-1997", "post-1959", "early 1992"; an earlier year only after a word that takes a year ("settlers in 1652").
    pattern: /(?:(?<![$€£¥\d.,-])|(?<=\b(?:mid|pre|post)-))\b(1[89]\d\d|20\d\d|(?<=\b(?:in|since|from|until|of|by)\s)1[0-7]\d\d)\b(?![.,]\d|-bit|\s*(?:%|percent|people|troops|km|kilometers|miles|tons|units|votes|cases|missiles|times|bit))/g,
    parse: (m) => ({ value: m[1]!, granularity: "year", relative: false }),
  },
];

export function ownDates(text: string, ref: Date | null): DateRecord[] {
  const out: DateRecord[] = [];
  for (const parser of OWN_PARSERS) {
    for (const m of text.matchAll(parser.pattern)) {
      const parsed = parser.parse(m, ref);
      // "in the fall": the preposition that led the parser there is not part of the date.
      const lead = /^(?:in|during|by)\s+/i.exec(m[0])?.[0].length ?? 0;
      if (parsed) out.push({ text: m[0].slice(lead), start: m.index! + lead, end: m.index! + m[0].length, ...parsed });
    }
  }
  return out;
}
