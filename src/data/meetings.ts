// Words that report a meeting, after the ACE Contact.Meet and CAMEO 04x definitions: people or
// delegations coming together face to face, or by phone or video.
import type { Meeting } from "../schema/record.js";

type Kind = Meeting["kind"];

/** Nouns that name a meeting: "talks with", "the minister's meeting with", "their Monday call". */
export const MEETING_NOUNS: Record<string, Kind> = {
  talks: "talks",
  summit: "summit", "summit meeting": "summit", summits: "summit",
  meeting: "meeting", meetings: "meeting", encounter: "meeting", audience: "meeting",
  call: "call", "phone call": "call", "video call": "call", "telephone call": "call", "phone conversation": "call",
  "video conference": "call", videoconference: "call",
  visit: "visit",
  negotiations: "talks", consultations: "talks", "peace talks": "talks", contacts: "talks", discussions: "talks",
  dinner: "meal", lunch: "meal", luncheon: "meal", breakfast: "meal", banquet: "meal",
};

/** Verbs that report a meeting and the kind each implies: "met with", "shook hands with". */
export const MEETING_VERBS: Record<string, Kind> = {
  met: "meeting", meet: "meeting", meets: "meeting", meeting: "meeting",
  "shook hands": "meeting", "shake hands": "meeting",
  hosted: "meeting", hosts: "meeting", host: "meeting",
  "spoke by phone": "call", "spoke on the phone": "call", "talked by phone": "call", "spoke by telephone": "call",
  dined: "meal",
  received: "meeting", receives: "meeting", receive: "meeting", welcomed: "meeting", welcomes: "meeting",
  greeted: "meeting", greets: "meeting", "conferred with": "meeting", conferred: "meeting", "consulted with": "meeting",
  "sat down with": "meeting", "sit down with": "meeting", "paid a call on": "visit", "called on": "visit",
  // "called Sanders to congratulate him" (a call) as against "called Trump a liar" (naming): see isCallTo.
  called: "call",
  telephoned: "call", phoned: "call", "spoke by telephone with": "call", "spoke by phone with": "call",
  "talked with": "talks", "held talks": "talks", "negotiated with": "talks",
  // An invitation to meet is a meeting planned: "had invited Arafat to his home for talks".
  invited: "meeting", invites: "meeting",
  // Summoned to the summoner: "summoned his senior climate adviser, Brian Deese, to the Oval Office".
  summoned: "meeting", summons: "meeting",
  // A visit to a person is a meeting with them ("McCain recently visited Mr Blair"); a visit to a
  // place is not, so these take people only.
  visited: "visit", visits: "visit", "paid a visit to": "visit",
  // "told visiting Japanese Foreign Minister Ikeda", "briefed visiting U.S. senators":
  // a visitor addressed by the host has met the host.
  visiting: "visit",
};

/**
 * Verbs that take a meeting noun as their object and make its subject a side: "held talks with",
 * "ended merger talks with", "broke off negotiations with". Those in the past report the talks held.
 */
export const HELD_TALKS_VERBS = new Set(["held", "had", "resumed", "began", "opened", "started", "ended", "concluded", "completed", "broke off", "terminated", "suspended", "discontinued", "entered into"]);
export const TALKS_VERBS = [...HELD_TALKS_VERBS, "hold", "holds", "holding", "have", "has"];

/** Adverbs that may stand between a meeting verb and its "with": "met frequently with". */
export const MEETING_ADVERBS = ["frequently", "regularly", "briefly", "privately", "separately", "secretly", "informally", "formally", "again", "twice", "jointly", "later", "first"];

/** Verbs in the past that report the meeting as held whatever the sentence says after. */
export const HELD_VERBS = new Set([
  "visited", "paid a visit to",
  "met", "held", "hosted", "shook hands", "dined", "spoke by phone", "spoke on the phone", "talked by phone", "spoke by telephone",
  "received", "welcomed", "greeted", "summoned", "conferred with", "consulted with", "sat down with", "paid a call on", "called on",
  "called", "telephoned", "phoned", "spoke by telephone with", "spoke by phone with", "talked with", "held talks", "negotiated with",
]);

/** Nouns for the other side as a group: "his counterparts from", "the leaders of". */
export const COUNTERPART_NOUNS = new Set(
  `counterpart counterparts leader leaders head heads minister ministers delegation delegations
president presidents premier premiers officials envoys`.split(/\s+/),
);

/** Nouns for the people who act for a body: "talks with AMI management" are talks with AMI, "the IMF team met" is the IMF meeting, "the Romanian authorities" are Romania. */
export const BODY_PEOPLE_NOUNS = new Set(["management", "managers", "executives", "representatives", "negotiators", "board", "directors", "team", "mission", "authorities", "members", "government"]);

/**
 * Words of a time or manner phrase between a meeting verb and its "with" that the tagger reads as
 * plain nouns or adjectives: "met in the afternoon with", "met over dinner with", "met here with", "meet next month with".
 */
export const ADJUNCT_WORDS = new Set(["about", "here", "there", "earlier", "later", "early", "late", "over", "morning", "afternoon", "evening", "night", "weekend", "week", "month", "year", "next", "last", "hour", "hours", "minutes", "breakfast", "lunch", "dinner"]);

/** Words that may follow the person called when "called" is a phone call: "called Sanders shortly after", "called X on Friday". */
export const AFTER_CALLED = new Set(["to", "on", "after", "before", "shortly", "earlier", "later", "last", "this", "yesterday", "today", "tonight", "from", "during", "in"]);

/**
 * What one meets in the sense of satisfying it, after the name that qualifies it: "meet U.S.
 * demands", "meet IMF targets", "meet Japan's needs". (Reuters of 1987 capitalises the word after
 * "U.S.", and compromise reads "targets" as a verb, so the parse alone does not tell it.)
 */
export const MET_THINGS = new Set(
  `demand demands target targets condition conditions need needs requirement requirements commitment commitments
obligation obligations criterion criteria goal goals standard standards deadline deadlines expectation expectations
request requests concern concerns challenge challenges payment payments quota quotas complaint complaints
objection objections wish wishes`.split(/\s+/),
);

/** What one may be invited to do and meet the host: "invited Arafat to visit", "to come to the White House". */
export const MEET_INFINITIVES = new Set(["meet", "visit", "talk", "discuss", "dine", "confer", "negotiate", "come", "stay", "lunch"]);

/** Words that open a new clause: a place or date after them belongs to another event. */
export const CLAUSE_OPENERS = /\b(?:after|before|while|when|which|who|because|since|but|although|though|until|as|following|ahead of|amid|came|comes|follows|followed)\b|[;:—–]/gi;

/** Words that deny a meeting when they stand just before its phrase: "did not meet", "ruled out talks with", "rejected suggestions for negotiations with", "no plans to meet". */
export const DENIALS = /^(?:not|n't|never|no|neither|nor|without|refused|refuses|refuse|declined|declines|rejected|rejects|reject|ruled|rules|denied|denies|deny|cancelled|canceled|called off|postponed)$/;

/** Markers that make a reported meeting only possible, read in its own clause: "whether Smith would meet Jones". */
export const POSSIBLE_MARKERS = /\b(?:whether|possibly|perhaps|might|may|could|would)\b/i;

/** Prepositions that put a meeting at a place: "in Paris", "at the White House", "visited Nairobi". */
export const PLACE_PREPOSITIONS = new Set(["in", "at", "to", "visited", "visiting", "visit"]);

/** Verbs that report a meeting as planned whatever their tense: "had invited Arafat to his home". */
export const PLANNED_VERBS = /^invite/i;

/**
 * Plural nouns for groups that negotiate as one side, named by a noun phrase rather than a name:
 * "talks with creditor banks", "the bank advisory committee", "noteholders", "Turkish producers",
 * "negotiations with federal regulators", "the Ruritanian car firms opened talks with".
 */
export const GROUP_SIDE_NOUNS = new Set(
  `banks creditors noteholders holders bondholders lenders shareholders stockholders producers exporters
importers consumers employers unions committee bankers donors investors managers firms regulators`.split(/\s+/),
);

/** Plural nouns that introduce the sides listed after a dash or colon: "with the so-called "A" countries - Brazil, Argentina and Mexico". */
export const LIST_HEAD_NOUNS = ["countries", "nations", "states", "governments", "companies", "firms", "leaders", "parties", ...GROUP_SIDE_NOUNS];

/** Nouns whose "with" names the other party of a topic, not of a discussion: "discussed ties with Russia". */
export const RELATION_NOUNS = new Set(
  `ties relations relationship cooperation trade links dealings agreement deal dispute conflict war talks
negotiations partnership alliance problems contacts merger`.split(/\s+/),
);
