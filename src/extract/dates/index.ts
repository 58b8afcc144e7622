// Dates: chrono-node finds the calendar expressions; our parsers add what it does not read
// (years, decades, seasons, "last year"), and refiners resolve them against the article's own
// date the way a reader would: by the tense of the verb, never by the machine's clock.
import * as chrono from "chrono-node";
import { TIME_REFERENCES } from "../../data/dates.js";
import { DEFERRAL_VERBS, FORWARD_CUES, FUTURE_MARKERS, PLANNING_NOUNS, PLANNING_VERBS, SCHEDULING_VERBS } from "../../data/tense.js";
import type { Doc, Token } from "../../nlp/doc.js";
import { spanHolding } from "../spans.js";
import { isoDay, isoMonth, isoWeek, pad, shift } from "./calendar.js";
import { ownDates } from "./parsers.js";
import { refineAnaphora } from "./anaphora.js";
import { refinePeriods } from "./periods.js";
import type { DateRecord } from "../../schema/record.js";

export interface DatesInput {
  doc: Doc;
  /** YYYY-MM-DD, or null when the article has no date of its own. */
  referenceDate: string | null;
  /**
   * calendar (the default): the dates a calendar can hold. timeml: also what TimeML annotates as
   * dates besides: "now", "recently", "the future" (PRESENT_REF, PAST_REF, FUTURE_REF).
   */
  style?: DateStyle;
}

export type DateStyle = "calendar" | "timeml";

/** A stand-in reference for chrono when there is none; every part it implies is written as X. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 5, 12));
/** "this week", "last month": a calendar unit named relative to now. */
const CALENDAR_UNIT = /\b(this|last|next|past|coming)\s+(week|month|year)\b/i;
/** "a month after", "two weeks later", "three years ago" are spans of time, not dates. */
const DURATION = /\b(after|later|before|ago|earlier)\s*$|^(about|around|some|nearly|almost)\b/i;
/** "after 90 minutes", "for two days", "13.24 seconds": a length of time, however chrono reads it. */
const TIME_SPAN = /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+(?:second|minute|hour|day|week|month|year)s?\b/i;
/** What joins the two ends of a range: "to", "until", "-". */
const RANGE_CONNECTOR = /[\s,]*(?:\b(?:to|until|till|through|and)\b|[-–])\s*/g;
/** Words that state a calendar date by themselves: a month, a weekday, a four-digit year. */
const STATES_CALENDAR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{4}\b/i;
const RELATIVE_WORD = /\b(last|this|next|past|coming|today|yesterday|tomorrow|tonight|ago|later|earlier|now)\b/i;
/** Lower-case month words ("may", "you may, in a year") and "now" are not calendar dates. */
const NOT_CALENDAR = /^(may|march|june|august)\b|^([Rr]ight )?[Nn]ow$/;
/** "Sun Microsystems", "Sat": a weekday abbreviation alone names a company or a verb far more often than a day. */
const WEEKDAY_ABBREVIATION = /^(sun|mon|tue|wed|thu|fri|sat)$/i;
/** "3 7/8", "1/2": a proper fraction of a power of two is a price or a share, not a month and day. */
const FRACTION = /^(\d{1,2})\/(2|4|8|16|32|64)$/;
const isFraction = (text: string) => {
  const m = FRACTION.exec(text);
  return !!m && Number(m[1]) < Number(m[2]);
};
const SIX_WEEKS_MS = 42 * 86_400_000;
/** A value that names one day: 2024-07-10. */
const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
/** What follows a march that is not the month: "for Life", "of the Combatant Mothers". */
const PROCESSION = /^\s*(?:for|of\s+the)\s+[A-Z]/;
/** "night of Oct. 23": chrono reads the part of the day and loses the date after it. */
const PART_OF_DAY_OF = /^(?:night|morning|evening|afternoon)\s+of\s+/i;
/** A clock time right before a day: "9 a.m. ", "4 a.m. EDT ". */
const CLOCK_BEFORE = /\b(\d{1,2})(?::(\d\d))?\s*([ap])\.m\.\s+(?:[A-Z]{2,4}\s+)?$/i;
/** "until Tuesday", "until 9 a.m. EST Tuesday", "until mid-", "through". */
const UNTIL = /\b(?:until|till|through)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.\s+(?:[A-Z]{2,4}\s+)?|mid-|early\s+|late\s+)?$/i;
const PARTICLE = /^(in|on|out|up|down|off|over|back|away|through|into|about|around)$/;

export function extractDates({ doc, referenceDate, style = "calendar" }: DatesInput): DateRecord[] {
  const ref = referenceDate ? new Date(referenceDate + "T12:00:00Z") : null;
  const records = [...chronoDates(doc, ref), ...ownDates(doc.text, ref), ...(style === "timeml" ? referenceDates(doc.text) : [])];
  const ahead = (offset: number) => tenseAt(doc, offset) === "future";
  const refined = refineAnaphora(refinePeriods(dropOverlaps(records), doc.text, ref, ahead), doc.text).map((r) => asWeek(r, doc.text));
  return style === "timeml" ? refined.map((r) => withClockTime(r, doc.text)) : refined;
}

/** "9 a.m. Tuesday", "4 a.m. EDT Thursday": TimeML gives the day its clock time (2000-04-04T09:00). */
function withClockTime(record: DateRecord, text: string): DateRecord {
  const clock = CLOCK_BEFORE.exec(text.slice(Math.max(0, record.start - 20), record.start));
  if (!clock || record.granularity !== "day" || !DAY_VALUE.test(record.value)) return record;
  const hour = (Number(clock[1]) % 12) + (/p/i.test(clock[3]!) ? 12 : 0);
  const start = record.start - clock[0].length;
  return { ...record, text: text.slice(start, record.end), start, value: `${record.value}T${pad(hour)}:${clock[2] ?? "00"}`, granularity: "time" };
}

/**
 * "the weekend" is the weekend of a week (2024-W28-WE), not its Saturday, which chrono gives; "the
 * week of March 6" is that day's week.
 */
function asWeek(record: DateRecord, text: string): DateRecord {
  if (record.granularity !== "day" || !DAY_VALUE.test(record.value)) return record;
  const week = isoWeek(new Date(record.value + "T12:00:00Z"));
  if (/\bweekend\b/i.test(record.text)) return { ...record, value: `${week}-WE`, granularity: "week" };
  const weekOf = /\bthe\s+week\s+of\s+$/i.exec(text.slice(Math.max(0, record.start - 16), record.start));
  if (!weekOf) return record;
  const start = record.start - weekOf[0].length;
  return { ...record, text: text.slice(start, record.end), start, value: week, granularity: "week" };
}

/** TimeML's vague references: "now", "recently", "the near future". */
function referenceDates(text: string): DateRecord[] {
  return TIME_REFERENCES.flatMap(({ pattern, value }) =>
    [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, value, granularity: "reference" as const, relative: true })),
  );
}

/**
 * chrono's casual English without the parsers whose finds we always drop: spans of time ("three
 * years ago", "within two weeks", "a month later") and clock times. They were over half its cost.
 */
const CALENDAR_PARSER = (() => {
  const parser = chrono.casual.clone();
  const unused = /^EN(TimeUnitAgoFormat|TimeUnitLaterFormat|TimeUnitWithinFormat|TimeExpression)Parser$/;
  parser.parsers = parser.parsers.filter((p) => !unused.test(p.constructor.name));
  return parser;
})();

/**
 * The text in runs of whole sentences of a few thousand characters, for chrono: some of its
 * refiners test the whole text before each find, which grows with the square of one long input.
 */
function* sentenceRuns(doc: Doc, size = 3000): Generator<{ start: number; text: string }> {
  let start = 0;
  for (const s of doc.sentences) {
    if (s.end - start < size) continue;
    yield { start, text: doc.text.slice(start, s.end) };
    start = s.end;
  }
  if (start < doc.text.length) yield { start, text: doc.text.slice(start) };
}

function calendarFinds(doc: Doc, ref: Date | null): chrono.ParsedResult[] {
  return [...sentenceRuns(doc)].flatMap((run) =>
    CALENDAR_PARSER.parse(run.text, { instant: ref ?? NO_REFERENCE, timezone: 0 }).map((found) => Object.assign(found, { index: found.index + run.start })),
  );
}

function chronoDates(doc: Doc, ref: Date | null): DateRecord[] {
  const out: DateRecord[] = [];
  for (const found of calendarFinds(doc, ref)) {
    const result = trimmed(found, ref);
    const known = knownParts(result);
    const hasDate = ["day", "weekday", "month", "year"].some((k) => k in known) || CALENDAR_UNIT.test(result.text);
    // Times alone ("2 a.m.") are not calendar dates.
    if (!hasDate || DURATION.test(result.text) || NOT_CALENDAR.test(result.text) || isProgrammeTitle(doc.text, result) || WEEKDAY_ABBREVIATION.test(dateText(result.text)) || isFraction(result.text)) continue;
    if (TIME_SPAN.test(result.text) && !STATES_CALENDAR.test(result.text.replace(TIME_SPAN, ""))) continue;
    // Without a reference date "last year" or "today" cannot be placed; chrono would place it on its
    // stand-in. Only what the text itself states is kept.
    if (!ref && (RELATIVE_WORD.test(result.text) || !STATES_CALENDAR.test(result.text))) continue;
    const before = doc.text.slice(Math.max(0, result.index - 9), result.index);
    // "after a weekend of accusations": no particular weekend ("a June agreement" is June's).
    if (/\ba\s+$/i.test(before) && /^weekend$/i.test(result.text)) continue;
    // "the March for Life", "the March of the Combatant Mothers": a procession, not the month.
    const monthEnd = result.index + result.text.replace(/ of$/i, "").length;
    if (known.month && !known.day && !known.year && PROCESSION.test(doc.text.slice(monthEnd, monthEnd + 12))) continue;
    // "last Friday", "the previous Friday", and "Wednesday's game" (a possessive reports what took place), are past.
    const last = /\b(?:last|previous|past)\s+$/i.test(before) || /^(?:last|previous|past)\s/i.test(result.text) || /^['’]s\b/.test(doc.text.slice(result.index + result.text.length, result.index + result.text.length + 3));
    const tense = last ? "past" : tenseAt(doc, result.index);
    const record = resolve(result, known, ref, tense, before);
    if (!record) continue;
    out.push(record);
    const range = ref && rangeEnd(result, record, ref, tense);
    if (range && range.end.value !== record.value) {
      out.push(range.end);
      // The start record covers the first date only, so that the two do not overlap.
      Object.assign(record, { text: record.text.slice(0, range.cut), end: record.start + range.cut });
    }
  }
  return out;
}

/**
 * The end of a range chrono merged, as a date of its own: "from August 25 to 31" (the day, in the
 * start's month), "from Aug. 26 to Oct. 20", "bought from Sept. 14 to Thursday", "this year through
 * August", read with the tense of the start.
 */
function rangeEnd(result: chrono.ParsedResult, record: DateRecord, ref: Date, tense: Tense): { end: DateRecord; cut: number } | null {
  const connector = [...record.text.matchAll(RANGE_CONNECTOR)].pop();
  if (!result.end || !connector) return null;
  const cut = connector.index!;
  const after = cut + connector[0].length;
  const base = { text: record.text.slice(after), start: record.start + after, end: record.end, relative: record.relative };
  if (result.end.isCertain("day")) {
    const value = `${result.end.get("year")}-${pad(result.end.get("month")!)}-${pad(result.end.get("day")!)}`;
    return { end: { ...base, value, granularity: "day" }, cut };
  }
  const again = CALENDAR_PARSER.parse(base.text, { instant: ref, timezone: 0 })[0];
  const end = again && again.index === 0 ? resolve(Object.assign(again, { index: base.start }), knownParts(again), ref, tense) : null;
  return end ? { end, cut } : null;
}

/**
 * "ABC's "This Week"", "This is VOA Today": a capitalised "This Week" or "Today" inside a sentence
 * names a programme or a paper, not a day.
 */
function isProgrammeTitle(text: string, result: chrono.ParsedResult): boolean {
  if (!/^(?:This Week|Today|Tonight)\b/.test(result.text)) return false;
  const previous = /([^\s"'“”‘’`])[\s"'“”‘’`]*$/.exec(text.slice(Math.max(0, result.index - 20), result.index))?.[1];
  return !!previous && !/[.!?:;(\[—–-]/.test(previous);
}

/**
 * chrono's merging reaches too far in three shapes, and the date alone is parsed again: a length of
 * time after a date ("22 February - five days", read as counted back from it), a find that runs over
 * a sentence end ("last year. This quarter"), and a part of the day before it ("night of Oct. 23").
 */
function trimmed(result: chrono.ParsedResult, ref: Date | null): chrono.ParsedResult {
  const tail = /\s*[-–—]\s*[^-–—]{1,30}$/.exec(result.text);
  const cut = tail && TIME_SPAN.test(tail[0]) ? tail.index : /[.!?]\s+(?=[A-Z])/.exec(result.text)?.index;
  const from = PART_OF_DAY_OF.exec(result.text)?.[0].length ?? 0;
  if (cut === undefined && !from) return result;
  const again = CALENDAR_PARSER.parse(result.text.slice(from, cut), { instant: ref ?? NO_REFERENCE, timezone: 0 })[0];
  if (!again) return result;
  return Object.assign(again, { index: again.index + result.index + from });
}

/** The parts of a date the text states (chrono's isCertain), as opposed to those implied by the reference. */
function knownParts(result: chrono.ParsedResult): Record<string, number> {
  const parts = ["day", "weekday", "month", "year"] as const;
  return Object.fromEntries(parts.filter((p) => result.start.isCertain(p)).map((p) => [p, result.start.get(p)!]));
}

type Tense = "past" | "future" | "present";

/**
 * The tense of the verb that governs a date: the nearest main verb before it in the sentence (else
 * the first after). A modal or "to" before that verb makes it future ("must be returned by Jan. 14",
 * "planned to leave on Thursday", "is expected to meet on Tuesday"); a past form makes it past
 * ("Cuba predicted Wednesday", even after an earlier "will" in the sentence).
 */
function tenseAt(doc: Doc, offset: number): Tense {
  const sentence = spanHolding(doc.sentences, offset, true);
  if (!sentence) return "present";
  const lookingBack = doc.text.slice(Math.max(0, offset - 30), offset);
  if (FORWARD_CUES.test(lookingBack)) return "future";
  const tokens = sentence.tokens;
  const previous = (t: Token) => tokens[t.index - tokens[0]!.index - 1]?.normal ?? "";
  // "shootings that injured doctors": compromise may read a past verb after "that" as an adjective.
  const relativePast = (t: Token) => /ed$/.test(t.normal) && /^(that|who|which)$/.test(previous(t));
  // A gerund without "is" or "was" opens a participle clause ("has fluctuated, rising to a high in
  // June from $29 in March"): the clause's tense is the main verb's.
  const bareGerund = (t: Token) => t.tags.has("Gerund") && !/^(is|are|am|was|were|be|been)$/.test(previous(t));
  // compromise tags the particle of a phrasal verb ("trading in Paris") as a verb; it has no tense.
  const particle = (t: Token) => t.tags.has("PhrasalVerb") && PARTICLE.test(t.normal);
  const isMain = (t: Token) => (t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Modal") && !bareGerund(t) && !particle(t)) || relativePast(t);
  const before = tokens.filter((t) => t.end <= offset && isMain(t)).pop();
  const verb = before ?? tokens.find((t) => t.start >= offset && isMain(t));
  if (!verb) return FUTURE_MARKERS.test(doc.text.slice(sentence.start, offset)) ? "future" : "present";
  const at = tokens.indexOf(verb);
  const lead = tokens.slice(Math.max(0, at - 3), at);
  const infinitive = lead[lead.length - 1]?.normal === "to" && !verb.tags.has("PastTense");
  // "staged celebrations to mark the entry on Friday": an infinitive of purpose after a past verb
  // tells of what happened; after a verb of planning ("planned to leave") it looks ahead.
  // "an agreement to acquire … in January" looks ahead whatever the tense.
  const governing = infinitive ? tokens.slice(0, at - 1).filter(isMain).pop() : undefined;
  const intention = infinitive && PLANNING_NOUNS.test(tokens[at - 2]?.normal ?? "");
  const purposeInPast = !!governing?.tags.has("PastTense") && !PLANNING_VERBS.test(governing.normal) && !intention;
  // "will", "shall" and "would" look ahead; "could", "may" and "must" do not ("could be located Wednesday").
  if (lead.some((t) => t.tags.has("Modal") && /^(will|shall|would|wo|'ll)$/.test(t.normal))) return "future";
  // "has scheduled a news conference Thursday": what is arranged lies ahead.
  // "postponed until Tuesday morning", "given until 9 a.m. Tuesday": the deadline lies ahead.
  const deferred = UNTIL.test(lookingBack) && DEFERRAL_VERBS.test(verb.normal);
  if ((infinitive && !purposeInPast) || SCHEDULING_VERBS.test(verb.normal) || deferred) return "future";
  if (purposeInPast) return "past";
  // A participle after "is", "are" or "be": "is expected in December", "to be published in early
  // November" look ahead; "the case is heard in May" is present.
  const passive = verb.tags.has("PastTense") && /^(is|are|am|be|being)$/.test(lead[lead.length - 1]?.normal ?? "");
  if (passive) return PLANNING_VERBS.test(verb.normal) || lead.some((t) => t.normal === "to") ? "future" : "present";
  // "the accession was planned for early March": what was arranged is still to come.
  if (/^(was|were)$/.test(lead[lead.length - 1]?.normal ?? "") && PLANNING_VERBS.test(verb.normal)) return "future";
  if (/\bsince\s+$/i.test(doc.text.slice(Math.max(0, offset - 7), offset))) return "past";
  if (verb.tags.has("PastTense") || relativePast(verb) || lead.some((t) => /^(has|have|had)$/.test(t.normal))) return "past";
  return "present";
}

/**
 * The words of a find that are the date: not a leading preposition ("on Friday"), trailing
 * punctuation or " of" ("March of"), nor the brackets chrono keeps round a weekday ("(on Friday)",
 * "EDT Thursday)").
 */
function dateText(found: string): string {
  return found.replace(/^\(/, "").replace(/^(on|in|at|by)\s+/i, "").replace(/[\s,.;:]+$/, "").replace(/ of$/i, "").replace(/^([^(]*)\)$/, "$1");
}

/** A chrono result as a record; "last December" arrives with tense "past". */
function resolve(result: chrono.ParsedResult, known: Record<string, number>, ref: Date | null, tense: Tense, lastBefore = ""): DateRecord | null {
  const text = dateText(result.text);
  const base = { text, start: result.index + result.text.indexOf(text), end: result.index + result.text.indexOf(text) + text.length };
  const date = result.start.date();
  const week = /\b(last|this|next|past|coming)\s+week\b/i.exec(text);
  if (week) {
    // On a Sunday, the last day of its ISO week, "will meet this week" means the week that starts tomorrow.
    const sundayAhead = ref?.getUTCDay() === 0 && tense === "future";
    const offset = /last|past/i.test(week[1]!) ? -1 : /next|coming/i.test(week[1]!) || sundayAhead ? 1 : 0;
    return ref ? { ...base, value: isoWeek(shift(ref, "week", offset)), granularity: "week", relative: true } : null;
  }
  // A year counts as stated only when the text writes it: chrono marks years of its stand-in day certain.
  const explicitYear = "year" in known && (!!ref || /\b\d{4}\b/.test(text));
  if (!ref && !explicitYear) return unanchored(base, known);
  // Refiners: the verb's tense, and "last", move a weekday or a yearless month to the right side of the reference.
  let shifted = date;
  const bareWeekday = "weekday" in known && !("day" in known) && !("month" in known);
  if (ref && bareWeekday && !/\b(next|last|this|coming)\b/i.test(result.text)) shifted = weekdayFrom(ref, known.weekday!, tense);
  else if (ref && !explicitYear) {
    const step = "weekday" in known && !("day" in known) ? "week" : "year";
    // A yearless day within six weeks of the article's date is in that year whatever the tense ("by Jan. 14" in early January).
    const nearby = step === "year" && "day" in known && Math.abs(shifted.getTime() - ref.getTime()) <= SIX_WEEKS_MS;
    // "last August" in an August article is the August before.
    const sameMonthLast = step === "year" && !("day" in known) && tense === "past" && /\blast\s+$/i.test(lastBefore) && shifted.getUTCMonth() === ref.getUTCMonth();
    // "for November transactions" in a November article is the month under way, whatever the tense.
    const monthUnderWay = step === "year" && !("day" in known) && !sameMonthLast && shifted.getUTCMonth() === ref.getUTCMonth();
    const wrongSide = !monthUnderWay && ((tense === "future" && shifted < ref) || (tense === "past" && (shifted > ref || sameMonthLast)));
    if (sameMonthLast) shifted = shift(shifted, "year", shifted.getUTCFullYear() >= ref.getUTCFullYear() ? ref.getUTCFullYear() - shifted.getUTCFullYear() - 1 : 0);
    else if (wrongSide && !nearby) shifted = shift(shifted, step, shifted < ref ? 1 : -1);
  }
  const relative = !explicitYear || RELATIVE_WORD.test(text);
  if ("day" in known || "weekday" in known) return { ...base, value: isoDay(shifted), granularity: "day", relative };
  if ("month" in known) return { ...base, value: isoMonth(shifted), granularity: "month", relative };
  return { ...base, value: String(shifted.getUTCFullYear()), granularity: "year", relative };
}

/**
 * An unmarked weekday: in a report of what happened the most recent one, the article's own day
 * included; in the future the next one; with no tense to tell, the nearer of the two.
 */
function weekdayFrom(ref: Date, weekday: number, tense: Tense): Date {
  const today = ref.getUTCDay();
  const ahead = (weekday - today + 7) % 7;
  const back = -((today - weekday + 7) % 7);
  const delta = tense === "future" ? ahead : tense === "past" ? back : ahead < -back ? ahead : back;
  const out = new Date(ref);
  out.setUTCDate(out.getUTCDate() + delta);
  return out;
}

/** Without a reference date the unknown parts stay unknown: "Wednesday" → XXXX-WXX-3, "June 19" → XXXX-06-19. */
function unanchored(base: { text: string; start: number; end: number }, known: Record<string, number>): DateRecord | null {
  if ("day" in known && "month" in known) return { ...base, value: `XXXX-${pad(known.month!)}-${pad(known.day!)}`, granularity: "day", relative: false };
  if ("month" in known) return { ...base, value: `XXXX-${pad(known.month!)}`, granularity: "month", relative: false };
  if ("weekday" in known) return { ...base, value: `XXXX-WXX-${known.weekday === 0 ? 7 : known.weekday}`, granularity: "day", relative: false };
  return null;
}

/** Refiner: where two finds overlap ("May 2022" and "2022"), the longer one stands. */
function dropOverlaps(records: DateRecord[]): DateRecord[] {
  const longestFirst = [...records].sort((a, b) => b.end - b.start - (a.end - a.start));
  // The kept spans never overlap, so in start order only the two beside a new span can touch it.
  const kept: DateRecord[] = [];
  for (const r of longestFirst) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < r.start) lo = mid + 1;
      else hi = mid;
    }
    const [before, after] = [kept[lo - 1], kept[lo]];
    if ((before && before.end > r.start) || (after && after.start < r.end)) continue;
    kept.splice(lo, 0, r);
  }
  return kept;
}
