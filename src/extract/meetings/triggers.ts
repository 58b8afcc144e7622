// Parsers: the phrases that report a meeting. Each finds its trigger in one sentence and says how
// the sides are written around it; the extractor then reads the sides.
import { HELD_TALKS_VERBS, HELD_VERBS, MEETING_ADVERBS, MEETING_NOUNS, MEETING_VERBS, RELATION_NOUNS, TALKS_VERBS } from "../../data/meetings.js";
import { MONTHS } from "../../data/dates.js";
import type { Meeting } from "../../schema/record.js";

export interface Trigger {
  kind: Meeting["kind"];
  /** Offsets in the article text of the whole phrase ("Smith's June summit", "held talks with"). */
  start: number;
  end: number;
  /**
   * How the sides are written: `with` "talks with X" (X after, the subject before), `between`
   * "a call between X, Y and Z" (all after), `direct` "met X", `possessive` "X and Y's summit",
   * `their` "their Monday call" (the people named in the sentence), `compound` "the U.S./Soviet
   * summit" (the two names joined before the noun).
   */
  shape: "with" | "between" | "direct" | "possessive" | "their" | "compound";
  /** The phrase itself reports the meeting as done: "met", "held talks", "hosted". */
  held: boolean;
}

const alternation = (words: string[]) =>
  words.sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join("|");
const NOUNS = alternation(Object.keys(MEETING_NOUNS));
const VERBS = alternation(Object.keys(MEETING_VERBS));
const normal = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** "held bilateral talks with", "during his talks with", "a trilateral call between"; "talks currently between", "talks are underway between", "talks on Thursday between", "talks in Warsaw with", "a meeting here last week between", "a meeting here March 22 between", "a joint meeting in the morning with": a short date or place may stand before the sides. */
const NOUN_WITH = new RegExp(
  String.raw`\b(?:(${alternation([...TALKS_VERBS])})\s+(?:[\w-]+\s+){0,2}?)?(${NOUNS})(?:\s+(?:here|there|earlier|later|today|yesterday|currently|now|still|again|(?:are|is|were|was)\s+(?:underway|under\s+way)|(?:on|in|at|during|last|this|next)(?:\s+the)?\s+[\w.]+|(?:${MONTHS.join("|")})\s+\d{1,2})){0,2}\s+(with|between)\b`,
  "gi",
);
/** "met with", "met frequently with", "will meet", "shook hands with", "hosted" (not the passive "hosted by", whose sides are elsewhere). */
const VERB = new RegExp(String.raw`\b(${VERBS})(?:\s+(?:${MEETING_ADVERBS.join("|")}))?(?:\s+with)?\b(?!\s+by\b)`, "gi");
/** "Putin and Kim Jong-un's June summit", "their Monday call": a meeting named by its sides. */
const OWNED = new RegExp(String.raw`(['’]s|\btheir)\s+(?:[\w-]+\s+){0,2}?(${NOUNS})\b(?!\s+(?:with|between)\b)`, "gi");

/**
 * "the U.S./Soviet summit", "the Obama-Putin meeting", "U.S.-Japan trade talks": two capitalised
 * names joined by a hyphen or slash qualify the meeting noun and are its sides. Before "with" or
 * "between" the sides are read there instead ("Israeli-Syrian talks with").
 */
const COMPOUND = new RegExp(String.raw`(?<![\p{L}.-])(\p{Lu}[\p{L}.]*)\s?[-/–]\s?(\p{Lu}[\p{L}.]*)\s+(?:[\p{Ll}-]+\s+)?(${NOUNS})\b(?!\s+(?:with|between)\b)`, "gu");

/**
 * "The two sides in the Thursday and Friday talks will be headed by A and B", "the delegations,
 * led by A and B": the leaders of the two sides of talks meet each other (one clause, at most 60
 * characters between the sides and "led by").
 */
const SIDES_LED_BY = /\b(?:(?:the\s+)?(?:two|both)\s+(?:sides|delegations|teams)|the\s+delegations)\b[^.;:]{0,60}?\b(?:headed|led)\s+by\b/gi;

/**
 * "Israel and the PLO resumed negotiations", "began talks", "ended talks here", "ended three days of
 * talks", "began a new round of debt talks": talks taken up (or ended) by the subject, their other
 * side after "with" if any.
 */
const TALKS_TAKEN_UP = /\b(resumed|resume|resumes|began|begin|begins|opened|open|opens|started|start|starts|concluded|continued|continue|continues|continuing|ended|ends|end|completed|held|hold|holds|holding|suspended|terminated|discontinued)\s+(?:(?:[\w-]+\s+){1,3}?of\s+)?(?:[\w-]+\s+)?(talks|negotiations|consultations)\b(?!\s+(?:with|between)\b)/gi;
/**
 * "A and B would discuss it at a meeting on Tuesday", "sealed the links during talks in Warsaw": the
 * people the sentence lists met. "after meeting X" is the verb, not this noun.
 */
const AT_A_MEETING =
  /\b(?:at|in|during|after|following)\s+(?:(?:a|an|the|their)\s+(?:[\w-]+\s+)?(meeting|talks|negotiations|discussions)|(talks|negotiations|discussions|meetings))\b(?!\s+(?:with|between|of|on)\b)/gi;
/** "he should be received by Savimbi": the host after "by", the guest before ("a dinner hosted by" is an event, not a guest). */
const RECEIVED_BY = /\b(received|welcomed|greeted)\s+by\b/gi;

/** "spoke to X by telephone", "talked with X on the phone": a call, the phone named later in the clause. */
const PHONE_CALL = /\b(?:spoke|speaks|talked|talks)\s+(?:to|with)\b(?=[^.;]{0,80}?\b(?:by|on the|over the)\s+(?:tele)?phone\b)/gi;

/**
 * "discussed the country's economic difficulties with President X", "negotiate bilateral agreements
 * with members of the Paris Club": a discussion or negotiation with someone is talks with them, the
 * topic standing between the verb and "with" (one clause, at most 80 characters; the point or comma
 * of a number, "a 1.25 billion dlr loan", ends no clause).
 */
const DISCUSSED_WITH = /\b(?:discussed|discusses|discuss|discussing|negotiated|negotiates|negotiate|negotiating)\b(?:[^.;:,]|[.,](?=\d)){0,80}?\bwith\b/gi;

/**
 * "Ruritania reached an agreement here last week with the Paris Club", "has reached agreement with its
 * bank advisory committee", "will strike an agreement with its private creditors": an agreement
 * reached with a party is the outcome of talks with it (CAMEO 057 follows 04x negotiation).
 */
const AGREEMENT_WITH =
  /\b(?:reached|reach|reaches|reaching|concluded|conclude|concludes|struck|strike|strikes)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|accord|deal)(?:\s+(?:here|there|today|yesterday|in\s+principle|(?:in|on|at|last|this|next)\s+[\w.]+)){0,2}\s+with\b/gi;

const AFTER_MEETING_PHRASE = /\b(?:met|meet|meets|meeting|with|received|receives|welcomed|welcomes|hosted|hosts)\s+$/i;

/**
 * "Kirya will visit Kenya tomorrow for talks", "Armacost will visit Tokyo next week for meetings
 * with high-level officials", "Novak, in Ruritania for talks with finance officials": a journey
 * to a country (or a stay there) for talks is talks with that country, when no one named is said to
 * be met there (then "talks with" names the side; "Government officials" name no one). The
 * phrase is the travel verb; the country follows it.
 */
const TRAVEL_FOR_TALKS =
  /(?:\b(?:visit|visits|visited|arrived in|arrives in|arrive in|flew to|flies to|fly to|went to|goes to|go to)|,\s+in)(?=\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s+(?:[\w-]+\s){0,3}?for\s(?:talks|meetings|discussions|negotiations)\b(?!\s+with\s+(?:the\s+)?\p{Lu}[\p{L}.]*\s(?!officials\b|leaders\b)))/gu;

/** The patterns built from the word lists, for the ReDoS check in the tests. */
export const MEETING_PATTERNS: readonly RegExp[] = [NOUN_WITH, VERB, OWNED, COMPOUND, SIDES_LED_BY, PHONE_CALL, DISCUSSED_WITH, AGREEMENT_WITH, TALKS_TAKEN_UP, RECEIVED_BY, AT_A_MEETING, TRAVEL_FOR_TALKS];

/** "a town hall meeting with voters", "a town hall-style meeting with": a public event, not a meeting of sides (the noun starts at `at`). */
const isTownHall = (sentence: string, at: number) => /\btown[- ]?hall(?:[- ]style)?\s+$/i.test(sentence.slice(Math.max(0, at - 24), at));

/** Every meeting phrase of one sentence, in text order, without overlaps. */
export function findTriggers(sentence: string, base: number): Trigger[] {
  const found: Trigger[] = [];
  for (const m of sentence.matchAll(NOUN_WITH)) {
    if (isTownHall(sentence, m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0))) continue;
    const held = m[1] ? HELD_TALKS_VERBS.has(normal(m[1])) : false;
    found.push({ kind: MEETING_NOUNS[normal(m[2]!)]!, start: base + m.index, end: base + m.index + m[0].length, shape: m[3]!.toLowerCase() === "between" ? "between" : "with", held });
  }
  for (const m of sentence.matchAll(OWNED)) {
    // "Smith's call for a ban", "their calls for reform": a demand, not a phone call.
    if (MEETING_NOUNS[normal(m[2]!)] === "call" && /^\s+for\b/i.test(sentence.slice(m.index + m[0].length))) continue;
    found.push({ kind: MEETING_NOUNS[normal(m[2]!)]!, start: base + m.index, end: base + m.index + m[0].length, shape: m[1]!.toLowerCase() === "their" ? "their" : "possessive", held: false });
  }
  for (const m of sentence.matchAll(COMPOUND)) {
    found.push({ kind: MEETING_NOUNS[normal(m[3]!)]!, start: base + m.index, end: base + m.index + m[0].length, shape: "compound", held: false });
  }
  for (const m of sentence.matchAll(SIDES_LED_BY)) {
    found.push({ kind: "talks", start: base + m.index, end: base + m.index + m[0].length, shape: "between", held: false });
  }
  for (const m of sentence.matchAll(TRAVEL_FOR_TALKS)) {
    found.push({ kind: "talks", start: base + m.index, end: base + m.index + m[0].length, shape: "direct", held: /^(?:visited|arrived|flew|went|,)/.test(m[0]) });
  }
  for (const m of sentence.matchAll(TALKS_TAKEN_UP)) {
    found.push({ kind: "talks", start: base + m.index, end: base + m.index + m[0].length, shape: "direct", held: /(?:ed|ing)$/i.test(m[1]!) });
  }
  for (const m of sentence.matchAll(AT_A_MEETING)) {
    if (isTownHall(sentence, m.index + m[0].lastIndexOf(m[1] ?? m[2]!))) continue;
    found.push({ kind: MEETING_NOUNS[normal(m[1] ?? m[2]!)]!, start: base + m.index, end: base + m.index + m[0].length, shape: "their", held: false });
  }
  for (const m of sentence.matchAll(RECEIVED_BY)) {
    found.push({ kind: "meeting", start: base + m.index, end: base + m.index + m[0].length, shape: "with", held: false });
  }
  for (const m of sentence.matchAll(DISCUSSED_WITH)) {
    // "would be discussed with the President": a topic discussed, its discussers elsewhere; "met X to
    // discuss …": the purpose of a meeting told already (but "attempting to negotiate … with" is the
    // negotiation); "discuss ties with Russia": "with" is the topic's, while one negotiates a deal with
    // its other party ("negotiate bilateral agreements with members of the Paris Club").
    const negotiates = /^negotiat/i.test(m[0]);
    const lead = sentence.slice(Math.max(0, m.index - 8), m.index);
    // ("is negotiating with" is the negotiation itself.)
    const passive = /^\w+ed\b/i.test(m[0]) && /\b(?:be|been|being|is|are|was|were)\s+$/i.test(lead);
    if (passive || (!negotiates && /\bto\s+$/i.test(lead))) continue;
    if (!negotiates && RELATION_NOUNS.has(m[0].split(/\s+/).at(-2)?.toLowerCase() ?? "")) continue;
    found.push({ kind: "talks", start: base + m.index, end: base + m.index + m[0].length, shape: "with", held: /^(?:discussed|negotiated)/i.test(m[0]) });
  }
  for (const m of sentence.matchAll(AGREEMENT_WITH)) {
    found.push({ kind: "talks", start: base + m.index, end: base + m.index + m[0].length, shape: "with", held: /^(?:reached|concluded|struck)/i.test(m[0]) });
  }
  for (const m of sentence.matchAll(PHONE_CALL)) {
    found.push({ kind: "call", start: base + m.index, end: base + m.index + m[0].length, shape: "direct", held: /^(spoke|talked)/i.test(m[0]) });
  }
  for (const m of sentence.matchAll(VERB)) {
    const word = normal(m[1]!);
    // "met visiting X", "talks with visiting X": the phrase before reports the meeting already.
    if (word === "visiting" && AFTER_MEETING_PHRASE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ kind: MEETING_VERBS[word]!, start: base + m.index, end: base + m.index + m[0].length, shape: "direct", held: HELD_VERBS.has(word) });
  }
  return withoutOverlaps(found);
}

/** The first trigger found wins an overlap: nouns before verbs, so "meeting with" is a noun. */
function withoutOverlaps(found: Trigger[]): Trigger[] {
  const kept: Trigger[] = [];
  for (const t of found) if (!kept.some((k) => t.start < k.end && k.start < t.end)) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}
