// Vocabulary of the date parsers.

export const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };
export const QUARTERS = ["first", "second", "third", "fourth"];
export const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Words that make the month after them a time ("In August", "since April"), not a given name. */
export const BEFORE_MONTH = new Set(["in", "since", "until", "till", "by", "during", "early", "late", "last", "next", "this", "from", "before", "after"]);
/** Number words for spelled years. */
export const ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
export const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
export const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
/** "the twenties" … "the nineties", in order from the 20s. */
export const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

/**
 * TimeML's vague references to the present, past and future, which it annotates as dates (with
 * `--dates timeml`). "the past" followed by a length ("the past four years") is a duration instead.
 */
export const TIME_REFERENCES: Array<{ pattern: RegExp; value: "PRESENT_REF" | "PAST_REF" | "FUTURE_REF" }> = [
  { pattern: /\b(?:right\s+)?now\b|\bcurrently\b|\bnowadays\b|\bthese\s+days\b/gi, value: "PRESENT_REF" },
  { pattern: /\brecent(?:ly)?(?:\s+(?:years|months|weeks|days))?\b|\blately\b|\bthe\s+past\b(?!\s+(?:\d|few|several|couple|one|two|three|four|five|six|seven|eight|nine|ten|year|month|week|day|decade|centur))/gi, value: "PAST_REF" },
  { pattern: /\bthe\s+(?:(?:near|foreseeable|distant)\s+)?future\b|\bthe\s+(?:near|short)\s+term\b/gi, value: "FUTURE_REF" },
];


/**
 * Holidays named as dates: a fixed day (month, day), or the nth weekday of a month (month, weekday
 * 0-6 from Sunday, n; n = -1 for the last). Easter is computed.
 */
export const HOLIDAYS: Record<string, { month: number; day?: number; weekday?: number; nth?: number }> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "independence day": { month: 7, day: 4 },
  halloween: { month: 10, day: 31 },
  "christmas eve": { month: 12, day: 24 },
  "christmas day": { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  "boxing day": { month: 12, day: 26 },
  "memorial day": { month: 5, weekday: 1, nth: -1 },
  "labor day": { month: 9, weekday: 1, nth: 1 },
  "thanksgiving day": { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
};
