// The reduce step of the corpus view: records in, one entry per person, organisation, pair of
// sides and country out. What it holds grows with the number of distinct people, pairs and countries; quotes, which
// grow with the records, go to a sink as they are read (a file, for the writers to stream back).
import { z } from "zod";
import { personKey } from "../extract/people/key.js";
import type { CorpusCountry, CorpusMeeting, CorpusOrganization, CorpusPerson, CorpusQuote, CorpusSide, MeetingReport } from "../schema/corpus.js";

/** What the corpus reads of a record: enough to check its shape, not a full validation. */
const InputRecord = z.union([
  z.object({ source: z.string(), error: z.object({ code: z.string(), message: z.string() }) }),
  z.object({
    source: z.string(),
    id: z.string().optional(),
    meta: z.object({ title: z.string().nullable(), published: z.string().nullable() }),
    people: z.array(z.object({ key: z.string().optional(), name: z.string(), aliases: z.array(z.string()), country: z.string().nullable(), mentions: z.array(z.unknown()), byline: z.literal(true).optional() })),
    // Records made before organisations were records of their own have none.
    organizations: z.array(z.object({ key: z.string(), name: z.string(), aliases: z.array(z.string()), mentions: z.array(z.unknown()) })).optional(),
    countries: z.array(z.object({ code: z.string(), name: z.string(), mentions: z.array(z.unknown()) })),
    quotes: z.array(
      z.object({
        text: z.string(),
        cue: z.string().nullable(),
        speaker: z.object({ name: z.string(), key: z.string().nullable().optional(), kind: z.string() }).nullable(),
      }),
    ),
    meetings: z.array(
      z.object({
        participants: z.array(
          z.object({
            kind: z.enum(["person", "country", "organization"]).optional(),
            name: z.string().nullable(),
            key: z.string().nullable().optional(),
            personId: z.string().nullable(),
            country: z.string().nullable(),
          }),
        ),
        kind: z.string(),
        status: z.enum(["held", "planned", "possible"]),
        date: z.object({ value: z.string() }).nullable(),
        location: z.string().nullable(),
      }),
    ),
    dropped: z.array(z.object({ line: z.number(), text: z.string(), reason: z.string() })),
  }),
]);
type InputRecord = z.infer<typeof InputRecord>;
type ArticleInput = Exclude<InputRecord, { error: unknown }>;

/** One article's quotes and the lines its normalizer dropped, as the sink receives them. */
export interface ArticleQuotes {
  article: string;
  title: string | null;
  quotes: CorpusQuote[];
  dropped: { line: number; text: string; reason: string }[];
}

interface PersonTally {
  names: Map<string, number>;
  countries: Map<string, number>;
  articles: number;
  mentions: number;
  quotes: number;
  first: string | null;
  last: string | null;
}

interface OrganizationTally {
  names: Map<string, number>;
  articles: number;
  mentions: number;
  quotes: number;
}

interface CountryTally {
  name: string;
  articles: number;
  mentions: number;
  months: Map<string, { articles: number; mentions: number }>;
}

const MAX_ALIASES = 20;

/**
 * A meeting pairs at most this many sides: every pair of a meeting of n sides is n(n-1)/2 rows, so
 * a record with thousands of sides (a summit's guest list, or a hostile record) would fill memory.
 */
export const MAX_PAIRED_SIDES = 20;

export class CorpusAggregator {
  records = 0;
  readonly errors: { source: string; code: string; message: string }[] = [];
  private readonly people = new Map<string, PersonTally>();
  private readonly pairs = new Map<string, { a: CorpusSide; b: CorpusSide; reports: MeetingReport[] }>();
  private readonly countries = new Map<string, CountryTally>();
  private readonly organizations = new Map<string, OrganizationTally>();

  constructor(private readonly sink: (article: ArticleQuotes) => void) {}

  /** One input line: a record, or something that is not one (counted as an error, never fatal). */
  addLine(line: string, where: string): void {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return this.badLine(where, "not JSON");
    }
    this.addRecord(value, where);
  }

  /** One record as a value (the library's corpus() takes objects): checked for its shape, then counted. */
  addRecord(value: unknown, where: string): void {
    const parsed = InputRecord.safeParse(value);
    if (!parsed.success) return this.badLine(where, "not a newsx record");
    this.records++;
    if ("error" in parsed.data) return void this.errors.push({ source: parsed.data.source, ...parsed.data.error });
    this.addArticle(parsed.data);
  }

  /** A line that is no record (not JSON, not a record's shape, over the size limit): counted, listed. */
  badLine(where: string, message: string): void {
    this.records++;
    this.errors.push({ source: where, code: "bad_line", message });
  }

  private addArticle(record: ArticleInput): void {
    const article = record.id ?? record.source;
    const day = /^\d{4}-\d{2}-\d{2}/.exec(record.meta.published ?? "")?.[0] ?? null;
    const seen = new Set<string>();
    for (const p of record.people) {
      // The corpus is about who is in the news: a reporter named only in the byline is not.
      if (p.byline && !p.mentions.length) continue;
      const key = p.key ?? personKey(p.name);
      const tally = this.person(key);
      if (!seen.has(key)) {
        seen.add(key);
        tally.articles++;
        if (day && (!tally.first || day < tally.first)) tally.first = day;
        if (day && (!tally.last || day > tally.last)) tally.last = day;
      }
      tally.mentions += p.mentions.length;
      for (const name of [p.name, ...p.aliases]) if (tally.names.has(name) || tally.names.size < MAX_ALIASES + 1) tally.names.set(name, (tally.names.get(name) ?? 0) + (name === p.name ? 1 : 0));
      if (p.country) tally.countries.set(p.country, (tally.countries.get(p.country) ?? 0) + 1);
    }
    this.addOrganizations(record);
    const quotes: CorpusQuote[] = record.quotes.map((q) => {
      const key = q.speaker?.kind === "person" ? (q.speaker.key ?? personKey(q.speaker.name)) : null;
      if (key) this.person(key).quotes++;
      const organization = q.speaker?.kind === "organization" && q.speaker.key ? this.organizations.get(q.speaker.key) : undefined;
      if (organization) organization.quotes++;
      return { speaker: key, name: q.speaker?.name ?? null, date: day, article, text: q.text, cue: q.cue };
    });
    if (quotes.length) this.sink({ article, title: record.meta.title, quotes, dropped: record.dropped });
    for (const m of record.meetings) this.addMeeting(m, article, day);
    this.addCountries(record, day);
  }

  private person(key: string): PersonTally {
    let tally = this.people.get(key);
    if (!tally) this.people.set(key, (tally = { names: new Map(), countries: new Map(), articles: 0, mentions: 0, quotes: 0, first: null, last: null }));
    return tally;
  }

  private addMeeting(m: ArticleInput["meetings"][number], article: string, day: string | null): void {
    const sides = [...new Map(m.participants.map(sideOf).map((s) => [s.key, s])).values()];
    if (sides.length > MAX_PAIRED_SIDES) {
      // Listed among the errors, so the output says which article's meeting was cut.
      this.errors.push({ source: article, code: "too_many_sides", message: `a meeting of ${sides.length} sides: only the first ${MAX_PAIRED_SIDES} are paired` });
      sides.length = MAX_PAIRED_SIDES;
    }
    const report: MeetingReport = { article, date: m.date?.value ?? day, place: m.location, status: m.status, kind: m.kind };
    for (const [i, a] of sides.entries())
      for (const b of sides.slice(i + 1)) {
        const [x, y] = a.key < b.key ? [a, b] : [b, a];
        const id = `${x.key}\t${y.key}`;
        const pair = this.pairs.get(id) ?? { a: x, b: y, reports: [] };
        this.pairs.set(id, pair);
        // Two meetings of the same pair in one article are two reports only when they differ.
        if (!pair.reports.some((r) => r.article === article && r.date === report.date && r.status === report.status)) pair.reports.push(report);
      }
  }

  private addOrganizations(record: ArticleInput): void {
    for (const o of record.organizations ?? []) {
      let tally = this.organizations.get(o.key);
      if (!tally) this.organizations.set(o.key, (tally = { names: new Map(), articles: 0, mentions: 0, quotes: 0 }));
      tally.articles++;
      tally.mentions += o.mentions.length;
      for (const name of [o.name, ...o.aliases]) if (tally.names.has(name) || tally.names.size < MAX_ALIASES + 1) tally.names.set(name, (tally.names.get(name) ?? 0) + (name === o.name ? 1 : 0));
    }
  }

  private addCountries(record: ArticleInput, day: string | null): void {
    const month = day?.slice(0, 7) ?? "unknown";
    for (const c of record.countries) {
      const tally = this.countries.get(c.code) ?? { name: c.name, articles: 0, mentions: 0, months: new Map() };
      this.countries.set(c.code, tally);
      tally.articles++;
      tally.mentions += c.mentions.length;
      const inMonth = tally.months.get(month) ?? { articles: 0, mentions: 0 };
      tally.months.set(month, inMonth);
      inMonth.articles++;
      inMonth.mentions += c.mentions.length;
    }
  }

  /**
   * Keys that name the same person: "george-w-bush" and "george-bush" (a middle initial dropped)
   * are one, under the key more articles use; a key that is only a surname ("blair", from an
   * article that never gives the full name) is the person of the one full name that ends in it, or
   * of the one that articles name three times as often as any other; otherwise it stays apart.
   */
  canonicalKeys(): Map<string, string> {
    const articles = (key: string) => this.people.get(key)!.articles;
    const mostNamed = (keys: string[]) => [...keys].sort((a, b) => articles(b) - articles(a) || b.length - a.length || a.localeCompare(b));
    const byFullName = new Map<string, string[]>();
    for (const key of this.people.keys()) {
      const full = key.split("-").filter((part, i, parts) => part.length > 1 || i === 0 || i === parts.length - 1).join("-");
      byFullName.set(full, [...(byFullName.get(full) ?? []), key]);
    }
    const canonical = new Map<string, string>();
    const bySurname = new Map<string, string[]>();
    for (const keys of byFullName.values()) {
      const [main] = mostNamed(keys);
      for (const key of keys) canonical.set(key, main!);
      if (main!.includes("-")) {
        const surname = main!.slice(main!.lastIndexOf("-") + 1);
        bySurname.set(surname, [...(bySurname.get(surname) ?? []), main!]);
      }
    }
    for (const key of this.people.keys()) {
      const [first, second] = key.includes("-") ? [] : mostNamed(bySurname.get(key) ?? []);
      if (first && (!second || articles(first) >= 3 * articles(second))) canonical.set(key, first);
    }
    return canonical;
  }

  /** The people, organisations, pairs and countries, merged under canonical keys and ranked. */
  result(canonical = this.canonicalKeys()): { people: CorpusPerson[]; organizations: CorpusOrganization[]; meetings: CorpusMeeting[]; countries: CorpusCountry[] } {
    return { people: this.peopleResult(canonical), organizations: this.organizationsResult(), meetings: this.meetingsResult(canonical), countries: this.countriesResult() };
  }

  private organizationsResult(): CorpusOrganization[] {
    return [...this.organizations]
      .map(([key, t]) => {
        const names = [...t.names].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length);
        return { key, name: names[0]?.[0] ?? key, aliases: names.slice(1, MAX_ALIASES + 1).map(([n]) => n), articles: t.articles, mentions: t.mentions, quotes: t.quotes };
      })
      .sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.key.localeCompare(y.key));
  }

  private peopleResult(canonical: Map<string, string>): CorpusPerson[] {
    const merged = new Map<string, PersonTally>();
    for (const [key, tally] of this.people) {
      const into = canonical.get(key)!;
      const target = merged.get(into);
      merged.set(into, target ? mergeTallies(target, tally) : tally);
    }
    return [...merged]
      .map(([key, t]) => {
        const names = [...t.names].sort((x, y) => y[1] - x[1] || y[0].split(" ").length - x[0].split(" ").length);
        return {
          key,
          name: names[0]?.[0] ?? key,
          aliases: names.slice(1, MAX_ALIASES + 1).map(([n]) => n),
          countries: [...t.countries].sort((x, y) => y[1] - x[1]).map(([c]) => c),
          articles: Math.max(1, t.articles),
          mentions: t.mentions,
          quotes: t.quotes,
          first: t.first,
          last: t.last,
        };
      })
      .sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.key.localeCompare(y.key));
  }

  private meetingsResult(canonical: Map<string, string>): CorpusMeeting[] {
    const merged = new Map<string, CorpusMeeting>();
    const side = (s: CorpusSide): CorpusSide => (s.kind === "person" ? { ...s, key: canonical.get(s.key) ?? s.key } : s);
    for (const pair of this.pairs.values()) {
      const [a, b] = [side(pair.a), side(pair.b)].sort((x, y) => x.key.localeCompare(y.key)) as [CorpusSide, CorpusSide];
      if (a.key === b.key) continue;
      const id = `${a.key}\t${b.key}`;
      const into = merged.get(id);
      if (into) into.reports.push(...pair.reports);
      else merged.set(id, { a, b, reports: [...pair.reports] });
    }
    return [...merged.values()].sort((x, y) => y.reports.length - x.reports.length || `${x.a.key}${x.b.key}`.localeCompare(`${y.a.key}${y.b.key}`));
  }

  private countriesResult(): CorpusCountry[] {
    return [...this.countries]
      .map(([code, t]) => ({
        code,
        name: t.name,
        articles: t.articles,
        mentions: t.mentions,
        months: [...t.months].sort((x, y) => x[0].localeCompare(y[0])).map(([month, n]) => ({ month, ...n })),
      }))
      .sort((x, y) => y.articles - x.articles || x.code.localeCompare(y.code));
  }
}

/** A meeting side as the corpus joins it; records older than the side's `kind` are read by their fields. */
function sideOf(p: ArticleInput["meetings"][number]["participants"][number]): CorpusSide {
  const name = p.name ?? p.country ?? "?";
  const kind = p.kind ?? (p.personId || p.key ? "person" : p.country ? "country" : "organization");
  if (kind === "person") return { key: p.key ?? personKey(name), name, kind };
  if (kind === "country" && p.country) return { key: `country:${p.country}`, name, kind };
  return { key: `org:${p.key ?? personKey(name)}`, name, kind: "organization" };
}

function mergeTallies(into: PersonTally, from: PersonTally): PersonTally {
  for (const [n, c] of from.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
  for (const [n, c] of from.countries) into.countries.set(n, (into.countries.get(n) ?? 0) + c);
  into.articles += from.articles;
  into.mentions += from.mentions;
  into.quotes += from.quotes;
  into.first = [into.first, from.first].filter(Boolean).sort()[0] ?? null;
  into.last = [into.last, from.last].filter(Boolean).sort().pop() ?? null;
  return into;
}
