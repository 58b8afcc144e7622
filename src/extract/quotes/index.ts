// Quotes: the span finder (spans.ts) pairs the quotation marks; for each quotation the attribution
// rules (attribution.ts) read the clause that credits it on the compromise parse, and the speaker's
// phrase is resolved (speakers.ts). Refiners then carry a speaker over to what continues a quote:
// the next paragraph of a run-on quote, the second part of a split quote, and a paragraph that is
// nothing but a quotation. With no clause and no continuation the speaker stays null: a wrong
// speaker is worse than none.
import type { Doc } from "../../nlp/doc.js";
import type { Organization, Person, Quote } from "../../schema/record.js";
import { attributionAfter, attributionBefore, endsSentence, firstTokenFrom, introducedBy, type Attribution, type Window } from "./attribution.js";
import { findQuoteSpans, type QuoteSpan } from "./spans.js";
import { firstFrom } from "../spans.js";
import { labelBeforeSpeaker, resolveSpeaker, signatureInside, signatureSpeaker, speakerContext, transcriptSpeaker, type Speaker, type SpeakerContext } from "./speakers.js";

export { findQuoteSpans } from "./spans.js";

/** How many words around a quotation are read for its attribution, each side. */
const WINDOW_WORDS = 60;

interface Paragraph {
  start: number;
  end: number;
}

interface Placed {
  quote: Quote;
  paragraph: Paragraph;
  /** A transcript line ("PENCE: …"), a name label before it ("Clinton: …") or a signature under it: that says who speaks it, and no refiner changes it. */
  labelled: boolean;
}

export function extractQuotes(doc: Doc, people: Person[], organizations: Organization[]): Quote[] {
  const found = findQuoteSpans(doc.text).filter((s) => !isTitle(s.text));
  const ctx = speakerContext(doc, people, organizations, found);
  // A signature that closes a quotation run on over paragraphs is who speaks it, not a quotation.
  const signed = new Map<QuoteSpan, Speaker>();
  const spans = found.filter((span, i) => {
    const signer = i > 0 && span.continues ? signatureInside(ctx, span) : undefined;
    if (signer) signed.set(found[i - 1]!, signer);
    return !signer;
  });
  const placed: Placed[] = [];
  // The quotation whose speaker a pronoun may continue: a scare quote woven into the text with no
  // speaker ("voter identification" calls) does not interrupt the one before.
  let lastVoiced: Placed | undefined;
  const paragraphAround = paragraphFinder(doc.text);
  for (const [i, span] of spans.entries()) {
    const paragraph = paragraphAround(span.start);
    const paragraphAbove = paragraphBefore(paragraphAround, paragraph);
    const previous = placed[placed.length - 1];
    const woven = isWovenIn(doc.text, span, paragraph);
    const window = windowAround(doc, span, spans[i - 1], spans[i + 1], paragraph);
    // A clause after the quotation that names nobody gives way to one before it.
    const after = attributionAfter(doc, window);
    const before = () => attributionBefore(doc, window, woven) ?? colonBefore(doc, span, paragraph, paragraphAbove);
    let found = after ?? before();
    let speaker = found ? speakerOf(ctx, found, lastVoiced, paragraphAbove) : null;
    const transcript = transcriptSpeaker(ctx, span);
    const label = transcript !== undefined ? transcript : labelBeforeSpeaker(ctx, span, paragraph.start);
    const labelled = label !== undefined ? label : (signed.get(span) ?? signedBelow(ctx, span, paragraph, paragraphAround));
    if (labelled !== undefined) [found, speaker] = [null, labelled];
    else if (after && !speaker) {
      found = before() ?? after;
      speaker = found === after ? null : speakerOf(ctx, found, lastVoiced, paragraphAbove);
    }
    if (!found && labelled === undefined) speaker = continuedSpeaker(doc.text, span, paragraph, paragraphAbove, previous, placed);
    placed.push({ quote: { text: span.text, speaker, cue: found?.cue ?? null, partial: woven, start: span.start, end: span.end }, paragraph, labelled: labelled !== undefined });
    if (speaker || !woven) lastVoiced = placed[placed.length - 1];
  }
  creditOpeningParts(placed, spans);
  creditSentenceParts(doc.text, placed);
  return placed.map((p) => p.quote);
}

/**
 * `"Family values people" are "not out to bash gays," he said.`: a quotation with no speaker takes
 * the speaker of the next one when only a few words of the same sentence stand between them.
 */
function creditSentenceParts(text: string, placed: Placed[]): void {
  for (let i = placed.length - 2; i >= 0; i--) {
    const [quote, next] = [placed[i]!.quote, placed[i + 1]!.quote];
    const between = text.slice(quote.end, next.start);
    if (isTurn(placed, i) || quote.speaker || !next.speaker || between.length > 120 || /[.!?]["”’']*\s|\n/.test(between)) continue;
    Object.assign(quote, { speaker: next.speaker, cue: next.cue });
  }
}

/** The first part of a quote run over paragraphs takes the speaker its last part is credited to. */
function creditOpeningParts(placed: Placed[], spans: QuoteSpan[]): void {
  for (let i = placed.length - 2; i >= 0; i--) {
    const next = placed[i + 1]!.quote;
    if (!isTurn(placed, i) && !placed[i]!.quote.speaker && spans[i + 1]!.continues && next.speaker) placed[i]!.quote.speaker = next.speaker;
  }
}

/** Either quotation is a labelled transcript line: each is its own speaker's turn. */
const isTurn = (placed: Placed[], i: number) => placed[i]!.labelled || placed[i + 1]!.labelled;

function speakerOf(ctx: SpeakerContext, found: Attribution, previous: Placed | undefined, paragraphAbove: Paragraph): Speaker | null {
  const searchFrom = paragraphAbove.start;
  const near = previous && previous.paragraph.end >= searchFrom;
  const focus = { speaker: near ? previous.quote.speaker : null, since: near ? previous.quote.end : searchFrom, cue: found.cue.toLowerCase() };
  return resolveSpeaker(ctx, [found.first, found.last], focus, searchFrom);
}

/**
 * No clause credits the quotation: it continues the one before when it is the next paragraph of a
 * run-on quote, the second part of a quote split in its paragraph, or a paragraph of nothing but
 * the quotation right after a paragraph whose last quotation had a speaker.
 */
function continuedSpeaker(text: string, span: QuoteSpan, paragraph: Paragraph, paragraphAbove: Paragraph, previous: Placed | undefined, placed: Placed[]): Speaker | null {
  if (!previous?.quote.speaker) return null;
  if (span.continues || previous.paragraph.start === paragraph.start) return previous.quote.speaker;
  const lastOfPreviousParagraph = previous.paragraph.end === paragraphAbove.end && placed.length > 0;
  return isOnlyQuotation(text, span, paragraph) && lastOfPreviousParagraph ? previous.quote.speaker : null;
}

/**
 * `Caddell continued:` or `A spokesman said the ships had sailed.` ending the paragraph before one
 * that is nothing but the quotation.
 */
function colonBefore(doc: Doc, span: QuoteSpan, paragraph: Paragraph, before: Paragraph): Attribution | null {
  // The next paragraph of a run-on quotation: a colon above it ("Here they are:") is the speaker's own.
  if (span.continues || /\p{L}/u.test(doc.text.slice(paragraph.start, span.start))) return null;
  // A paragraph that goes on after the quotation credits it itself, or not at all.
  if (/\p{L}/u.test(doc.text.slice(span.end, paragraph.end))) return null;
  if (before.end <= before.start) return null;
  const tokens = tokensBetween(doc, before.start, before.end);
  const sentenceStart = tokens.findLastIndex((k, j) => j < tokens.length - 1 && endsSentence(doc.tokens[k]!));
  return introducedBy(doc, tokens.slice(sentenceStart + 1));
}

/**
 * A paragraph of nothing but the quotation, signed in the next paragraph by a person's name alone,
 * as fact checks and round-ups list who said what: `"I went to Wall Street before the crash."` /
 * `- Clinton.` (the normalizer takes off the list dash).
 */
function signedBelow(ctx: SpeakerContext, span: QuoteSpan, paragraph: Paragraph, paragraphAround: (at: number) => Paragraph): Speaker | undefined {
  const text = ctx.doc.text;
  if (!isOnlyQuotation(text, span, paragraph) || paragraph.end + 2 >= text.length) return undefined;
  const below = paragraphAround(paragraph.end + 2);
  return signatureSpeaker(ctx, text.slice(below.start, below.end), span.start);
}

/** Nothing but the quotation and its punctuation stands in its paragraph. */
const isOnlyQuotation = (text: string, span: QuoteSpan, paragraph: Paragraph) => !/\p{L}/u.test(text.slice(paragraph.start, span.start) + text.slice(span.end, paragraph.end));

/**
 * The paragraph around an offset, by binary search over the blank lines found once: searching
 * the text around each quotation costs the square of a long paragraph's length.
 */
function paragraphFinder(text: string): (at: number) => Paragraph {
  const breaks = [...text.matchAll(/\n\n/g)].map((m) => ({ start: m.index!, end: m.index! + 2 }));
  return (at) => {
    const last = breaks[firstFrom(breaks, at + 1) - 1];
    const next = breaks[firstFrom(breaks, at)];
    return { start: last ? last.end : 0, end: next ? next.start : text.length };
  };
}

/** The paragraph before; an empty one at the start of the text. */
function paragraphBefore(paragraphAround: (at: number) => Paragraph, paragraph: Paragraph): Paragraph {
  if (paragraph.start < 2) return { start: 0, end: 0 };
  return paragraphAround(paragraph.start - 3);
}

function tokensBetween(doc: Doc, start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = firstTokenFrom(doc, start); k < doc.tokens.length && doc.tokens[k]!.end <= end; k++) out.push(k);
  return out;
}

/**
 * The words of the quotation's sentence outside the marks: back to the sentence start (or the
 * previous quotation), forward to the sentence end (or the next quotation), within the paragraph.
 */
function windowAround(doc: Doc, span: QuoteSpan, prev: QuoteSpan | undefined, next: QuoteSpan | undefined, paragraph: Paragraph): Window {
  const low = Math.max(paragraph.start, prev && prev.end <= span.start ? prev.end + 1 : 0);
  const high = Math.min(paragraph.end, next && next.start >= span.end ? next.start - 1 : Infinity);
  const before: number[] = [];
  let sentenceStart = false;
  for (let k = firstTokenFrom(doc, span.start) - 1; k >= -1; k--) {
    const t = doc.tokens[k];
    if (!t || t.start < low || endsSentence(t)) {
      sentenceStart = true;
      break;
    }
    if (before.length === WINDOW_WORDS) break;
    before.unshift(k);
  }
  const after: number[] = [];
  // `… was "getting in the way of good government". Ex-Labour leader X said` : the full stop after
  // the closing mark ends the quotation's sentence.
  const closedSentence = /^["”’'`]*[.!?]/.test(doc.text.slice(span.end, span.end + 4));
  for (let k = firstTokenFrom(doc, span.end); !closedSentence && k < doc.tokens.length && after.length < WINDOW_WORDS; k++) {
    const t = doc.tokens[k]!;
    if (t.end > high) break;
    after.push(k);
    if (endsSentence(t)) break;
  }
  const tail = doc.text.slice(span.end, span.end + 12).replace(/^[^\s―—–-]*/u, "");
  return { before, after, tail, continuesSentence: /[,!?]$/.test(span.text), endsSentence: /\.$/.test(span.text), sentenceStart };
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
function isWovenIn(text: string, span: QuoteSpan, paragraph: Paragraph): boolean {
  const before = text.slice(Math.max(paragraph.start, span.start - 60), span.start).replace(/["“`'‘\s]+$/u, "");
  const after = text.slice(span.end, Math.min(paragraph.end, span.end + 60)).replace(/^["”'’]+/u, "");
  if (!/\p{L}[\s,]*$/u.test(before)) return false;
  return /^[\s,]*\p{Ll}/u.test(after) || /^\p{Ll}/u.test(span.text);
}
