// Verdicts that more than one part of the normalizer reads: the page decision sets them, the
// headline and byline finders look among the lines they mark.

/** A prose line of a run that lost to the article; the verdict goes on with why (": in a comment section"). */
export const OUTSIDE_TEXT = "text outside the article";
/** A short line the article's runs do not hold. */
export const OUTSIDE_SHORT = "short line outside the article";
/** A headline-shaped line printed twice above the article. */
export const REPEATED_HEADING = "repeated heading";
