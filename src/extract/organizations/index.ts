// Organisations: the companies, institutions and groups an article names, each once with all its
// mentions, beside the people. Quotes and meetings resolve a speaker or a side that is an
// organisation to one of these records, so "the International Monetary Fund", its "(IMF)" and a
// later "IMF" are one organisation however they are written.
import { COMPANY_TRADE_WORDS, CORPORATE_SUFFIXES, DOCUMENT_NAME_WORDS, FIRMS_NAMED_LIKE_PEOPLE, FOREIGN_BODY_WORDS, isLegalForm, NAME_PARTICLES, ORGANISATION_DESCRIPTORS, ORGANISATION_WORDS, PERSON_TAGS, QUALIFYING_TITLE_WORDS, TITLE_WORDS, UNION_NAME_WORDS } from "../../data/people.js";
import { GROUP_SIDE_NOUNS, MEETING_VERBS } from "../../data/meetings.js";
import { ENGLISH_STOPWORDS } from "../../data/stopwords.js";
import { THING_NOUNS } from "../../data/thing-nouns.js";
import { lexiconTag, type Doc, type Token } from "../../nlp/doc.js";
import type { Country, Organization, Person } from "../../schema/record.js";
import { personKey } from "../people/key.js";
import { LONGEST_NAME, startingIn, wordOccurrences } from "../spans.js";

/** A person's or a country's mention, found before the organisations: no organisation's name. */
interface NameSpan {
  start: number;
  end: number;
  person: boolean;
}

/** One mention of an organisation, with the name it stands for ("LSE" for "London Stock Exchange"). */
interface OrgMention {
  start: number;
  end: number;
  name: string;
}

/**
 * Every organisation the article names after its dateline (`skipBefore`), in order of first
 * mention, each with its mentions in text order. A mention is the name without a possessive; the
 * other names a body goes by ("IMF" for "International Monetary Fund") are its aliases.
 */
export function extractOrganizations(doc: Doc, people: Person[], countries: Country[], skipBefore = 0): Organization[] {
  const taken: NameSpan[] = [
    ...people.flatMap((p) => p.mentions.map((m) => ({ start: m.start, end: m.end, person: true }))),
    ...countries.flatMap((c) => c.mentions.map((m) => ({ start: m.start, end: m.end, person: false }))),
  ].sort((a, b) => a.start - b.start);
  const byName = new Map<string, Organization>();
  for (const m of findOrganisations(doc, taken)) {
    if (m.start < skipBefore) continue;
    let org = byName.get(m.name) ?? [...byName.values()].find((o) => withoutCorporateSuffix(o.name) === m.name || initialsOf(o.name) === m.name);
    if (!org) byName.set(m.name, (org = { id: `organization-${byName.size + 1}`, key: personKey(m.name), name: m.name, aliases: [], mentions: [] }));
    const end = m.end - (/['’]s$/.exec(doc.text.slice(m.start, m.end))?.[0].length ?? 0);
    const text = doc.text.slice(m.start, end);
    // "the NATO summit" is a mention of NATO, not another name of it.
    if (text !== org.name && !org.aliases.includes(text) && !/(?:^|\s)\p{Ll}/u.test(text)) org.aliases.push(text);
    org.mentions.push({ start: m.start, end, text });
  }
  return [...byName.values()];
}

/**
 * "WEDGE Group Inc" → "WEDGE", "Teck Corp" → "Teck", "Alpha and Co Ltd of Ruritania" → "Alpha": the
 * name a company is called by after its formal name, which may end in its seat after "of".
 */
function withoutCorporateSuffix(name: string): string {
  const words = name.split(/\s+/);
  const seat = words.lastIndexOf("of");
  if (seat > 1 && isSuffix(words[seat - 1]!)) words.length = seat;
  while (words.length > 1 && isSuffix(words[words.length - 1]!)) words.pop();
  if (words.length > 1 && /^(?:and|&)$/.test(words[words.length - 1]!)) words.pop();
  return words.join(" ");
}
const isSuffix = (word: string) => CORPORATE_SUFFIXES.has(word.toLowerCase().replace(/\.$/, ""));

/**
 * "Piedmont Aviation Inc" → "Piedmont", "Standard Oil Co" → "Standard": the first word of a
 * company's name of several words before its corporate suffix, unless the article uses that word
 * in lower case too ("a new standard") or it is a function word.
 */
function shortNameOf(text: string, name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || !isSuffix(words[words.length - 1]!)) return null;
  const first = words[0]!;
  const lower = first.toLowerCase();
  // ("AlphaCorp Holdings Ltd" goes by "AlphaCorp": a capital inside the word is part of the name.)
  if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*$/u.test(first) || first.length < 3 || withoutCorporateSuffix(name) === first || ENGLISH_STOPWORDS.has(lower) || TITLE_WORDS.has(lower)) return null;
  return new RegExp(String.raw`\b${lower}\b`).test(text) ? null : first;
}

/** "American Medical International Inc" → "AMI": the capitals of a name's words, its corporate suffix left off (none for a name of one word). */
function initialsOf(name: string): string | null {
  const words = withoutCorporateSuffix(name).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join("") : null;
}

/** "Soviet-led", "Houston-based": the second half of a compound that says who leads a body or where it is. */
export const LEADER_COMPOUND = "(?:led|based|owned|backed|controlled)";
const LEADER_WORD = new RegExp(`^${LEADER_COMPOUND}$`);

const FUNCTION_WORD_TAGS = ["Determiner", "Conjunction", "Preposition", "Adverb"];
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Date") && !t.tags.has("Pronoun");

/**
 * Organisations that can meet: a run of capitalised words that is no person or country, that
 * compromise tags as an organisation or that ends in a word for a body ("London Stock Exchange",
 * "Chamber of Economy"), or an acronym ("LSE", "PLO"). An acronym in brackets after a name
 * stands for it. A name introduced once as a body ("UK bank Barclays") is one everywhere in the
 * article ("Barclays had held talks").
 */
function findOrganisations(doc: Doc, taken: NameSpan[]): OrgMention[] {
  const runs = coordinatedBodies(doc.text, joinedByAnd(doc.text, spelledByAcronym(doc.text, capitalisedRuns(doc, taken))));
  const aliases = new Map<string, string>();
  const names = new Set(runs.filter((r) => r.isBody).map((r) => r.name));
  // "Piedmont Aviation Inc", then "talks with Piedmont" or "Piedmont Aviation said": a company goes
  // by its name without its suffix, or by the first word of its name.
  const shortNames = new Map(runs.filter((r) => r.isBody && !r.demonym).flatMap((r) => {
    const short = shortNameOf(doc.text, r.name);
    const bare = withoutCorporateSuffix(r.name);
    return [...(short ? [[short, r.name] as const] : []), ...(bare !== r.name ? [[bare, r.name] as const] : [])];
  }));
  const out: OrgMention[] = [];
  for (const run of runs) {
    const shortFor = shortNames.get(run.name);
    if (shortFor) {
      out.push({ start: run.start, end: run.end, name: shortFor });
      continue;
    }
    if (!run.isBody && !names.has(run.name)) continue;
    const bracketed = BRACKETED_ALIAS.exec(doc.text.slice(run.end, run.end + 10));
    if (bracketed) aliases.set(bracketed[1]!, run.name);
    out.push({ start: run.start, end: run.end, name: aliases.get(run.name) ?? run.name });
  }
  return referredBack(doc.text, [...out, ...describedBodies(doc.text, names), ...bodiesByLastWord(doc.text, names), ...groupBodies(doc)].sort((a, b) => a.start - b.start));
}

/**
 * "Ruritania's bank advisory committee …. Smith met the committee on Tuesday": a group's bare
 * singular noun after "the" refers back to the body named last before it whose name ends in that
 * noun. A plural does not: "the banks" may be all of them, not the creditor banks named before.
 */
function referredBack(text: string, mentions: OrgMention[]): OrgMention[] {
  return mentions.map((m, i) => {
    if (m.name.endsWith("s") || m.name.includes(" ") || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) return m;
    const noun = m.name.toLowerCase();
    const named = mentions.slice(0, i).findLast((o) => o.name !== m.name && o.name.toLowerCase().split(/\s+/).at(-1) === noun);
    return named ? { ...m, name: named.name } : m;
  });
}

/**
 * "Securities and Exchange Commission", "Alpha Engineering and Testing Inc": an "and" inside a
 * body's name, which the runs of capitals split. The words before it join the body named after
 * it when those words are no body, acronym, people's adjective or personal name of their own,
 * and the article never names them alone ("Alpha and Beta Corp" with "Alpha said" elsewhere
 * lists two companies, as "the Senate and House committees" and "Alpha Timber and Alpha Oil" list two).
 */
function joinedByAnd(text: string, runs: CapitalisedRun[]): CapitalisedRun[] {
  const out: CapitalisedRun[] = [];
  for (const run of runs) {
    const before = out[out.length - 1];
    const joined = before && text.slice(before.end, run.start) === " and " && firstWord(run.name) !== firstWord(before.name);
    if (joined && (((endsAsBody(run.name) || endsAsUnion(run, before)) && !hasOwnName(text, before)) || continuesOfObject(before, run) || opensWithCommonWord(text, before, run))) {
      out[out.length - 1] = { start: before.start, end: run.end, name: text.slice(before.start, run.end), isBody: true, demonym: false };
      continue;
    }
    out.push(run);
  }
  return out;
}

const firstWord = (name: string) => name.split(/\s+/)[0];

/** "United Metal and Textile Workers": a union's word ends the name, two words or more before "and" ("Alpha and Beta Workers" may be two). */
const endsAsUnion = (run: CapitalisedRun, before: CapitalisedRun) => UNION_NAME_WORDS.has(run.name.split(/\s+/).at(-1)!.toLowerCase()) && before.name.includes(" ");

/**
 * "Ruritania Telegraph and Telephone Corp", "Novak and Row Publishers Inc": a company's name whose
 * part after "and" opens with a common English word is one name, unless the part before is a body
 * of its own (a legal form ends it), holds "of" ("the acquisition by Alpha of Beta Leasing and …")
 * or stands alone elsewhere in the article ("Alpha and Beta Corp" opens with a name anyway).
 */
function opensWithCommonWord(text: string, before: CapitalisedRun, run: CapitalisedRun): boolean {
  const first = firstWord(run.name)!.toLowerCase();
  const common = THING_NOUNS.has(first) || COMPANY_TRADE_WORDS.has(first) || COMMON_WORD_TAGS.includes(lexiconTag(first) ?? "");
  return common && isSuffix(run.name.split(/\s+/).at(-1)!) && !isSuffix(before.name.split(/\s+/).at(-1)!) && !before.name.includes(" of ") && !namedAlone(text, before);
}
const COMMON_WORD_TAGS = ["Singular", "Plural", "Adjective", "Gerund", "Uncountable"];

/** "Association of Fruit and Vegetable Dealers": the words after "and" end in a plural that completes a one-word object of "of". */
function continuesOfObject(before: CapitalisedRun, run: CapitalisedRun): boolean {
  const words = run.name.split(/\s+/);
  return /\sof\s+\p{Lu}\p{Ll}+$/u.test(before.name) && words.length <= 2 && /\p{Ll}s$/u.test(words.at(-1)!) && !endsAsBody(run.name);
}

/**
 * Whether the words before "and" name something of their own: a body (unless only by its trade,
 * "Securities"), a name already joined by "of" ("Alpha of Beta Leasing and Gamma Corp"), a
 * people's adjective, a personal name, or words the article also uses alone.
 */
function hasOwnName(text: string, run: CapitalisedRun): boolean {
  return ((run.isBody || endsAsBody(run.name)) && !endsInTrade(run.name)) || run.name.includes(" of ") || run.demonym || isPersonalName(run.name) || namedAlone(text, run);
}

/** A name whose last word is a body's word or a legal form: "Exchange Commission", "Testing Inc". */
function endsAsBody(name: string): boolean {
  const last = name.split(/\s+/).pop()!;
  return ORGANISATION_WORDS.has(last.toLowerCase()) || isLegalForm(last);
}

/** "Securities", "Alpha Mining": a word for a company's trade may open a body's name before "and". */
const endsInTrade = (name: string) => COMPANY_TRADE_WORDS.has(name.split(/\s+/).pop()!.toLowerCase());

const isPersonalName = (name: string) => !name.includes(" ") && PERSON_TAGS.includes(lexiconTag(name) ?? "");

/** Whether the run's words stand elsewhere in the text without the "and" that joins them to the next name. */
function namedAlone(text: string, run: CapitalisedRun): boolean {
  for (const at of wordOccurrences(text, run.name)) if (at !== run.start && !text.startsWith(" and ", at + run.name.length)) return true;
  return false;
}

/**
 * "The European Community (EC) and Soviet-led Comecon": a name listed with a body's is a body's
 * too, as a name listed with a person's is a person's.
 */
function coordinatedBodies(text: string, runs: CapitalisedRun[]): CapitalisedRun[] {
  const listed = (a: CapitalisedRun, b: CapitalisedRun) => COORDINATION.test(text.slice(a.end, b.start).replace(BRACKETED_ALIAS, ""));
  return runs.map((run, i) => {
    const [before, after] = [runs[i - 1], runs[i + 1]];
    const partner = (before?.isBody && listed(before, run)) || (after?.isBody && listed(run, after));
    // ("European and IMF top officials": a people's adjective listed with a body qualifies the noun after it.)
    return partner && !run.isBody && !run.demonym ? { ...run, isBody: true } : run;
  });
}

/**
 * "General Agreement on Tariffs and Trade (GATT)": the acronym in brackets spells the whole name,
 * whose runs of capitals "on" and "and" split; the runs it spells are one body's name.
 */
function spelledByAcronym(text: string, runs: CapitalisedRun[]): CapitalisedRun[] {
  const out: CapitalisedRun[] = [];
  for (const run of runs) {
    const acronym = BRACKETED_ALIAS.exec(text.slice(run.end, run.end + 10))?.[1];
    let first = out.length;
    if (acronym && initialsOf(run.name) !== acronym) {
      // Walk back over the runs before, joined by small words, until their capitals spell the acronym.
      for (let k = out.length - 1; k >= 0 && ACRONYM_JOINER.test(text.slice(out[k]!.end, (out[k + 1] ?? run).start)); k--) {
        if (initialsOf(text.slice(out[k]!.start, run.end))?.endsWith(acronym)) {
          first = k;
          break;
        }
      }
    }
    if (first === out.length) {
      out.push(run);
      continue;
    }
    // "Japanese Ministry of International Trade and Industry (MITI)": the acronym spells the name
    // from "Ministry" on; the words before it only qualify it.
    let start = out[first]!.start;
    while (initialsOf(text.slice(start, run.end)) !== acronym && /\s/.test(text.slice(start, run.start))) start = text.indexOf(" ", start) + 1;
    out.splice(first, out.length - first, { start, end: run.end, name: text.slice(start, run.end), isBody: true, demonym: false });
  }
  return out;
}

/** The small words inside a spelled-out name: " on ", " and ", " for the ". */
const ACRONYM_JOINER = /^\s+(?:(?:on|and|for|of|the|in|to|de)\s+){1,2}$/;

/** A comma or "and" between two names, and who leads, hosts or owns the second: "and Soviet-led ", "and Spain's ". */
const COORDINATION = new RegExp(String.raw`^\)?(?:\s+and\s+|\s*,\s*|\s*,\s+and\s+)(?:\p{Lu}\p{L}*(?:-${LEADER_COMPOUND}|['’]s)\s+)?$`, "u");

/** A ticker: "PRAT", "BP.L", "TOYO.T". */
const STOCK_SYMBOL = /^\p{Lu}[\p{Lu}.]{0,9}$/u;

/** An acronym in brackets after a name stands for it: "(LSE)"; so does a wire story's stock symbol, "<PRAT>". */
const BRACKETED_ALIAS = /^\s*[(<](\p{Lu}{2,6})[)>]/u;

/** How many words may qualify a group's noun: "Japanese creditor banks", "the 12 bank advisory committee". */
const GROUP_MODIFIERS = 3;

/**
 * Groups named by a noun phrase, not a name: "creditor banks", "commercial bank creditors",
 * "Turkish producers", "noteholders". The phrase is the group's noun with the modifiers before it
 * (a demonym, a number, plain words), without its determiner.
 */
function groupBodies(doc: Doc): OrgMention[] {
  const out: OrgMention[] = [];
  const tokens = doc.tokens;
  for (const [i, token] of tokens.entries()) {
    // ("Bankers leaving the meeting said": a group noun may open a sentence.)
    const opensSentence = tokens[i - 1]?.sentence !== token.sentence;
    if (!GROUP_SIDE_NOUNS.has(token.normal) || !(/^\p{Ll}/u.test(token.text) || (opensSentence && /^\p{Lu}\p{Ll}+$/u.test(token.text)))) continue;
    let from = i;
    while (from > i - GROUP_MODIFIERS && isGroupModifier(doc, tokens[from - 1], tokens[from]!)) from--;
    const start = tokens[from]!.start;
    out.push({ start, end: token.end, name: doc.text.slice(start, token.end) });
  }
  return out;
}

/** A word that qualifies a group's noun: in the same sentence, joined by a space, no function word. */
function isGroupModifier(doc: Doc, word: Token | undefined, next: Token): boolean {
  // ("a 14-bank advisory committee": the parts of a hyphenated word go together.)
  if (!word || word.sentence !== next.sentence || !/^[ -]$/.test(doc.text.slice(word.end, next.start))) return false;
  // ("due to meet private lenders": compromise may read a meeting verb after "to" as a noun.)
  if (FUNCTION_WORD_TAGS.some((tag) => word.tags.has(tag)) || word.tags.has("Verb") || word.tags.has("Pronoun") || ENGLISH_STOPWORDS.has(word.normal) || word.normal in MEETING_VERBS) return false;
  return /^[\p{L}\d][\p{L}\d-]*$/u.test(word.text);
}

/** "the Frankfurt exchange", "the Tokyo market": a body named by a word of its name and the word for its kind. */
const DESCRIBED_BODY = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)\b/gu;

function describedBodies(text: string, names: Set<string>): OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of text.matchAll(DESCRIBED_BODY)) {
    const [, word, kind] = m;
    if (!ORGANISATION_DESCRIPTORS.has(kind!) && !ORGANISATION_WORDS.has(kind!)) continue;
    const named = [...names].filter((n) => n.split(/\s+/).includes(word!));
    // Only when one body fits: "the Frankfurt exchange" with one Frankfurt body named.
    if (named.length !== 1) continue;
    const start = m.index! + m[0].indexOf(word!);
    out.push({ start, end: m.index! + m[0].length, name: named[0]! });
  }
  return out;
}

/** "the Fund" after "the International Monetary Fund", "the Community" after "the European Community": a body's last word, capitalised, with "the". */
const THE_LAST_WORD = /\bthe\s(\p{Lu}\p{Ll}+)\b(?![\s-]+\p{Lu})/gu;

function bodiesByLastWord(text: string, names: Set<string>): OrgMention[] {
  const out: OrgMention[] = [];
  for (const m of text.matchAll(THE_LAST_WORD)) {
    const word = m[1]!;
    if (!ORGANISATION_WORDS.has(word.toLowerCase())) continue;
    // Only when one body's name ends so and is longer than the word: one fund, one community.
    const named = [...names].filter((n) => n !== word && n.split(/\s+/).at(-1) === word);
    if (named.length !== 1) continue;
    const start = m.index! + m[0].length - word.length;
    out.push({ start, end: start + word.length, name: named[0]! });
  }
  return out;
}

/** The words that end a firm's name after "and": "Pesch and Co", "Smith and Sons". */
const FIRM_ENDINGS = new Set(["co", "company", "sons", "partners", "associates"]);

/** The run is only the names it overlaps (in text order), joined by hyphens or slashes: "Japan", "U.S./Soviet". */
function coveredBy(text: string, names: NameSpan[], start: number, end: number): boolean {
  let at = start;
  for (const n of names) {
    if (n.start < at || !/^[\s/–-]*$/.test(text.slice(at, n.start))) return false;
    at = n.end;
  }
  return names.length > 0 && at >= end;
}

interface CapitalisedRun {
  start: number;
  end: number;
  name: string;
  /** The run reads as a body by itself: tagged, named with a body's word, introduced, or an acronym. */
  isBody: boolean;
  /** One people's adjective: "European". */
  demonym: boolean;
}

/**
 * "the U.S. Have been holding talks": a wire story of the 1980s capitalises the word after "U.S.", so
 * a country's name runs into the auxiliary or function word after it, and the run is no body's name.
 */
function isCountryThenVerb(text: string, taken: NameSpan[], tokens: Token[], from: number, to: number): boolean {
  let last = to;
  while (last > from && TRAILING_NON_NAME_TAGS.some((tag) => tokens[last]!.tags.has(tag))) last--;
  if (last === to) return false;
  const start = tokens[from]!.start;
  const end = tokens[last]!.end;
  return coveredBy(text, startingIn(taken, start - LONGEST_NAME, end).filter((s) => s.start < end && start < s.end), start, end);
}

const TRAILING_NON_NAME_TAGS = ["Auxiliary", "Copula", "Modal", "Conjunction", "Determiner", "Pronoun"];

/** Runs of capitalised words ("Wells Fargo", "Chamber of Commerce") that are no person and no country. */
function capitalisedRuns(doc: Doc, taken: NameSpan[]): CapitalisedRun[] {
  // `taken` is in text order, for the look-up of what overlaps a run.
  const out: CapitalisedRun[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    let j = i;
    const joins = (k: number) =>
      tokens[k + 1]?.sentence === tokens[i]!.sentence && !/[,.;:!?()<>"“”]/.test(tokens[k]!.post + tokens[k + 1]!.pre);
    // "Chamber of Commerce", "Banco de la Nación", "Pesch and Co": "of" and the particles of other
    // languages join capitalised words, "and" a firm's last word; "Non-ferreux" is one word.
    const joiner = (k: number) => joins(k) && (tokens[k]!.normal === "of" || NAME_PARTICLES.has(tokens[k]!.normal));
    const linked = (k: number) =>
      joiner(k + 1) ? isCapitalised(tokens[k + 2]!) || (joiner(k + 2) && isCapitalised(tokens[k + 3]!)) : joins(k + 1) && tokens[k + 1]!.normal === "and" && FIRM_ENDINGS.has(tokens[k + 2]!.normal);
    // ("Soviet-led Comecon": who leads a body is no part of its name.)
    const hyphenated = (k: number) => tokens[k]!.post === "-" && /^\p{Ll}/u.test(tokens[k + 1]!.text) && !LEADER_WORD.test(tokens[k + 1]!.normal);
    while (joins(j) && (isCapitalised(tokens[j + 1]!) || linked(j) || hyphenated(j))) j++;
    // "The World Trade Organisation", "Both Renault" opening a sentence: the function word is not part of the name.
    let from = i;
    while (from < j && FUNCTION_WORD_TAGS.some((tag) => tokens[from]!.tags.has(tag))) from++;
    // "Bosses of Renault" opening a sentence: the people named by their role are not the body.
    const opensWithRole =
      from === i && tokens[i - 1]?.sentence !== tokens[i]!.sentence && tokens[i + 1]?.normal === "of" && /s$/.test(tokens[i]!.normal) && !tokens[i]!.tags.has("ProperNoun");
    if (opensWithRole && from + 2 <= j) from += 2;
    // "Spain's Almaden", "Algeria's Entreprise Nationale …": the country that owns the body is no part of its name.
    while (from < j && /['’]s$/.test(tokens[from]!.text) && startingIn(taken, tokens[from]!.start, tokens[from]!.end).some((s) => !s.person)) from++;
    // "LTV Corp's LTV Steel Corp": a company that owns the body is no part of its name.
    for (let k = from; k < j; k++) if (/['’]s$/.test(tokens[k]!.text) && CORPORATE_SUFFIXES.has(tokens[k]!.normal.replace(/['’]s$/, ""))) from = k + 1;
    const first = i;
    i = j;
    // "European Commission President Manuel Barosso": the body's name ends before the person's.
    const person = startingIn(taken, tokens[from + 1]?.start ?? Infinity, tokens[j]!.end).find((s) => s.person);
    if (person) while (j > from && tokens[j]!.end > person.start) j--;
    // "Bank of Japan Governor", "Ministry of Foreign Affairs Assistant Minister": a title after a
    // body's name is a person's; a word that only qualifies a title ("Affairs", "Oil") may end the
    // body's name ("Standard Oil").
    while (j > from && TITLE_WORDS.has(tokens[j]!.normal) && !ORGANISATION_WORDS.has(tokens[j]!.normal) && !QUALIFYING_TITLE_WORDS.has(tokens[j]!.normal)) j--;
    if (tokens[j]!.normal === "of" || isCountryThenVerb(doc.text, taken, tokens, from, j)) continue;
    const run = tokens.slice(from, j + 1);
    const start = run[0]!.start;
    const name = doc.text.slice(start, run[run.length - 1]!.end).replace(/['’]s$/, "");
    const end = start + name.length;
    const overlapped = startingIn(taken, start - LONGEST_NAME, end).filter((s) => s.start < end && start < s.end);
    if (overlapped.some((s) => s.person) || coveredBy(doc.text, overlapped, start, end)) continue;
    // A stock symbol ("<PRAT>", "<BP.L>") is the alias of the name before it, no body of its own;
    // a wire story brackets a private company's name the same way ("<Pilot Air Freight>", "<TXL Corp>").
    const marked = run[0]!.pre.endsWith("<") && run[run.length - 1]!.post.startsWith(">");
    if (run[0]!.pre.endsWith("<") && (!marked || STOCK_SYMBOL.test(name))) continue;
    const acronym = run.length === 1 && /^\p{Lu}{2,6}$/u.test(name);
    const lastWord = name.split(/\s+/).pop()!;
    const last = lastWord.toLowerCase();
    // "the Maastricht Treaty", "the Treaty on Comprehensive Strategic Partnership": a document's
    // name; "North Atlantic Treaty Organisation" ends as a body's.
    // ("ACT", an acronym, is no "Act".)
    if ((DOCUMENT_NAME_WORDS.has(last) && !acronym) || DOCUMENT_NAME_WORDS.has(tokens[from - 2]?.normal ?? "")) continue;
    // "carmaker Renault": the descriptor stands right before the name, in its sentence ("… the company. In a filing" introduces nothing).
    const descriptor = tokens[first - 1];
    const introduced = descriptor !== undefined && descriptor.sentence === tokens[first]!.sentence && !/[,.;:!?]/.test(descriptor.post) && ORGANISATION_DESCRIPTORS.has(descriptor.normal);
    // compromise tags "Indo-Pacific partners" as one organisation: a name whose tag runs on into the
    // plain noun after it only qualifies that noun.
    const after = tokens[j + 1];
    const taggedAlone = !(after && /^\p{Ll}/u.test(after.text) && after.tags.has("Organization"));
    // "the United Steelworkers union", "the Teamsters union": the word for a body's kind after its name.
    const kindAfter = !!after && after.sentence === tokens[j]!.sentence && /^\p{Ll}/u.test(after.text) && ORGANISATION_DESCRIPTORS.has(after.normal) && !/[,.;:]/.test(tokens[j]!.post);
    // "United Auto Workers", "Bank of America", "United Steelworkers of America": a body's word ends the name or heads it before "of".
    const head = run.findIndex((t) => t.normal === "of") - 1;
    const bodyWord = (word: string) => ORGANISATION_WORDS.has(word) || UNION_NAME_WORDS.has(word);
    const named = run.length > 1 && (bodyWord(last) || isLegalForm(lastWord) || (head >= 0 && bodyWord(run[head]!.normal)) || FOREIGN_BODY_WORDS.has(run[0]!.normal));
    const body = (taggedAlone && run.some((t) => t.tags.has("Organization"))) || named || introduced || kindAfter || FIRMS_NAMED_LIKE_PEOPLE.has(name.toLowerCase());
    // A lone capitalised word opening a sentence is most often no name at all.
    const opensSentence = run.length === 1 && tokens[first - 1]?.sentence !== tokens[first]!.sentence;
    // "Entreprise Nationale des Non-ferreux et Substances Utiles (ENOF)": a name given an acronym is a body's.
    const abbreviated = BRACKETED_ALIAS.test(doc.text.slice(end, end + 10));
    const demonym = run.length === 1 && run[0]!.tags.has("Demonym");
    out.push({ start, end, name, isBody: acronym || abbreviated || marked || (body && (introduced || !opensSentence)), demonym });
  }
  return out;
}

