// Look-ups in lists of spans sorted by start, by binary search: an extractor that asks "what is
// in this sentence?" once per find must not scan the whole article each time, or a long input
// costs the square of its length.

/** Longer than any name of a person, country or organisation: how far back one may start and still reach a point. */
export const LONGEST_NAME = 300;

export interface Span {
  start: number;
  end: number;
}

/** The index of the first span that starts at or after `at`: also the number that start before it. */
export function firstFrom(sorted: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans that start in [from, to). */
export function startingIn<T extends Span>(sorted: readonly T[], from: number, to: number): T[] {
  return sorted.slice(firstFrom(sorted, from), firstFrom(sorted, to));
}

/** In a list of spans that do not overlap (tokens, sentences, quotes), the one holding `at`: start <= at < end, or at == end too with `orEnd`. */
export function spanHolding<T extends Span>(sorted: readonly T[], at: number, orEnd = false): T | undefined {
  const span = sorted[firstFrom(sorted, at + 1) - 1];
  return span && (at < span.end || (orEnd && at === span.end)) ? span : undefined;
}

/** Every offset where `words` stand in the text as words of their own (no letter or digit joined on either side). */
export function* wordOccurrences(text: string, words: string): Generator<number> {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[at + words.length] ?? "")) yield at;
  }
}
