// The corpus view's contract: what `newsx corpus` makes of many records. Like the record schema,
// these zod schemas are the single source of truth for its JSON, its CSV columns and its
// JSON Schema (`newsx schema --corpus`).
import { z } from "zod";

const isoDay = z.string().nullable().describe("YYYY-MM-DD, from the articles' publication dates; null when none states one");

export const CorpusPersonSchema = z.object({
  key: z.string().describe("the person key of the records"),
  name: z.string().describe("the full name the articles use most"),
  aliases: z.array(z.string()).describe("other names and spellings the articles use, at most 20"),
  countries: z.array(z.string().length(2)).describe("nationalities the articles give, most often given first"),
  articles: z.number().int().positive(),
  mentions: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
  first: isoDay,
  last: isoDay,
});

export const CorpusOrganizationSchema = z.object({
  key: z.string().describe("the organization key of the records"),
  name: z.string().describe("the name the articles use most"),
  aliases: z.array(z.string()).describe("other names the articles use (an acronym), at most 20"),
  articles: z.number().int().positive(),
  mentions: z.number().int().nonnegative(),
  quotes: z.number().int().nonnegative(),
});

export const CorpusSideSchema = z.object({
  key: z.string().describe('a person key, "country:XX" or "org:" and an organization key'),
  name: z.string(),
  kind: z.enum(["person", "country", "organization"]),
});

export const MeetingReportSchema = z.object({
  article: z.string().describe("the record's id, or its source"),
  date: z.string().nullable().describe("the meeting's date, else the article's publication date"),
  place: z.string().nullable(),
  status: z.enum(["held", "planned", "possible"]),
  kind: z.string(),
});

export const CorpusMeetingSchema = z.object({
  a: CorpusSideSchema,
  b: CorpusSideSchema,
  reports: z.array(MeetingReportSchema).describe("every article that reports the pair meeting; one meeting told by three articles has three"),
});

export const CorpusQuoteSchema = z.object({
  speaker: z.string().nullable().describe("the speaker's person key; null for an organization, a document or an unnamed source"),
  name: z.string().nullable().describe("the speaker as named"),
  date: isoDay,
  article: z.string(),
  text: z.string(),
  cue: z.string().nullable(),
});

export const CorpusCountrySchema = z.object({
  code: z.string().length(2),
  name: z.string(),
  articles: z.number().int().positive(),
  mentions: z.number().int().nonnegative(),
  months: z
    .array(z.object({ month: z.string().describe('YYYY-MM, or "unknown" for articles without a date'), articles: z.number().int(), mentions: z.number().int() }))
    .describe("per month of publication, oldest first"),
});

export const CorpusSchema = z.object({
  records: z.number().int().nonnegative().describe("records read, error records included"),
  errors: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })).describe("error records and unreadable input lines"),
  people: z.array(CorpusPersonSchema).describe("ranked by articles"),
  organizations: z.array(CorpusOrganizationSchema).describe("ranked by articles"),
  meetings: z.array(CorpusMeetingSchema).describe("one per pair of sides, ranked by reports"),
  quotes: z.array(CorpusQuoteSchema),
  countries: z.array(CorpusCountrySchema).describe("ranked by articles"),
});

export type CorpusPerson = z.infer<typeof CorpusPersonSchema>;
export type CorpusOrganization = z.infer<typeof CorpusOrganizationSchema>;
export type CorpusSide = z.infer<typeof CorpusSideSchema>;
export type MeetingReport = z.infer<typeof MeetingReportSchema>;
export type CorpusMeeting = z.infer<typeof CorpusMeetingSchema>;
export type CorpusQuote = z.infer<typeof CorpusQuoteSchema>;
export type CorpusCountry = z.infer<typeof CorpusCountrySchema>;
export type Corpus = z.infer<typeof CorpusSchema>;

export function corpusJsonSchema(): object {
  return { title: "newsx corpus", ...z.toJSONSchema(CorpusSchema, { target: "draft-2020-12" }) };
}
