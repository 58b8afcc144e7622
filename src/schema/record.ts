// The output contract. These zod schemas are the single source of truth: the TypeScript types
// below are inferred from them, every record is validated against them before it is written,
// and `newsx schema` prints their JSON Schema.
import { z } from "zod";

/** Offsets into `text` count code points, as Python, jq and spaCy slice; --offsets utf16 gives JavaScript string indices. */
const offset = z.number().int().nonnegative().describe("offset into `text` in code points (UTF-16 code units with --offsets utf16)");

export const MentionSchema = z.object({
  start: offset.describe("offset of the first character in `text`, in code points (UTF-16 code units with --offsets utf16)"),
  end: offset.describe("offset after the last character in `text`, in the same unit"),
  text: z.string(),
});

export const MetaSchema = z.object({
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  published: z.string().nullable().describe("ISO 8601 date or date-time of publication"),
  dateline: z.string().nullable().describe('place of the dateline, e.g. "SEOUL"'),
  language: z.string().describe("ISO 639-1 code, or und when unknown"),
});

export const PersonVia = z
  .enum(["name", "part of name", "surname near", "surname most named"])
  .describe(
    "why the mention is this person's: the name or a spelling of it; part of the one longer name that holds it (\"Donald Trump\" of \"Donald J. Trump\"; a given name alone, \"Maria\" of \"Maria Lopez\", once she is named); a lone surname, of the person of that surname named last in this or the previous paragraph, or else of the one named most",
  );

export const PersonSchema = z.object({
  id: z.string(),
  key: z.string().describe('the same in every record for the same name, to join records: "fumio-kishida"'),
  name: z.string().describe("full name, without titles"),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  country: z.string().length(2).nullable().describe("ISO 3166-1 alpha-2 of the person's nationality"),
  mentions: z.array(MentionSchema.extend({ via: PersonVia })),
  byline: z
    .literal(true)
    .optional()
    .describe("present when the article's byline names this person (one of `meta.authors`); the byline is not in `text`, so a byline alone gives no mention"),
});

export const OrganizationSchema = z.object({
  id: z.string(),
  key: z.string().describe('the same in every record for the same name, to join records: "paris-club"'),
  name: z.string().describe('the name as the article first gives it in full: "International Monetary Fund", "creditor banks"'),
  aliases: z.array(z.string()).describe('other names the article gives it: "IMF"'),
  mentions: z.array(MentionSchema),
});

export const CountryVia = z.enum(["name", "alias", "demonym", "capital"]);

export const CountrySchema = z.object({
  code: z.string().length(2).describe("ISO 3166-1 alpha-2"),
  name: z.string(),
  mentions: z.array(MentionSchema.extend({ via: CountryVia })),
});

export const Granularity = z.enum(["time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century", "reference"]);

export const DateSchema = z.object({
  text: z.string(),
  value: z
    .string()
    .describe("ISO 8601 with X for unknown parts: 2024-07-10, 2024-07, 2024-W28, 2024-W28-WE (a weekend), 1989-Q3, 1989-H2 (a half year), 19 (the 20th century), with --dates timeml 2000-04-04T09:00 (a clock time before a day), 2023-SU, XXXX-06-19; with --dates timeml also PRESENT_REF, PAST_REF, FUTURE_REF (granularity reference)"),
  granularity: Granularity,
  start: offset,
  end: offset,
  relative: z.boolean().describe("true when the value was resolved against the reference date"),
});

export const SpeakerKind = z.enum(["person", "organization", "document", "anonymous"]);

export const QuoteSchema = z.object({
  text: z.string(),
  speaker: z
    .object({
      name: z.string(),
      personId: z.string().nullable(),
      organizationId: z.string().nullable().describe("the organization's id, for an organization"),
      key: z.string().nullable().describe("the person or organization key"),
      kind: SpeakerKind,
    })
    .nullable(),
  cue: z.string().nullable().describe('the attribution verb or phrase: "said", "according to", "it reads"'),
  partial: z.boolean().describe("a fragment woven into the reporter's sentence"),
  start: offset,
  end: offset,
});

export const MeetingKind = z.enum(["talks", "summit", "call", "visit", "meal", "meeting"]);
export const MeetingStatus = z.enum(["held", "planned", "possible"]);

export const MeetingSchema = z.object({
  participants: z.array(
    z.object({
      kind: z.enum(["person", "country", "organization"]).describe("what the side is: a person (personId, key), a country (country), or an organisation or group named by its name or a noun phrase"),
      name: z.string().nullable(),
      personId: z.string().nullable(),
      organizationId: z.string().nullable().describe("the organization's id, for an organization"),
      key: z.string().nullable().describe("the person or organization key"),
      country: z.string().length(2).nullable(),
      role: z.string().nullable(),
    }),
  ),
  kind: MeetingKind,
  status: MeetingStatus,
  date: z
    .object({ text: z.string(), value: z.string() })
    .nullable()
    .describe("the words that date the meeting and their ISO value; a meeting held and told without a date has the article's own date and empty text"),
  location: z.string().nullable(),
  evidence: MentionSchema,
});

export const DroppedLineSchema = z.object({
  line: z.number().int().positive().describe("1-based line number in the raw input"),
  text: z.string(),
  reason: z.string(),
});

export const EditedLineSchema = z.object({
  line: z.number().int().positive().describe("1-based line number in the raw input"),
  text: z.string().describe("the raw line"),
  kept: z.string().describe("what the body keeps of it"),
  reason: z.string(),
});

export const ArticleRecordSchema = z.object({
  source: z.string(),
  id: z.string().optional().describe("the id of a JSONL input line"),
  meta: MetaSchema,
  text: z.string().optional().describe("the normalized body; all offsets refer to it (left out with --no-text)"),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema).describe("companies, institutions and groups: each named once however the article writes it, the sides and speakers that are organisations point to one"),
  countries: z.array(CountrySchema),
  dates: z.array(DateSchema),
  quotes: z.array(QuoteSchema),
  meetings: z.array(MeetingSchema),
  dropped: z.array(DroppedLineSchema).describe("raw lines the normalizer removed, and why"),
  edited: z.array(EditedLineSchema).describe("kept lines from which the normalizer removed stray words"),
  warnings: z.array(z.string()).optional(),
});

export const ErrorCode = z.enum([
  "not_found",
  "unreadable",
  "empty",
  "binary",
  "encoding",
  "too_large",
  "symlink_loop",
  "bad_input",
  "timeout",
  "internal",
]);

export const ErrorRecordSchema = z.object({
  source: z.string(),
  id: z.string().optional(),
  error: z.object({ code: ErrorCode, message: z.string() }),
});

export const OutputRecordSchema = z.union([ArticleRecordSchema, ErrorRecordSchema]);

export type Mention = z.infer<typeof MentionSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type PersonMention = Person["mentions"][number];
export type Organization = z.infer<typeof OrganizationSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type DateRecord = z.infer<typeof DateSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type DroppedLine = z.infer<typeof DroppedLineSchema>;
export type EditedLine = z.infer<typeof EditedLineSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
export type OutputRecord = z.infer<typeof OutputRecordSchema>;
export type ErrorCodeName = z.infer<typeof ErrorCode>;


/** The JSON Schema of one output line, generated from the zod schemas above. */
export function outputJsonSchema(): object {
  return {
    title: "newsx output record",
    ...z.toJSONSchema(OutputRecordSchema, { target: "draft-2020-12" }),
  };
}
