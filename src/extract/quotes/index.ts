// Quotes: a span finder pairs quotation marks (across paragraphs when a quote runs on), then
// attribution rules read the words around each span, and the speaker is resolved to a person
// record, a document, an organisation or an unnamed official.
import { ANONYMOUS_SPEAKERS, CUE_VERBS, DOCUMENT_WORDS, STANCE_VERBS } from "../../data/speech.js";
import type { Person, Quote } from "../../schema/record.js";

interface Span {
  start: number;
  end: number;
  text: string;
}

const OPEN = new Set(['"', "“", "``"]);
const PAIR = /``|''|["“”]/g;

/** Finder: quoted spans, in double marks first, then in single marks outside them. */
export function findQuoteSpans(text: string): Span[] {
  const double = doubleQuoteSpans(text);
  const single = singleQuoteSpans(text).filter((s) => !double.some((d) => s.start < d.end && d.start < s.end));
  return [...double, ...single].sort((a, b) => a.start - b.start);
}

/** Whether the white space that ends `s` holds a paragraph break (a trim, not a regex: linear on any input). */
const endsWithParagraphBreak = (s: string) => s.slice(s.trimEnd().length).includes("\n\n");

/** A run-on quote's paragraphs as one text, each paragraph's opening mark left out. */
const joinParagraphs = (s: string) =>
  s
    .split("\n\n")
    .map((p, i) => (i ? p.trim().replace(/^["“]/, "") : p).trim())
    .filter(Boolean)
    .join(" ");

/**
 * 'We will win,' he said / ‘bribery’: an opening single mark after a space or the line start and
 * before a letter, closed by one after a non-space and before a space or punctuation, so that
 * "don't" and "Korea’s" never open or close a quote. Bounded to one line of 400 characters.
 */
const SINGLE = /(?<=^|[\s(\[—–])['‘](?=[\p{L}\d])([^\n]{0,400}?\S)['’](?=$|[\s.,;:!?)\]—–])/gmu;

function singleQuoteSpans(text: string): Span[] {
  return [...text.matchAll(SINGLE)].map((m) => ({ start: m.index + 1, end: m.index + 1 + m[1]!.length, text: m[1]!.trim() }));
}

/** Double marks. A paragraph whose quote does not close continues into the next one that opens with a mark. */
function doubleQuoteSpans(text: string): Span[] {
  const marks = [...text.matchAll(PAIR)].map((m) => ({ at: m.index!, mark: m[0] }));
  const spans: Span[] = [];
  let open: { at: number; mark: string } | null = null;
  let lastOpening = 0; // the open mark, or the mark that re-opened a run-on quote's latest paragraph
  for (const m of marks) {
    if (!open) {
      if (m.mark !== "''" && m.mark !== "”") [open, lastOpening] = [m, m.at];
      continue;
    }
    const between = text.slice(lastOpening, m.at);
    if (between.includes("\n\n")) {
      // The run-on quote's next paragraph opens again; else the quote did not close, and a mark that can open starts again here.
      if (endsWithParagraphBreak(between)) lastOpening = m.at;
      else [open, lastOpening] = OPEN.has(m.mark) || m.mark === '"' ? [m, m.at] : [null, 0];
      continue;
    }
    const start = open.at + open.mark.length;
    spans.push({ start, end: m.at, text: joinParagraphs(text.slice(start, m.at)) });
    open = null;
  }
  return spans;
}

const PRONOUNS = new Set(["he", "she", "they", "it"]);

export function extractQuotes(text: string, people: Person[]): Quote[] {
  const quotes: Quote[] = [];
  let lastSpeaker: Quote["speaker"] = null;
  let lastParagraphEnd = -1;
  for (const span of findQuoteSpans(text)) {
    if (isTitle(span.text)) continue;
    const breakBefore = text.lastIndexOf("\n\n", span.start);
    const paragraphStart = breakBefore < 0 ? 0 : breakBefore + 2;
    const paragraphEnd = (() => {
      const i = text.indexOf("\n\n", span.end);
      return i < 0 ? text.length : i;
    })();
    // The marks are one character, or two in wire copy's ``…''.
    const afterStart = span.end + (text.startsWith("''", span.end) ? 2 : 1);
    const after = text.slice(afterStart, Math.min(paragraphEnd, span.end + 160));
    const before = text.slice(paragraphStart, span.start - (text.startsWith("``", span.start - 2) ? 2 : 1));
    const woven = isWovenIn(before, after, span.text);
    const found = attributionAfter(after, afterStart) ?? attributionBefore(before, paragraphStart) ?? (woven ? reportingSubject(before, paragraphStart) : null);
    let speaker: Quote["speaker"] = null;
    let cue: string | null = null;
    if (found) {
      cue = found.cue;
      speaker = resolveSpeaker(found.who, found.at, text, people, lastSpeaker);
    } else if (paragraphStart <= lastParagraphEnd) {
      speaker = lastSpeaker; // a second quote in the same paragraph, with no new attribution
    }
    quotes.push({ text: span.text, speaker, cue, partial: woven, start: span.start, end: span.end });
    if (speaker) lastSpeaker = speaker;
    lastParagraphEnd = paragraphEnd;
  }
  return quotes;
}

/** Titles of treaties, laws and works are quoted names, not statements: short and title-cased. */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 10 || /[.!?,]$/.test(text)) return false;
  return words.filter((w) => /^\p{Ll}/u.test(w) && !/^(of|on|for|and|the|in|to|a|an|at|by)$/.test(w)).length === 0 && words.length > 1;
}

/**
 * A fragment inside the reporter's sentence: words run on both sides of the marks (`expressed
 * "great concern" about`), or a lower-case fragment ends it (`remains "ironclad."`).
 */
function isWovenIn(before: string, after: string, quoted: string): boolean {
  if (!/\p{L}[\s,]*$/u.test(before)) return false;
  return /^[\s,]*\p{Ll}/u.test(after) || (/\p{L}\s*$/u.test(before) && /^\p{Ll}/u.test(quoted));
}

interface Attribution {
  who: string;
  at: number;
  cue: string;
}

const WHO = String.raw`((?:the |a |an )?(?:[\p{L}'’.-]+ ){0,6}?[\p{L}'’.-]+)`;
/** After a cue the speaker runs to the next punctuation: "read the article.", "said Park in his meeting". */
const WHO_TO_PUNCT = String.raw`((?:the |a |an )?[^,.;:"“”\n]{1,60}?)(?=\s+(?:in|on|at|during|after|before|to|while)\b|[,.;:]|$)`;
/** A name with an appositive before the cue: `Lee Min-ho, the deputy director of …, said`. */
const NAME_APPOSITIVE = String.raw`^[\s,]*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}), [^"“”]{3,140}?, `;
const CUE = String.raw`(${[...CUE_VERBS].join("|")}|told reporters|according to)`;

/** `"…," X said`, `"…," said X`, `"…," it reads`, `"…," read the article`, `"…," according to X`. */
function attributionAfter(after: string, base: number): Attribution | null {
  const cueFirst = new RegExp(String.raw`^[\s,]*${CUE}\s+${WHO_TO_PUNCT}`, "u").exec(after);
  if (cueFirst && CUE_VERBS.has(cueFirst[1]!.split(" ")[0]!)) return { who: cueFirst[2]!, at: base + cueFirst.index + cueFirst[0].length - cueFirst[2]!.length, cue: cueFirst[1]! };
  const whoFirst = new RegExp(String.raw`^[\s,]*${WHO}\s+${CUE}\b`, "u").exec(after);
  if (whoFirst) return { who: whoFirst[1]!, at: base + after.indexOf(whoFirst[1]!), cue: whoFirst[2]! };
  const appositive = new RegExp(NAME_APPOSITIVE + CUE + String.raw`\b`, "u").exec(after);
  if (appositive) return { who: appositive[1]!, at: base + after.indexOf(appositive[1]!), cue: appositive[2]! };
  return null;
}

/** `X said, "…"`, `X said that … "…"`, `according to X, "…"`. */
function attributionBefore(before: string, base: number): Attribution | null {
  const accord = /according to ((?:the |a )?[\p{L}\d'’. -]{2,80}?),?\s*$/iu.exec(before);
  if (accord) return { who: accord[1]!, at: base + accord.index + 13, cue: "according to" };
  const said = new RegExp(String.raw`${WHO}\s+(?:also\s+)?${CUE}\b[^"“]*$`, "u").exec(before);
  if (said && !/[.!?]\s/.test(before.slice(said.index + said[0].length))) {
    // The speaker's words start after the last sentence end: "… in Ukraine. The declaration stressed".
    const who = said[1]!.split(/[.!?]\s+/).pop()!;
    return { who, at: base + said.index + said[1]!.length - who.length, cue: said[2]! };
  }
  return null;
}

/** `Senior officials from … condemned "in the strongest possible terms"`: the subject of the reporter's verb. */
function reportingSubject(before: string, base: number): Attribution | null {
  const sentenceStart = Math.max(0, ...[...before.matchAll(/[.!?]\s+/g)].map((m) => m.index + m[0].length));
  const clause = before.slice(sentenceStart);
  const verb = /^(.{2,120}?)\s+(?:also\s+)?(\p{L}+)\s*$/u.exec(clause);
  if (!verb || !(CUE_VERBS.has(verb[2]!) || STANCE_VERBS.has(verb[2]!))) return null;
  const who = verb[1]!.replace(/\s+(?:on|this|last)\s+\p{L}+$|\s+(?:today|yesterday)$/u, "");
  return { who, at: base + sentenceStart, cue: verb[2]! };
}

function resolveSpeaker(who: string, at: number, text: string, people: Person[], last: Quote["speaker"]): Quote["speaker"] {
  const words = who.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  if (PRONOUNS.has(head) && words.length === 1) {
    if (head === "it") return lastDocument(text, at) ?? last;
    if (head === "they") return lastGroup(text, at) ?? last;
    return last?.kind === "person" ? last : personBefore(at, people) ?? last;
  }
  const person = people.find((p) => p.mentions.some((m) => m.start >= at - 1 && m.start < at + who.length));
  if (person) return { name: person.name, personId: person.id, kind: "person" };
  const name = who.replace(/^(the|a|an)\s+/i, "");
  // The kind comes from the head, before any "of": "Article 4 of the Treaty" is a document,
  // "Members of the North Atlantic Treaty Organization" are not.
  const headPhrase = name.split(/\s+(?:from|of|at|in|on|with)\s+/)[0]!;
  const headWords = headPhrase.toLowerCase().split(/\s+/);
  if (headWords.some((w) => DOCUMENT_WORDS.has(w))) return { name, personId: null, kind: "document" };
  // "a senior official of the presidential office" is named by its head: "senior official".
  if (headWords.some((w) => ANONYMOUS_SPEAKERS.has(w))) return { name: headPhrase, personId: null, kind: "anonymous" };
  if (/^\p{Lu}/u.test(name)) return { name, personId: null, kind: "organization" };
  return null;
}

/** "it reads": the document most recently named before the quote. */
function lastDocument(text: string, at: number): Quote["speaker"] {
  const window = text.slice(Math.max(0, at - 600), at);
  const docs = [...window.matchAll(/\b(?:the |a )?((?:[A-Z][\w-]* )*(statement|declaration|communique|communiqué|article|treaty|report|letter|resolution))\b/gi)];
  const hit = docs[docs.length - 1];
  return hit ? { name: hit[1]!, personId: null, kind: "document" } : null;
}

/** "they": the unnamed group most recently named before, "The officials reaffirmed … They also reiterated". */
function lastGroup(text: string, at: number): Quote["speaker"] {
  const window = text.slice(Math.max(0, at - 400), at);
  const groups = [...window.matchAll(/\b(?:the|these|those)\s+((?:\p{L}+\s+)?(\p{L}+s))\b/giu)].filter((m) => ANONYMOUS_SPEAKERS.has(m[2]!.toLowerCase()));
  const hit = groups[groups.length - 1];
  return hit ? { name: hit[1]!, personId: null, kind: "anonymous" } : null;
}

function personBefore(at: number, people: Person[]): Quote["speaker"] {
  let best: { p: Person; start: number } | null = null;
  for (const p of people) for (const m of p.mentions) if (m.start < at && (!best || m.start > best.start)) best = { p, start: m.start };
  return best ? { name: best.p.name, personId: best.p.id, kind: "person" } : null;
}
