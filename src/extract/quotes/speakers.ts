// Speaker resolution: the speaker's phrase of an attribution becomes a person record (by a
// mention inside the phrase, or by a pronoun resolved to the person in focus), or keeps the
// article's words with their kind: an organisation, a document or an unnamed source.
import { givenNameGender, isNamePart, type Gender } from "../../data/names.js";
import { CALENDAR_WORDS, ORGANISATION_WORDS, PERSON_QUALIFIERS, PERSON_TAGS, QUALIFYING_TITLE_WORDS, TITLE_WORDS } from "../../data/people.js";
import { PERSON_NOUNS } from "../../data/person-nouns.js";
import { THING_NOUN_PLURALS, THING_NOUNS } from "../../data/thing-nouns.js";
import { ANONYMOUS_SPEAKERS, BODY_WORDS, DOCUMENT_WORDS, GENDERED_NOUNS, GENDERED_TITLES, PERSON_DEMONYMS, PHRASE_LINKS, SPEAKER_PRONOUNS } from "../../data/speech.js";
import { findCountries } from "../countries/lookup.js";
import { ENGLISH_STOPWORDS } from "../../data/stopwords.js";
import { isGivenFullName } from "../../normalize/meta.js";
import type { Doc } from "../../nlp/doc.js";
import type { Mention, Organization, Person, Quote } from "../../schema/record.js";
import { endsClause, firstTokenFrom, phraseEndingAt, withoutNameSuffix } from "./attribution.js";
import { personKey } from "../people/key.js";
import { spanHolding } from "../spans.js";

export type Speaker = NonNullable<Quote["speaker"]>;


interface PersonMention {
  person: Person;
  mention: Mention;
}

export interface SpeakerContext {
  doc: Doc;
  /** The article's people; a person named only as a speaker is added to them (see `personNamed`). */
  people: Person[];
  /** The article's organisations; one named only as a speaker is added to them (see `organizationNamed`). */
  organizations: Organization[];
  /** Every person mention in text order. */
  mentions: PersonMention[];
  genders: Map<string, Gender | null>;
  /** The quotations' spans, in text order: words inside one are the speaker's, not who speaks. */
  quoted: readonly { start: number; end: number }[];
}

/** `quoted` are the quotations' spans: a person named inside a quotation is not who speaks it. */
export function speakerContext(doc: Doc, people: Person[], organizations: Organization[], quoted: { start: number; end: number }[]): SpeakerContext {
  const outside = (m: Mention) => !quoted.some((q) => m.start >= q.start && m.start < q.end);
  const mentions = people
    .flatMap((person) => person.mentions.filter(outside).map((mention) => ({ person, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const genders = new Map(people.map((p) => [p.id, genderOf(doc.text, p)] as const));
  return { doc, people, organizations, mentions, genders, quoted: [...quoted].sort((a, b) => a.start - b.start) };
}

/** A person's gender from a personal title before a mention ("Mrs Quinn") or a listed given name. */
function genderOf(text: string, person: Person): Gender | null {
  for (const m of person.mentions) {
    const title = /(\p{L}+\.?)\s+$/u.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1]?.toLowerCase();
    if (title && GENDERED_TITLES[title]) return GENDERED_TITLES[title]!;
  }
  for (const t of person.titles) {
    const g = GENDERED_TITLES[t.toLowerCase()];
    if (g) return g;
  }
  return givenNameGender(person.name.split(/\s+/)[0]!);
}

const LEADING_CONJUNCTIONS = new Set(["and", "but", "so", "yet", "or"]);

const CONTINUING_CUES = new Set(["added", "adds", "continued", "continues", "went", "concluded"]);

const asSpeaker = (p: Person): Speaker => ({ name: p.name, personId: p.id, organizationId: null, key: p.key, kind: "person" });

/**
 * A person the people extractor did not keep but whom the attribution names ("Violet said", "Mr Dean
 * said"): added to the article's people, so that every person speaker is one of them. An honorific
 * before the name is a title, not the name.
 */
function personNamed(ctx: SpeakerContext, words: string, start: number, end: number): Person {
  const honorific = /^(\p{L}+\.?)\s+/u.exec(words);
  const title = honorific && GENDERED_TITLES[honorific[1]!.toLowerCase()] ? honorific[1]! : null;
  const name = (title ? words.slice(honorific![0].length) : words).replace(/['’]s$/, "");
  const key = personKey(name);
  const known = ctx.people.find((p) => p.key === key);
  const mention = { text: words, start, end, via: "name" as const };
  if (known) {
    known.mentions.push(mention);
    return known;
  }
  const number = Math.max(0, ...ctx.people.map((p) => Number(p.id.replace(/^person-/, "")) || 0)) + 1;
  const person: Person = { id: `person-${number}`, key, name, aliases: [], titles: title ? [title] : [], country: null, mentions: [mention] };
  ctx.people.push(person);
  return person;
}

/**
 * The speaker a phrase names. `focus` is the previous quotation's speaker, which "he added" most
 * often continues; `paragraphStart` bounds how far back a pronoun looks for its person.
 */
export interface Focus {
  /** The previous quotation's speaker, when that quotation is in this paragraph or the one before. */
  speaker: Speaker | null;
  /** Where that quotation ends. */
  since: number;
  /** The cue of this attribution: "added" and "continued" go on with the previous speaker. */
  cue: string;
}

export function resolveSpeaker(ctx: SpeakerContext, phrase: [number, number], focus: Focus, searchFrom: number): Speaker | null {
  const { doc } = ctx;
  // "Sirius XM Vice President for news and talk Dave Gorab": a person named at the end of the whole
  // phrase is its head, unless a link word makes them its object ("one of the prosecutors for David Petraeus").
  // The person's own mention may hold the suffix ("Robert P. Casey Jr"): it ends on the name's last
  // word or on a suffix after it, not in a bracketed label.
  const [, phraseLast] = withoutNameSuffix(doc, phrase);
  const endsName = (m: Mention) => m.end >= doc.tokens[phraseLast]!.end && m.end <= doc.tokens[phrase[1]]!.end && !/[()]/.test(doc.text.slice(doc.tokens[phraseLast]!.end, m.end));
  const ending = ctx.mentions.filter(({ mention }) => endsName(mention) && mention.start >= doc.tokens[phrase[0]]!.start).pop();
  const linked = ending && PHRASE_LINKS.has(doc.tokens[firstTokenFrom(doc, ending.mention.start) - 1]?.normal ?? "");
  if (ending && !linked) return asSpeaker(ending.person);
  const [opening, last] = withoutNameSuffix(doc, headOf(doc, phrase));
  // "And he has got", "But Sanders said": a conjunction that opens the sentence is no part of the speaker.
  let first = opening;
  while (first <= last && LEADING_CONJUNCTIONS.has(doc.tokens[first]!.normal)) first++;
  if (first > last) return null;
  const start = doc.tokens[first]!.start;
  const end = doc.tokens[last]!.end;
  const words = doc.text.slice(start, end);
  if (first === last && doc.tokens[first]!.normal in SPEAKER_PRONOUNS) return pronounSpeaker(ctx, doc.tokens[first]!.normal, start, focus, searchFrom);
  if (first === last && /^(i|we)$/.test(doc.tokens[first]!.normal)) return null;
  // The person the phrase ends with is the speaker ("Sanders campaign manager Jeff Weaver"); a person
  // who only modifies the head ("Trump's campaign") is not.
  const head = ctx.mentions.filter(({ mention }) => mention.start >= start && mention.end <= end && mention.end >= doc.tokens[last]!.start);
  if (head.length) return asSpeaker(head[head.length - 1]!.person);
  const bySurname = personBySurname(ctx, doc.tokens[last]!.text, start);
  if (bySurname && /^\p{Lu}/u.test(doc.tokens[last]!.text)) return asSpeaker(bySurname);
  const titled = personByTitle(ctx, words, start);
  if (titled) return asSpeaker(titled);
  // A name the people extractor did not keep ("Violet said") is still a person's when compromise knows it as one.
  const named = doc.tokens.slice(first, last + 1);
  // … or whose first word is a listed given name ("Hannah Ward said").
  const personShaped = named.some((t) => PERSON_TAGS.some((tag) => t.tags.has(tag))) || isGivenFullName(words);
  if (named.every((t) => /^\p{Lu}/u.test(t.text)) && personShaped && !ORGANISATION_WORDS.has(doc.tokens[last]!.normal))
    return asSpeaker(personNamed(ctx, words, start, end));
  // "There", "This", "Why": a word that opens a sentence names no speaker.
  if (first === last && ENGLISH_STOPWORDS.has(doc.tokens[first]!.normal)) return null;
  if (!canSpeak(doc, first, last)) return null;
  // A document with a name of its own is named by it ("Article 4" of "Article 4 of the Treaty on …"),
  // one named by its kind ("a report for a charity by a think tank", "a copy of the letter") and a person by the whole description.
  const described = describedSpeaker(doc.text.slice(start, doc.tokens[describedEnd(doc, last, phrase[1])]!.end), doc.tokens[last]!.normal);
  if (described?.kind === "organization") {
    const organization = organizationNamed(ctx, described.name, start, end);
    return organization ? asOrganizationSpeaker(organization) : described;
  }
  const namedDocument = /^\p{Lu}/u.test(doc.tokens.slice(first, last + 1).findLast((t) => !/^\d/.test(t.text))?.text ?? "");
  return described?.kind === "document" && namedDocument ? describedSpeaker(words, doc.tokens[last]!.normal) : described;
}

const asOrganizationSpeaker = (o: Organization): Speaker => ({ name: o.name, personId: null, organizationId: o.id, key: o.key, kind: "organization" });

/**
 * The organisation a speaker's phrase names: the one whose mention ends the phrase ("the
 * International Monetary Fund said"), else the one of that name or alias ("the IMF" after "(IMF)"),
 * else a new one added to the article's organisations when the phrase names a body by its word
 * for one or by an acronym ("the campaign said", "the FBI said"). Null for a phrase that only reads
 * as a body ("South Korea's", "Indo-Pacific"): the speaker keeps the article's words.
 */
function organizationNamed(ctx: SpeakerContext, name: string, phraseStart: number, end: number): Organization | null {
  // "the campaign": the mention is the name, without its article.
  const start = phraseStart + (/^(?:the|a|an)\s+/i.exec(ctx.doc.text.slice(phraseStart, end))?.[0].length ?? 0);
  const mention = { text: ctx.doc.text.slice(start, end), start, end };
  const inside = ctx.organizations.find((o) => o.mentions.some((m) => m.start >= start && m.end === end));
  if (inside) return inside;
  const key = personKey(name);
  const known = ctx.organizations.find((o) => o.key === key || o.aliases.some((a) => personKey(a) === key));
  if (known) {
    known.mentions.push(mention);
    return known;
  }
  const head = name.split(/\s+/).pop()!;
  if (!(BODY_WORDS.has(head.toLowerCase()) || /^\p{Lu}{2,6}$/u.test(head)) || findCountries(name).length) return null;
  const number = Math.max(0, ...ctx.organizations.map((o) => Number(o.id.replace(/^organization-/, "")) || 0)) + 1;
  const organization: Organization = { id: `organization-${number}`, key, name, aliases: [], mentions: [mention] };
  ctx.organizations.push(organization);
  return organization;
}

/**
 * Whether a phrase that names no person can be who speaks: not a time ("Friday morning"), a place
 * that is no country or capital ("Central Park", "Alabama"; but "Beijing said") or a thing
 * ("balloons cascaded", "Guns are"). Such a phrase is the subject of a verb after a quotation, not
 * its speaker. Only a noun at the phrase's end is judged ("a person close" is not).
 */
function canSpeak(doc: Doc, first: number, last: number): boolean {
  const head = doc.tokens[last]!;
  const word = head.normal.replace(/['’]s$/, "");
  // "the 43-year-old asked": an age stands for a person.
  if (!head.tags.has("Noun") || head.tags.has("Hyphenated") || standsForPeople(word)) return true;
  if (head.tags.has("Date") || CALENDAR_WORDS.has(word)) return false;
  const tokens = doc.tokens.slice(first, last + 1);
  // A lone place word may be a surname too ("Clinton said" where compromise knows the town).
  const surname = first === last && isNamePart(head.text.replace(/['’]s$/, ""));
  // "The Hill", "The Times": a place word after a capitalised "The" names a paper or a body.
  const named = /^the$/.test(tokens[0]!.normal);
  if (tokens.every((t) => t.tags.has("Place")) && !surname && !named) return findCountries(doc.text.slice(tokens[0]!.start, head.end)).length > 0;
  // A capitalised plural compromise reads as a common noun ("Signs" opening a sentence) is one; a
  // capitalised singular may be a surname ("Bush").
  const common = !/^\p{Lu}/u.test(head.text) || (head.tags.has("Plural") && !head.tags.has("ProperNoun") && !PERSON_TAGS.some((t) => head.tags.has(t)));
  return !common || !isThingNoun(word);
}

/** A noun that stands for people, or for who made it or works in it ("the clip says", "Powell's office said"). */
const standsForPeople = (word: string) =>
  [word, word.replace(/s$/, "")].some((w) => DOCUMENT_WORDS.has(w) || BODY_WORDS.has(w) || ANONYMOUS_SPEAKERS.has(w) || TITLE_WORDS.has(w));

/** A noun for a thing, a time, a plant, an animal, a food or a substance, singular or plural. */
function isThingNoun(word: string): boolean {
  const singular = THING_NOUN_PLURALS[word] ?? (word.endsWith("ies") ? word.slice(0, -3) + "y" : word.endsWith("s") && !THING_NOUNS.has(word) ? word.slice(0, -1) : word);
  return THING_NOUNS.has(singular) || THING_NOUNS.has(word.replace(/es$/, ""));
}

/**
 * Where an unnamed speaker's description ends: with what qualifies its head ("a longtime adviser
 * to Trump", "a spokesman for the Oxford University Press"), up to the end of its clause.
 */
function describedEnd(doc: Doc, head: number, phraseEnd: number): number {
  if (!PHRASE_LINKS.has(doc.tokens[head + 1]?.normal ?? "") || endsClause(doc.tokens[head]!)) return head;
  let end = head;
  while (end < phraseEnd && !endsClause(doc.tokens[end]!) && !/^(and|or)$/.test(doc.tokens[end + 1]!.normal)) end++;
  // "Senior officials from South Korea, the United States and Japan": a qualifier cut short by a list is left out.
  return end === phraseEnd || !/^(?:,|and|or)/.test(doc.text.slice(doc.tokens[end]!.end, doc.tokens[end + 1]!.end).trim()) ? end : head;
}

/**
 * The phrase up to its head, before what qualifies it: "Ambassador Stefan Johannesson" of "…
 * of Iceland", "spokesman" of "a spokesman for the group", "Senior officials" of "… from Japan".
 */
function headOf(doc: Doc, [first, last]: [number, number]): [number, number] {
  for (let k = first; k < last; k++) {
    const next = doc.tokens[k + 1]!;
    if (endsClause(doc.tokens[k]!) || PHRASE_LINKS.has(next.normal) || /^(and|or)$/.test(next.normal)) return [first, k];
  }
  return [first, last];
}

/**
 * "the foreign secretary told MPs": the person the article gives that title, the one named last
 * before when several hold it.
 */
function personByTitle(ctx: SpeakerContext, words: string, before: number): Person | null {
  const title = words.replace(/^(?:the|a|an)\s+/i, "").toLowerCase();
  // Only a title of two words or more that the article gives the person in full ("Foreign
  // Secretary Jack Straw"): "the senator" may be any senator.
  if (!/^[\p{Ll} -]+$/u.test(title) || !title.includes(" ")) return null;
  const holders = ctx.people.filter((p) => p.titles.some((t) => t.toLowerCase() === title));
  if (!holders.length) return null;
  const latest = ctx.mentions.filter(({ person, mention }) => holders.includes(person) && mention.start < before).pop();
  return latest?.person ?? (holders.length === 1 ? holders[0]! : null);
}

/**
 * A transcript line quoted whole, `"PENCE: Well, look, …`: the label in capitals before the colon
 * is who speaks, when its last word is the surname of a person the article names ("MR. TRUMP",
 * "WALLACE"). A label that names nobody in the article ("VIDEO", an interviewer never introduced)
 * credits no one: neither the clause around the line nor the speaker of the line before says who
 * speaks it. `undefined`: the quotation has no label.
 */
export function transcriptSpeaker(ctx: SpeakerContext, quotation: { text: string; start: number }): Speaker | null | undefined {
  const label = TRANSCRIPT_LABEL.exec(quotation.text);
  if (!label) return undefined;
  const surname = label[1]!.split(/\s+/).pop()!;
  const person = personBySurname(ctx, surname.charAt(0) + surname.slice(1).toLowerCase(), quotation.start);
  return person ? asSpeaker(person) : null;
}

/**
 * `Clinton: "Our goal is …"`, `Donald Trump: "Appreciate the congrats …"`: a name and a colon
 * opening the sentence label the quotation after them with its speaker, as a round-up of who said
 * what does. A label that is no person's of the article ("Bush:" for a Bush never named in full,
 * "Update:") credits no one, and the speaker before does not carry over it. `undefined`: no label.
 */
export function labelBeforeSpeaker(ctx: SpeakerContext, quotation: { start: number }, lineStart: number): Speaker | null | undefined {
  const from = Math.max(lineStart, quotation.start - 60);
  const label = NAME_LABEL.exec(ctx.doc.text.slice(from, quotation.start));
  if (!label) return undefined;
  const person = personCalled(ctx, label[1]!, quotation.start);
  if (person) return person;
  // "Continued Stone:" is a cue and its speaker, which the attribution rules read.
  const start = from + label.index + label[0].indexOf(label[1]!);
  const words = ctx.doc.tokens.filter((t) => t.start >= start && t.end <= start + label[1]!.length);
  return words.every((t) => t.tags.has("ProperNoun")) ? null : undefined;
}

/** Up to four capitalised words opening a sentence, then a colon and the opening mark: `Sen. Bernie Sanders: "`. */
const NAME_LABEL = /(?:^|[.!?]["”’]?\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+):\s*["“]$/u;

/** A line of nothing but a person's name of the article, signing the quotation above it: "Sanders.", "— Sen. Ted Cruz". */
export function signatureSpeaker(ctx: SpeakerContext, line: string, quotationStart: number): Speaker | undefined {
  const signed = SIGNATURE_LINE.exec(line.trim());
  return signed ? personCalled(ctx, signed[1]!, quotationStart) : undefined;
}

const SIGNATURE_LINE = /^(?:[-–—―]+\s*)?((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}'’-]+)\.?$/u;

/**
 * `"… as much of it as possible. ¶ Former NAACP president Ben Jealous."`: the last paragraph of a
 * quotation run on over paragraphs, a person's name with at most a role and no verb, signs the
 * quotation, as pull quotes are set. `undefined`: the paragraph is no signature.
 */
export function signatureInside(ctx: SpeakerContext, part: { start: number; end: number; text: string }): Speaker | undefined {
  if (part.text.split(/\s+/).length > MAX_SIGNATURE_WORDS) return undefined;
  const words = ctx.doc.tokens.filter((t) => t.start >= part.start && t.end <= part.end);
  if (words.some((t) => t.tags.has("Verb"))) return undefined;
  const signer = ctx.people.find((p) => p.mentions.some((m) => m.start >= part.start && m.end <= part.end && m.text.includes(" ")));
  return signer ? asSpeaker(signer) : undefined;
}

/** The longest signature: "Anne Richards, assistant secretary of state for population, refugees, and migration" is a sentence's length. */
const MAX_SIGNATURE_WORDS = 10;

/** The person of the article a written name calls: by the whole name, or by its last word as a surname. */
function personCalled(ctx: SpeakerContext, written: string, before: number): Speaker | undefined {
  const name = written.replace(/\s+/g, " ");
  const person = ctx.people.find((p) => p.name === name || p.aliases.includes(name)) ?? personBySurname(ctx, name.split(" ").pop()!, before);
  return person ? asSpeaker(person) : undefined;
}

/** One or two words in capitals, the last of two letters or more, then a colon: "PENCE:", "MR. TRUMP:". */
const TRANSCRIPT_LABEL = /^\s*((?:\p{Lu}+\.?\s+)?\p{Lu}[\p{Lu}'’-]+):\s/u;

/** A capitalised last word that is a person's surname in the article: "Then Caddell said". */
function personBySurname(ctx: SpeakerContext, word: string, before: number): Person | null {
  const bare = word.replace(/['’]s$/, "");
  const holders = ctx.people.filter((p) => p.name.split(/\s+/).pop() === bare || p.aliases.includes(bare));
  if (holders.length <= 1) return holders[0] ?? null;
  const latest = ctx.mentions.filter(({ person, mention }) => holders.includes(person) && mention.start < before).pop();
  return latest?.person ?? null;
}

/** The gender a description's head noun tells, if any: the last word before "for", "of" … ("Conservative spokeswoman for Wales"). */
function genderOfDescription(description: string): Gender | undefined {
  const words = description.toLowerCase().split(/\s+/);
  const link = words.findIndex((w) => PHRASE_LINKS.has(w));
  return GENDERED_NOUNS[words[(link < 0 ? words.length : link) - 1] ?? ""];
}

/**
 * "a spokeswoman" is one speaker who is a she. A description that tells no gender ("an aide")
 * does not take the pronoun: a person named nearby more often does.
 */
const isOneOfGender = (description: string, gender: Gender) => genderOfDescription(description) === gender;
const isOfOtherGender = (description: string, gender: Gender) => (genderOfDescription(description) ?? gender) !== gender;

/** An organisation, a document or an unnamed source, in the article's words ("a senior official"). */
function describedSpeaker(words: string, head: string): Speaker | null {
  const name = words.replace(/^(?:the|a|an)\s+/i, "").replace(/['’]s$/, "");
  const nouns = [...name.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => m[0]);
  // The head decides first: "a spokesman for the Oxford University Press" is a person, not the press.
  if (ANONYMOUS_SPEAKERS.has(head)) return { name, personId: null, organizationId: null, key: null, kind: "anonymous" };
  if (namesDocument(name)) return { name, personId: null, organizationId: null, key: null, kind: "document" };
  if (nouns.some((w) => ANONYMOUS_SPEAKERS.has(w))) return { name, personId: null, organizationId: null, key: null, kind: "anonymous" };
  // "Tory leader", "Florida senator", "the Cuban": a person described by a role or a nationality;
  // "the Christie supporter": by a noun for a person, written in lower case ("The Guardian" is a paper).
  const personNoun = PERSON_NOUNS.has(head.replace(/['’]s$/, "")) && words.split(/\s+/).some((w) => w.replace(/['’]s$/, "") === head);
  const role = ROLE_WORDS.has(head) || PERSON_DEMONYMS.test(head) || personNoun;
  // ("Jan Novak's gloomy tone", "Alpha Corp's research": what a person or body has is no body, unless its head is one: "Ruiz's campaign".)
  const body = [head.replace(/['’]s$/, ""), head.replace(/s$/, "")].some((w) => BODY_WORDS.has(w));
  const possessed = /['’]s\s+\S/u.test(name);
  // ("A Novak win": a name before a common noun in lower case only qualifies it.)
  const namedBody = /^\p{Lu}/u.test(name) && /^\p{Lu}/u.test(name.match(/\p{L}+/gu)!.at(-1)!);
  if (!role && (body || (namedBody && !possessed))) return { name, personId: null, organizationId: null, key: null, kind: "organization" };
  return /\p{L}/u.test(name) ? { name, personId: null, organizationId: null, key: null, kind: "anonymous" } : null;
}

/**
 * "the unnamed report", "Article 4", "Transcript": a document's word that owns nothing, in lower
 * case or opening the name; not "the film's narrator" (a person), "Alphaville Post" or "Ruritania
 * Economic Survey" (bodies named after what they publish).
 */
function namesDocument(name: string): boolean {
  const words = [...name.matchAll(/(?<![\p{L}'’])\p{L}+(?![\p{L}'’])/gu)];
  // ("Bill Novak's comments": an opening word before another capitalised one is a given name.)
  const opensName = /^\p{L}+\s+\p{Lu}/u.test(name);
  return words.some((m) => {
    const word = m[0].toLowerCase();
    const plain = m[0] === word || (m.index === 0 && !opensName && !ORGANISATION_WORDS.has(word));
    return plain && DOCUMENT_WORDS.has(word);
  });
}

/** Words for a person's role, not a body's: "leader", "MP", "archbishop" (not "ministry", "party", "Labour"). */
const ROLE_WORDS = new Set([...[...TITLE_WORDS].filter((w) => !ORGANISATION_WORDS.has(w) && !QUALIFYING_TITLE_WORDS.has(w)), ...PERSON_QUALIFIERS]);

/** Of the people named, the first in the last sentence that names any: that sentence's subject, as a rule. */
function subjectOfLastSentence(ctx: SpeakerContext, named: PersonMention[]): PersonMention | undefined {
  const sentenceOf = (m: PersonMention) => ctx.doc.tokens[firstTokenFrom(ctx.doc, m.mention.start)]?.sentence ?? -1;
  const last = named.length ? sentenceOf(named[named.length - 1]!) : -1;
  const inLast = named.filter((m) => sentenceOf(m) === last);
  // "Amid talk of Jane Smith's tax affairs, Finance Minister Ann Jones closed the inquiry":
  // a possessor that only qualifies a noun is not the subject when someone else is named.
  return inLast.find((m) => !/^['’]s?\s/.test(ctx.doc.text.slice(m.mention.end, m.mention.end + 3))) ?? inLast[0];
}

/** "They reiterated": the officials named before; "it said": the statement or body named before. */
function namedBefore(ctx: SpeakerContext, at: number, searchFrom: number, plural: boolean, only?: ReadonlySet<string>): Speaker | null {
  const { doc } = ctx;
  for (let k = firstTokenFrom(doc, at) - 1; k >= 0; k--) {
    const t = doc.tokens[k]!;
    if (t.start < searchFrom) break;
    if (spanHolding(ctx.quoted, t.start)) continue;
    if (plural !== t.tags.has("Plural")) continue;
    const fits = (only ? only.has(t.normal) : ANONYMOUS_SPEAKERS.has(t.normal) || DOCUMENT_WORDS.has(t.normal) || BODY_WORDS.has(t.normal)) && isHeadNoun(doc, k);
    // Named with its modifiers: "a Conservative spokeswoman", "the officials", "a spokesman for the Oxford University Press".
    const end = withNameAfter(doc, k);
    const phrase = fits ? phraseEndingAt(doc, end, firstTokenFrom(doc, searchFrom)) : null;
    // A phrase never runs over a line break ("p.m.\n\nDonald Trump's campaign").
    const words = phrase ? doc.text.slice(doc.tokens[phrase[0]]!.start, doc.tokens[end]!.end).split("\n").pop()! : "";
    const speaker = phrase ? describedSpeaker(words, t.normal) : null;
    if (speaker) return speaker;
  }
  return null;
}

/**
 * "her official pledge", "the entire 11 million-person": a word that qualifies the noun after it,
 * or ends a hyphenated compound, names no one.
 */
function isHeadNoun(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  if (doc.tokens[k - 1]?.post.endsWith("-") || !t.tags.has("Noun")) return false;
  // Past any adjectives ("million-person undocumented population"), a plain noun is the head.
  const joined = (j: number) => doc.tokens[j]?.sentence === t.sentence && doc.tokens[j - 1]!.post === " " && /^\p{Ll}/u.test(doc.tokens[j]!.text);
  let j = k + 1;
  while (joined(j) && doc.tokens[j]!.tags.has("Adjective") && !doc.tokens[j]!.tags.has("Noun")) j++;
  return !(joined(j) && doc.tokens[j]!.tags.has("Noun") && !doc.tokens[j]!.tags.has("Pronoun"));
}

/** "spokesman for the Oxford University Press": the index of the last word of a name after the head's "for", "of" or "at". */
function withNameAfter(doc: Doc, head: number): number {
  const link = doc.tokens[head + 1];
  const sentence = doc.tokens[head]!.sentence;
  if (!link || !PHRASE_LINKS.has(link.normal) || /[,;:]/.test(doc.tokens[head]!.post)) return head;
  let j = head + 2;
  if (doc.tokens[j]?.normal === "the") j++;
  let end = head;
  for (; doc.tokens[j]?.sentence === sentence && /^\p{Lu}/u.test(doc.tokens[j]!.text); j++) {
    end = j;
    if (/[^\s'’]/.test(doc.tokens[j]!.post)) break;
  }
  return end;
}

/**
 * "he said": the previous quotation's speaker when the gender fits, else the latest person of that
 * gender mentioned since `searchFrom` (the paragraph before), else the latest person at all.
 * "they" and "it" keep the previous speaker only when it is not a person.
 */
function pronounSpeaker(ctx: SpeakerContext, pronoun: string, at: number, { speaker: focus, since, cue }: Focus, searchFrom: number): Speaker | null {
  const gender = SPEAKER_PRONOUNS[pronoun] ?? null;
  if (!gender) return focus && focus.kind !== "person" ? focus : namedBefore(ctx, at, searchFrom, pronoun === "they");
  const fits = (id: string | null) => !id || (ctx.genders.get(id) ?? gender) === gender;
  // A person named since the previous quotation takes the focus ("Health Secretary John Reid warned
  // … He told BBC News"), unless the cue goes on with the previous speaker ("he added").
  const named = subjectOfLastSentence(ctx, ctx.mentions.filter(({ mention, person }) => mention.start >= since && mention.start < at && fits(person.id)));
  if (named && named.person.id !== focus?.personId && !CONTINUING_CUES.has(cue)) return asSpeaker(named.person);
  // "A Conservative spokeswoman said … She said:": an unnamed speaker of the sentence before.
  const unnamed = named || CONTINUING_CUES.has(cue) ? null : namedBefore(ctx, at, Math.max(since, searchFrom), false, ANONYMOUS_SPEAKERS);
  if (unnamed && !isOfOtherGender(unnamed.name, gender)) return unnamed;
  if (focus?.kind === "person" && fits(focus.personId)) return focus;
  // "A Labour Party spokesman told … "…," he said": an unnamed speaker of one, of that gender.
  if (focus?.kind === "anonymous" && isOneOfGender(focus.name, gender)) return focus;
  // The paragraph and the one before first; a person named further back only when none is nearer.
  const earlier = ctx.mentions.filter(({ mention }) => mention.start < at).reverse();
  const near = earlier.filter(({ mention }) => mention.start >= searchFrom);
  const pick = (list: PersonMention[]) => list.find(({ person }) => ctx.genders.get(person.id) === gender) ?? list.find(({ person }) => fits(person.id));
  const match = pick(near) ?? pick(earlier);
  return match ? asSpeaker(match.person) : null;
}
