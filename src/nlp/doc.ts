// The one compromise parse of an article, turned into a plain token view that the extractors
// read: sentences and tokens with their tags and offsets into Article.text.
// compromise/two is the tagger without the phrase APIs of the full build (.people(), .verbs() …),
// which nothing here calls: the same tags (checked on 133,623 BBC tokens), about 13% faster.
import nlp from "compromise/two";

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

/** The part of speech compromise's lexicon gives a word out of context ("old" → Adjective), if any. */
export const lexiconTag = (word: string): string | undefined => LEXICON[word.toLowerCase()];

export interface Token {
  text: string;
  /** compromise's normal form: lower case, no punctuation. */
  normal: string;
  /** Offsets of the word itself in the article text. */
  start: number;
  end: number;
  /** Punctuation and space around the word, as in the text. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  sentence: number;
  /** Position in Doc.tokens. */
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export interface Doc {
  text: string;
  sentences: Sentence[];
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  normal: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * compromise's cost grows faster than linearly with the length of a sentence (100,000 capitalised
 * words in a row take minutes), so a run of more than this many characters with no sentence end
 * or line break is cut at a space and parsed as pieces. Real sentences are far shorter, so an
 * article is one piece and one call.
 */
const MAX_RUN = 2000;
/** Parses the article once. Everything downstream reads this, never the text through compromise again. */
export function parse(text: string): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const piece of pieces(text)) {
    const view = nlp(piece.text);
    view.compute("offset");
    for (const terms of view.docs as CompromiseTerm[][]) addSentence(text, terms, piece.start, sentences, tokens);
  }
  return { text, sentences, tokens };
}

/**
 * "he's said", "they'd met": compromise gives the contraction's second word as a term of its own
 * with no text, and leaves it in the first word's normal form ("he's"); the first word alone is
 * what readers of the parse test ("he").
 */
function contracted(term: CompromiseTerm, next: CompromiseTerm | undefined): string {
  return next !== undefined && next.text === "" ? term.normal.replace(/['’](?:s|d|ll|ve|re|m)$/, "") : term.normal;
}

function addSentence(text: string, terms: CompromiseTerm[], base: number, sentences: Sentence[], tokens: Token[]): void {
  const sentence = sentences.length;
  const own: Token[] = [];
  for (const [i, term] of terms.entries()) {
    const start = base + term.offset.start;
    const token: Token = {
      text: term.text,
      normal: contracted(term, terms[i + 1]),
      start,
      end: start + term.text.length,
      pre: term.pre,
      post: term.post,
      tags: term.tags,
      sentence,
      index: tokens.length,
    };
    own.push(token);
    tokens.push(token);
  }
  if (!own.length) return;
  const first = own[0]!;
  const last = own[own.length - 1]!;
  const start = first.start - first.pre.length;
  const end = last.end + last.post.trimEnd().length;
  sentences.push({ start, end, text: text.slice(start, end), tokens: own });
}

/** compromise's abbreviations ("mr", "gen", "etc"): a full stop after one does not end its sentence. */
const ABBREVIATIONS: Record<string, unknown> = (nlp.world() as { model: { one: { abbreviations: Record<string, unknown> } } }).model.one.abbreviations;
// Its list lacks "vs." and "v." ("Roe vs. Wade", "3-1 vs. Chelsea"), so it cut sentences there and
// a date or a speaker lost its verb. The splitter reads this same list.
Object.assign(ABBREVIATIONS, { vs: true, v: true });

/**
 * An initial right after an opening bracket or quotation mark: "Kent 255-3 (J. Smith 64, …)",
 * '"J. Smith'. compromise keeps a full stop after an initial inside a sentence only when a space or
 * a full stop stands before the letter, so it cut "(W." from its surname and the name was lost.
 */
const INITIAL_AFTER_OPENING = /[(["“‘'](\p{Lu})\.\s*$/u;
const tokenize = (nlp.world() as { methods: { one: { tokenize: { isSentence: (chunk: string, abbreviations: unknown) => boolean } } } }).methods.one.tokenize;
const compromiseIsSentence = tokenize.isSentence;
tokenize.isSentence = (chunk, abbreviations) => !INITIAL_AFTER_OPENING.test(chunk) && compromiseIsSentence(chunk, abbreviations);

/**
 * Whether compromise ends a sentence at the mark at `i` (. ! ? before a space), as its own
 * sentence splitter decides: not after an abbreviation ("Mr."), an initial or an acronym ("J.",
 * "U.S."), or an ellipsis. Counting every full stop as an end let "Mr. Mr. Mr. …" through as
 * short runs that compromise parsed as one sentence, in time that grows with its square.
 */
function endsSentence(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 46) return true;
  let start = i;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  const word = text.slice(start, i);
  if (word.endsWith(".") || /(?:^|\.)\p{L}$/u.test(word) || INITIAL_AFTER_OPENING.test(text.slice(start, i + 1))) return false;
  return !Object.hasOwn(ABBREVIATIONS, word.toLowerCase());
}

/** The text in pieces that have no run of more than MAX_RUN characters without a sentence end. */
export function* pieces(text: string): Generator<{ start: number; text: string }> {
  let pieceStart = 0;
  let boundary = 0; // just after the last sentence end or line break
  let space = -1; // the last space since then
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) boundary = i + 1;
    else if (c === 32) {
      space = i;
      const before = text.charCodeAt(i - 1);
      if ((before === 46 || before === 33 || before === 63) && endsSentence(text, i - 1)) boundary = i;
    }
    if (i - boundary < MAX_RUN) continue;
    const cut = space > boundary ? space + 1 : i;
    yield { start: pieceStart, text: text.slice(pieceStart, cut) };
    pieceStart = boundary = cut;
    space = -1;
  }
  if (pieceStart < text.length) yield { start: pieceStart, text: text.slice(pieceStart) };
}
