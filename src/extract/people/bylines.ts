// Refiner: the article's authors are people of it. A wire story's byline ("Jane Roe" on its own
// line under the headline) names its reporter as plainly as the body names anyone, and the CoNLL
// annotators count it as a person; normalize keeps the byline out of `text`, so the person has no
// mention there and says `byline: true`. Added after the other extractors ran: no quote or
// meeting side resolves to the reporter.
import { isGivenName, isNamePart } from "../../data/names.js";
import { EAST_ASIAN_FAMILY_NAMES } from "../../data/people.js";
import { THING_NOUNS } from "../../data/thing-nouns.js";
import { lexiconTag } from "../../nlp/doc.js";
import type { Person } from "../../schema/record.js";
import { personKey } from "./key.js";

const isInitials = (word: string) => /^(?:\p{Lu}\.)+$/u.test(word);
/** A capitalised name word ("McKay", "O'Neill", "Jean-Luc"; not "ACLU", nor a run-in "DoeNEWSBusiness") or initials ("R.", "P.V."). */
const isNameWord = (word: string) => (/^\p{Lu}[\p{L}'’-]*$/u.test(word) && /\p{Ll}/u.test(word) && !/\p{Lu}{3}/u.test(word)) || isInitials(word);

/** A word of the dictionary rather than of names: "Offers", "Tools", "Chat". */
function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  return [lower, lower.replace(/ies$/, "y"), lower.replace(/s$/, "")].some((w) => {
    const tag = lexiconTag(w);
    return (tag !== undefined && !/Name|Person/.test(tag)) || THING_NOUNS.has(w);
  });
}

/**
 * Whether a byline's name reads as a person's: two to four name words, the first a given name, an
 * initial or an East Asian family name ("Kim Min-ji"), and no later word a common word. Page
 * furniture that a page's byline picked up ("Free Web Tools", "Asia Chat", "Springfield Post",
 * "Jane DoeBusiness Columnist") is no person.
 */
export function readsAsPersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every(isNameWord)) return false;
  const [first, ...rest] = words as [string, ...string[]];
  const opensName = isGivenName(first) || isInitials(first) || EAST_ASIAN_FAMILY_NAMES.has(first.toLowerCase());
  return opensName && rest.every((w) => isNamePart(w) || !isCommonWord(w));
}

/**
 * The people with the authors added (or marked, when the body names them too), in the order given.
 * `namedAlone`: the authors whose byline is their name alone on the line above a wire dateline:
 * normalize took that line for a name by its shape and place, so no name list is asked ("Ivan
 * Petrenko"). A page's lines get no such trust ("Springfield Post", "Job Offers").
 */
export function withBylinePeople(people: Person[], authors: string[], namedAlone: ReadonlySet<string>): Person[] {
  const result = [...people];
  for (const author of authors) {
    if (!namedAlone.has(author) && !readsAsPersonName(author)) continue;
    const key = personKey(author);
    const named = result.findIndex((p) => p.key === key);
    if (named >= 0) result[named] = { ...result[named]!, byline: true };
    else result.push({ id: `person-${result.length + 1}`, key, name: author, aliases: [], titles: [], country: null, mentions: [], byline: true });
  }
  return result;
}
