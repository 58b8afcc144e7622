// The extractors, in order: each stage reads the parsed document and the records of the stages
// before it (quotes need people and organisations; meetings need them, countries and dates).
import type { Article } from "../normalize/index.js";
import type { Doc } from "../nlp/doc.js";
import type { Country, DateRecord, Meeting, Organization, Person, Quote } from "../schema/record.js";
import { findCountryMentions, groupCountries } from "./countries/index.js";
import type { CountryHit } from "./countries/lookup.js";
import { spanHolding } from "./spans.js";
import { extractDates, type DateStyle } from "./dates/index.js";
import { extractMeetings } from "./meetings/index.js";
import { extractOrganizations } from "./organizations/index.js";
import { withBylinePeople } from "./people/bylines.js";
import { extractPeople } from "./people/index.js";
import { extractQuotes } from "./quotes/index.js";

export interface Extraction {
  people: Person[];
  organizations: Organization[];
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
  // The entities: people, then the organisations that are neither a person nor a country.
  const people = extractPeople({ doc, countries: countryHits, skipBefore });
  // "Benito Santiago", "Jack London": a capital inside a person's name is no mention of its country.
  const personMentions = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const inName = (h: CountryHit) => (spanHolding(personMentions, h.start)?.end ?? -1) >= h.end;
  const countries = groupCountries(countryHits.filter((h) => !inName(h)));
  const organizations = extractOrganizations(doc, people, countries, skipBefore);
  const dates = extractDates({ doc, referenceDate, style: dateStyle });
  const quotes = extractQuotes(doc, people, organizations);
  // A speaker may have added a mention, or an organisation of its own: mentions go in text order.
  for (const o of organizations) o.mentions.sort((a, b) => a.start - b.start);
  // A meeting is dated by the calendar, not by "now" or "recently".
  const calendarDates = dates.filter((d) => d.granularity !== "reference");
  const published = article.meta.published?.slice(0, 10) ?? null;
  const meetings = extractMeetings({ doc, people, organizations, countries, dates: calendarDates, quotes, referenceDate, published, skipBefore, dateline: article.meta.dateline });
  // A wire story's byline: a name alone right above its dateline ("WARSAW 1996-03-14").
  const datelineAt = new Set(article.dropped.filter((d) => d.reason === "dateline").map((d) => d.line));
  const namedAlone = new Set(article.dropped.filter((d) => d.reason === "byline" && datelineAt.has(d.line + 1)).map((d) => d.text.trim()));
  return { people: withBylinePeople(people, article.meta.authors, namedAlone), organizations, countries, dates, quotes, meetings };
}
