// Quotes: a span finder pairs quotation marks (across paragraphs when a quote runs on), then
// attribution rules read the words around each span, and the speaker is resolved to a person
// record, a document, an organisation or an unnamed official.
import { ANONYMOUS_SPEAKERS, CUE_VERBS, DOCUMENT_WORDS } from "../../data/speech.js";
import type { Person, Quote } from "../../schema/record.js";

interface Span {
  start: number;
  end: number;
  text: string;
}

const OPEN = new Set(['"', "“", "``"]);
const PAIR = /``|''|["“”]/g;

/** Finder: quoted spans. A paragraph whose quote does not close continues into the next one that opens with a mark. */
export function findQuoteSpans(text: string): Span[] {
  const marks = [...text.matchAll(PAIR)].map((m) => ({ at: m.index!, mark: m[0] }));
  const spans: Span[] = [];
  let open: { at: number; mark: string } | null = null;
  for (const m of marks) {
    const opening = OPEN.has(m.mark) && (m.mark !== '"' || !open);
    if (!open) {
      if (opening || m.mark === '"') open = m;
      continue;
    }
    const paragraphBreak = text.slice(open.at, m.at).includes("\n\n");
    if (paragraphBreak && opening && !/\n\n\s*$/.test(text.slice(open.at, m.at))) {
      open = m; // an unclosed quote that does not run on: start again here
      continue;
    }
    if (paragraphBreak && opening) continue; // the run-on quote's next paragraph opens again
    const start = open.at + open.mark.length;
    spans.push({ start, end: m.at, text: text.slice(start, m.at).replace(/\s*\n\n\s*["“]?/g, " ").trim() });
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
    const after = text.slice(span.end + 1, Math.min(paragraphEnd, span.end + 160));
    const before = text.slice(paragraphStart, span.start - 1);
    const found = attributionAfter(after, span.end + 1) ?? attributionBefore(before, paragraphStart);
    let speaker: Quote["speaker"] = null;
    let cue: string | null = null;
    if (found) {
      cue = found.cue;
      speaker = resolveSpeaker(found.who, found.at, text, people, lastSpeaker);
    } else if (paragraphStart <= lastParagraphEnd) {
      speaker = lastSpeaker; // a second quote in the same paragraph, with no new attribution
    }
    const partial = !found && isWovenIn(before, after);
    quotes.push({ text: span.text, speaker, cue, partial, start: span.start, end: span.end });
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

/** A fragment inside the reporter's sentence: words run on both sides of the marks. */
function isWovenIn(before: string, after: string): boolean {
  return /\p{L}[\s,]*$/u.test(before) && /^[\s,]*\p{Ll}/u.test(after);
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
  const accord = /according to ((?:the |a )?[\p{L}\d'’. -]{2,80}?),?\s*$/u.exec(before);
  if (accord) return { who: accord[1]!, at: base + accord.index + 13, cue: "according to" };
  const said = new RegExp(String.raw`${WHO}\s+(?:also\s+)?${CUE}\b[^"“]*$`, "u").exec(before);
  if (said && !/[.!?]\s/.test(before.slice(said.index + said[0].length))) {
    // The speaker's words start after the last sentence end: "… in Ukraine. The declaration stressed".
    const who = said[1]!.split(/[.!?]\s+/).pop()!;
    return { who, at: base + said.index + said[1]!.length - who.length, cue: said[2]! };
  }
  return null;
}

function resolveSpeaker(who: string, at: number, text: string, people: Person[], last: Quote["speaker"]): Quote["speaker"] {
  const words = who.toLowerCase().split(/\s+/);
  const head = words[words.length - 1]!;
  if (PRONOUNS.has(head) && words.length === 1) {
    if (head === "it") return lastDocument(text, at) ?? last;
    return last?.kind === "person" ? last : personBefore(at, people) ?? last;
  }
  const person = people.find((p) => p.mentions.some((m) => m.start >= at - 1 && m.start < at + who.length));
  if (person) return { name: person.name, personId: person.id, kind: "person" };
  const name = who.replace(/^(the|a|an)\s+/i, "");
  if (words.some((w) => DOCUMENT_WORDS.has(w))) return { name, personId: null, kind: "document" };
  if (words.some((w) => ANONYMOUS_SPEAKERS.has(w))) return { name, personId: null, kind: "anonymous" };
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

function personBefore(at: number, people: Person[]): Quote["speaker"] {
  let best: { p: Person; start: number } | null = null;
  for (const p of people) for (const m of p.mentions) if (m.start < at && (!best || m.start > best.start)) best = { p, start: m.start };
  return best ? { name: best.p.name, personId: best.p.id, kind: "person" } : null;
}
