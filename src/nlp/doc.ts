// The one compromise parse of an article, turned into a plain token view that the extractors
// read: sentences and tokens with their tags and offsets into Article.text.
import nlp from "compromise";

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

/** Parses the article once. Everything downstream reads this, never the text through compromise again. */
export function parse(text: string): Doc {
  const view = nlp(text);
  view.compute("offset");
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const terms of view.docs as CompromiseTerm[][]) {
    const sentence = sentences.length;
    const own: Token[] = [];
    for (const term of terms) {
      const start = term.offset.start;
      const token: Token = {
        text: term.text,
        normal: term.normal,
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
    if (!own.length) continue;
    const first = own[0]!;
    const last = own[own.length - 1]!;
    const start = first.start - first.pre.length;
    const end = last.end + last.post.trimEnd().length;
    sentences.push({ start, end, text: text.slice(start, end), tokens: own });
  }
  return { text, sentences, tokens };
}

