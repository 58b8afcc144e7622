// The extractors, in order: each stage reads the parsed document and the records of the stages
// before it (quotes need people; meetings need people, countries and dates).
import type { Article } from "../normalize/index.js";
import type { Doc } from "../nlp/doc.js";
import type { Country, DateRecord, Meeting, Person, Quote } from "../schema/record.js";
import { findCountryMentions, groupCountries } from "./countries/index.js";
import { extractDates, type DateStyle } from "./dates/index.js";
import { extractMeetings } from "./meetings/index.js";
import { extractPeople } from "./people/index.js";
import { extractQuotes } from "./quotes/index.js";

export interface Extraction {
  people: Person[];
  countries: Country[];
  dates: DateRecord[];
  quotes: Quote[];
  meetings: Meeting[];
}

export interface ExtractInput {
  article: Article;
  doc: Doc;
  /** YYYY-MM-DD the relative dates are resolved against, or null when none is known. */
  referenceDate: string | null;
  dateStyle?: DateStyle;
}

export function extractAll({ article, doc, referenceDate, dateStyle }: ExtractInput): Extraction {
  const skipBefore = article.datelineEnd;
  const countryHits = findCountryMentions(article.text, skipBefore);
  const people = extractPeople({ doc, countries: countryHits, skipBefore });
  const countries = groupCountries(countryHits);
  const dates = extractDates({ doc, referenceDate, style: dateStyle });
  const quotes = extractQuotes(doc, people);
  // A meeting is dated by the calendar, not by "now" or "recently".
  const calendarDates = dates.filter((d) => d.granularity !== "reference");
  const meetings = extractMeetings({ doc, people, countries, dates: calendarDates, quotes, referenceDate, skipBefore, dateline: article.meta.dateline });
  return { people, countries, dates, quotes, meetings };
}
