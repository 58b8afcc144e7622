// The sides of a meeting: people and countries as the text lists them. A list is read the way a
// reader reads it: mentions joined by commas and "and", with only titles between them.
import { ORGANISATION_DESCRIPTORS, ORGANISATION_WORDS, TITLE_WORDS } from "../../data/people.js";
import { BODY_PEOPLE_NOUNS, COUNTERPART_NOUNS, LIST_HEAD_NOUNS } from "../../data/meetings.js";
import { CUE_VERBS } from "../../data/speech.js";
import { ENGLISH_STOPWORDS } from "../../data/stopwords.js";
import type { Doc } from "../../nlp/doc.js";
import type { Country, Organization, Person } from "../../schema/record.js";
import { LEADER_COMPOUND } from "../organizations/index.js";
import { firstFrom, LONGEST_NAME, startingIn } from "../spans.js";

/** One person, country or organisation mentioned in the text. */
export interface Side {
  start: number;
  end: number;
  person: Person | null;
  country: string | null;
  /** The organisation mentioned: "London Stock Exchange" (also for its "LSE"). */
  org?: Organization;
  /** "and possibly Jones": this side may not take part. */
  possibly?: boolean;
}

/** Every person, country and organisation mention of the article, in text order. */
export function sideIndex(doc: Doc, people: Person[], countries: Country[], organizations: Organization[]): Side[] {
  const sides: Side[] = [];
  for (const person of people) for (const m of person.mentions) sides.push({ start: m.start, end: m.end, person, country: person.country });
  for (const c of countries) for (const m of c.mentions) sides.push({ start: m.start, end: m.end, person: null, country: c.code });
  const orgs: Side[] = organizations.flatMap((org) => org.mentions.map((m) => ({ start: m.start, end: m.end, person: null, country: null, org })));
  orgs.sort((a, b) => a.start - b.start);
  // An organisation's name holds the country or capital it was named after: "London Stock Exchange".
  const inOrg = (s: Side) => startingIn(orgs, s.start - LONGEST_NAME, s.end).some((o) => s.start >= o.start && s.end <= o.end);
  const bodies = orgs.filter((o) => !modifiesNoun(doc, o));
  return [...sides.filter((s) => s.person || !(inOrg(s) || isOriginOf(doc.text, s, orgs))), ...bodies].sort((a, b) => a.start - b.start);
}

/** "IMF support", "a Red Cross plane": a name used as a modifier of a common noun is no side. */
export function modifiesNoun(doc: Doc, org: Side): boolean {
  const at = firstFrom(doc.tokens, org.end);
  const next = doc.tokens[at];
  if (!next || /[,.;:!?()"“”]/.test(doc.text.slice(org.end, next.start))) return false;
  const isPeopleWord = (word: string) => TITLE_WORDS.has(word) || COUNTERPART_NOUNS.has(word) || ORGANISATION_WORDS.has(word) || BODY_PEOPLE_NOUNS.has(word);
  // "IMF officials", "IMF top officials", "Ruritanian financial officials": the body's or the country's people, itself a side.
  const after = doc.tokens[at + 1];
  const describesPeople = isPeopleWord(next.normal) || (after?.start === next.end + 1 && isPeopleWord(after.normal));
  // "here", "today" after a name are adverbs, whatever the tagger says; so is "last" in "met lenders last night".
  const timeWord = next.tags.has("Date") || TIME_LEADS.has(next.normal);
  return /^\p{Ll}/u.test(next.text) && next.tags.has("Noun") && !next.tags.has("Verb") && !ENGLISH_STOPWORDS.has(next.normal) && !timeWord && !describesPeople;
}

/** Words that open a phrase of time after a name, which compromise may read as nouns: "last night", "next week". */
const TIME_LEADS = new Set(["last", "next"]);

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
/** "Soviet-led ", "Houston-based ": a compound that says who leads a body or where it is, right before it. */
const LED_FROM = new RegExp(String.raw`^-${LEADER_COMPOUND}\s+$`);

/** Words that may stand between list items besides titles and capitalised words. */
const LINK_WORDS = new Set(["of", "the", "for", "and", "or", "both", "possibly", "also", "to", "de", "von", "van", "al", "el", "bin", "his", "her", "its", "their", "without"]);
const MAX_GAP_WORDS = 14;
const MAX_MODIFIERS = 2;

/** Whether the text between two list items holds only titles and joining words. */
export function isListGap(listed: string, first: boolean): boolean {
  // "Alija Izetbegovic, leader of the Party of Democratic Action (SDA), and Momcilo Krajisnik": an acronym in brackets is part of an aside.
  // "The European Community (EC) and …": the list goes on after the bracket that holds the acronym.
  // "with a 14-bank advisory committee": an article may open the first side.
  // "<Teck Corp>, <Rornex Mining Corp Ltd> and": the marks a wire story puts round a company's name are no words.
  const gap = listed.replace(/ ?[(<]\p{Lu}{2,6}[)>]/gu, "").replace(/^\)/, "").replace(/[<>]/g, " ").replace(first ? /^\s*\b(?:a|an)\s/ : /^$/, " ");
  if (/[;:!?"“”()]/.test(gap)) return false;
  if (!first && !/,|\b(and|or)\b/.test(gap)) return false;
  if (!first && DESCRIBED_BEFORE_NAME.test(gap)) return true;
  if (!first && hasUnreadName(gap)) return false;
  // Plain modifiers may stand right before a side ("talks with separatist chief-of-staff X",
  // "between Russian peacemaker X and rebel chief-of-staff Y"), never before the comma or "and".
  const joint = first ? 0 : Math.max(gap.lastIndexOf(","), ...[...gap.matchAll(/\b(?:and|or)\b/g)].map((m) => m.index! + m[0].length));
  const before = wordsOf(gap.slice(0, joint));
  const after = wordsOf(gap.slice(joint));
  if (before.length + after.length > MAX_GAP_WORDS) return false;
  let modifiers = MAX_MODIFIERS;
  // "AMI management, Pesch": the word for a body's people stays with the body's name.
  const isJoining = (w: string) => /^\p{Lu}/u.test(w) || LINK_WORDS.has(w) || TITLE_WORDS.has(w.replace(/['’]s$/, "")) || BODY_PEOPLE_NOUNS.has(w);
  // "and the country's commercial bank creditors", "the banks' steering committee": a possessive is a modifier too.
  // "a 14-bank advisory committee": a number qualifies the group as a word does.
  const isModifier = (w: string) => (/^\p{Ll}[\p{Ll}-]+(?:['’]s?)?$/u.test(w) && !ENGLISH_STOPWORDS.has(w)) || /^\d+-?$/.test(w);
  return before.every(isJoining) && after.every((w) => isJoining(w) || (modifiers-- > 0 && isModifier(w)));
}

/**
 * " and the head of the central bank of Ruritania, ", " and the dockers' union, ": the next side
 * described before its name, the description closed by a comma ("A and the head of the central
 * bank of Ruritania, B, met", "Employers and the dockers' union, ABC, are to meet").
 */
const DESCRIBED_BEFORE_NAME = /^\s*(?:,\s*)?and\s+the\s+(?:[\p{Ll}-]+\s+){0,3}(?:[\p{Ll}-]+|(?:of|at|for)\s[^,;:.()"“”]{1,50}),\s*$/u;

/**
 * " and Alpha Sprint, the parent of ": a name after "and" that is no side we know, closed by a
 * comma, is the list's next item; what follows the comma describes it, so a country or body named
 * there ("of Ruritania Sprint") is no side.
 */
function hasUnreadName(gap: string): boolean {
  const joint = /\b(?:and|or)\s/.exec(gap);
  const rest = joint ? gap.slice(joint.index + joint[0].length) : "";
  const item = rest.includes(",") ? wordsOf(rest.slice(0, rest.indexOf(","))) : [];
  const isNameWord = (w: string) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase());
  return item.length > 0 && isNameWord(item[0]!) && item.every((w) => isNameWord(w) || LINK_WORDS.has(w));
}

const wordsOf = (text: string) => text.split(/[\s,]+/).filter((w) => w && !/^['’]s?$/.test(w));

/** Which sides a list holds: people, countries, organisations, bodies (countries and organisations mixed), or people and organisations. */
type Want = "person" | "country" | "org" | "body" | "person or org" | "any";
const WANTED: Record<Want, (side: Side) => boolean> = {
  person: (side) => side.person !== null,
  country: (side) => side.person === null && side.country !== null,
  org: (side) => side.org !== undefined,
  body: (side) => side.person === null,
  "person or org": (side) => side.person !== null || side.org !== undefined,
  any: () => true,
};
const isWanted = (side: Side, want: Want) => WANTED[want](side);

/** The list of people (or countries) that starts at `from`: "Chancellor Olaf Scholz, Prime Minister Justin Trudeau and …". */
export function listAfter(text: string, sides: Side[], from: number, to: number, want: Want): Side[] {
  const out: Side[] = [];
  let cursor = from;
  for (const [i, side] of sides.entries()) {
    if (side.start < cursor) continue;
    if (side.start >= to) break;
    if (!isWanted(side, want)) {
      // "with the Bank Advisory Committee for Brazil": a body named first is the side the country
      // qualifies; "with Dome's lenders, spokesman David Annesley told": a body the list closes with
      // a comma is the side, not the person after it; so is a country's ("after talks with South
      // Korean leaders, Commerce Secretary Malcolm Baldrige called").
      const closed = /,/.test(text.slice(side.end, sides[i + 1]?.start ?? side.end));
      if (!out.length && ((side.org && (want === "country" || closed)) || (side.country !== null && isPeopleOf(text, side.end)))) break;
      continue;
    }
    // "with Ruritanian drugs company <Alpha SA>": a country that qualifies the company named after it is no side.
    if (want === "country" && !out.length && sides[i + 1]?.org && QUALIFIES_COMPANY.test(text.slice(side.end, sides[i + 1]!.start))) break;
    const gap = text.slice(cursor, side.start);
    // "Entreprise Nationale … Utiles (ENOF) and": the acronym in brackets is the name just listed.
    if (side.org && side.org === out[out.length - 1]?.org && /^\s*\($/.test(gap)) {
      cursor = side.end + (text[side.end] === ")" ? 1 : 0);
      continue;
    }
    if (!isListGap(gap, out.length === 0) && !(out.length === 0 && LIST_HEAD.test(gap))) break;
    // "…, Burns said": the one who tells of the meeting is no side of it ("to meet its commitments,
    // Febres Cordero said"). "continued" tells only after a comma: "talks between the United States
    // and Japan continued" goes on with the talks.
    const cue = /^\s*([a-z]+)/.exec(text.slice(side.end, side.end + 20))?.[1] ?? "";
    if ((out.length || gap.includes(",")) && CUE_VERBS.has(cue) && (gap.includes(",") || !/^continu/.test(cue))) break;
    // "Renault's rival Peugeot": the side is the one the possessive qualifies.
    const next = sides[i + 1];
    if (next && isWanted(next, want) && isPossessorOf(text.slice(side.start, side.end), text.slice(side.end, next.start))) continue;
    // "between Japanese officials and British … minister Michael Howard": a country that qualifies the person after it is that person's.
    if (want === "any" && !side.person && !side.org && next?.person && !/,|\band\b/.test(text.slice(side.end, next.start))) continue;
    out.push({ ...side, possibly: /\bpossibly\b/i.test(gap) });
    cursor = side.end;
  }
  return out;
}

/** " pharmaceuticals company <", " state oil firm ": plain words between a country's adjective and the company it qualifies. */
const QUALIFIES_COMPANY = /^\s+(?:[\p{Ll}-]+\s+){1,4}<?$/u;

/** " leaders,", " senior officials,": a country's people closed by a comma right after the country's name. */
function isPeopleOf(text: string, end: number): boolean {
  const words = /^((?:\s+[\p{Ll}-]+){1,2}),/u.exec(text.slice(end, end + 40))?.[1]!.trim().split(/\s+/);
  const noun = words?.[words.length - 1] ?? "";
  return COUNTERPART_NOUNS.has(noun) || BODY_PEOPLE_NOUNS.has(noun);
}

/** A short phrase that names the kind of the sides listed after its dash or colon: ' the so-called "A" countries - '. */
const LIST_HEAD = new RegExp(String.raw`^\s*[^.;()]{0,40}?\b(?:${LIST_HEAD_NOUNS.join("|")})\s*[-–—:]\s*$`, "i");

/** "Renault's rival ", "Spain's ", "the banks' ": a possessor, then perhaps a few plain words, up to the side it qualifies. */
function isPossessorOf(side: string, between: string): boolean {
  return (/['’]s$/.test(side) || /^['’]s/.test(between) || (/s$/.test(side) && /^['’]\s/.test(between))) && /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(between);
}

/** The people (or bodies) listed right before `end`, read backwards: "Putin and North Korean leader Kim Jong-un", "Israel and the PLO". */
export function listBefore(text: string, sides: Side[], end: number, from: number, bodies = false): Side[] {
  const people = sides.filter((s) => (bodies ? !s.person : s.person) && s.end <= end && s.start >= from);
  const out: Side[] = [];
  let cursor = end;
  for (let i = people.length - 1; i >= 0; i--) {
    const side = people[i]!;
    // "the International Monetary Fund (IMF)": the acronym in brackets is the name before it.
    if (side.org && side.org === out[0]?.org && /^\s*\($/.test(text.slice(side.end, cursor))) {
      out[0] = side;
      cursor = side.start;
      continue;
    }
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
