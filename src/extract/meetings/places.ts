// Where a meeting took place: a place compromise knows (city, region, country) after "in", "at",
// "to" or "visited", as close to the meeting phrase as its clause allows.
import { MEETING_NOUNS, PLACE_PREPOSITIONS } from "../../data/meetings.js";
import type { Doc, Token } from "../../nlp/doc.js";
import type { Side } from "./sides.js";

export interface Place {
  text: string;
  start: number;
  end: number;
  preposition: string;
  /** Index of its sentence in Doc.sentences. */
  sentence: number;
}

const PLACE_TAGS = ["Place", "City", "Region", "Country"];
const isPlace = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text) && PLACE_TAGS.some((tag) => t.tags.has(tag));

/** Every place named after a preposition: "in Paris", "at the White House", "visited Nairobi". */
export function findPlaces(doc: Doc): Place[] {
  const places: Place[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isPlace(token) || isPlace(tokens[i - 1])) continue;
    let last = i;
    // "Paris, France", "Austin, Texas", "Buenos Aires": one place written in parts.
    while (isPlace(tokens[last + 1]) && /^[\s,]*$/.test(tokens[last]!.post) && tokens[last + 1]!.sentence === token.sentence) last++;
    // "the Downing Street talks", "the Camp David summit": a place that names the meeting held there
    // ("Greece's negotiations" are Greece's, wherever held).
    const namesMeeting =
      tokens[last + 1]?.sentence === token.sentence && tokens[last + 1]!.normal in MEETING_NOUNS && !/[,.;:]/.test(tokens[last]!.post) && !/['’]s?$/.test(tokens[last]!.text);
    const preposition = prepositionBefore(tokens, i) ?? (namesMeeting ? "at" : null);
    if (!preposition) continue;
    const end = tokens[last]!.end;
    places.push({ text: doc.text.slice(token.start, end), start: token.start, end, preposition, sentence: token.sentence });
  }
  return places;
}

/** Words between a preposition and its place: "in the capital Brasilia", "at the resort of Sochi". */
const PLACE_LEAD_WORDS = new Set(["the", "capital", "city", "town", "port", "village", "resort", "of", "nearby", "southern", "northern", "eastern", "western"]);

function prepositionBefore(tokens: Token[], i: number): string | null {
  let k = i - 1;
  while (k >= i - 4 && tokens[k] && PLACE_LEAD_WORDS.has(tokens[k]!.normal)) k--;
  const word = tokens[k]?.normal;
  return word && PLACE_PREPOSITIONS.has(word) ? word : null;
}

/** The place of a meeting: the one nearest the trigger inside its clause, never one of its sides ("counterparts in the UK"). */
export function placeInClause(places: Place[], [from, to]: [number, number], trigger: { start: number; end: number }, objects: Side[]): string | null {
  const isObject = (p: Place) => objects.some((s) => s.start < p.end && p.start < s.end);
  const distance = (p: Place) => (p.end <= trigger.start ? trigger.start - p.end : Math.max(0, p.start - trigger.end));
  const inClause = places.filter((p) => p.start >= from && p.end <= to && !isObject(p)).sort((a, b) => distance(a) - distance(b));
  return inClause[0]?.text ?? null;
}
