// The sides of a meeting: people and countries as the text lists them. A list is read the way a
// reader reads it: mentions joined by commas and "and", with only titles between them.
import { ORGANISATION_DESCRIPTORS, ORGANISATION_WORDS, TITLE_WORDS } from "../../data/people.js";
import { BODY_PEOPLE_NOUNS, COUNTERPART_NOUNS, GROUP_SIDE_NOUNS, LIST_HEAD_NOUNS } from "../../data/meetings.js";
import { CUE_VERBS } from "../../data/speech.js";
import { ENGLISH_STOPWORDS } from "../../data/stopwords.js";
import type { Doc, Token } from "../../nlp/doc.js";
import type { Country, Person } from "../../schema/record.js";
import { LONGEST_NAME, startingIn } from "../spans.js";

/** One person, country or organisation mentioned in the text. */
export interface Side {
  start: number;
  end: number;
  person: Person | null;
  country: string | null;
  /** An organisation's name: "London Stock Exchange" (also for its "LSE"). */
  org?: string;
  /** "and possibly Jones": this side may not take part. */
  possibly?: boolean;
}

/** Every person, country and organisation mention of the article, in text order. */
export function sideIndex(doc: Doc, people: Person[], countries: Country[]): Side[] {
  const sides: Side[] = [];
  for (const person of people) for (const m of person.mentions) sides.push({ start: m.start, end: m.end, person, country: person.country });
  for (const c of countries) for (const m of c.mentions) sides.push({ start: m.start, end: m.end, person: null, country: c.code });
  sides.sort((a, b) => a.start - b.start);
  const orgs = findOrganisations(doc, sides);
  // An organisation's name holds the country or capital it was named after: "London Stock Exchange".
  const inOrg = (s: Side) => startingIn(orgs, s.start - LONGEST_NAME, s.end).some((o) => s.start >= o.start && s.end <= o.end);
  const bodies = orgs.filter((o) => !modifiesNoun(doc, o));
  return [...sides.filter((s) => s.person || !(inOrg(s) || isOriginOf(doc.text, s, orgs))), ...bodies].sort((a, b) => a.start - b.start);
}

/** "IMF support", "a Red Cross plane": a name used as a modifier of a common noun is no side. */
export function modifiesNoun(doc: Doc, org: Side): boolean {
  const next = doc.tokens.find((t) => t.start >= org.end);
  if (!next || /[,.;:!?()"“”]/.test(doc.text.slice(org.end, next.start))) return false;
  const describesPeople = TITLE_WORDS.has(next.normal) || COUNTERPART_NOUNS.has(next.normal) || ORGANISATION_WORDS.has(next.normal) || BODY_PEOPLE_NOUNS.has(next.normal);
  // "here", "today" after a name are adverbs, whatever the tagger says.
  return /^\p{Ll}/u.test(next.text) && next.tags.has("Noun") && !next.tags.has("Verb") && !ENGLISH_STOPWORDS.has(next.normal) && !next.tags.has("Date") && !describesPeople;
}

/** "UK bank Barclays", "German carmaker Volkswagen": a country that says where an organisation is from is no side of its own. */
function isOriginOf(text: string, country: Side, orgs: Side[]): boolean {
  const org = startingIn(orgs, country.end, country.end + ORIGIN_GAP)[0];
  if (!org) return false;
  // "Soviet-led Comecon", "Houston-based WEDGE": who leads a body or where it is.
  if (LED_FROM.test(text.slice(country.end, org.start))) return true;
  const words = text.slice(country.end, org.start).trim().split(/\s+/);
  return words.length <= 3 && words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w)) && words.some((w) => ORGANISATION_DESCRIPTORS.has(w));
}

const ORIGIN_GAP = 40;
/** The second half of "Soviet-led", "Houston-based": who leads a body or where it is. */
const LEADER_COMPOUND = "(?:led|based|owned|backed|controlled)";
const LED_FROM = new RegExp(String.raw`^-${LEADER_COMPOUND}\s+$`);

const FUNCTION_WORD_TAGS = ["Determiner", "Conjunction", "Preposition", "Adverb"];
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text) && !t.tags.has("Date") && !t.tags.has("Pronoun");

/**
 * Organisations that can meet: a run of capitalised words that is no person or country, that
 * compromise tags as an organisation or that ends in a word for a body ("London Stock Exchange",
 * "Chamber of Economy"), or an acronym ("LSE", "PLO"). An acronym in brackets after a name
 * stands for it. A name introduced once as a body ("UK bank Barclays") is one everywhere in the
 * article ("Barclays had held talks").
 */
export function findOrganisations(doc: Doc, taken: Side[]): Side[] {
  const runs = coordinatedBodies(doc.text, capitalisedRuns(doc, taken));
  const aliases = new Map<string, string>();
  const names = new Set(runs.filter((r) => r.isBody).map((r) => r.name));
  const out: Side[] = [];
  for (const run of runs) {
    if (!run.isBody && !names.has(run.name)) continue;
    const bracketed = BRACKETED_ALIAS.exec(doc.text.slice(run.end, run.end + 10));
    if (bracketed) aliases.set(bracketed[1]!, run.name);
    out.push({ start: run.start, end: run.end, person: null, country: null, org: aliases.get(run.name) ?? run.name });
  }
  return [...out, ...describedBodies(doc.text, names), ...groupBodies(doc)].sort((a, b) => a.start - b.start);
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
    return partner && !run.isBody ? { ...run, isBody: true } : run;
  });
}

/** A comma or "and" between two names, and who leads or hosts the second: "and Soviet-led ". */
const COORDINATION = new RegExp(String.raw`^\)?(?:\s+and\s+|\s*,\s*|\s*,\s+and\s+)(?:\p{Lu}\p{L}*-${LEADER_COMPOUND}\s+)?$`, "u");

/** An acronym in brackets after a name stands for it: "(LSE)"; so does a wire story's stock symbol, "<PRAT>". */
const BRACKETED_ALIAS = /^\s*[(<](\p{Lu}{2,6})[)>]/u;

/** How many words may qualify a group's noun: "Japanese creditor banks", "the 12 bank advisory committee". */
const GROUP_MODIFIERS = 3;

/**
 * Groups named by a noun phrase, not a name: "creditor banks", "commercial bank creditors",
 * "Turkish producers", "noteholders". The phrase is the group's noun with the modifiers before it
 * (a demonym, a number, plain words), without its determiner.
 */
function groupBodies(doc: Doc): Side[] {
  const out: Side[] = [];
  const tokens = doc.tokens;
  for (const [i, token] of tokens.entries()) {
    if (!GROUP_SIDE_NOUNS.has(token.normal) || !/^\p{Ll}/u.test(token.text)) continue;
    let from = i;
    while (from > i - GROUP_MODIFIERS && isGroupModifier(doc, tokens[from - 1], tokens[from]!)) from--;
    const start = tokens[from]!.start;
    out.push({ start, end: token.end, person: null, country: null, org: doc.text.slice(start, token.end) });
  }
  return out;
}

/** A word that qualifies a group's noun: in the same sentence, joined by a space, no function word. */
function isGroupModifier(doc: Doc, word: Token | undefined, next: Token): boolean {
  if (!word || word.sentence !== next.sentence || doc.text.slice(word.end, next.start) !== " ") return false;
  if (FUNCTION_WORD_TAGS.some((tag) => word.tags.has(tag)) || word.tags.has("Verb") || word.tags.has("Pronoun") || ENGLISH_STOPWORDS.has(word.normal)) return false;
  return /^[\p{L}\d][\p{L}\d-]*$/u.test(word.text);
}

/** "the Frankfurt exchange", "the Tokyo market": a body named by a word of its name and the word for its kind. */
const DESCRIBED_BODY = /\bthe\s+(\p{Lu}[\p{L}-]+)\s+(\p{Ll}+)\b/gu;

function describedBodies(text: string, names: Set<string>): Side[] {
  const out: Side[] = [];
  for (const m of text.matchAll(DESCRIBED_BODY)) {
    const [, word, kind] = m;
    if (!ORGANISATION_DESCRIPTORS.has(kind!) && !ORGANISATION_WORDS.has(kind!)) continue;
    const named = [...names].filter((n) => n.split(/\s+/).includes(word!));
    // Only when one body fits: "the Frankfurt exchange" with one Frankfurt body named.
    if (named.length !== 1) continue;
    const start = m.index! + m[0].indexOf(word!);
    out.push({ start, end: m.index! + m[0].length, person: null, country: null, org: named[0]! });
  }
  return out;
}

/** The words that end a firm's name after "and": "Pesch and Co", "Smith and Sons". */
const FIRM_ENDINGS = new Set(["co", "company", "sons", "partners", "associates"]);

/** The run is only the names it overlaps (in text order), joined by hyphens or slashes: "Japan", "U.S./Soviet". */
function coveredBy(text: string, names: Side[], start: number, end: number): boolean {
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
}

/** Runs of capitalised words ("Wells Fargo", "Chamber of Commerce") that are no person and no country. */
function capitalisedRuns(doc: Doc, taken: Side[]): CapitalisedRun[] {
  // `taken` is in text order (sideIndex sorts it), for the look-up of what overlaps a run.
  const out: CapitalisedRun[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!)) continue;
    let j = i;
    const joins = (k: number) =>
      tokens[k + 1]?.sentence === tokens[i]!.sentence && !/[,.;:!?()<>"“”]/.test(tokens[k]!.post + tokens[k + 1]!.pre);
    // "Chamber of Commerce", "Pesch and Co": "of" joins capitalised words, "and" a firm's last word.
    const linked = (k: number) =>
      joins(k + 1) && ((tokens[k + 1]!.normal === "of" && isCapitalised(tokens[k + 2]!)) || (tokens[k + 1]!.normal === "and" && FIRM_ENDINGS.has(tokens[k + 2]!.normal)));
    while (joins(j) && (isCapitalised(tokens[j + 1]!) || linked(j))) j++;
    // "The World Trade Organisation", "Both Renault" opening a sentence: the function word is not part of the name.
    let from = i;
    while (from < j && FUNCTION_WORD_TAGS.some((tag) => tokens[from]!.tags.has(tag))) from++;
    // "Bosses of Renault" opening a sentence: the people named by their role are not the body.
    const opensWithRole =
      from === i && tokens[i - 1]?.sentence !== tokens[i]!.sentence && tokens[i + 1]?.normal === "of" && /s$/.test(tokens[i]!.normal) && !tokens[i]!.tags.has("ProperNoun");
    if (opensWithRole && from + 2 <= j) from += 2;
    const run = tokens.slice(from, j + 1);
    const first = i;
    i = j;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const name = doc.text.slice(start, end).replace(/['’]s$/, "");
    const overlapped = startingIn(taken, start - LONGEST_NAME, end).filter((s) => s.start < end && start < s.end);
    if (overlapped.some((s) => s.person) || coveredBy(doc.text, overlapped, start, end)) continue;
    // A stock symbol ("<PRAT>") is the alias of the name before it, no body of its own.
    if (run[0]!.pre.endsWith("<")) continue;
    const acronym = run.length === 1 && /^\p{Lu}{2,6}$/u.test(name);
    const last = name.split(/\s+/).pop()!.toLowerCase();
    const introduced = ORGANISATION_DESCRIPTORS.has(tokens[first - 1]?.normal ?? "");
    const body = run.some((t) => t.tags.has("Organization")) || (run.length > 1 && ORGANISATION_WORDS.has(last)) || introduced;
    // A lone capitalised word opening a sentence is most often no name at all.
    const opensSentence = run.length === 1 && tokens[first - 1]?.sentence !== tokens[first]!.sentence;
    out.push({ start, end, name, isBody: acronym || (body && (introduced || !opensSentence)) });
  }
  return out;
}

/** Words that may stand between list items besides titles and capitalised words. */
const LINK_WORDS = new Set(["of", "the", "for", "and", "or", "both", "possibly", "also", "to", "de", "von", "van", "al", "el", "bin", "his", "her", "its", "their"]);
const MAX_GAP_WORDS = 14;
const MAX_MODIFIERS = 2;

/** Whether the text between two list items holds only titles and joining words. */
export function isListGap(listed: string, first: boolean): boolean {
  // "Alija Izetbegovic, leader of the Party of Democratic Action (SDA), and Momcilo Krajisnik": an acronym in brackets is part of an aside.
  // "The European Community (EC) and …": the list goes on after the bracket that holds the acronym.
  const gap = listed.replace(/ ?[(<]\p{Lu}{2,6}[)>]/gu, "").replace(/^\)/, "");
  if (/[;:!?"“”()]/.test(gap)) return false;
  if (!first && !/,|\b(and|or)\b/.test(gap)) return false;
  // Plain modifiers may stand right before a side ("talks with separatist chief-of-staff X",
  // "between Russian peacemaker X and rebel chief-of-staff Y"), never before the comma or "and".
  const joint = first ? 0 : Math.max(gap.lastIndexOf(","), ...[...gap.matchAll(/\b(?:and|or)\b/g)].map((m) => m.index! + m[0].length));
  const before = wordsOf(gap.slice(0, joint));
  const after = wordsOf(gap.slice(joint));
  if (before.length + after.length > MAX_GAP_WORDS) return false;
  let modifiers = MAX_MODIFIERS;
  // "AMI management, Pesch": the word for a body's people stays with the body's name.
  const isJoining = (w: string) => /^\p{Lu}/u.test(w) || LINK_WORDS.has(w) || TITLE_WORDS.has(w.replace(/['’]s$/, "")) || BODY_PEOPLE_NOUNS.has(w);
  // "and the country's commercial bank creditors": a possessive is a modifier too.
  const isModifier = (w: string) => /^\p{Ll}[\p{Ll}-]+(?:['’]s)?$/u.test(w) && !ENGLISH_STOPWORDS.has(w);
  return before.every(isJoining) && after.every((w) => isJoining(w) || (modifiers-- > 0 && isModifier(w)));
}

const wordsOf = (text: string) => text.split(/[\s,]+/).filter((w) => w && !/^['’]s?$/.test(w));

/** Which sides a list holds: people, countries, organisations, bodies (countries and organisations mixed), or people and organisations. */
type Want = "person" | "country" | "org" | "body" | "person or org";
const WANTED: Record<Want, (side: Side) => boolean> = {
  person: (side) => side.person !== null,
  country: (side) => side.person === null && side.country !== null,
  org: (side) => side.org !== undefined,
  body: (side) => side.person === null,
  "person or org": (side) => side.person !== null || side.org !== undefined,
};
const isWanted = (side: Side, want: Want) => WANTED[want](side);

/** The list of people (or countries) that starts at `from`: "Chancellor Olaf Scholz, Prime Minister Justin Trudeau and …". */
export function listAfter(text: string, sides: Side[], from: number, to: number, want: Want): Side[] {
  const out: Side[] = [];
  let cursor = from;
  for (const [i, side] of sides.entries()) {
    if (side.start < cursor || !isWanted(side, want)) continue;
    if (side.start >= to) break;
    const gap = text.slice(cursor, side.start);
    if (!isListGap(gap, out.length === 0) && !(out.length === 0 && LIST_HEAD.test(gap))) break;
    // "…, Burns said": the one who tells of the meeting is no side of it.
    if (out.length && CUE_VERBS.has(/^\s*([a-z]+)/.exec(text.slice(side.end, side.end + 20))?.[1] ?? "")) break;
    // "Renault's rival Peugeot": the side is the one the possessive qualifies.
    const next = sides[i + 1];
    if (next && isWanted(next, want) && isPossessorOf(text.slice(side.start, next.start))) continue;
    out.push({ ...side, possibly: /\bpossibly\b/i.test(gap) });
    cursor = side.end;
  }
  return out;
}

/** A short phrase that names the kind of the sides listed after its dash or colon: ' the so-called "A" countries - '. */
const LIST_HEAD = new RegExp(String.raw`^\s*[^.;()]{0,40}?\b(?:${LIST_HEAD_NOUNS.join("|")})\s*[-–—:]\s*$`, "i");

/** "Renault's rival ": a possessor, then a few plain words, up to the side it qualifies. */
function isPossessorOf(between: string): boolean {
  const parts = between.split(/['’]s\s+/);
  return parts.length === 2 && /^(?:[\p{Ll}-]+\s+){1,3}$/u.test(parts[1]!);
}

/** The people (or bodies) listed right before `end`, read backwards: "Putin and North Korean leader Kim Jong-un", "Israel and the PLO". */
export function listBefore(text: string, sides: Side[], end: number, from: number, bodies = false): Side[] {
  const people = sides.filter((s) => (bodies ? !s.person : s.person) && s.end <= end && s.start >= from);
  const out: Side[] = [];
  let cursor = end;
  for (let i = people.length - 1; i >= 0; i--) {
    const side = people[i]!;
    if (!isListGap(text.slice(side.end, cursor), out.length === 0)) break;
    out.unshift(side);
    cursor = side.start;
  }
  return out;
}

const GROUP = new RegExp(String.raw`^\s*((?:[\w.’'-]+\s+){0,4}?)(${[...COUNTERPART_NOUNS].join("|")})\b`, "i");
const GROUP_LIST_OPENER = /\b(?:including|such as|namely)\b|:/i;

/**
 * The other side named as a group: "his Japanese counterpart" (the Japanese person the article
 * knows, else Japan), "his counterparts in the UK, Norway and Poland" (each country), "his
 * counterparts from seven countries, including A of Germany, B of Canada" (each person listed).
 */
export function groupAfter(text: string, sides: Side[], people: Person[], from: number, to: number): Side[] {
  const match = GROUP.exec(text.slice(from, to));
  if (!match) return [];
  const groupEnd = from + match[0].length;
  const noun = match[2]!.toLowerCase();
  if (!noun.endsWith("s")) return [counterpart(text, sides, people, from, groupEnd, to)].filter((s) => s !== null);
  // "his EU counterparts in Luxembourg": with a qualifier, "in" names the place, not the sides.
  const qualified = /\p{Lu}/u.test(match[1]!);
  const opener = GROUP_LIST_OPENER.exec(text.slice(groupEnd, to));
  if (opener) {
    const listFrom = groupEnd + opener.index + opener[0].length;
    const listed = listAfter(text, sides, listFrom, to, "person");
    return listed.length ? listed : listAfter(text, sides, listFrom, to, "country");
  }
  const where = /^\s*(?:in|from|of)\s+/i.exec(text.slice(groupEnd, to));
  return where && !qualified ? listAfter(text, sides, groupEnd + where[0].length, to, "country") : [];
}

/**
 * One counterpart: named right after ("his Israeli counterpart, Ariel Sharon"), else the person
 * of that country the article knows ("his Japanese counterpart"), else the country.
 */
function counterpart(text: string, sides: Side[], people: Person[], from: number, groupEnd: number, to: number): Side | null {
  const named = listAfter(text, sides, groupEnd, to, "person")[0];
  if (named) return named;
  const country = sides.find((s) => !s.person && s.country && s.start >= from && s.end <= groupEnd);
  return country ? counterpartOf(country, people, from) : null;
}

/** "the Japanese prime minister", "his Japanese counterpart": the Japanese person with a title mentioned last before, else Japan. */
export function counterpartOf(country: Side, people: Person[], before: number): Side {
  let best: { person: Person; at: number } | null = null;
  for (const person of people) {
    if (person.country !== country.country || !person.titles.length) continue;
    const at = Math.max(-1, ...person.mentions.filter((m) => m.end <= before).map((m) => m.start));
    if (at >= 0 && (!best || at > best.at)) best = { person, at };
  }
  return best ? { ...country, person: best.person } : country;
}

/** "the two Bosnian leaders", "the two men", "the two countries": a pair the text has named together. */
const PERSON_PAIR_NOUNS = "leaders|men|women|presidents|ministers|premiers|chiefs|rivals";
const COUNTRY_PAIR_NOUNS = "countries|nations|governments";
const PAIR_NOUNS = `${PERSON_PAIR_NOUNS}|${COUNTRY_PAIR_NOUNS}`;
const PAIR_AFTER = new RegExp(String.raw`^\s*(?:with\s+)?the\s+two\s+(?:[\w-]+\s+){0,2}?(${PAIR_NOUNS})\b`, "i");
const PAIR_BEFORE = new RegExp(String.raw`\bthe\s+two\s+(?:[\w-]+\s+){0,2}?(${PAIR_NOUNS})\s+(?:[a-z]+\s+){0,4}$`, "i");
const COUNTRY_PAIR = new RegExp(String.raw`^(?:${COUNTRY_PAIR_NOUNS})$`, "i");
/** How far back the pair may have been named: a few paragraphs of a wire story. */
const PAIR_REACH = 2000;

/** The pair "the two leaders" right after `from` refers to, or none. */
export function pairAfter(text: string, sides: Side[], from: number): Side[] {
  const m = PAIR_AFTER.exec(text.slice(from, from + 80));
  return m ? lastPair(text, sides, from, COUNTRY_PAIR.test(m[1]!)).map((s) => ({ ...s, start: from + m.index, end: from + m[0].length })) : [];
}

/** The pair "the two leaders" right before `to` (the subject of a meeting verb) refers to, or none. */
export function pairBefore(text: string, sides: Side[], from: number, to: number): Side[] {
  const m = PAIR_BEFORE.exec(text.slice(from, to));
  // The pair stands where the phrase does, so that it reads as the subject right before the verb.
  return m
    ? lastPair(text, sides, from + m.index, COUNTRY_PAIR.test(m[1]!)).map((s) => ({ ...s, start: from + m.index, end: from + m.index + m[0].trimEnd().length }))
    : [];
}

/**
 * The last two people (or countries) named together before `before`: "Alija Izetbegovic and Momcilo
 * Krajisnik", "U.S.-Japanese relations".
 */
function lastPair(text: string, sides: Side[], before: number, countries: boolean): Side[] {
  const named = startingIn(sides, before - PAIR_REACH, before).filter((s) => (countries ? !s.person && s.country : s.person) && s.end <= before);
  for (let i = named.length - 1; i > 0; i--) {
    const [a, b] = [named[i - 1]!, named[i]!];
    const gap = text.slice(a.end, b.start);
    const distinct = countries ? a.country !== b.country : a.person !== b.person;
    if (distinct && ((/\band\b/.test(gap) && isListGap(gap, false)) || (countries && gap === "-"))) return [a, b];
  }
  return [];
}
