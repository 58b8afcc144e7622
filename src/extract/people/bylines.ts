// Refiner: the article's authors are people of it. A wire story's byline ("Jane Roe" on its own
// line under the headline) names its reporter as plainly as the body names anyone, and the CoNLL
// annotators count it as a person; normalize keeps the byline out of `text`, so the person has no
// mention there and says `byline: true`. Added after the other extractors ran: no quote or
// meeting side resolves to the reporter.
import { isGivenName, isNamePart } from "../../data/names.js";
import { THING_NOUNS } from "../../data/thing-nouns.js";
import { lexiconTag } from "../../nlp/doc.js";
import type { Person } from "../../schema/record.js";
import { personKey } from "./key.js";

const isInitials = (word: string) => /^(?:\p{Lu}\.)+$/u.test(word);
/** A capitalised name word ("McNeil", "O'Donnell", "Jean-Luc"; not "ACLU") or initials ("R.", "P.V."). */
const isNameWord = (word: string) => (/^\p{Lu}[\p{L}'’-]*$/u.test(word) && /\p{Ll}/u.test(word)) || isInitials(word);

/** A word of the dictionary rather than of names: "Vacancies", "Tools", "Talk". */
function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return [lower, lower.replace(/ies$/, "y"), lower.replace(/s$/, "")].some((w) => {
    const tag = lexiconTag(w);
    return (tag !== undefined && !/Name|Person/.test(tag)) || THING_NOUNS.has(w);
  });
}

/**
 * Whether a byline's name reads as a person's: two to four name words, one of the ends a known
 * name part, and no later word a common word. Page furniture that a page's byline picked up
 * ("Free SEO Tools", "Asia Talk", "Michael HiltzikBusiness Columnist") is no person.
 */
export function readsAsPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every(isNameWord)) return false;
  const [first, ...rest] = words as [string, ...string[]];
  const knownEnd = isGivenName(first) || isNamePart(first) || isInitials(first) || isNamePart(rest.at(-1)!);
  return knownEnd && rest.every((w) => isNamePart(w) || !isCommonWord(w));
}

/** The people with the authors added (or marked, when the body names them too), in the order given. */
export function withBylinePeople(people: Person[], authors: string[]): Person[] {
  const result = [...people];
  for (const author of authors) {
    if (!readsAsPersonName(author)) continue;
    const key = personKey(author);
    const named = result.findIndex((p) => p.key === key);
    if (named >= 0) result[named] = { ...result[named]!, byline: true };
    else result.push({ id: `person-${result.length + 1}`, key, name: author, aliases: [], titles: [], country: null, mentions: [], byline: true });
  }
  return result;
}
