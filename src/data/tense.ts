// Markers of tense that the date and meeting extractors both read.

/** Markers that put a clause in the future: "will meet", "is scheduled to meet", "plans to hold talks". */
export const FUTURE_MARKERS =
  /\b(will|shall|'ll|(?:is|are|was|were)(?: also| now| still)? (expected|scheduled|set|due|slated|going) to|(?:is|are|was|were) to|plans? to|planning to|intends? to|hopes? to|next|invited)\b/i;

