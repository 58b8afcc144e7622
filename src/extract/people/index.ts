// People: finders propose names in capitalised phrases, separating titles and nationality from
// the name; refiners merge mentions into one record per person and attach later mentions by
// surname to the person in focus.
import {
  APPOSITIVE_BODY_NOUNS,
  CALENDAR_WORDS,
  DETERMINER_WORDS,
  EAST_ASIAN_FAMILY_NAMES,
  ORGANISATION_DESCRIPTORS,
  SURNAME_BODY_WORDS,
  SURNAME_ENDING,
  NON_NAME_WORDS,
  FIRMS_NAMED_LIKE_PEOPLE,
  FOREIGN_BODY_WORDS,
  isLegalForm,
  ORGANISATION_WORDS,
  PERSON_TAGS,
  PLACE_WORDS,
  QUALIFYING_TITLE_WORDS,
  REGNAL_TITLES,
  SPORTS_LIST_LABELS,
  TITLE_WORDS,
} from "../../data/people.js";
import { ENGLISH_STOPWORDS } from "../../data/stopwords.js";
import { BEFORE_MONTH, MONTHS } from "../../data/dates.js";
import { CUE_VERBS, GENDERED_TITLES } from "../../data/speech.js";
import { THING_NOUNS } from "../../data/thing-nouns.js";
import { PERSON_NOUNS } from "../../data/person-nouns.js";
import { givenNameGender, isGivenName, isNamePart, type Gender } from "../../data/names.js";
import { lexiconTag, type Doc, type Token } from "../../nlp/doc.js";
import type { Person, PersonMention } from "../../schema/record.js";
import type { CountryHit } from "../countries/lookup.js";
import { personKey } from "./key.js";
import { firstFrom, LONGEST_NAME, spanHolding, startingIn, wordOccurrences } from "../spans.js";

/** A capitalised word, with hyphenated parts ("Jong-un") and inner apostrophes; or an initial ("R."). */
const PHRASE = /(?:(?:[\p{Lu}]\.)+|[\p{Lu}][\p{L}'’]*(?:-[\p{L}]+)*)(?:[ \u00a0]+(?:(?:von|van|der|den|de|da|dal|del|della|dalla|di|dos|das|bin|ibn|bint|al|el|le|la|du|wa|ter|ten|zu|arap)[ \u00a0]+)*(?:(?:[\p{Lu}]\.)+|(?:(?:al|el|ul|ad|ar|as|ash|az|abu|bin|ibn)-)?[\p{Lu}][\p{L}'’]*(?:-[\p{L}]+)*))*/gu;
/** Title phrases run over these small words: "Minister for Strategy and Intelligence". */
const CONNECTORS = new Set(["of", "for", "and", "the", "to", "on"]);
/** Who one meets, talks or holds a summit with is a person (or a country, which the lookup claims first). */
/**
 * A name in a results table or a scorers' list carries its country, club or minute in brackets:
 * "Shayne King (New Zealand)", "Ryszard Wieczorek (Odra Wodzislaw)", "Ilian Simeonov (58th)".
 */
const RESULTS_ENTRY = /^ \((?:[\p{Lu}]\.(?:[\p{Lu}]\.)+|[\p{Lu}][\p{Ll}.'-]+(?: [\p{Lu}][\p{L}.'-]*){0,2}|\d+(?:st|nd|rd|th)|pen(?:alty)?)\)(?! \d+ [\p{Lu}])/u;
/** A goal's minute after a scorer: "Lyon 2 (Caveglia 23rd, Giuly 30th)". */
const SCORER_MINUTE = /^ \d{1,3}(?:st|nd|rd|th)\b/;
/** A cricket scorecard names the fielder and the bowler: "Saeed Anwar c Croft b Cork 176", "lbw b Streak". */
const DISMISSAL_BEFORE = /(?:^|\s)(?:c|b|st|lbw b|c and b)\s$/;

/**
 * A team in a line of match results ("Alphaton 1 Beta City 0", "In Gammaburg: Alphaton (Ruritania)
 * 2 Beta City (Borduria) 1 (1-1)") or of a league table ("Beta City 3 0 1 1 1 3 1"): a score and
 * the next team, a half-time score or the line's end follow the name, and it opens the line or
 * follows the other team's score. A runner's or golfer's line ("Jan Novak (Ruritania) 70 75 75",
 * "Ana Ruiz (Borduria) 81 points") has no such shape.
 */
function isMatchResult(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const opensLine = /(?:^|\n|: )$/u.test(text.slice(Math.max(0, start - 2), start));
  if (opensLine && LEAGUE_ROW.test(text.slice(end, end + 60))) return true;
  const afterOtherTeam = OTHER_TEAM_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  // A score that ends the line ends a second team's entry; a driver's points end a line too.
  return (SCORE_THEN_TEAM.test(after) && (opensLine || afterOtherTeam)) || (SCORE_ENDS_LINE.test(after) && afterOtherTeam);
}
const SCORE_THEN_TEAM = /^(?: \([\p{Lu}][\p{L} .'-]{1,25}\))? \d{1,3}(?: \(\p{Lu}\))?(?: \p{Lu}| \(\d{1,2}-\d{1,2}\))/u;
const SCORE_ENDS_LINE = /^(?: \([\p{Lu}][\p{L} .'-]{1,25}\))? \d{1,3}\.?[ \t]*$/mu;
/** The other team's score, with its scorers in brackets: "Alphaton (Ruritania) 2 ", "Alphaton 1 (Novak 80th) ". */
const OTHER_TEAM_BEFORE = /[\p{L})] \d{1,3}(?: \([^()\n]{1,40}\))? $/u;
/** Played, won, drawn, lost, goals for and against, points: six numbers or more to the line's end. */
const LEAGUE_ROW = /^(?: \d{1,3}){6,}[ \t]*$/mu;

/**
 * What news copy writes around a person's name: their age ("Tarak Das, 70, was"), a speech verb
 * before it ("said Burcin Mavituna from Interbank"), a wire sign-off ("-- Artyom Danielyan, Moscow
 * Newsroom").
 */
function namedAround(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const signOff = before.slice(before.lastIndexOf("\n") + 1).trim() === "--";
  return AGE_AFTER.test(text.slice(end, end + 8)) || CUE_BEFORE.test(before) || signOff;
}
const AGE_AFTER = /^, \d{1,3},/;

/** "Jan Novak marked his debut", "Ana Ruiz won her first title": a verb right after the name, then "his" or "her". */
function actsOnOwn(doc: Doc, end: number): boolean {
  const at = firstFrom(doc.tokens, end);
  const [verb, owner] = [doc.tokens[at], doc.tokens[at + 1]];
  return !!verb && verb.start === end + 1 && verb.tags.has("Verb") && !verb.tags.has("Auxiliary") && (owner?.normal === "his" || owner?.normal === "her");
}
const CUE_BEFORE = /\b(?:said|says|added|wrote)\s+$/;

/**
 * "against Ana Ruiz of Spain", "over Jan Novak of the Czech Republic": a name that a country's name
 * follows with "of" is said of one of its people, as sports copy says of players (a plural noun
 * ends a body's name: "United Growers Associations of Ruritania").
 */
function ofCountry(text: string, end: number, countries: CountryHit[]): boolean {
  return countries.some((c) => c.via === "name" && c.start > end && c.start - end <= OF_COUNTRY_REACH && /^ of (?:the )?$/.test(text.slice(end, c.start)));
}
const OF_COUNTRY_REACH = 8;

/** A plural of a common noun ends a body's name, not a person's: "Associations", "Manufacturers". */
function namesGroup(word: string): boolean {
  const singular = word.slice(0, -1).toLowerCase();
  return /s$/.test(word) && [THING_NOUNS, ORGANISATION_DESCRIPTORS, ORGANISATION_WORDS, PERSON_NOUNS].some((nouns) => nouns.has(singular));
}

/** A batsman's line of a scorecard: "Aamir Sohail c Cork b Croft 46", "Ijaz Ahmed not out 58". */
const DISMISSAL_AFTER = /^ (?:c|b|st|lbw|c and b|not out|run out|retired hurt)\b/;
/** A list of players after its label: "Did not bat: Arjuna Ranatunga, Asanka Gurusinha", "Tries: X, Y". */
const LISTED_AFTER_LABEL = new RegExp(String.raw`^(?:${SPORTS_LIST_LABELS.join("|")})\s*:\s(?:[^:\n]*,\s)?$`, "i");

/** The start of the line that holds `at`, if it is at most `limit` characters back; else -1. Never scans further. */
function lineStartWithin(text: string, at: number, limit: number): number {
  const from = Math.max(0, at - limit);
  const newline = text.slice(from, at).lastIndexOf("\n");
  return newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1;
}

/** A name in a results table, a list of scorers or a scorecard, by the notation around it. */
function isTableEntry(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const lineStart = lineStartWithin(text, start, 199);
  return (
    RESULTS_ENTRY.test(after) ||
    SCORER_MINUTE.test(after) ||
    DISMISSAL_BEFORE.test(text.slice(Math.max(0, start - 8), start)) ||
    DISMISSAL_AFTER.test(after) ||
    (lineStart >= 0 && LISTED_AFTER_LABEL.test(text.slice(lineStart, start)))
  );
}
/**
 * A role in apposition after the name, or a speech verb after such an aside: "X, head of border
 * police at the Security Ministry, told", "X, a spokesman for", "X, who …, said".
 */
const DESCRIBED_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:${[...TITLE_WORDS].filter((w) => /^[a-z]{3,}$/.test(w)).join("|")})s?\b|^,\s+(?:who|whose)\b[^,;]{1,80},\s+(?:said|told|says|added)\b`,
  "u",
);
/** compromise's parts of speech that a capitalised word at a sentence start is when it is no name. */
const FUNCTION_TAGS = ["Determiner", "Adverb", "Adjective", "Preposition", "Conjunction", "Verb", "Pronoun", "Value"];
const PERSONAL_PRONOUN_SOON = /\b(he|she|his|her|him)\b/i;
const MEETS_AFTER = /^\s+(?:(?:will|would|is to|was to|to|has|had|also|then)\s+)*(?:meet|meets|met|held talks|hosted|received|welcomed|visited)\b/;
const MET_WITH = /\b(?:summit|talks|meeting|meet|meets|met|call|dinner|lunch) with $/;
/** compromise's tags of words that name no person: "Sao Paulo", "Red Cross", "Palestinians", "He". */
const NON_PERSON_TAGS = ["Place", "Organization", "Demonym", "Pronoun", "Value"];
const personTagged = (t: Token | undefined) => !!t && PERSON_TAGS.some((tag) => t.tags.has(tag));
// compromise reads "President Burhanuddin Rabbani's government" as an organisation: a name's possessive is not trusted.
const nonPersonTagged = (t: Token | undefined) =>
  !!t && !t.tags.has("Person") && !/['’]s$/.test(t.text) && NON_PERSON_TAGS.some((tag) => t.tags.has(tag));

interface Word {
  text: string;
  start: number;
  end: number;
}

/** A proposed name with what the text around it says of the person. */
export interface NameCandidate {
  name: string;
  start: number;
  end: number;
  titles: string[];
  country: string | null;
  /** Strong enough to open a new person record. */
  evidence: boolean;
  /** A lone word that a verb follows, as a surname used for its person does ("Arafat had been"). */
  actsAlone?: boolean;
  /** compromise reads its last word as a place or a body, and no word as a name, nor opens it with a given name ("New York"): a list does not make it a person. */
  placeOrBody?: boolean;
  /** Named with an article as a body is ("the Alphaton Rovers"): an echo of its last word ("the Rovers won") makes no person of it. */
  body?: boolean;
  /** The words the article writes, when the name holds more than them: "Laura" of "Laura Bush". */
  written?: string;
  /** One name after a monarch's style, "King Omar": a person of their own, never another's surname. */
  regnal?: boolean;
}

export interface PeopleInput {
  doc: Doc;
  countries: CountryHit[];
  /** Text before this offset (a dateline with its agency credit) holds no people. */
  skipBefore: number;
}

export function extractPeople(input: PeopleInput): Person[] {
  const candidates = findNames(input);
  const people = mergeFullNames(candidates);
  attachShortMentions(input, people);
  return people.map((p, i) => finish(p, i));
}

interface Draft {
  name: string;
  key: string;
  surname: string;
  titles: Set<string>;
  country: string | null;
  mentions: PersonMention[];
  forms: Set<string>;
  /** Named by a monarch's style and one name ("King Omar"): a person of their own, not part of a longer name. */
  regnal?: boolean;
  /** Known only by a surname after "Mr" or "Mrs" (see attachShortMentions): the sex that honorific gave. */
  honorific?: Gender;
}

/** A title that ends in a monarch's or prince's style: "Ruritania's King", "Crown Prince". */
const isRegnalTitle = (title: string) => REGNAL_TITLES.has(title.split(/\s+/).at(-1)!.toLowerCase());

/** "Ruritania's King Omar", "Crown Prince Karim": one name right after a monarch's or prince's style (not "King, Smith" of a team list). */
function regnalName(text: string, name: Word[]): boolean {
  return name.length === 1 && isRegnalTitle(/(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, name[0]!.start - 16), name[0]!.start))?.[1] ?? "");
}

/** "Novak's", "Jones'", and "Novak''" before the two apostrophes that close a quotation in NYT copy: the name alone. */
function stripPossessive(w: string): string {
  const bare = w.replace(/['’]s$/, "");
  let end = bare.length;
  while (end > 0 && (bare[end - 1] === "'" || bare[end - 1] === "’")) end--;
  return bare.slice(0, end);
}
const foldName = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, "");

/** Finder: every capitalised phrase whose tail is a name. */
export function findNames({ doc, countries, skipBefore }: PeopleInput): NameCandidate[] {
  const tokenAt = (offset: number) => spanHolding(doc.tokens, offset);
  const countryAt = (w: Word) => countries.find((c) => w.start < c.end && w.end > c.start) ?? null;
  const namesFirm = firmNames(doc.text);
  const out: NameCandidate[] = [];
  for (const sentence of doc.sentences) {
    // "Prime Minister Ryutaro Hashimoto's Liberal Democratic Party": a possessive ends one phrase.
    const phrases = [...sentence.text.matchAll(PHRASE)].flatMap((m) =>
      splitAtPossessive(wordsOf(m[0], sentence.start + m.index!))
        .flatMap((words) => confirmedInHeadline(doc.text, words))
        .map((words) => ({ words, phraseStart: sentence.start + m.index! })),
    );
    for (const { words, phraseStart } of phrases) {
      if (words[0]!.start < skipBefore) continue;
      const after = doc.text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 40);
      // Who speaks or meets is a person: "Arafat said", "Yasser Arafat will meet Shimon Peres".
      // Who is listed with a person is one too: "Jeb Bush and Hillary Clinton, among others, reject".
      const listedWithPerson = /^,?\s+and\s+\p{Lu}/u.test(after) && personTagged(tokenAt(words[words.length - 1]!.end + after.search(/\p{Lu}/u)));
      const followedByCue = CUE_VERBS.has(nextWord(doc.text, words[words.length - 1]!.end)) || MEETS_AFTER.test(after) || listedWithPerson;
      // ("Outspoken Jan Novak marked his": of three words, the first may be a modifier; of two, it is the given name.)
      const ownsAfter = actsOnOwn(doc, words[words.length - 1]!.end) && words.length === 2;
      const described =
        ownsAfter ||
        DESCRIBED_AFTER.test(doc.text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 120)) || DISMISSAL_AFTER.test(after) || RESULTS_ENTRY.test(after) || AGE_AFTER.test(after);
      // Any word is capitalised at a sentence start: there it joins the name only when what follows
      // the phrase says it is a person's ("Misael Valerio, head of border police, told reporters",
      // "Arafat said"), never when compromise reads it as another part of speech ("Later Kim said").
      const isName = (w: Word) => {
        const token = tokenAt(w.start);
        const opensSentence = (w.start === sentence.start || opensQuotation(doc.text, w.start)) && !((followedByCue || described) && !FUNCTION_TAGS.some((t) => token?.tags.has(t)));
        // "Douglas Holtz-Eakin": a capital's name that is a given name before a surname is the given name.
        const country = countryAt(w);
        const givenBeforeSurname = country?.via === "capital" && isGivenName(stripPossessive(w.text)) && w !== words[words.length - 1];
        return !isMonthOfDate(doc.text, w) && isNameWord(w, token, givenBeforeSurname ? null : country, opensSentence, surnameAfterGivenName(words, w));
      };
      const name = words.slice(nameStart(words, isName));
      // "Chancellor of the Exchequer Nigel Lawson": the word after a title's "of" names the office.
      if (name.length >= 3 && name[0] === words[0] && isOfficeAfterTitle(doc.text, words[0]!.start)) name.shift();
      if (!name.length) {
        // A sentence that opens with a surname ("Arafat had been scheduled") still echoes a full name.
        if (words.length === 1 && actsAsSubject(doc, tokenAt(words[0]!.start)))
          out.push({ name: stripPossessive(words[0]!.text), start: words[0]!.start, end: words[0]!.end, titles: [], country: null, evidence: false, actsAlone: true });
        continue;
      }
      const last = name[name.length - 1]!;
      const text = doc.text.slice(name[0]!.start, name[0]!.start + (last.end - name[0]!.start));
      const cleaned = stripPossessive(text);
      const prefix = titleBefore(doc.text, sentence.start, name[0]!.start, countryAt);
      const tokens = name.map((w) => tokenAt(w.start));
      const inTable = isTableEntry(doc.text, name[0]!.start, last.end);
      const context = prefix.titles.length > 0 || followedByCue || described || inTable || namedAround(doc.text, name[0]!.start, last.end) || (ofCountry(doc.text, last.end, countries) && !namesGroup(stripPossessive(last.text)));
      // "newspaper Nihon Keizai Shimbun claimed": a body's name after the word for it (but "watchdog Sir Nigel Wicks").
      // "Societe Anonyme de Telecommunications", "Banco Santander": the run goes on after a body's own word.
      const startIndex = words.indexOf(name[0]!);
      const afterBodyWord = startIndex > 0 && FOREIGN_BODY_WORDS.has(stripPossessive(words[startIndex - 1]!.text).toLowerCase());
      const wordBefore = previousWord(doc.text, words[0]!.start);
      const theBody = prefix.titles.length === 0 && wordBefore === "the" && bodyAfterArticle(doc.text, words) && !modifiesNoun(doc.tokens[firstFrom(doc.tokens, last.end)]);
      const namedAsBody = (prefix.titles.length === 0 && ORGANISATION_DESCRIPTORS.has(wordBefore)) || afterBodyWord || theBody;
      // "American Jan Novak", "Pole Jan Kowalczyk": a word of nationality right before the name.
      const demonym = startIndex > 0 ? countryAt(words[startIndex - 1]!) : null;
      const country = prefix.country ?? (demonym?.via === "demonym" ? demonym.code : null);
      const evidence =
        !isMatchResult(doc.text, phraseStart, last.end) &&
        !namedAsBody &&
        !(name.length >= 2 && (namesFirm(cleaned) || FIRMS_NAMED_LIKE_PEOPLE.has(cleaned.toLowerCase()))) &&
        (name.length >= 2 ? fullNameEvidence(name, tokens, { context, inPlace: inPlacePhrase(doc.text, name[0]!.start, last.end), kindBefore: country !== null || roleBefore(doc.text, name[0]!.start) }) : (inTable && !nonPersonTagged(tokens[0])) || loneNameEvidence(doc.text, name[0]!, tokens[0], prefix.titles, followedByCue));
      const actsAlone = words.length === 1 && actsAsSubject(doc, tokens[0]);
      const placeOrBody = nonPersonTagged(tokens[tokens.length - 1]) && !tokens.some(personTagged) && !isGivenName(stripPossessive(name[0]!.text));
      out.push({ name: cleaned, start: name[0]!.start, end: name[0]!.start + cleaned.length, titles: prefix.titles, country, evidence, actsAlone, placeOrBody, body: theBody, regnal: regnalName(doc.text, name) });
    }
  }
  return relativesByGivenName(doc, echoedSurnames(coordinatedNames(doc.text, out)));
}

/**
 * "said storm forecaster Ana Ruiz", "off-spinner Jan Kowalczyk": a word for a kind of
 * person, in lower case right before the name, says what the person is, as a title does.
 */
function roleBefore(text: string, nameStart: number): boolean {
  const word = /(?:^|[^\p{L}-])([\p{Ll}]+(?:-[\p{Ll}]+)*) $/u.exec(text.slice(Math.max(0, nameStart - 40), nameStart))?.[1];
  return !!word && (PERSON_NOUNS.has(word) || PERSON_NOUNS.has(word.split("-").at(-1)!));
}

/** A word right after an opening quote mark opens the quoted sentence: '"Let Hillary explain'. */
const opensQuotation = (text: string, at: number) => /(?:^|[\s(:])["“]$/.test(text.slice(Math.max(0, at - 2), at));

/** A title and its "of" right before an offset: "Chancellor of the ", "Secretary of ". */
function isOfficeAfterTitle(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - TITLE_OF_REACH), at).trimEnd().split(/\s+/);
  if (words.at(-1) === "the") words.pop();
  return words.pop() === "of" && isTitleWord((words.pop() ?? "").toLowerCase());
}

const TITLE_OF_REACH = 30;

/**
 * A full name whose last word the article later uses alone ("Yasser Arafat" … "Arafat had been
 * scheduled to meet") is a person's: reporters shorten people to their surname, not bodies or
 * places to their last word.
 */
function echoedSurnames(candidates: NameCandidate[]): NameCandidate[] {
  const lone = new Set(candidates.filter((c) => c.actsAlone).map((c) => c.name));
  for (const c of candidates) if (!c.evidence && !c.body && c.name.includes(" ") && lone.has(surnameOf(c.name))) c.evidence = true;
  return candidates;
}

/**
 * "George W. Bush … and his wife, Laura, who spoke", "Obama's daughter, Malia": a given name alone
 * after a relative's noun is that person's relative, who shares their family name (the person named
 * by it, or for "his"/"her" the last full name before it in the sentence).
 */
function relativesByGivenName(doc: Doc, candidates: NameCandidate[]): NameCandidate[] {
  for (const [i, c] of candidates.entries()) {
    if (c.evidence || c.name.includes(" ") || !isGivenName(c.name)) continue;
    const lead = RELATIVE_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 60), c.start));
    if (!lead) continue;
    const sentenceStart = spanHolding(doc.sentences, c.start)?.start ?? 0;
    // "her husband, David" is not the husband of the man named last ("Geoffrey Fieger, said … her husband, David").
    const gender = lead[0].startsWith("his") ? "m" : lead[0].startsWith("her") ? "f" : null;
    const fits = (o: NameCandidate) => (givenNameGender(o.name.split(" ")[0]!) ?? gender) === gender;
    const owner = lead[1]
      ? candidates.find((o) => o.evidence && o.name.split(" ").includes(lead[1]!))
      : candidates.slice(0, i).findLast((o) => o.evidence && o.name.includes(" ") && o.start >= sentenceStart && fits(o));
    if (owner && owner.name.includes(" ")) Object.assign(c, { name: `${c.name} ${surnameOf(owner.name)}`, written: c.name, evidence: true });
  }
  return candidates;
}

/** "his wife, ", "Obama's daughter ": who the given name after it is to someone named. */
const RELATIVE_BEFORE = /(?:\b(?:his|her)|(\p{Lu}[\p{L}-]+)['’]s) (?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower),? $/u;

/** " and Mr " → " and ": the capitalised words that end a gap (the next name's titles) taken off. */
function withoutTrailingTitles(gap: string): string {
  let rest = gap.trimEnd();
  for (let space = rest.lastIndexOf(" "); space >= 0 && /^\p{Lu}/u.test(rest.slice(space + 1)); space = rest.lastIndexOf(" ")) rest = rest.slice(0, space).trimEnd();
  return rest + " ";
}

/** What stands between two items of a list of names: a comma or "and", after an item's bracket. */
const LIST_SEPARATOR = /^(?: \([^()\n]{1,40}\))?(?:,\s*|\s+and\s+|,\s*and\s+|;\s*)$/;

/**
 * A full name in a list with a person's name is a person's too, whichever comes first: "Alija
 * Izetbegovic and Momcilo Krajisnik", "talks between Yassir Arafat and Mr Peres".
 */
function coordinatedNames(text: string, candidates: NameCandidate[]): NameCandidate[] {
  const isPartner = (c: NameCandidate | undefined) => !!c?.evidence && (c.name.includes(" ") || c.titles.length > 0);
  // Forwards, then backwards: "A (captain), B, C, D" where only D has evidence of its own.
  const forwards = [...candidates.keys()];
  for (const i of [...forwards, ...[...forwards].reverse()]) {
    const c = candidates[i]!;
    // "In New York, Jason Dickson scattered 10 hits": a place before a comma is no list item.
    if (c.evidence || !c.name.includes(" ") || c.placeOrBody) continue;
    const before = candidates[i - 1];
    const after = candidates[i + 1];
    // The title of the name after is no part of what separates them: "Yassir Arafat and Mr Peres".
    const gapAfter = after ? withoutTrailingTitles(text.slice(c.end, after.start)) : "";
    if ((isPartner(before) && LIST_SEPARATOR.test(text.slice(before!.end, c.start))) || (isPartner(after) && LIST_SEPARATOR.test(gapAfter))) c.evidence = true;
  }
  return candidates;
}

/**
 * Two or more name words are a person's name with a title before them, a speech verb after them, a
 * word compromise knows as a name, a common East Asian family name first, a given name first
 * ("Costantino Rocca"), or only words that name lists hold as parts of people's names.
 */
/** What the text around a name of two or more words says of it. */
interface NameCues {
  /** A title before it, a speech verb after it, an age, a results table …: said of places and bodies too. */
  context: boolean;
  /** A place's word after it or before its "of": "Ben Gurion airport", "the village of Karin Gornji". */
  inPlace: boolean;
  /** A word of nationality or for a kind of person right before it: "Italian", "Ethiopia's", "forecaster". */
  kindBefore: boolean;
}

function fullNameEvidence(name: Word[], tokens: (Token | undefined)[], { context, inPlace, kindBefore }: NameCues): boolean {
  const bare = name.map((w) => stripPossessive(w.text));
  if (tokens.some(personTagged) || EAST_ASIAN_FAMILY_NAMES.has(bare[0]!.toLowerCase())) return true;
  // A nationality or a role before words that are no common English words is a person's: "Kenya's
  // Wanjiru Kamau", "storm forecaster Ana Ruiz" (not a firm such as "American Home Products", a
  // kind of thing such as "Indian Ringneck Parrots", nor a plural body after a role word, "tracker
  // Box Office Analysts").
  const commonWord = (w: string) => THING_NOUNS.has(w.toLowerCase().replace(/s$/, "")) || THING_NOUNS.has(w.toLowerCase()) || lexiconTag(w) !== undefined;
  // A word for a kind of person first is the group's ("Palestinian Islamist" movements).
  const groupWordFirst = PERSON_NOUNS.has(bare[0]!.toLowerCase()) && !isGivenName(bare[0]!);
  const lastToken = tokens[tokens.length - 1];
  const groupNamed = lastToken?.tags.has("Plural") && !personTagged(lastToken);
  if (kindBefore && !inPlace && !groupWordFirst && !groupNamed && !tokens.some(nonPersonTagged) && !bare.some((w) => commonWord(w) && !isGivenName(w))) return true;
  // An initial before a surname is a person's name by its shape: "P. Simmons", "A. Jadeja".
  if (/^(?:\p{Lu}\.)+$/u.test(bare[0]!) && !bare[bare.length - 1]!.endsWith(".")) return true;
  // A title or a speech verb is said of places and bodies too, and the name lists hold "Paulo" and
  // "Cross": they count where compromise sees no place or organisation.
  if (context && !nonPersonTagged(tokens[tokens.length - 1])) return true;
  // compromise reads "Geoff Marsh said" as a place in context; its lexicon knows "Geoff" as a given
  // name and "Marsh" as no place: the given name then stands, unless the text makes the name a
  // place's ("at Ben Gurion airport", "the village of Karin Gornji") or a body's ("Philip Morris").
  const givenFirst =
    GIVEN_NAME_TAGS.has(lexiconTag(bare[0]!) ?? "") &&
    !PLACE_LEXICON_TAGS.has(lexiconTag(bare[bare.length - 1]!) ?? "") &&
    !inPlace &&
    !tokens.some((t) => t?.tags.has("Organization"));
  if (tokens.some(nonPersonTagged) && !givenFirst) return false;
  // A plural names a group: "Social Democrats", "Tories".
  if (groupNamed) return false;
  // A family name by its ending: "Hristo Stoichkov", "Nail Besirovic".
  const familyShaped = bare.length === 2 && SURNAME_ENDING.test(bare[1]!) && /^\p{Lu}\p{Ll}+$/u.test(bare[0]!);
  // Without a given name, every word a name part is evidence only when the first is no common word:
  // "Old Trafford", "Grand Slam", "New Haven" are made of surnames too.
  const commonFirst = COMMON_WORD_TAGS.has(lexiconTag(bare[0]!) ?? "");
  return familyShaped || isGivenName(bare[0]!) || (!commonFirst && bare.every((w) => w.endsWith(".") || isNamePart(w)));
}

/**
 * "the Alphaton Rovers", "the Beta Institution": a person's name takes no article, but for a role
 * before it ("spiritual leader the Grand Mufti") or a given name that opens it as a modifier ("the
 * Jan Novak film").
 */
function bodyAfterArticle(text: string, words: Word[]): boolean {
  const article = text.lastIndexOf("the", words[0]!.start);
  const role = PERSON_NOUNS.has(previousWord(text, article));
  const given = stripPossessive(words[0]!.text);
  const tags = [lexiconTag(given) ?? []].flat();
  return !role && !(isGivenName(given) && !tags.some((tag) => NO_GIVEN_NAME_TAGS.has(tag)));
}
/** What compromise's lexicon calls a given name's word when it opens a body's name: an adjective ("Royal", "Red") or a place ("Washington"). */
const NO_GIVEN_NAME_TAGS = new Set(["Adjective", "City", "Region", "Place", "Country"]);

/** A name followed by a common noun is a modifier: "the Ana Ruiz years", "the Jan Novak shooting" name a person. */
const modifiesNoun = (next: Token | undefined) =>
  !!next && /^\p{Ll}/u.test(next.text) && (next.tags.has("Noun") || next.tags.has("Gerund")) && !["PastTense", "Pronoun", "Determiner", "Auxiliary", "Copula", "Modal"].some((tag) => next.tags.has(tag));

/** A name with a place's word after it ("Ben Gurion airport") or "a place's word of" before it ("the village of Karin Gornji"). */
function inPlacePhrase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start).toLowerCase().split(/\s+/).filter(Boolean);
  const placeOf = before.at(-1) === "of" && PLACE_WORDS.has(before.at(-2) ?? "");
  return PLACE_WORDS.has(nextWord(text, end)) || placeOf;
}

/** What compromise's lexicon calls a given name, and a place, out of context. */
const GIVEN_NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName"]);
const PLACE_LEXICON_TAGS = new Set(["Place", "City", "Country", "Region", "Town", "Address"]);

/** What compromise's lexicon calls a common word that opens many a place's or thing's name. */
const COMMON_WORD_TAGS = new Set(["Adjective", "Determiner", "Infinitive", "Modal", "Preposition", "Adverb", "Comparative", "Superlative"]);

/**
 * One word is a person's name after a personal title ("Mr Arafat", "President Clinton"), as who
 * is met, or before a speech verb when it is a known name or "he"/"she" soon follows: companies
 * and news agencies say things too.
 */
function loneNameEvidence(text: string, word: Word, token: Token | undefined, titles: string[], followedByCue: boolean): boolean {
  if (!token || nonPersonTagged(token) || token.tags.has("Plural") && !isNamePart(word.text)) return false;
  if (!token.tags.has("ProperNoun") && !personTagged(token) && !followedByCue) return false;
  // "news agency Petra said", "the newspaper Yedioth": a body's name after the word for it.
  if (ORGANISATION_WORDS.has(previousWord(text, word.start))) return false;
  // A personal title stands right before the one word: "President Clinton", not "Security Council
  // Resolutions", "Democratic Convention" or "National Guard".
  const titleWord = titles[0]?.split(/\s+/).pop()!.toLowerCase().replace(/\.$/, "") ?? "";
  const titled = isTitleWord(titleWord) && !QUALIFYING_TITLE_WORDS.has(titleWord);
  const bare = stripPossessive(word.text);
  const known = personTagged(token) || isNamePart(bare);
  // "talks with Arafat", but not "talks with Gaza's militants": who is met there is the possessive's noun.
  // ("a call with Alphaville reporters": a word that qualifies the plural after it is no one met.)
  const qualifies = /^\s\p{Ll}+s\b/u.test(text.slice(word.end, word.end + 24)) && !known;
  const met = MET_WITH.test(text.slice(Math.max(0, word.start - 40), word.start)) && (bare === word.text || known) && !qualifies;
  if (titled) return true;
  if (!met && !followedByCue) return false;
  return (met || known || PERSONAL_PRONOUN_SOON.test(text.slice(word.end, word.end + 200))) && !shortForBody(text, bare);
}

/** A singular word a verb follows in its sentence: "Arafat had been scheduled", not "Rangers beat". */
function actsAsSubject(doc: Doc, token: Token | undefined): boolean {
  const next = token && doc.tokens[token.index + 1];
  return !!next && next.sentence === token.sentence && next.tags.has("Verb") && !token.tags.has("Plural") && !/['’]s$/.test(token.text);
}

function splitAtPossessive(words: Word[]): Word[][] {
  const out: Word[][] = [];
  let from = 0;
  words.forEach((w, i) => {
    if (i < words.length - 1 && /['’]s$/.test(w.text)) {
      out.push(words.slice(from, i + 1));
      from = i + 1;
    }
  });
  out.push(words.slice(from));
  return out;
}

/**
 * A headline in title case capitalises every word, so its runs of capitals run past names into
 * verbs and prepositions ("Ann Novak Quietly Compares Jan Smith With Ali Omar", "Jan Smith
 * Agrees"). Such a run in the article's first line stands only in the parts the body also writes
 * (the longest first, then what is left on each side); a run of name words ("Jan Smith") stands whole.
 */
function confirmedInHeadline(text: string, words: Word[]): Word[][] {
  const line = lineAround(text, words[0]!.start);
  if (line.start !== 0 || line.end === text.length || !isTitleCase(line.text) || !words.some(isHeadlineWord)) return [words];
  const elsewhere = (run: Word[]) => {
    const written = text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/['’]s?$/, "");
    return occursOutside(text, written, line.start, line.end);
  };
  const split = (part: Word[]): Word[][] => {
    for (let size = part.length; size > 0; size--)
      for (let i = 0; i + size <= part.length; i++)
        if (elsewhere(part.slice(i, i + size))) return [...split(part.slice(0, i)), part.slice(i, i + size), ...split(part.slice(i + size))];
    return [];
  };
  return split(words);
}

/** A word a title-case headline capitalises that is no part of a name: "Agrees", "With", "New", "Quietly". */
const isHeadlineWord = (w: Word) => /ly$/.test(w.text) || HEADLINE_WORD_TAGS.has(lexiconTag(stripPossessive(w.text)) ?? "");
const HEADLINE_WORD_TAGS = new Set(["PresentTense", "PastTense", "Infinitive", "Gerund", "Preposition", "Conjunction", "Adjective", "Adverb", "Determiner", "Plural", "Copula", "Modal"]);

function lineAround(text: string, at: number): { start: number; end: number; text: string } {
  const start = text.lastIndexOf("\n", at) + 1;
  const newline = text.indexOf("\n", at);
  const end = newline < 0 ? text.length : newline;
  return { start, end, text: text.slice(start, end) };
}

/**
 * A line of at least four longer words, every word capitalised but a function word, which some
 * styles leave in lower case whatever its length: "Jan Smith Wins The Vote In Ruritania", "Jan
 * Smith Calls for Reform after Meetings with Donors" (not "President Jan Smith met with …", whose verb is in lower case).
 */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/);
  const long = words.filter((w) => /^\P{L}*\p{L}{4,}/u.test(w) && !ENGLISH_STOPWORDS.has(w.toLowerCase()));
  const lower = words.filter((w) => /^\P{L}*\p{Ll}/u.test(w));
  return long.length >= TITLE_CASE_WORDS && long.every((w) => /^\P{L}*\p{Lu}/u.test(w)) && lower.every((w) => ENGLISH_STOPWORDS.has(w.replace(/\P{L}/gu, "").toLowerCase()));
}

const TITLE_CASE_WORDS = 4;

/** Whether the words stand in the text outside [from, to), as words of their own. */
function occursOutside(text: string, words: string, from: number, to: number): boolean {
  for (const at of wordOccurrences(text, words)) if (at < from || at >= to) return true;
  return false;
}

function wordsOf(phrase: string, base: number): Word[] {
  return [...phrase.matchAll(/\S+/g)].map((w) => ({ text: w[0], start: base + w.index!, end: base + w.index! + w[0].length }));
}

/**
 * Index of the first word of the name at the end of a phrase ("French President | Jean-Luc
 * Martin"). A name ends its phrase, so one followed by an organisation or place word ("Camp Bastion",
 * "Wagner Group") yields no name.
 */
/** "In June Novak met", "since April Smith has": a month after a word of time is a date, not a given name ("April Novak asked" is one). */
function isMonthOfDate(text: string, w: Word): boolean {
  return MONTHS.includes(w.text.toLowerCase()) && BEFORE_MONTH.has(text.slice(Math.max(0, w.start - 12), w.start).trimEnd().split(/\s/).at(-1)!.toLowerCase());
}

function nameStart(words: Word[], isName: (w: Word) => boolean): number {
  let i = words.length;
  // A possessive before the name is its party, team or place: "Labour's Lorna Fitzsimons".
  while (i > 0 && isName(words[i - 1]!) && !(i < words.length && /['’]s$/.test(words[i - 1]!.text))) i--;
  return i;
}

/**
 * "Damon Hill", "Oliver North": a place's word (or a capital's name) that ends a phrase right after a given name is a
 * surname ("Capitol Hill", "Wall Street" follow no given name; a street is never a surname here).
 */
function surnameAfterGivenName(words: Word[], w: Word): boolean {
  const i = words.indexOf(w);
  const bare = stripPossessive(w.text).toLowerCase();
  return i > 0 && i === words.length - 1 && !THOROUGHFARE_WORDS.has(bare) && GIVEN_NAME_TAGS.has(lexiconTag(words[i - 1]!.text) ?? "");
}

const THOROUGHFARE_WORDS = new Set(["street", "st", "avenue", "ave", "road", "square", "bridge", "canal", "city", "town", "county", "state", "province", "district", "region", "village", "island", "islands"]);

function isNameWord(w: Word, token: Token | undefined, country: CountryHit | null, sentenceInitial: boolean, surnameAfterGiven = false): boolean {
  const bare = stripPossessive(w.text).toLowerCase();
  // Any word is capitalised at a sentence start ("Later Kim Jong-un said"): there it needs evidence.
  const initial = /^(?:\p{Lu}\.)+$/u.test(w.text);
  if (sentenceInitial && !initial && !personTagged(token) && !EAST_ASIAN_FAMILY_NAMES.has(bare) && !isGivenName(bare)) return false;
  // "“If Trump is not the nominee", "Unlike Hillary Clinton, I …", "Wall Street And Obama's Legacy", "Somebody Else Was Paying It".
  // A month is a name where compromise reads it as a person's: "Jan Kroslak", "Theresa May" (not "Jan 5").
  const month = CALENDAR_WORDS.has(bare) && !personTagged(token);
  // "Malivai Washington", "Jack London": a capital's name after a given name is a surname.
  const countryWord = country !== null && !(surnameAfterGiven && country.via === "capital");
  // "Tom Major", "Anna King": a title's word after a given name, ending the name, is a surname
  // (not an abbreviated title, "North Dakota Gov. Jan Novak").
  const titleWord = isTitleWord(bare) && !(surnameAfterGiven && bare.length > 3);
  if (countryWord || titleWord || month || DETERMINER_WORDS.has(bare) || NON_NAME_WORDS.has(bare) || bare === "i") return false;
  if ((ORGANISATION_WORDS.has(bare) && !(surnameAfterGiven && SURNAME_BODY_WORDS.has(bare))) || (PLACE_WORDS.has(bare) && !surnameAfterGiven)) return false;
  // "Federation of Ruritanian Organisations": a body's word in the plural ends a body's name (but "Jan Banks").
  if (/s$/.test(bare) && ORGANISATION_WORDS.has(bare.slice(0, -1)) && !surnameAfterGiven) return false;
  if (isLegalForm(stripPossessive(w.text))) return false;
  if (/^\p{Lu}{2,}$/u.test(stripPossessive(w.text)) || /\d/.test(w.text)) return false; // acronyms: NATO, IP4
  // "Gennifer Flowers Won’t Be": a headline's verb with "n't" ends the name.
  if (/n['’]t$/i.test(w.text)) return false;
  return true;
}

/**
 * The title and nationality written before a name: "South Korean President", "Prime Minister of
 * New Zealand", "Korea's Vice Foreign Minister for Strategy and Intelligence".
 */
function titleBefore(text: string, sentenceStart: number, nameStart: number, countryAt: (w: Word) => CountryHit | null) {
  const before = text.slice(Math.max(sentenceStart, nameStart - 120), nameStart);
  const base = nameStart - before.length;
  const words = [...before.matchAll(/[\p{L}.'’-]+/gu)].map((m) => ({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length }));
  let i = words.length;
  // Walk left over title words, capitalised words and connectors, stopping at punctuation; a title
  // in apposition ends with a comma right before the name: "his Slovenian counterpart, Milan Kucan".
  while (i > 0) {
    const w = words[i - 1]!;
    const gap = text.slice(w.end, i < words.length ? words[i]!.start : nameStart);
    const appositive = i === words.length && /^,\s+$/.test(gap) && isTitleWord(w.text.toLowerCase());
    if (/[^\s]/.test(gap) && !appositive) break;
    const bare = stripPossessive(w.text).toLowerCase().replace(/\.$/, "");
    if (!(isTitleWord(bare) || CONNECTORS.has(bare) || /^\p{Lu}/u.test(w.text))) break;
    // "and" joins title words ("Strategy and Intelligence"), not a title to the previous person.
    if (bare === "and" && !TITLE_WORDS.has(stripPossessive(words[i - 2]?.text ?? "").toLowerCase())) break;
    i--;
  }
  let run = words.slice(i);
  // A title stands right before the name: "chairman of the Association for Relations Across the"
  // is a title of somebody else, before an organisation's name.
  const adjacent = run[run.length - 1];
  if (adjacent && CONNECTORS.has(adjacent.text.toLowerCase())) return { titles: [] as string[], country: null };
  while (run.length && CONNECTORS.has(run[0]!.text.toLowerCase())) run = run.slice(1);
  // "Britain's Malcolm Rifkind": a country's possessive alone before a name gives the nationality.
  const possessor = run.length === 1 && /['’]s$/.test(run[0]!.text) ? countryAt(run[0]!) : null;
  if (possessor) return { titles: [] as string[], country: possessor.code };
  if (!run.some((w) => isTitleWord(stripPossessive(w.text).toLowerCase().replace(/\.$/, "")))) return { titles: [] as string[], country: null };
  const country = run.map((w) => countryAt(w)).find(Boolean)?.code ?? null;
  // The title is the run without the nationality in front of it.
  while (run.length && (countryAt(run[0]!) || CONNECTORS.has(run[0]!.text.toLowerCase()))) run = run.slice(1);
  while (run.length && CONNECTORS.has(run[run.length - 1]!.text.toLowerCase())) run = run.slice(0, -1);
  while (run.length && countryAt(run[run.length - 1]!)) {
    run = run.slice(0, -1);
    while (run.length && CONNECTORS.has(run[run.length - 1]!.text.toLowerCase())) run = run.slice(0, -1);
  }
  const title = run.length ? text.slice(run[0]!.start, run[run.length - 1]!.end) : "";
  return { titles: title ? [title] : [], country };
}

/**
 * A title word, its plural before a list of names ("Bosnian leaders Alija Izetbegovic and Momcilo
 * Krajisnik"), or a hyphenated title ("Director-General", "Under-Secretary-General").
 */
const isTitleWord = (word: string): boolean =>
  TITLE_WORDS.has(word) || (word.endsWith("s") && TITLE_WORDS.has(word.slice(0, -1))) || (word.includes("-") && word.split("-").every((w) => TITLE_WORDS.has(w)));

function previousWord(text: string, before: number): string {
  return /([a-z]+)\s+$/.exec(text.slice(Math.max(0, before - 20), before))?.[1] ?? "";
}

function nextWord(text: string, from: number): string {
  return /^[\s,]*([a-z]+)/.exec(text.slice(from, from + 20))?.[1] ?? "";
}


/** The word a later mention uses: the family name, written first in East Asian names, last otherwise ("Novak" of "Jan R. Novak Jr"). */
function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  if (words.length > 2 && GENERATION_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return EAST_ASIAN_FAMILY_NAMES.has(words[0]!.toLowerCase()) && words.length <= 3 ? words[0]! : words[words.length - 1]!;
}

/** Refiner: full names with evidence become people; spellings of one name ("Kim Jong Un", "Kim Jong-un") merge. */
function mergeFullNames(candidates: NameCandidate[]): Draft[] {
  const byKey = new Map<string, Draft>();
  // A lone word opens a record only when no full name in the article contains it ("Merkel" of "Angela Merkel").
  const fullNameWords = new Set(candidates.filter((c) => c.evidence && c.name.includes(" ")).flatMap((c) => c.name.split(" ")));
  // … but "King Omar" opens a record beside "Ali Omar" or "Omar Haddad" (mergePartialNames folds
  // it into a full name given the same style: "Prince Karim al-Aziz" … "Prince Karim").
  for (const c of candidates) {
    const key = foldName(c.name);
    let draft = byKey.get(key);
    const regnal = c.regnal === true;
    if (!draft && (!c.evidence || (fullNameWords.has(c.name) && !regnal))) continue;
    if (!draft) {
      draft = { name: c.name, key, surname: surnameOf(c.name), titles: new Set(), country: null, mentions: [], forms: new Set(), regnal };
      byKey.set(key, draft);
    }
    draft.mentions.push({ start: c.start, end: c.end, text: c.written ?? c.name, via: c.written ? "part of name" : "name" });
    draft.forms.add(c.name);
    c.titles.forEach((t) => draft.titles.add(t));
    draft.country ??= c.country;
  }
  // Full names that only appear with evidence later still count from their first mention.
  for (const c of candidates) {
    const draft = byKey.get(foldName(c.name));
    if (draft && !draft.mentions.some((m) => m.start === c.start)) draft.mentions.push({ start: c.start, end: c.end, text: c.written ?? c.name, via: c.written ? "part of name" : "name" });
  }
  return mergePartialNames([...byKey.values()]);
}

/**
 * Refiner: a record named by the first or last words of exactly one longer name is that person
 * ("Abu Rdainah" of "Nabil Abu Rdainah", "Kengo" of "Kengo wa Dondo"), and so is one named by its
 * first and last words without the middle ones ("Donald Trump" of "Donald J. Trump", "Hillary
 * Clinton" of "Hillary Rodham Clinton"). With two such longer names ("George H. W. Bush" and
 * "George W. Bush") the short one stays apart.
 */
function mergePartialNames(drafts: Draft[]): Draft[] {
  const words = (d: Draft) => d.name.split(/\s+/);
  const partOf = (short: string[], long: string[]) =>
    short.length < long.length &&
    (short.every((w, i) => long[i] === w) || short.every((w, i) => long[long.length - short.length + i] === w) || withoutMiddle(short, long));
  const merged = new Set<Draft>();
  for (const short of drafts) {
    // "King Omar" is no "Ali Omar", but "Prince Karim" is the "Prince Karim bin Aziz" named before.
    const holders = drafts.filter((long) => long !== short && (partOf(words(short), words(long)) || initialled(words(short), words(long))) && (!short.regnal || [...long.titles].some(isRegnalTitle)));
    if (holders.length !== 1) continue;
    const long = holders[0]!;
    long.mentions.push(...short.mentions.map((m) => ({ ...m, via: "part of name" as const })));
    short.forms.forEach((f) => long.forms.add(f));
    short.titles.forEach((t) => long.titles.add(t));
    long.country ??= short.country;
    merged.add(short);
  }
  return drafts.filter((d) => !merged.has(d));
}

/** "J Novak" or "J. Novak" of "Jan Novak", as a team list writes a player: the given name's initial, then the same family name. */
function initialled(short: string[], long: string[]): boolean {
  const [initial, ...family] = short;
  if (!family.length || !/^\p{Lu}\.?$/u.test(initial!) || long.length <= family.length || long[0]!.length < 3 || long[0]![0] !== initial![0]) return false;
  return family.every((w, i) => long[long.length - family.length + i] === w);
}

/** "Donald Trump" of "Donald J. Trump": the same first and last words, the short name's others in order between them. */
function withoutMiddle(short: string[], long: string[]): boolean {
  if (short.length < 2 || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let at = 1;
  for (const w of short.slice(1, -1)) {
    at = long.indexOf(w, at) + 1;
    if (at === 0 || at >= long.length - 1) return false;
  }
  return true;
}

/**
 * The first word of each full name that no one else's name holds, and that is no one's surname:
 * "Maria" of "Maria Lopez". Two people who share it make it nobody's.
 */
function givenNameHolders(people: Draft[], bySurname: Map<string, Draft[]>): Map<string, Draft> {
  const uses = new Map<string, number>();
  for (const p of people) for (const word of new Set(p.name.split(/\s+/))) uses.set(word, (uses.get(word) ?? 0) + 1);
  const given = new Map<string, Draft>();
  for (const p of people) {
    const [first, ...rest] = p.name.split(/\s+/);
    if (!rest.length || first === p.surname || uses.get(first!) !== 1 || bySurname.has(first!)) continue;
    if (first!.length > 1 && !/\.$/.test(first!) && !CALENDAR_WORDS.has(first!.toLowerCase())) given.set(first!, p);
  }
  return given;
}

/**
 * A given name by the name lists or by compromise's reading of its sentence, and not a place, a body
 * or a function word there: the first word of a firm's name read as a person's ("Reynolds Tobacco") is none.
 */
const readsAsGivenName = (word: string, token: Token | undefined) =>
  !!token && (isGivenName(word) || personTagged(token)) && !nonPersonTagged(token) && !FUNCTION_TAGS.some((t) => token.tags.has(t));

/** A capitalised word with no capitalised word or initial joined to it: a name of one word here. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const joinedBefore = /[ \u00a0]$/.test(before) && /^\p{Lu}[\p{L}.'’-]*$/u.test(before.trimEnd().split(/\s/).at(-1) ?? "");
  return !joinedBefore && !/^[ \u00a0]+\p{Lu}/u.test(text.slice(end, end + 3));
}

/**
 * "Pedro Ruiz Tovar" … "Ruiz said": of two family names, as Spanish and Portuguese names have, the
 * first is the one a later mention uses. It is the word before the last of a name of three or more
 * words, when that word is no given name ("Ana Sofia Ruiz" is not "Sofia") and no initial.
 */
function paternalSurname(p: Draft): string | null {
  // (Its last word must be the surname: "Jan Novak Jr" has one family name.)
  const words = p.name.split(/\s+/);
  const word = words[words.length - 2];
  if (words.length < 3 || !word || p.surname !== words[words.length - 1]) return null;
  // ("Most Honest Thoughts On Jan Novak", a headline read as a name, has no family names.)
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ENGLISH_STOPWORDS.has(w.toLowerCase()))) return null;
  return word.length > 2 && isNamePart(word) && !isGivenName(word) ? word : null;
}

/** The generation after a surname: "Jr", "Sr.", "III". */
const GENERATION_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

/** The article of an Arabic family name, written joined to it: "al-Kabariti", "el-Sisi". */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|az|an)-(?=\p{Lu})/u;

/**
 * Refiner: a lone surname ("Smith said", "Jones's meeting") attaches to a person of that surname: the
 * one mentioned in the same or previous paragraph, else the one mentioned most.
 */
function attachShortMentions({ doc, skipBefore }: PeopleInput, people: Draft[]): void {
  const taken = people.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const isTaken = (at: number) => startingIn(taken, at - LONGEST_NAME, at + 1).some((m) => at < m.end);
  const bySurname = new Map<string, Draft[]>();
  const junior = (p: Draft) => GENERATION_SUFFIX.test(p.name.split(/\s+/).at(-1)!);
  for (const p of people.filter((p) => !junior(p))) {
    // "Abdul-Karim al-Kabariti" … "Kabariti flew": the surname is written without its article too.
    for (const form of new Set([p.surname, p.surname?.replace(ARABIC_ARTICLE, "")]))
      if (form) bySurname.set(form, [...(bySurname.get(form) ?? []), p]);
  }
  // A first family name, and the surname of a "Jr", are a form of the name only where they are no
  // one else's surname: "Novak" alone is Jan Novak, not Jan Novak Jr, when both are named.
  for (const p of people) {
    const form = junior(p) ? p.surname : paternalSurname(p);
    if (form && !bySurname.has(form)) bySurname.set(form, [p]);
  }
  // Each holder's mentions before the word: the full ones by binary search, the short ones as they are added (in text order).
  const fullMentions = new Map(people.map((p) => [p, [...p.mentions].sort((a, b) => a.start - b.start)]));
  const lastShort = new Map<Draft, number>();
  const lastBefore = (p: Draft, at: number) => {
    const full = fullMentions.get(p)!;
    return Math.max(full[firstFrom(full, at) - 1]?.start ?? -1, lastShort.get(p) ?? -1);
  };
  const paragraphOf = paragraphIndex(doc.text);
  const byGivenName = givenNameHolders(people, bySurname);
  // "O'Brien", "D’Costa": an apostrophe before a capital is inside the name.
  for (const m of doc.text.matchAll(/[\p{Lu}][\p{L}-]*(?:['’]\p{Lu}[\p{L}-]*)?(?:['’]s)?/gu)) {
    const start = m.index!;
    if (start < skipBefore || isTaken(start)) continue;
    const word = stripPossessive(m[0]);
    const holder = byGivenName.get(word);
    // "Maria Lopez has signed …" … "Maria agreed": the given name alone, once its holder is named.
    if (holder && lastBefore(holder, start) >= 0 && standsAlone(doc.text, start, start + m[0].length) && readsAsGivenName(word, spanHolding(doc.tokens, start))) {
      holder.mentions.push({ start, end: start + word.length, text: word, via: "part of name" });
      lastShort.set(holder, start);
      continue;
    }
    const named = bySurname.get(word);
    if (!named || opensBodyName(doc.text, start + m[0].length) || describedAsBody(doc.text, start + m[0].length)) continue;
    // "Maria Novak" … "Mr. Novak said": an honorific of the other sex names someone else of that surname.
    const sex = honorificBefore(doc.text, start);
    let holders = sex ? named.filter((p) => sexOf(p) !== opposite(sex)) : named;
    if (!holders.length) {
      const other: Draft = { name: word, key: foldName(word), surname: word, titles: new Set(), country: null, mentions: [], forms: new Set([word]), honorific: sex! };
      people.push(other);
      fullMentions.set(other, []);
      bySurname.set(word, [...named, other]);
      holders = [other];
    }
    const here = paragraphOf(start);
    const near = holders
      .map((p) => ({ p, last: lastBefore(p, start) }))
      .filter(({ last }) => last >= 0 && here - paragraphOf(last) <= 1)
      .sort((a, b) => b.last - a.last)[0]?.p;
    const chosen = near ?? [...holders].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    chosen.mentions.push({ start, end: start + word.length, text: word, via: near ? "surname near" : "surname most named" });
    lastShort.set(chosen, start);
  }
}

/** The sex an honorific right before an offset gives ("Mr", "Mrs", "Ms", "Miss"), if one stands there. */
function honorificBefore(text: string, at: number): Gender | null {
  const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, at - 6), at))?.[1];
  return honorific ? (GENDERED_TITLES[honorific.toLowerCase()] ?? null) : null;
}

const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
const opposite = (sex: Gender): Gender => (sex === "m" ? "f" : "m");

/** A person's sex as their given name tells it ("Maria Novak"), or the honorific they were first named by. */
function sexOf(p: Draft): Gender | null {
  return p.honorific ?? (p.name.includes(" ") ? givenNameGender(p.name.split(/\s+/)[0]!) : null);
}

/** How many plain words an appositive may have before its noun: "the closely held health care and investment concern". */
const APPOSITIVE_WORDS = 8;

/**
 * "Pesch, the closely held health care and investment concern controlled by …": a name that an
 * appositive calls a body is the body's (named after the person), not a mention of the person.
 */
function describedAsBody(text: string, from: number): boolean {
  const appositive = /^,\s+(?:the|a|an)\s+([\p{Ll}\s-]+)/u.exec(text.slice(from, from + 120));
  const words = appositive?.[1]!.split(/\s+/).slice(0, APPOSITIVE_WORDS) ?? [];
  return words.some((w) => APPOSITIVE_BODY_NOUNS.has(w));
}

/**
 * "talks with Piedmont" in a story that names "Piedmont Aviation Inc": one word that opens a body's
 * name elsewhere in the article is that body's short name.
 */
function shortForBody(text: string, word: string): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`\b${escapeRegExp(word)}(?= \p{Lu})`, "gu"))) if (opensBodyName(text, m.index + word.length)) return true;
  return false;
}

/** A company's suffix after a name: ", Inc", " and Co". */
const FIRM_SUFFIX = /,? (?:and |& )?(?:Co|Inc|Corp|Ltd|Plc|LLC)\b/g;

/**
 * "Gregg River" in a story that names "Gregg River Co": a company's name, not a person's. The
 * text is scanned for suffixes once, and each name checked against the words before them (a
 * pattern per name, run over the whole text, cost more than anything else in finding people).
 */
function firmNames(text: string): (name: string) => boolean {
  const suffixes = [...text.matchAll(FIRM_SUFFIX)].map((m) => m.index);
  return (name) =>
    suffixes.some((end) => {
      const start = end - name.length;
      return start >= 0 && text.startsWith(name, start) && (start === 0 || !/\w/.test(text[start - 1]!));
    });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How many capitalised words may follow a surname in a body's name: "Pratt Hotel Corp", "Pesch and Co". */
const BODY_NAME_WORDS = 3;

/**
 * Whether the words after a surname finish a body's name named after the person: "Pratt Hotel
 * Corp", "Pesch and Co". After "and" the body's word comes next: in "Ongpin and Central Bank
 * Governor Jose Fernandez" the "and" joins two people.
 */
function opensBodyName(text: string, from: number): boolean {
  const words = text.slice(from, from + 40).split(/\s+/).slice(1, BODY_NAME_WORDS + 2);
  const joined = /^(?:and|&)$/.test(words[0] ?? "");
  for (const [i, w] of words.entries()) {
    const bare = w.replace(/[^\p{L}&]/gu, "");
    if ((ORGANISATION_WORDS.has(bare.toLowerCase()) && /^\p{Lu}/u.test(bare)) || isLegalForm(bare)) return !joined || i === 1;
    if (!/^\p{Lu}/u.test(bare) && !(i === 0 && joined)) return false;
    if (/[,.;:]$/.test(w)) return false;
  }
  return false;
}

/** The paragraph an offset is in, counted from 0, by binary search over the blank lines. */
function paragraphIndex(text: string): (offset: number) => number {
  const breaks = [...text.matchAll(/\n\n/g)].map((m) => ({ start: m.index!, end: m.index! + 2 }));
  return (offset) => firstFrom(breaks, offset);
}

function finish(draft: Draft, i: number): Person {
  const mentions = draft.mentions.sort((a, b) => a.start - b.start);
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== draft.name);
  return { id: `person-${i + 1}`, key: personKey(draft.name), name: draft.name, aliases, titles: [...draft.titles], country: draft.country, mentions };
}
