// Meetings: who met whom, when and where. Parsers (triggers.ts) find the phrases; this module
// reads the sides around each one, splits a list of counterparts into one meeting per
// counterpart, dates and places the meeting from its clause, and merges repeated mentions.
import { ADJUNCT_WORDS, AFTER_CALLED, BODY_PEOPLE_NOUNS, TALKS_VERBS, CLAUSE_OPENERS, COUNTERPART_NOUNS, DENIALS, HELD_VERBS, MEET_INFINITIVES, MEETING_NOUNS, MET_THINGS, PLANNED_VERBS, POSSIBLE_MARKERS } from "../../data/meetings.js";
import { CORPORATE_SUFFIXES, TITLE_WORDS, UNION_NAME_WORDS } from "../../data/people.js";
import { AUXILIARIES, EARLIER_EVENT, FUTURE_MARKERS, PLANNING_VERBS } from "../../data/tense.js";
import type { Doc, Sentence, Token } from "../../nlp/doc.js";
import type { Country, DateRecord, Meeting, Organization, Person, Quote } from "../../schema/record.js";
import { caseName } from "../../normalize/meta.js";
import { findPlaces, placeInClause, type Place } from "./places.js";
import { counterpartOf, groupAfter, isListGap, listAfter, listBefore, modifiesNoun, pairAfter, pairBefore, sideIndex, type Side } from "./sides.js";
import { findTriggers, type Trigger } from "./triggers.js";
import { firstFrom, spanHolding, startingIn } from "../spans.js";

export interface MeetingsInput {
  doc: Doc;
  people: Person[];
  organizations: Organization[];
  countries: Country[];
  dates: DateRecord[];
  quotes: Quote[];
  referenceDate: string | null;
  /** The article's own date (its date line), not the run's: the day a meeting held and told without a date is dated. */
  published: string | null;
  /** Where the dateline ends: its date is the report's, not the meeting's. */
  skipBefore: number;
  /** The dateline's place ("SKHIRAT"): where a meeting held and told without a place took place. */
  dateline: string | null;
}

interface Context extends MeetingsInput {
  sides: Side[];
  /** The organisation the story's first sentence opens with ("Spendthrift Farm Inc said …"): what "it" and "the company" stand for after. */
  leadBody: Side | null;
  places: Place[];
  /** Offsets of the words compromise tags as verbs: "host" the verb, not "chat-show host". */
  verbs: Set<number>;
  countryNames: Map<string, string>;
}

/** State carried through one sentence: whose turn it is and who is already an object. */
interface SentenceState {
  sentence: Sentence;
  /** Start offsets of the mentions already read as the other side of a meeting. */
  objects: Set<number>;
  subject: Side[];
  focus: Side | null;
  /** The sentence before reports a meeting too: it may tell this one's date in brief. */
  leadReportsMeeting: boolean;
}

export function extractMeetings(input: MeetingsInput): Meeting[] {
  const ctx: Context = {
    ...input,
    quotes: [...input.quotes].sort((a, b) => a.start - b.start),
    sides: sideIndex(input.doc, input.people, input.countries, input.organizations),
    places: findPlaces(input.doc),
    verbs: new Set(input.doc.tokens.filter((t) => t.tags.has("Verb")).map((t) => t.start)),
    countryNames: new Map(input.countries.map((c) => [c.code, c.name])),
    leadBody: null,
  };
  ctx.leadBody = leadBody(ctx);
  const found: Meeting[] = [];
  let focus: Side | null = null;
  let leadReportsMeeting = false;
  input.doc.sentences.forEach((sentence, i) => {
    const state: SentenceState = { sentence, objects: new Set(), subject: [], focus, leadReportsMeeting };
    const triggers = findTriggers(sentence.text, sentence.start)
      // (A stay after a meeting phrase tells where that meeting is: "to meet his counterpart, X, in Alphaville for talks".)
      .filter((t, k) => t.shape !== "direct" || isVerbAt(ctx, t.start) || (k === 0 && STAY.test(sentence.text.slice(t.start - sentence.start))))
      .map((t) => withAfterAdjunct(sentence, t));
    leadReportsMeeting = triggers.length > 0;
    const near = triggers.length ? around(ctx, i) : ctx;
    triggers.forEach((t, k) => found.push(...meetingsAt(near, state, t, triggers[k + 1]?.start ?? sentence.end)));
    focus = startingIn(ctx.sides, sentence.start, sentence.end).find((s) => s.person && s.end <= sentence.end) ?? focus;
  });
  return mergeRepeats(found);
}

/** The organisation that opens the story's first sentence after the dateline, if one does. */
function leadBody(ctx: Context): Side | null {
  const first = ctx.doc.sentences.find((s) => s.start >= ctx.skipBefore && /\p{Ll}/u.test(s.text));
  const opening = first ? ctx.sides.find((s) => s.start >= first.start && s.end <= first.end) : undefined;
  return opening?.org && /^\W*(?:the\s+)?$/i.test(ctx.doc.text.slice(first!.start, opening.start)) ? opening : null;
}

/**
 * The context cut to what the rules of one sentence's meetings read: its mentions, dates and
 * places, and those of the sentences before it and after it that may tell a meeting's date or place.
 */
function around(ctx: Context, i: number): Context {
  const sentences = ctx.doc.sentences;
  const from = sentences[Math.max(0, i - SENTENCES_BACK)]!.start;
  const to = sentences[i + 1]?.end ?? ctx.doc.text.length;
  return { ...ctx, sides: startingIn(ctx.sides, from, to), dates: startingIn(ctx.dates, from, to), places: startingIn(ctx.places, from, to) };
}

/** How many words of time, place or manner may stand between a meeting verb and its "with". */
const ADJUNCT_REACH = 8;

/**
 * "met on June 8 with", "meeting for about an hour with", "met here last week with": a verb whose
 * "with" comes after a phrase of time or place takes its sides after that "with". The phrase is read
 * from the parse: prepositions, determiners, dates, numbers, places and adverbs, no comma.
 */
function withAfterAdjunct(sentence: Sentence, t: Trigger): Trigger {
  const phrase = sentence.text.slice(t.start - sentence.start, t.end - sentence.start);
  if (t.shape !== "direct" || /\bwith$/i.test(phrase)) return t;
  const after = sentence.tokens.filter((k) => k.start >= t.end);
  // "resumed talks on a medium-term deal with": talks take their topic before their other side.
  const topic = /\b(?:talks|negotiations|consultations)$/i.test(phrase) && TOPIC_PREPOSITIONS.has(after[0]?.normal ?? "");
  for (const [i, token] of after.slice(0, (topic ? TOPIC_REACH : ADJUNCT_REACH) + 1).entries()) {
    if (token.normal === "with") return i > 0 ? { ...t, end: token.end } : t;
    if (/[,;:()]/.test(token.post)) return t;
    if (!isAdjunctWord(token) && !(topic && isTopicWord(token))) return t;
  }
  return t;
}

/** Talks "on", "over" or "about" a topic, named before their other side, in up to eight words. */
const TOPIC_PREPOSITIONS = new Set(["on", "over", "about"]);
const TOPIC_REACH = 8;
/** A word of a topic's noun phrase: "a medium-term deal", "its foreign debt" (no verb: that is another clause). */
const isTopicWord = (k: Token) => !k.tags.has("Verb") || k.tags.has("Noun") || k.tags.has("Adjective");

const ADJUNCT_TAGS = ["Preposition", "Determiner", "Date", "Value", "Duration", "Place", "Adverb"];
const isAdjunctWord = (k: Token) => ADJUNCT_TAGS.some((tag) => k.tags.has(tag)) || ADJUNCT_WORDS.has(k.normal);

/**
 * compromise reads "due to meet" as a noun and "was continuing talks" as an adjective before a
 * noun: after "to", "will" or "would" a meeting word is the verb, and so is a participle after "be",
 * a word of time or an adverb between ("are today meeting", "was then holding").
 */
function isVerbAt(ctx: Context, at: number): boolean {
  const before = ctx.doc.text.slice(Math.max(0, at - 8), at);
  if (ctx.verbs.has(at) || /\b(?:to|will|would|shall|could|may|might)\s+$/.test(before)) return true;
  if (!/^\p{L}+ing\b/u.test(ctx.doc.text.slice(at, at + 16))) return false;
  const tokens = ctx.doc.tokens;
  let k = firstFrom(tokens, at) - 1;
  if (tokens[k] && (tokens[k]!.tags.has("Date") || tokens[k]!.tags.has("Adverb")) && /^\s+$/.test(ctx.doc.text.slice(tokens[k]!.end, at))) k--;
  return BE_FORMS.has(tokens[k]?.normal ?? "");
}

const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been"]);

/** ", in Ruritania for talks": an aside that says where its subject is, a verb left unwritten ("who is in"). */
const STAY = /^,\s+in\b/;

/** The meetings one trigger reports: one per counterpart, or one of all when they met together. */
function meetingsAt(ctx: Context, state: SentenceState, t: Trigger, nextStart: number): Meeting[] {
  if (isDenied(state.sentence, t) || isPassive(ctx.doc.text, t)) return [];
  const objects = objectsOf(ctx, state, t);
  if (isVisitorPhrase(ctx, state.sentence, t, objects) || isUrging(ctx, t, objects) || isNaming(ctx, t, objects) || isSummonsWithoutMeeting(ctx, t, objects) || isOpenClass(ctx, objects)) return [];
  // "will urge Ruritania and Freedonia to meet commitments": what is met is a thing, the subjects meet no one.
  if (t.shape === "direct" && !objects.length && isMetThing(ctx.doc.text, t.end)) return [];
  objects.forEach((o) => state.objects.add(o.start));
  const subject = subjectOf(ctx, state, t, objects);
  if (subject.length) state.subject = subject;
  // (A stay's aside ends at its closing comma: "X, in Ruritania for talks, said he invited Y to speak in
  // May": what follows it is not the meeting's.)
  const stay = STAY.test(ctx.doc.text.slice(t.start, t.end)) ? { ...state.sentence, end: afterAside(ctx.doc.text, t.start) } : null;
  const window = clauseWindow(ctx.doc.text, stay ?? state.sentence, t, Math.min(nextStart, stay?.end ?? nextStart));
  // "held preliminary talks with Pratt Hotel Corp and Southmark Corp on forming a joint venture":
  // talks with several companies or groups at once are one negotiation among all of them.
  // ("discussions with AMI management, Pesch … and other AMI shareholders": a round of talks with each holder.)
  const eachHolder = /^[^.;]*?\band\s+other\b/.test(ctx.doc.text.slice(objects[objects.length - 1]?.end ?? t.end, state.sentence.end));
  // ("the government's current talks with the IMF and World Bank": with no one named to hold them, the bodies did not meet each other.)
  const jointBodies = t.shape === "with" && subject.length > 0 && objects.length > 1 && objects.every((o) => o.org !== undefined && !o.person) && !eachHolder;
  const together = (t.shape !== "with" && t.shape !== "direct") || jointBodies;
  // "Both Alpha Motors and Beta Motors held talks with Gamma", "Ruritania, Freedonia and Sylvania have all
  // reached agreement with commercial banks": each subject met the other side on its own.
  const floating = subject.length > 1 && EACH_AFTER.test(ctx.doc.text.slice(subject[subject.length - 1]!.end, t.start));
  const each = floating || (subject.length > 1 && /\b(?:both|each of)\s+$/i.test(ctx.doc.text.slice(Math.max(0, subject[0]!.start - 12), subject[0]!.start)));
  // "Podesta and Stern began negotiations with China": co-subjects are one side, each meeting the
  // other. "The two leaders agreed to meet X" and "Germany's Kinkel and Britain's Rifkind met Levy"
  // name sides of their own, who meet X together.
  const oneSide = each || !(isNamedPair(subject) || ofSeveralCountries(subject));
  const withObject = (o: Side) => (oneSide ? subject.map((s) => [s, o]) : [[...subject, o]]);
  const topic = objects.length || !subject.length ? [] : topicSides(ctx, t, subject, window);
  const groups = together || topic.length ? [[...subject, ...objects, ...topic]] : objects.length ? objects.flatMap(withObject) : metTogether(ctx.doc.text, subject, t) ? [subject] : [];
  // "met with X on Tuesday": a date after the sides is as close as one right after the verb.
  const span = { start: t.start, end: Math.max(t.end, ...objects.map((o) => o.end)) };
  const date = dateFor(ctx, stay ?? state.sentence, span, window) ?? dateNearby(ctx, state, [...subject, ...objects]);
  const out: Meeting[] = [];
  for (const group of groups) {
    const participants = uniqueSides(group);
    if (participants.length < 2) continue;
    const status = statusOf(ctx, state.sentence, t, window, participants, date);
    const places = ctx.places.filter((p) => sameVoice(ctx, p, t));
    const location =
      t.kind === "call"
        ? null
        : (placeInClause(places, window, t, objects) ?? placeNearby(ctx, places, state.sentence, participants) ?? (status === "held" && ctx.dateline ? caseName(ctx.dateline) : null));
    out.push({
      participants: participants.map((s) => participantOf(ctx, s)),
      kind: t.kind,
      status,
      date: date ? { text: date.text, value: date.value } : storyDay(ctx, state.sentence, status),
      location,
      evidence: { text: state.sentence.text, start: state.sentence.start, end: state.sentence.end },
    });
  }
  return out;
}

/**
 * "trade negotiations with Japan and other countries", "talks with Britain and others": a country
 * named as one of an open class of them is an example of the talks' kind, not a side that met.
 * ("talks with company management, Pesch and other shareholders" names sides that did.)
 */
function isOpenClass(ctx: Context, objects: Side[]): boolean {
  const last = objects[objects.length - 1];
  return last !== undefined && OPEN_CLASS.test(ctx.doc.text.slice(last.end, last.end + 40));
}

const OPEN_CLASS = /^,?\s+and\s+(?:others\b|other\s+(?:[\p{Ll}-]+\s+)?(?:countries|nations|states|governments|partners)\b)/u;

/** " have all ", " both ", " each ": a quantifier after a list of subjects that says each acted on its own. */
const EACH_AFTER = /^[\s,]*(?:(?:have|has|had|were|are|was|will|would)\s+)?(?:all|both|each)\s/i;

/**
 * A meeting held and told without a date is the story's news, of the article's own day ("the minister
 * said in a statement following a meeting with his advisers"), unless its sentence puts it further back
 * ("a month after X visited Y, where he met Z", "had met", "has met … several times").
 */
function storyDay(ctx: Context, sentence: Sentence, status: Meeting["status"]): { text: string; value: string } | null {
  if (status !== "held" || !ctx.published || EARLIER_EVENT.test(sentence.text)) return null;
  return { text: "", value: ctx.published };
}

/** "the two leaders": a pair referred to as one phrase stands where the phrase does (see pairBefore). */
const isNamedPair = (subject: Side[]) => subject.length === 2 && subject[0]!.start === subject[1]!.start;

const ofSeveralCountries = (sides: Side[]) => new Set(sides.map((s) => s.person?.country ?? s.country).filter(Boolean)).size > 1;

/** "did not meet", "has never met", "no talks with", "ruled out talks with": a meeting denied is no meeting. */
function isDenied(sentence: Sentence, t: Trigger): boolean {
  const before = sentence.tokens.filter((k) => k.end <= t.start);
  // "has no plans to either attend the summit or meet with X": a denial reaches every verb of the "or".
  const coordinated = /^(?:or|nor)$/.test(before.at(-1)?.normal ?? "");
  const lead = before.slice(-(DENIAL_REACH + (coordinated ? COORDINATED_REACH : 0)));
  const denial = lead.findLastIndex((k) => k.tags.has("Negative") || DENIALS.test(k.normal));
  if (denial < 0) return false;
  // "Preston, who did not attend the meeting between Funaro and creditor banks": the sides after
  // "between" are not the subject, so a denial of another act ("attend") leaves their meeting held.
  return !(t.shape === "between" && lead.slice(denial + 1).some(isOtherAct));
}

/** A verb of its own, not one that holds or has the meeting: "attend", not "hold", "have" or "be". */
const isOtherAct = (k: Token) => k.tags.has("Verb") && !k.tags.has("Auxiliary") && !k.tags.has("Copula") && !TALKS_VERBS.includes(k.normal);

/**
 * "briefed visiting Congressman X": "visiting" reports a meeting only between a host named before it
 * in the sentence and a visitor named right after it ("Before visiting Israel, Blair …" reports none).
 */
function isVisitorPhrase(ctx: Context, sentence: Sentence, t: Trigger, objects: Side[]): boolean {
  if (!/^visiting\b/i.test(ctx.doc.text.slice(t.start, t.end))) return false;
  const host = ctx.sides.some((s) => s.person && s.start >= sentence.start && s.end <= t.start);
  return !host || !objects.some((o) => o.person);
}

/**
 * "called on Trump to stop": "called on" someone to do something urges them; it is no visit.
 * "invited Matt Duss to testify", "invited Gennifer Flowers to sit in the front row": an invitation
 * to do something other than meet is no meeting ("invited Arafat to visit" is one).
 */
function isUrging(ctx: Context, t: Trigger, objects: Side[]): boolean {
  const last = objects[objects.length - 1];
  const phrase = ctx.doc.text.slice(t.start, t.end);
  const urges = /^called\s+on\b/i.test(phrase);
  if (!last || !(urges || /^invite/i.test(phrase))) return false;
  // "called on fellow Republicans to drop Smith": the side named is the infinitive's object.
  if (urges && /\bto\s+\p{L}/u.test(ctx.doc.text.slice(t.end, objects[0]!.start))) return true;
  // "to stop", "to also sit": the infinitive after the person, an adverb or a party label aside
  // ("Gov. Jan Novak (R) to resign"); "called on the Smith administration to act": a noun the
  // name qualifies may come first.
  const afterLabel = last.end + (/^\s*\([^()]{1,24}\)/.exec(ctx.doc.text.slice(last.end, last.end + 30))?.[0].length ?? 0);
  // ("called on Smith weeks ago to step down": a phrase of time may stand before the infinitive.)
  // ("invited Jan Novak, the head of X, who has long opposed Y, to give evidence": past a "who" clause after the aside.)
  const aside = afterAside(ctx.doc.text, afterLabel);
  const relative = aside > afterLabel && /^\s(?:who|which)\s/.test(ctx.doc.text.slice(aside, aside + 8));
  const following = tokensFrom(ctx.doc, relative ? afterAside(ctx.doc.text, aside - 1) : aside, 4 + URGING_TIME_WORDS);
  const timed = following.slice(0, URGING_TIME_WORDS).findIndex((k) => !isDateWord(k) && k.normal !== "ago");
  const after = following.slice(Math.max(0, timed), Math.max(0, timed) + 4);
  const qualified = /^\p{Ll}/u.test(after[0]?.text ?? "") && after[0]!.tags.has("Noun") && !after[0]!.tags.has("Verb");
  const [to, ...rest] = after.slice(qualified ? 1 : 0);
  const verb = rest.find((k) => !k.tags.has("Adverb"));
  return to?.normal === "to" && verb !== undefined && verb.tags.has("Verb") && (urges || !MEET_INFINITIVES.has(verb.normal));
}

/** How many words of time may stand between the one urged and the infinitive: "months ago", "last week". */
const URGING_TIME_WORDS = 3;

/**
 * "summoned his senior climate adviser, Brian Deese, to the Oval Office": summoned to the summoner
 * (CAMEO 040). Summoned before a committee or to court is called to account (CAMEO 090, 173), and
 * summoned with no place ("having already summoned Phil Neville after Bridge pulled out") is called
 * up to a squad: neither is a meeting.
 */
function isSummonsWithoutMeeting(ctx: Context, t: Trigger, objects: Side[]): boolean {
  const last = objects[objects.length - 1];
  if (!last || !/^summon/i.test(ctx.doc.text.slice(t.start, t.end))) return false;
  const [to, where] = tokensFrom(ctx.doc, afterAside(ctx.doc.text, last.end), 2);
  if (to?.normal !== "to" || !where) return true;
  return where.normal === "court" || (where.tags.has("Verb") && !MEET_INFINITIVES.has(where.normal));
}

/** The first `count` tokens from an offset on, found by binary search: a look past a side must not scan the article. */
const tokensFrom = (doc: Doc, at: number, count: number) => {
  const i = firstFrom(doc.tokens, at);
  return doc.tokens.slice(i, i + count);
};

/** Where the words after a side go on, past an aside between commas: "Matt Duss, the president of X, to testify". */
function afterAside(text: string, end: number): number {
  if (text.charAt(end) !== ",") return end;
  const close = text.indexOf(",", end + 1);
  // (A decimal point is no stop: "Ruritania, seeking 1.5 bln dlrs, has been negotiating".)
  const stop = text.slice(end, close).search(/[.;:!?](?!\d)/);
  return close > 0 && stop < 0 ? close + 1 : end;
}

/**
 * "called Trump a liar", "called China provocative": "called" names or judges its object; it is a
 * phone call only with a person and a word of time or purpose after them ("called Sanders to
 * congratulate him", "called Alicia Machado on Friday") or nothing more in the sentence.
 */
function isNaming(ctx: Context, t: Trigger, objects: Side[]): boolean {
  if (!/^called\b(?!\s+on\b)/i.test(ctx.doc.text.slice(t.start, t.end))) return false;
  // "a program called Sandy Hook Promise", "a beer called Swing State": a participle after a noun names.
  const before = ctx.doc.tokens[firstFrom(ctx.doc.tokens, t.start) - 1];
  if (before && before.tags.has("Noun") && !before.tags.has("Pronoun") && !before.tags.has("ProperNoun")) return true;
  const last = objects[objects.length - 1];
  // "called Wednesday for Ginsburg to resign": the person called stands right after the verb, titles aside.
  if (!last || !objects.every((o) => o.person) || !/^(?:\s+\p{Lu}[\p{L}.]*)*\s+$/u.test(ctx.doc.text.slice(t.end, objects[0]!.start))) return true;
  const next = ctx.doc.tokens[firstFrom(ctx.doc.tokens, last.end)];
  const sentenceEnds = !next || next.sentence !== spanHolding(ctx.doc.tokens, last.start)?.sentence || /^\s*[.!?]/.test(ctx.doc.text.slice(last.end, next.start));
  return !(sentenceEnds || AFTER_CALLED.has(next.normal) || next.tags.has("Date"));
}

/** "were invited to attend", "were met": the subject is the guest of someone unnamed, no side of a meeting it reports. */
function isPassive(text: string, t: Trigger): boolean {
  return t.shape === "direct" && /^\w+(?:ed|met)\b/i.test(text.slice(t.start, t.end)) && /\b(?:was|were|been|being|be|is|are)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
}

/** How many words before a meeting phrase a denial reaches: "did not want to meet". */
const DENIAL_REACH = 4;
/** How many more it reaches past the verbs an "or" joins to the meeting phrase: "either attend the summit or". */
const COORDINATED_REACH = 5;

/** The other side: a list of people, a group ("his counterparts in …"), or countries. */
function objectsOf(ctx: Context, state: SentenceState, t: Trigger): Side[] {
  const objects = sidesAfter(ctx, state, t);
  const first = objects[0];
  if (!first) return objects;
  // "greeted by thousands of Germans", "met with hundreds of supporters": a crowd is no side.
  if (CROWD.test(ctx.doc.text.slice(t.end, first.start))) return [];
  if (t.shape !== "direct") return objects;
  // "welcomed world leaders to the White House": a side after a preposition is where, not whom.
  if (/\b(?:to|in|at|into|for|from|on|by)\s+(?:the\s+)?$/i.test(ctx.doc.text.slice(t.end, first.start))) return [];
  // "will meet Ruritania's bank advisory committee": a body of the country's is the side.
  const possessed = ctx.sides.find((s) => s.org && !s.person && s.start > first.end && POSSESSED_BODY.test(ctx.doc.text.slice(first.end, s.start)));
  if (possessed) return [possessed];
  // "to receive the endorsement of X", "visited the home of X", "received Trump's tax filings",
  // "toured Smith's Alphaville office", "host its United States coverage": what the verb
  // takes is a thing of X's, or one X qualifies.
  // ("Smith won 41 percent, Jones had 39 percent": a quantity the verb takes, closed by a comma, is no one met;
  // "met 14 Ruritanian ministers" names whom.)
  const thing = ownedThing(ctx.doc.text.slice(t.end, first.start)) || QUANTITY_TAKEN.test(ctx.doc.text.slice(t.end, first.start)) || OWNS_THING_AFTER.test(ctx.doc.text.slice(first.end, first.end + 40)) || modifiesNoun(ctx.doc, first) || isMetThing(ctx.doc.text, first.end);
  return thing ? [] : objects;
}

/** " 41 percent, ": a number and its noun, then a comma, between a verb and a name. */
const QUANTITY_TAKEN = /^\s+\d[^,]*,\s*$/;

/** "'s tax filings", "'s Alphaville office": a possessive, perhaps a place's name, then a common noun. */
const OWNS_THING_AFTER = /^['’]s\s+(?:\p{Lu}[\p{Ll}-]+\s+){0,2}[\p{Ll}\d]/u;

/** "'s ", "'s bank ": between a possessor and the body of its that follows. */
const POSSESSED_BODY = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "meet U.S. Demands for", "meet Japan's targets": the word after the side (past its "'s") is a thing satisfied. */
const isMetThing = (text: string, end: number) => MET_THINGS.has(MET_THING_AFTER.exec(text.slice(end, end + 40))?.[1]!.toLowerCase() ?? "");

/** "'s targets", " commitments", " their obligations": the noun after a side or a verb, past a possessive or determiner. */
const MET_THING_AFTER = /^(?:['’]s)?\s+(?:(?:the|its|their|his|her|these|those|all|any)\s+)?(\p{L}+)/u;

const CROWD = /\b(?:thousands|hundreds|dozens|millions|crowds?)\b/i;

/** "the endorsement of ", "a letter from ", "extradition to the ": a thing before its owner or goal (not "the president of ", "a dinner for "). */
function ownedThing(gap: string): boolean {
  const m = /^\s*(?:(?:the|a|an|his|her|their|its)\s+)?((?:[\p{Ll}-]+\s+){1,2})(?:of|from|to|for|about|on)\s/u.exec(gap);
  return m !== null && !m[1]!.trim().split(/\s+/).some((w) => TITLE_WORDS.has(w) || COUNTERPART_NOUNS.has(w) || BODY_PEOPLE_NOUNS.has(w) || w in MEETING_NOUNS);
}

function sidesAfter(ctx: Context, state: SentenceState, t: Trigger): Side[] {
  const text = ctx.doc.text;
  const end = state.sentence.end;
  if (t.shape === "possessive") return [];
  // "suspended key talks to unite his ruling ZANU-PF party and …": talks taken up take their other side after "with", never as an object.
  if (t.shape === "direct" && /\b(?:talks|negotiations|consultations)$/i.test(text.slice(t.start, t.end))) return [];
  if (t.shape === "their") {
    const listed = listedPeople(ctx, state.sentence);
    if (listed.length) return listed;
    const told = tellerAndTold(ctx, state.sentence);
    if (told.length) return told;
    const bodies = openingBodies(ctx, state.sentence, t);
    return bodies.length ? bodies : bodyAndPersonTold(ctx, state.sentence, t);
  }
  if (t.shape === "compound") return compoundSides(ctx, t);
  const people = listAfter(text, ctx.sides, t.end, end, "person");
  // "talks between Deputy Finance Minister Mehdi Navvab and the French Finance Ministry": a person and a body.
  // "discussions with AMI management, Pesch …": a list that opens with a body holds the people after it too.
  const bodyFirst = ctx.sides.find((s) => s.start >= t.end)?.org !== undefined;
  // "discussions between Japanese officials and British … minister Michael Howard": a person and a country.
  const mixed = t.shape === "between" && people.length === 1 ? listAfter(text, ctx.sides, t.end, end, "any") : t.shape === "with" && bodyFirst ? listAfter(text, ctx.sides, t.end, end, "person or org") : [];
  if (mixed.length > 1) return mixed.flatMap((s) => (s.person || s.org ? [s] : titledPerson(ctx, s, t.start)));
  if (people.length || (t.kind === "visit" && t.shape === "direct")) return people;
  const group = groupAfter(text, ctx.sides, ctx.people, t.end, end);
  if (group.length) return group;
  const pair = pairAfter(text, ctx.sides, t.end);
  if (pair.length) return pair;
  // "talks between Philippine officials and the country's commercial bank creditors": a country and a body.
  if (t.shape === "between") return listAfter(text, ctx.sides, t.end, end, "body");
  const countries = listAfter(text, ctx.sides, t.end, end, "country");
  return countries.length ? countries : listAfter(text, ctx.sides, t.end, end, "org");
}

/**
 * Who met them, in order of evidence: the owner ("the president's meeting with"), the nearest person before
 * who is not an object, the subject of an earlier meeting in the sentence, the subject of a
 * fronted clause ("During his talks with Jones, Smith …"), and a pronoun or title ("he", "the
 * NATO chief") read as the person in focus.
 */
function subjectOf(ctx: Context, state: SentenceState, t: Trigger, objects: Side[]): Side[] {
  const { sentence } = state;
  const text = ctx.doc.text;
  if (t.shape === "between" || t.shape === "their" || t.shape === "compound") return [];
  // A noun has an owner ("the president's meeting with"); a verb has a subject ("Britain's Malcolm Rifkind met").
  const owner = t.shape === "possessive" ? t.start : t.shape === "with" ? ownerBefore(text.slice(sentence.start, t.start), sentence.start) : null;
  if (owner !== null) {
    // A person owns it, or else a body: "Greece's negotiations with the International Monetary Fund".
    const people = listBefore(text, ctx.sides, owner + 2, sentence.start);
    const owners = people.length ? people : listBefore(text, ctx.sides, owner + 2, sentence.start, true);
    // "the union's negotiations with American Motors Corp": the body the sentence or the story is about.
    const described = !owners.length && BODY_OWNER.test(text.slice(sentence.start, owner)) ? (orgBefore(ctx, sentence.start, owner) ?? ctx.leadBody) : null;
    if (described) return [described];
    if (owners.length || t.shape === "possessive") return owners;
  }
  // "Ruritania has agreed to discuss Freedonia … in its talks with Sylvania": "its" is the body or country
  // that is the subject of the last verb before, else the one named last ("the Ruritanian company" is a
  // company's, not Ruritania's; "Ruritanian officials" are no "it").
  // "Smith declined to comment, and lenders would say nothing ahead of their next meeting with Smith",
  // "Ruritanian officials made no offer when they held talks with": "their" and "they" are the
  // group, the people or the country's people named last before them, not one person.
  if (t.shape === "with" && THEIR_BEFORE.test(text.slice(sentence.start, t.start))) {
    const sides = ctx.sides.filter((s) => s.start >= sentence.start && s.end <= t.start && !state.objects.has(s.start));
    const last = sides.at(-1);
    const people = last?.person ? listBefore(text, sides, last.end, sentence.start) : [];
    if (people.length > 1) return people;
    if (last?.org && /s$/.test(last.org.name)) return [last];
    if (last?.country && !last.person && !last.org && PEOPLE_OF_COUNTRY.test(text.slice(last.end, last.end + 24))) return [last];
  }
  if (t.shape === "with" && ITS_BEFORE.test(text.slice(sentence.start, t.start))) {
    const bodies = ctx.sides.filter((s) => !s.person && s.start >= sentence.start && s.end <= t.start && !state.objects.has(s.start) && !BODY_KIND_AFTER.test(text.slice(s.end, s.end + 16)) && !peopleInPlural(ctx, s));
    const body = bodies.findLast((s) => startsClause(ctx, s)) ?? bodies.pop();
    if (body) return [body];
  }
  // A spokesman who tells of the meeting is not its side ("spokesman Nicholas Burns said … contacts with").
  const free = ctx.sides.filter((s) => s.person && !state.objects.has(s.start) && !isSpokesman(s.person));
  const before = free.filter((s) => s.start >= sentence.start && s.end <= t.start).pop();
  // "U.S. contacts with", "Israeli-Syrian talks with": the body that qualifies a meeting noun is its side.
  const qualifiesNoun = t.shape === "with" && !TALKS_VERBS.some((verb) => text.slice(t.start, t.end).toLowerCase().startsWith(`${verb} `));
  const qualifier = qualifiesNoun ? ctx.sides.find((s) => !s.person && s.end <= t.start && /^[\s-]*$/.test(text.slice(s.end, t.start))) : undefined;
  if (qualifier) return [qualifier];
  // A body right before the phrase is its subject, even after a person ("Varley declined to comment on reports that Barclays had held talks with").
  const body = ctx.sides.filter((s) => !s.person && s.start >= sentence.start && s.end <= t.start && !state.objects.has(s.start)).pop();
  // "Brazil, which has a foreign debt totaling $113 billion, resumed talks": past an aside between commas.
  const asideEnd = body ? afterAside(text, body.end) : 0;
  // "Employers and the dockers' union, ABC, are to meet": an organisation named in an aside of its own
  // is followed by its verb ("in Alphaville, Ruritania, discussed" names a place).
  const ownAside = body?.org !== undefined && /,\s$/.test(text.slice(body.start - 2, body.start)) && text[body.end] === ",";
  const verbStart = body ? (asideEnd <= t.start && asideEnd > body.end ? asideEnd : ownAside ? body.end + 1 : body.end) : 0;
  // "United Artists Communications Inc and <United Cable Television Corp> said they have suspended
  // negotiations": "they" are the bodies named before the cue.
  const verbFrom = verbStart + (SAID_THEY.exec(text.slice(verbStart, t.start))?.[0].length ?? 0);
  // ("Turkey's ambassador in Athens, Nazmi Akiman, was due to meet": a place after a preposition is no subject.)
  const placed = body !== undefined && /\b(?:in|at|from|to)\s+$/i.test(text.slice(Math.max(0, body.start - 6), body.start));
  const bodyIsSubject = body !== undefined && !placed && BODY_BEFORE_PHRASE.test(text.slice(verbFrom, t.start)) && onlyVerbsBetween(ctx, verbFrom, t.start);
  // Only an organisation: a country there says whose the person is ("King Hussein of Jordan met").
  // ("Smith said he believes Ruritania will strike an agreement with": a country that opens a clause of its own after the person is its subject.)
  const ownClause = before !== undefined && body !== undefined && body.start > before.end && opensClauseAfter(ctx, before.end, body.start);
  if (bodyIsSubject && (body.org || ownClause) && (!before || body.start > before.end)) return listBefore(text, ctx.sides, body.end, sentence.start, true);
  // "Prime Medical Services Inc said merger talks with National HMO Corp have been terminated": a
  // company telling of its own talks with another is a side of them.
  if (t.shape === "with" && body?.org && (!before || body.start > before.end) && TELLS_OF_OWN_TALKS.test(text.slice(body.end, t.start).replace(STOCK_SYMBOL_AFTER, ""))) return [body];
  // "the two countries open talks": the pair stands right before the phrase, nearer than any person named.
  const pair = pairBefore(text, ctx.sides, sentence.start, t.start);
  if (pair.length) return pair;
  // "… pointed to Smith endorsing Jones after the president meets with Brown": a title with "the"
  // right before the phrase is its subject, not the person named before it.
  const titleLead = before && /(?<!\band\s)\bthe\s+(?:[\w-]+\s+){1,3}$/i.exec(text.slice(before.end, t.start));
  const titleSubject = titleLead && TITLE_WORDS.has(titleLead[0].trim().split(/\s+/).at(-1)!.toLowerCase()) ? titleHolder(ctx, titleLead[0], t.start) : null;
  if (titleSubject && titleSubject.person !== before!.person) return [titleSubject];
  // A pronoun stands for the sentence's subject: its first person named neither as an owner nor as the
  // object of a preposition ("firstNamed"), or no one the article knows.
  // "X spoke … at Y's dinner, an hour before his meeting with Z": "his" is no owner of another thing.
  // "… after a lunch he had with Jones last spring, he also hosted Brown": "he" is no object.
  const possessed = (s: Side) => /^['’]s?\b/.test(text.slice(s.end, s.end + 2));
  const afterPreposition = (s: Side) => AFTER_PREPOSITION.test(text.slice(Math.max(0, s.start - 8), s.start));
  const lead = text.slice(sentence.start, t.start);
  const firstNamed = (unless: (s: Side) => boolean) => free.find((s) => s.start >= sentence.start && s.end <= t.start && !unless(s));
  if (before && possessed(before) && HIS_BEFORE.test(lead)) {
    const named = firstNamed(possessed);
    if (named) return [named];
  }
  if (before && afterPreposition(before) && HE_BEFORE.test(lead)) {
    const named = firstNamed(afterPreposition);
    return named ? [named] : [];
  }
  if (before) return listBefore(text, free, relativeHead(ctx, free, sentence, t) ?? before.end, sentence.start);
  if (state.subject.length) return state.subject;
  const titled = titledSubject(ctx, sentence.start, t.start);
  if (titled) return [titled];
  // "The meeting with Kato opened a 12-day visit to Japan by Lyng": who the sentence says did it.
  const agent = t.shape === "with" ? free.find((s) => s.start > t.end && s.end <= sentence.end && /\bby\s+$/.test(text.slice(s.start - 4, s.start))) : undefined;
  if (agent) return [agent];
  const lastObject = objects[objects.length - 1]?.end ?? t.end;
  const comma = text.indexOf(",", lastObject);
  const fronted = FRONTED_CLAUSE.test(text.slice(sentence.start, t.start));
  const after = fronted && comma >= 0 && comma < sentence.end ? free.find((s) => s.start > comma && s.end <= sentence.end) : undefined;
  if (after) return [after];
  // "He noted the Nigerians are attempting to negotiate with": the body right before the phrase is its subject, not the one who tells of it.
  if (bodyIsSubject && !PERSON_PRONOUN.test(text.slice(body.end, t.start))) return listBefore(text, ctx.sides, body.end, sentence.start, true);
  // "… as a result of talks yesterday with James Baker, Mexican Finance Minister Gustavo Petricioli
  // said": who closes the sentence telling of talks with someone took part in them.
  const teller = t.shape === "with" && comma >= 0 ? free.find((s) => s.start > comma && s.end <= sentence.end && TELLS_TO_THE_END.test(text.slice(s.end, sentence.end))) : undefined;
  if (teller) return [teller];
  const holder = titleHolder(ctx, lead, t.start);
  if (holder) return [holder];
  if (refersToPerson(lead, sentence.text) && state.focus) return [state.focus];
  // "Absa has said it is still in talks with": "it" is the organisation the sentence named before;
  // in a story that opens with a company ("Spendthrift Farm Inc said it will miss …"), "It said it
  // is holding talks with" and "The company said it is continuing talks with" are that company's.
  const itsBody = /\b(?:it|its)\b/i.test(lead) || THE_BODY.test(lead);
  const org = itsBody ? (orgBefore(ctx, sentence.start, t.start) ?? bodyOfKindBefore(ctx, lead, sentence.start) ?? ctx.leadBody) : null;
  if (org) return [org];
  // A body that meets: "Barclays has met with Wells Fargo", "Britain held talks with".
  if (bodyIsSubject) return listBefore(text, ctx.sides, body.end, sentence.start, true);
  // "The Alpha spokeswoman said she expected news of the talks with Beta", "…, a Gamma spokesman
  // said": talks told of by a body's spokesman, with no one else to hold them, are the body's.
  // The spokesman opens the sentence or closes it with the cue, so tells of the talks, not of another matter.
  const spoken = t.shape === "with" ? ctx.sides.find((s) => s.org && s.start >= sentence.start && s.end <= sentence.end && !objects.some((o) => o.org === s.org) && SPOKESMAN_AFTER.test(text.slice(s.end, s.end + 16))) : undefined;
  const opensOrCloses = spoken && (spoken.end <= t.start ? !ctx.sides.some((s) => s.start >= sentence.start && s.end <= spoken.start) : SPOKESMAN_CLOSES.test(text.slice(spoken.end, sentence.end)));
  if (spoken && opensOrCloses) return [spoken];
  const opening = t.shape === "with" ? openingSubject(ctx, sentence, t, objects) : null;
  return opening ? [opening] : [];
}

/** " spokesman", " spokeswoman": right after a body's name, who speaks for it. */
const SPOKESMAN_AFTER = /^\s+(?:spokesman|spokeswoman|spokesperson)\b/;
/** " spokesman said.": the spokesman and the cue end the sentence. */
const SPOKESMAN_CLOSES = /^\s+(?:spokesman|spokeswoman|spokesperson)\s+(?:said|says|added)\W*$/;

/**
 * "Ruritania has secured a deferral … following five months of negotiations with creditor banks",
 * "Freedonia announced tariff cuts shortly before trade talks with Sylvania": the country or body
 * that opens the sentence as the subject of its verb holds the talks its clause tells of, when no
 * other side is named between it and them.
 */
function openingSubject(ctx: Context, sentence: Sentence, t: Trigger, objects: Side[]): Side | null {
  const first = openingBody(ctx, sentence, t.start);
  if (!first) return null;
  // ("Ruritania, which owes the IMF 450 mln dlrs, is to hold talks with": a body inside the aside is no rival subject.)
  const asideEnd = afterAside(ctx.doc.text, first.end);
  // ("Ruritania bought Freedonian corn ahead of talks with": a country's adjective before a thing is no rival either.)
  const rivals = sidesBetween(ctx, asideEnd, t.start).filter((s) => !(s.country && !s.person && !s.org && modifiesNoun(ctx.doc, s)));
  if (rivals.some((s) => s !== first && !(s.org && s.org === first.org) && !objects.includes(s))) return null;
  return startsClause(ctx, first) && !TELLING.test(verbAfter(ctx, first)!.normal) ? first : null;
}

/** The country or body that opens the sentence ("the" aside), named before `before`. */
function openingBody(ctx: Context, sentence: Sentence, before: number): Side | null {
  const first = sidesBetween(ctx, sentence.start, before)[0];
  return first && !first.person && /^\W*(?:the\s+)?$/i.test(ctx.doc.text.slice(sentence.start, first.start)) ? first : null;
}

const sidesBetween = (ctx: Context, from: number, to: number) => ctx.sides.filter((s) => s.start >= from && s.end <= to);

/** The main verb after a side, past an aside, auxiliaries and adverbs ("has secured", "will also hold"), if a verb follows it. */
function verbAfter(ctx: Context, side: Side): Token | undefined {
  const verb = tokensFrom(ctx.doc, afterAside(ctx.doc.text, side.end), 4).find((k) => !k.tags.has("Auxiliary") && !k.tags.has("Adverb"));
  return verb?.tags.has("Verb") && !verb.tags.has("Copula") ? verb : undefined;
}

/** A side that is the subject of the verb right after it. */
const startsClause = (ctx: Context, side: Side) => verbAfter(ctx, side) !== undefined;

/** A verb of telling makes the subject the teller, not a side: "Ruritania said trade talks with …". */
const TELLING = /^(?:said|says|say|told|tells|reported|reports)$/;

/** "in its talks with", "its current negotiations with": the meeting noun owned by "its". */
const HE_BEFORE = /\b(?:he|she)\s+(?:[\p{Ll}-]+\s+)?$/u;
const AFTER_PREPOSITION = /\b(?:with|to|for|by|from|of|at|on|about)\s+$/;
const HIS_BEFORE = /\b(?:his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const ITS_BEFORE = /\bits\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const THEIR_BEFORE = /\b(?:their|they)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** " officials", " negotiators": right after a country's name, its people. */
const PEOPLE_OF_COUNTRY = /^\s+(?:officials|negotiators|delegates|representatives|ministers|leaders)\b/;

/** " <VOWG.F>": the stock symbol a wire story puts after a company's name. */
const STOCK_SYMBOL_AFTER = /^\s?<[\p{Lu}\d.]{1,12}>/u;

/** " said merger ", " said its ", " said that preliminary ": a cue, then the talks' own modifiers. */
const TELLS_OF_OWN_TALKS = /^\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:(?:its|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "The company said", "the group has held": a body named by its kind, the one the story is about. */
const BODY_KINDS = "company|firm|group|concern|corporation|bank|union";
const THE_BODY = new RegExp(String.raw`\b[Tt]he\s+(?:${BODY_KINDS})\b`);
/** "the union" before the "'s" of "the union's negotiations with". */
const BODY_OWNER = new RegExp(String.raw`\b[Tt]he\s+(?:${BODY_KINDS})$`);

/**
 * "Alpha Workers union members voted …. The union is negotiating with": a union
 * or a bank named by its kind is the last one of that kind named before, in a story that may open
 * with another body.
 */
function bodyOfKindBefore(ctx: Context, lead: string, before: number): Side | null {
  const kind = THE_KIND.exec(lead)?.[1]!.toLowerCase();
  const ofKind = kind ? KIND_OF_NAME[kind] : undefined;
  return (ofKind && ctx.sides.findLast((s) => s.org && s.end <= before && ofKind.test(s.org.name))) || null;
}

const THE_KIND = /\b[Tt]he\s+(union|bank)\b/;
const KIND_OF_NAME: Record<string, RegExp> = {
  union: new RegExp(String.raw`\b(?:Union|${[...UNION_NAME_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")})\b`),
  bank: /\bBank\b/,
};

/** " company", " firm": the word for a body after a country's adjective ("the Ruritanian company"). */
const BODY_KIND_AFTER = new RegExp(String.raw`^\s+(?:${BODY_KINDS})\b`);

/** "Ruritanian officials", "Freedonia's creditor banks": a plural noun right after, whom "its" never stands for. */
function peopleInPlural(ctx: Context, side: Side): boolean {
  const [next, then] = tokensFrom(ctx.doc, side.end, 2);
  const plainNoun = (k: Token | undefined) => !!k && /^\p{Ll}/u.test(k.text) && !k.tags.has("Verb");
  return plainNoun(next) && (next!.tags.has("Plural") || (plainNoun(then) && then!.tags.has("Plural")));
}

/** A cue that ends the sentence after its speaker: " said.", " told reporters.". */
const TELLS_TO_THE_END = /^\s+(?:said|says|told\s+\w+)\W*$/;

const PERSON_PRONOUN = /\b(?:he|she)\b/i;

/** Up to four words, no punctuation but the end of its acronym, between a body and the meeting phrase: "Barclays had held merger talks with", "(WTO) is to hold talks with". */
const BODY_BEFORE_PHRASE = /^\)?\s*(?:[\w-]+\s+){0,5}$/;

/**
 * "Lugar, who has asked whether Secretary Christopher should resign, met Yilmaz", "Dumas, a close
 * aide to President Mitterrand, earlier this week met": the person before a closed aside (a "who"
 * clause or an appositive, opening in lower case) is the subject, not one named inside it. Returns where the head ends.
 */
function relativeHead(ctx: Context, free: Side[], sentence: Sentence, t: Trigger): number | null {
  const text = ctx.doc.text;
  const close = text.lastIndexOf(",", t.start);
  if (close <= sentence.start || wordsOf(text.slice(close + 1, t.start)) > ASIDE_TO_VERB) return null;
  const heads = free.filter((s) => s.start >= sentence.start && s.end < close && /^, (?:\p{Ll}|\d)/u.test(text.slice(s.end, s.end + 3)));
  const head = heads.find((s) => !text.slice(s.end + 1, close).includes(","));
  return head ? head.end : null;
}

/** How many words may stand between the end of an aside and the meeting verb: "earlier this week". */
const ASIDE_TO_VERB = 4;
const wordsOf = (span: string) => span.split(/\s+/).filter(Boolean).length;

const isSpokesman = (person: Person) => person.titles.some((t) => /\bspokes(?:man|woman|person)\b/i.test(t));

/**
 * "had", "is to", "has also": the words between a subject and its verb phrase, not "a Red Cross plane
 * on Tuesday after". A country's people may stand first: "Nigerian officials will", "the Soviet delegation has".
 */
function onlyVerbsBetween(ctx: Context, from: number, to: number): boolean {
  const between = ctx.doc.tokens.filter((t) => t.start >= from && t.end <= to);
  const verbs = between.findIndex((t) => !COUNTERPART_NOUNS.has(t.normal) && !BODY_PEOPLE_NOUNS.has(t.normal));
  // "the IMF team met", "Ruritanian officials met": nothing but the body's people, or a country's
  // people in the plural, stand before the verb. ("the Pakistani president met" names a person, read
  // as such elsewhere.)
  if (verbs < 0) return between.every((t) => BODY_PEOPLE_NOUNS.has(t.normal) || (COUNTERPART_NOUNS.has(t.normal) && t.tags.has("Plural")));
  // "the International Monetary Fund (IMF) on Saturday morning held": a date may stand before the verb.
  const inDate = (k: number) => isDateWord(between[k]!) || (/^(on|last|this|next)$/.test(between[k]!.normal) && !!between[k + 1] && isDateWord(between[k + 1]!));
  // "Brazil enters debt talks with", "Japan was ready to continue trade talks with": after the verb, a
  // word that qualifies it ("ready") or the meeting noun ("debt", "trade").
  const modifier = (t: Token, k: number) => k > verbs && (t.tags.has("Adjective") || (t.tags.has("Noun") && !t.tags.has("ProperNoun") && !t.tags.has("Pronoun")));
  return between.every((t, k) => k < verbs || t.tags.has("Verb") || AUXILIARIES.has(t.normal) || t.tags.has("Adverb") || t.tags.has("Negative") || /^(to|in)$/.test(t.normal) || inDate(k) || modifier(t, k));
}

/** Whether a verb stands between a person and a country named after them, no preposition right before the country: "Smith said Ruritania", not "Smith of Ruritania". */
function opensClauseAfter(ctx: Context, from: number, to: number): boolean {
  const between = ctx.doc.tokens.filter((k) => k.start >= from && k.end <= to);
  return between.some((k) => k.tags.has("Verb")) && !between.at(-1)?.tags.has("Preposition") && !/['’]s\s*$/.test(ctx.doc.text.slice(from, to));
}

const isDateWord = (t: Token) => t.tags.has("Date") || /^(morning|afternoon|evening|night)$/.test(t.normal);

/**
 * The organisation "it" stands for: the one right before "said it" ("Alpha courted Beta for weeks,
 * but Beta said it had broken off talks with Alpha"), else the one that opens the sentence ("WEDGE Group Inc, a
 * firm with a stake in AMI, said it has had talks"), else the last one named before.
 */
function orgBefore(ctx: Context, from: number, to: number): Side | null {
  const orgs = ctx.sides.filter((s) => s.org && s.start >= from && s.end <= to);
  const opening = orgs[0] && /^\W*(?:the\s+)?$/i.test(ctx.doc.text.slice(from, orgs[0].start)) ? orgs[0] : null;
  // (A body inside the opening one's aside tells nothing: "Alpha, a firm with a stake in Beta, said it".)
  const teller = orgs.findLast((s) => SAID_IT.test(ctx.doc.text.slice(s.end, to)) && !(opening && afterAside(ctx.doc.text, opening.end) > s.start));
  return teller ?? opening ?? orgs.pop() ?? null;
}

/** " said it ", " said that it ": right after a body's name, "it" is that body. */
const SAID_IT = /^>?,?\s+(?:said|says|announced)\s+(?:that\s+)?(?:it|its)\s/;

/** "the Pakistani president met …": the person of that country and title the article knows. */
function titledSubject(ctx: Context, from: number, to: number): Side | null {
  const titled = ctx.sides.filter((s) => !s.person && s.country && s.start >= from && s.end <= to && TITLE_AFTER.test(ctx.doc.text.slice(s.end, s.end + 40)));
  const country = titled.pop();
  const person = country ? counterpartOf(country, ctx.people, to) : null;
  return person?.person ? person : null;
}

/**
 * A country in a list of sides: "Japanese officials" are Japan's side; "the Palestinian president"
 * is the Palestinian person with that title the article named before, or no side it can name.
 */
function titledPerson(ctx: Context, country: Side, before: number): Side[] {
  const title = TITLE_AFTER.exec(ctx.doc.text.slice(country.end, country.end + 40))?.[1];
  if (!title || title.toLowerCase().endsWith("s")) return [country];
  const person = counterpartOf(country, ctx.people, before);
  return person.person ? [person] : [];
}

const TITLE_AFTER = new RegExp(String.raw`^\s+(${[...TITLE_WORDS].join("|")})\b`, "i");

/** A clause put before the subject: "During his talks with Jones, Smith …", "Speaking after talks with Jones, Smith …". */
const FRONTED_CLAUSE = /^\W*(?:[a-z]+ing\s+)?(?:during|after|in|at|following|upon|before|on|since|within|ahead of|despite|amid)\b[^,]*$/i;

/** Where the owner of "the president's meeting with" ends: the offset of its "'s". */
function ownerBefore(before: string, base: number): number | null {
  const owner = /['’]s\s+(?:[\w-]+\s+){0,2}?$/.exec(before);
  return owner ? base + owner.index : null;
}

/** "he met", "during his talks", "The NATO chief was scheduled to meet": a person not named here. */
function refersToPerson(before: string, sentence: string): boolean {
  if (/\b(he|she|his|her)\b/i.test(sentence)) return true;
  const head = /^\s*the\s+((?:[\w-]+\s+){1,4})/i.exec(before);
  return head !== null && head[1]!.split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * "Ongpin said Japanese Finance Minister Kiichi Miyazawa expressed satisfaction … during a meeting
 * here yesterday": who opens the sentence telling what another did at a meeting was at it with them.
 */
function tellerAndTold(ctx: Context, sentence: Sentence): Side[] {
  const text = ctx.doc.text;
  const people = ctx.sides.filter((s) => s.person && s.start >= sentence.start && s.end <= sentence.end);
  const [teller, told] = people;
  if (!teller || !told || isSpokesman(teller.person!)) return [];
  // The teller opens the sentence: only titles stand before them.
  if (!text.slice(sentence.start, teller.start).split(/\s+/).every((w) => w === "" || /^\p{Lu}/u.test(w))) return [];
  const between = text.slice(teller.end, told.start);
  const cue = TELLER_CUE.exec(between);
  const title = cue ? between.slice(cue[0].length).replace(/^that\s/, "") : "";
  return cue && !/[,;:"“”]/.test(title) && isListGap(title, true) ? [teller, told] : [];
}

/** " said ", " told Reuters ": the cue between a teller and the subject of what they tell ("that" and any title after). */
const TELLER_CUE = /^\s+(?:said|says|told\s+\w+)\s/;

/**
 * "The president held a joint meeting": the person last named before with exactly that title
 * ("President Obama"), not whoever was named last (an aide quoted in between).
 */
function titleHolder(ctx: Context, lead: string, at: number): Side | null {
  const head = /^\s*the\s+((?:[\w-]+\s+){1,4})/i.exec(lead);
  const title = head?.[1]!.toLowerCase().split(/\s+/).filter((w) => TITLE_WORDS.has(w)).join(" ");
  if (!title) return null;
  let holder: Side | null = null;
  for (const person of ctx.people) {
    if (!person.titles.some((t) => t.toLowerCase() === title)) continue;
    const mention = person.mentions.filter((m) => m.end <= at).pop();
    if (mention && (!holder || mention.start > holder.start)) holder = { start: mention.start, end: mention.end, person, country: person.country };
  }
  return holder;
}

/** "their call": the first list of two or more people the sentence names. */
function listedPeople(ctx: Context, sentence: Sentence): Side[] {
  for (const side of ctx.sides) {
    if (!side.person || side.start < sentence.start || side.end > sentence.end) continue;
    const list = listAfter(ctx.doc.text, ctx.sides, side.start, sentence.end, "person");
    if (list.length >= 2) return list;
  }
  return [];
}

/**
 * "Alpha Corp and the Beta union reached a tentative agreement after talks": two or more companies,
 * bodies or countries joined as the sentence's subject, the meeting phrase later in their clause.
 */
function openingBodies(ctx: Context, sentence: Sentence, t: Trigger): Side[] {
  const first = openingBody(ctx, sentence, t.start);
  if (!first) return [];
  const list = listAfter(ctx.doc.text, ctx.sides, first.start, t.start, "body");
  if (list.length < 2 || !/\band\b/.test(ctx.doc.text.slice(list.at(-2)!.end, list.at(-1)!.start))) return [];
  // ("Rope and Pulley Plc": one firm's name, its last word the only legal form.)
  const endsInLegalForm = (s: Side) => CORPORATE_SUFFIXES.has(ctx.doc.text.slice(s.start, s.end).split(/\s+/).at(-1)!.toLowerCase().replace(/\.$/, ""));
  if (list.length === 2 && ctx.doc.text.slice(list[0]!.end, list[1]!.start) === " and " && endsInLegalForm(list[1]!) && !endsInLegalForm(list[0]!)) return [];
  // ("A and B both backed C and D at the London talks": with more sides named, the talks are
  // many-sided; "A and B failed to agree on A's exports to B during talks" names no more.)
  const listed = (s: Side) => list.some((l) => (s.org ? l.org === s.org : !l.org && l.country === s.country));
  return sidesBetween(ctx, list.at(-1)!.end, t.start).some((s) => s.person || !listed(s)) ? [] : list;
}

/**
 * "Ruritanian officials gave the same message to former Freedonian Foreign Minister Jan Kowal in
 * meetings in the capital": a country's or body's people who open the sentence, and the one person their
 * verb reaches before the meeting phrase, met.
 */
function bodyAndPersonTold(ctx: Context, sentence: Sentence, t: Trigger): Side[] {
  const first = openingBody(ctx, sentence, t.start);
  if (!first) return [];
  const rest = sidesBetween(ctx, first.end, t.start);
  const people = rest.filter((s) => s.person);
  const [noun, verb] = tokensFrom(ctx.doc, first.end, 2);
  const itsPeopleAct = !!noun && (COUNTERPART_NOUNS.has(noun.normal) || BODY_PEOPLE_NOUNS.has(noun.normal)) && !!verb?.tags.has("Verb");
  // ("former Freedonian Foreign Minister Jan Kowal": the person's own country may stand in their title.)
  return itsPeopleAct && people.length === 1 && rest.every((s) => s.person || s.country === people[0]!.person!.country) ? [first, people[0]!] : [];
}

/**
 * The two names of "the U.S./Soviet summit" or "the Obama-Putin meeting": a mention of a country,
 * body or person, or a person of the article called by the last word of their name.
 */
function compoundSides(ctx: Context, t: Trigger): Side[] {
  const text = ctx.doc.text;
  const names = [...text.slice(t.start, t.end).matchAll(/\p{Lu}[\p{L}.]*/gu)].slice(0, 2);
  return names.flatMap((m) => {
    const start = t.start + m.index;
    const end = start + m[0].length;
    const mention = ctx.sides.find((s) => s.start >= start && s.end <= end);
    if (mention) return [mention];
    const person = ctx.people.find((p) => p.name.split(" ").at(-1) === m[0]);
    return person ? [{ start, end, person, country: person.country }] : [];
  });
}

/** ">, said they ", " said that they ": the sides named before a cue, told of as "they". */
const SAID_THEY = /^>?,?\s+(?:said|say|says|announced)\s+(?:that\s+)?they\s+/;

/** "Smith and Jones met", "A and B have met": the subject is a list, nothing stands between it and the verb, and the verb is mutual. */
function metTogether(text: string, subject: Side[], t: Trigger): boolean {
  const last = subject[subject.length - 1];
  if (!RECIPROCAL.test(text.slice(t.start, t.end))) return false;
  if (subject.length < 2 || last === undefined) return false;
  // "A and B held", "A and the International Monetary Fund (IMF) on Saturday morning held": the
  // last side's own acronym and a short date may stand before the phrase.
  const acronym = last.org?.mentions.find((m) => m.start > last.end && /^\s*\($/.test(text.slice(last.end, m.start)) && text[m.end] === ")");
  // "A and B, Ruritania's deputy trade minister, are due to meet", "A and B, who is in Bern, conferred":
  // an aside between commas about the last side stands outside the gap.
  const from = acronym ? acronym.end + 1 : last.end;
  const aside = afterAside(text, from);
  const gap = text.slice(aside <= t.start ? aside : from, t.start);
  return /^[\s,]*(?:[\w-]+\s+){0,4}$/u.test(gap.replace(SAID_THEY, " "));
}

/** Phrases whose subjects meet one another ("A and B met", "resumed talks"), unlike "received" or "visited", which need an object. */
const RECIPROCAL = /^(?:met|meet|meets|meeting|shook|shake|held|hold|holds|resum|began|begin|open|start|conclud|continu|end|complet|suspend|terminat|discontinu|broke|talked|negotiated|conferred|consulted|dined|sat|spoke|spoken|talks)/i;

/**
 * "Alpha Corp said it was continuing talks about joining a venture held by Beta Ltd and Gamma Inc",
 * "Delta had begun talks on an investment in it by Epsilon Co": talks taken up with no "with" name
 * their other side in their topic, the companies the deal is with, and all of them negotiate
 * together. Only organisations: a country in a topic is what the talks are about ("talks on
 * Ruritania's trade surplus"), and a person there is someone the deal concerns.
 */
function topicSides(ctx: Context, t: Trigger, subject: Side[], [, clauseEnd]: [number, number]): Side[] {
  if (t.shape !== "direct" || !TALKS_NOUN_AT_END.test(ctx.doc.text.slice(t.start, t.end))) return [];
  const [preposition] = tokensFrom(ctx.doc, t.end, 1);
  if (!preposition || !TOPIC_PREPOSITIONS.has(preposition.normal)) return [];
  const own = new Set(subject.map((s) => s.org?.id ?? s.person?.id ?? s.country));
  const orgs = ctx.sides.filter((s) => s.org && !s.person && !s.country && s.start > t.end && s.end <= clauseEnd && !own.has(s.org.id));
  // The deal's other party follows a preposition ("a stake in X", "held by X and Y", "the sale of a unit
  // to X"), not a verb of the topic ("whether to allow X to fly") nor "its" (a unit of its own).
  const sides: Side[] = [];
  for (const org of orgs) {
    const lead = ctx.doc.text.slice(Math.max(t.end, (sides.at(-1)?.end ?? org.start - TOPIC_LEAD)), org.start);
    if (sides.length && isListGap(lead, false)) sides.push(org);
    else if (PARTY_AFTER.test(lead)) sides.push(org);
  }
  return sides;
}

const TALKS_NOUN_AT_END = /\b(?:talks|negotiations|consultations|discussions)$/i;
/** How far before a company in a topic its preposition may stand: "held by affiliates ". */
const TOPIC_LEAD = 24;
const PARTY_AFTER = /\b(?:in|by|of|from|with|into|to)\s+(?:(?:the|affiliates?|partners?)\s+)*[<(]?$/i;

/** One side per person or country, the first mention kept. */
function uniqueSides(sides: Side[]): Side[] {
  const seen = new Set<string>();
  return sides.filter((s) => {
    const key = sideKey(s);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sideKey = (s: Side) => (s.person ? s.person.id : s.org ? s.org.id : `country:${s.country}`);

/** The span of the trigger's clause: from the last clause opener before it to the next after it. */
function clauseWindow(text: string, sentence: Sentence, t: Trigger, nextStart: number): [number, number] {
  let from = sentence.start;
  let to = Math.min(nextStart, sentence.end);
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_OPENERS)) {
    const at = sentence.start + m.index;
    if (at < t.start) from = at;
    else if (at >= t.end && at < to) to = at;
  }
  return [from, to];
}

/** Whether a date or place is told in the same voice as the meeting: both quoted from one speaker, or both the reporter's. */
function sameVoice(ctx: Context, span: { start: number }, t: { start: number }): boolean {
  return spanHolding(ctx.quotes, span.start) === spanHolding(ctx.quotes, t.start);
}

const GRANULARITY_RANK = ["time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century"];

/** The date of the clause, else of the sentence: the finest, then the nearest to the trigger. */
function dateFor(ctx: Context, sentence: Sentence, t: { start: number; end: number }, [from, to]: [number, number]): DateRecord | null {
  const distance = (d: DateRecord) => (d.end <= t.start ? t.start - d.end : Math.max(0, d.start - t.end));
  const pick = (lo: number, hi: number) =>
    ctx.dates
      .filter((d) => d.start >= Math.max(lo, ctx.skipBefore) && d.end <= hi && sameVoice(ctx, d, t) && !datesParticiple(ctx, d))
      .sort((a, b) => GRANULARITY_RANK.indexOf(a.granularity) - GRANULARITY_RANK.indexOf(b.granularity) || distance(a) - distance(b))[0];
  return pick(from, to) ?? pick(sentence.start, sentence.end) ?? null;
}

/** "an accord signed last week": a date right after a participle that follows a noun dates that participle, not the meeting. */
function datesParticiple(ctx: Context, d: DateRecord): boolean {
  const first = spanHolding(ctx.doc.tokens, d.start);
  if (!first) return false;
  const [noun, participle] = [ctx.doc.tokens[first.index - 2], ctx.doc.tokens[first.index - 1]];
  if (!noun || !participle || participle.sentence !== first.sentence) return false;
  return participle.tags.has("PastTense") && noun.tags.has("Noun") && !noun.tags.has("ProperNoun") && !noun.tags.has("Pronoun") && !HELD_VERBS.has(participle.normal);
}

/** How many sentences back a meeting's date or place may be told: "Tsang will visit … from August 25. In Jakarta, Tsang will meet". */
const SENTENCES_BACK = 4;
/** The sentence after that refers back to the meeting: "The meeting will take place in Jerusalem on Sunday", "The Downing Street talks covered". */
const REFERS_BACK = /\b(?:[Tt]he|[Tt]heir|[Tt]hat|[Tt]his) (?:\p{Lu}[\p{L}-]* ){0,3}(?:meeting|talks|visit|summit|call|session|encounter)\b/u;

/** The sentences around a meeting's that speak of it: the next if it refers back, then the ones before about its sides. */
function nearbySentences(ctx: Context, sentence: Sentence, sides: Side[]): Sentence[] {
  const sentences = ctx.doc.sentences;
  const i = sentence.tokens[0]!.sentence;
  const next = sentences[i + 1];
  const mentions = (s: Sentence) => sides.some((side) => ctx.sides.some((m) => sideKey(m) === sideKey(side) && m.start >= s.start && m.end <= s.end));
  const before = sentences.slice(Math.max(0, i - SENTENCES_BACK), i).reverse().filter(mentions);
  return [...(next && REFERS_BACK.test(next.text) ? [next] : []), ...before];
}

/** A date told in a sentence around the meeting's, when its own names none. */
function dateNearby(ctx: Context, { sentence, leadReportsMeeting }: SentenceState, sides: Side[]): DateRecord | null {
  // The sentence just before, when it reports a meeting too, tells the same event in brief ("Serb and
  // Moslem commanders met on Tuesday. General X arrived … for discussions with Y"); its place
  // may be the wider one, so it gives only the date.
  const previous = ctx.doc.sentences[sentence.tokens[0]!.sentence - 1];
  const lead = previous && leadReportsMeeting ? [previous] : [];
  for (const s of [...nearbySentences(ctx, sentence, sides), ...lead]) {
    const date = ctx.dates.find((d) => d.start >= Math.max(s.start, ctx.skipBefore) && d.end <= s.end && sameVoice(ctx, d, { start: s.start }));
    if (date) return date;
  }
  return null;
}

/** Where a sentence around the meeting puts its person: "arrived in Ankara", "flew to Ottawa" (not "visiting Korea", a country toured). */
const NEARBY_PREPOSITIONS = new Set(["in", "at", "to"]);

/** A place told in a sentence around the meeting's, when its own names none: "flew to Ottawa", "arrived in Ankara". */
function placeNearby(ctx: Context, places: Place[], sentence: Sentence, sides: Side[]): string | null {
  for (const s of nearbySentences(ctx, sentence, sides)) {
    const place = places.find((p) => p.start >= s.start && p.end <= s.end && NEARBY_PREPOSITIONS.has(p.preposition));
    if (place) return place.text;
  }
  return null;
}

/**
 * Held, planned or possible. "whether" and "possibly" count in the meeting's own clause; a plan
 * counts in the whole sentence, since "was scheduled to meet A before flying to B to meet C" plans both.
 */
function statusOf(ctx: Context, sentence: Sentence, t: Trigger, window: [number, number], participants: Side[], date: DateRecord | null): Meeting["status"] {
  const text = ctx.doc.text;
  if (participants.some((p) => p.possibly) || POSSIBLE_MARKERS.test(text.slice(window[0], t.start))) return "possible";
  if (t.held) return "held";
  if (isIntended(sentence, t)) return "planned";
  // "The meeting between A and B is due to take place": the clause after a noun tells its tense too.
  const told = t.shape === "direct" ? text.slice(sentence.start, t.start) : text.slice(sentence.start, window[1]);
  const ref = ctx.referenceDate;
  if (PLANNED_VERBS.test(text.slice(t.start, t.end))) return "planned";
  // "will agree reforms as a result of talks yesterday with": a meeting dated before the report was held, whatever comes of it.
  if (FUTURE_MARKERS.test(told) && !(date && ref && isBefore(date.value, ref))) return "planned";
  return date && ref && isAfter(date.value, ref) ? "planned" : "held";
}

/** "have provisionally agreed to hold talks", "has agreed to direct talks with": talks intended lie ahead, whatever the intending verb's tense. */
function isIntended(sentence: Sentence, t: Trigger): boolean {
  const lead = sentence.tokens.filter((k) => k.end <= t.start).slice(-INTENT_REACH);
  const to = lead.findLastIndex((k) => k.normal === "to");
  const verb = lead[to - 1];
  // "due to protracted negotiations" gives a cause; "is due to meet" a plan.
  if (verb?.normal === "due" && !lead[to - 2]?.tags.has("Copula")) return false;
  return verb !== undefined && PLANNING_VERBS.test(verb.normal);
}

/** "agreed to direct": the intending verb, "to" and one modifier of the meeting noun. */
const INTENT_REACH = 3;

/** "1987-04" after "1987-03-24": a calendar date (day, month or year) later than the reference day at its own precision. */
function isAfter(value: string, ref: string): boolean {
  return /^\d{4}(?:-\d\d){0,2}$/.test(value) && value > ref.slice(0, value.length);
}

/** "1987-03-23" before "1987-03-24"; "1987-03" is not before a day of March. */
function isBefore(value: string, ref: string): boolean {
  return /^\d{4}(?:-\d\d){0,2}$/.test(value) && value < ref.slice(0, value.length);
}

function participantOf(ctx: Context, side: Side): Meeting["participants"][number] {
  if (side.person) {
    const p = side.person;
    return { kind: "person", name: p.name, personId: p.id, organizationId: null, key: p.key, country: p.country, role: p.titles[0] ?? null };
  }
  if (side.org) return { kind: "organization", name: side.org.name, personId: null, organizationId: side.org.id, key: side.org.key, country: null, role: null };
  return { kind: "country", name: ctx.countryNames.get(side.country!) ?? side.country, personId: null, organizationId: null, key: null, country: side.country, role: null };
}

const meetingKey = (m: Meeting) =>
  m.participants
    .map((p) => p.personId ?? p.organizationId ?? `country:${p.country}`)
    .sort()
    .join("|");

/**
 * Refiner: the same meeting told twice is one record, its first telling completed by the later
 * ones. A telling that says the meeting was held or is planned outweighs one that only calls it
 * possible ("may fail to agree with its creditors", then "is to begin talks with its creditors").
 */
function mergeRepeats(meetings: Meeting[]): Meeting[] {
  const byKey = new Map<string, Meeting>();
  for (const m of meetings) {
    const first = byKey.get(meetingKey(m));
    if (!first || (first.status === "possible" && m.status !== "possible")) {
      byKey.set(meetingKey(m), first ? { ...m, date: m.date ?? first.date, location: m.location ?? first.location } : m);
      continue;
    }
    first.date ??= m.date;
    first.location ??= m.location;
    if (first.kind === "meeting") first.kind = m.kind;
  }
  return [...byKey.values()];
}
