// Raw lines and the general evidence measured on each: length, prose shape, script.
import { ENGLISH_STOPWORDS } from "../data/stopwords.js";

export interface Line {
  /** 1-based line number in the raw input. */
  n: number;
  raw: string;
  /** The line without surrounding space and list bullets. */
  text: string;
  words: string[];
  /** Length in words, counting two CJK characters as a word (those scripts do not space words). */
  size: number;
  /** Share of words that are English function words: high in prose, low in menus and lists. */
  stopwordDensity: number;
  /** Share of letters outside the Latin script. */
  nonLatin: number;
  endsLikeSentence: boolean;
}

const BULLET = /^[•·▪►▶●○◦‣∙*-]\s+/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}][\p{L}\p{N}]*/gu;
/**
 * A character outside Latin letters, punctuation and currency signs (and "µ", a letter of no script).
 * A line without one has no letters of another script to count: most lines of an English page.
 */
const OTHER_SCRIPT_CHAR = /[^\0-\u00b4\u00b6-\u024f\u2000-\u206f\u20a0-\u20cf]/u;

/** Share of the letters outside the Latin script, and the letters of scripts that do not space words. */
function scriptCounts(text: string): { nonLatin: number; unspaced: number } {
  if (!OTHER_SCRIPT_CHAR.test(text)) return { nonLatin: 0, unspaced: 0 };
  const letters = text.match(LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return { nonLatin: letters ? 1 - latin / letters : 0, unspaced: text.match(UNSPACED_SCRIPT)?.length ?? 0 };
}

export function splitLines(raw: string): Line[] {
  return raw.split(/\r\n|\r|\n/).map((rawLine, i) => measureLine(rawLine, i + 1));
}

export function measureLine(raw: string, n: number): Line {
  const text = raw.replace(/\s+/g, " ").trim().replace(BULLET, "");
  const words = text.match(WORD) ?? [];
  const stop = words.filter((w) => ENGLISH_STOPWORDS.has(w.toLowerCase())).length;
  const { nonLatin, unspaced } = scriptCounts(text);
  return {
    n,
    raw,
    text,
    words,
    size: words.length - (unspaced ? (text.match(UNSPACED_RUN)?.length ?? 0) : 0) + unspaced / 2,
    stopwordDensity: words.length ? stop / words.length : 0,
    nonLatin,
    endsLikeSentence: /[.!?:;。！？]["'”’)\]」』]*$/.test(text),
  };
}

/** Letters only, lower case: two lines are "the same" when this matches. */
export function lineKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
