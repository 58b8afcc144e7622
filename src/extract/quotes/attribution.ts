// Attribution rules on the compromise parse: for one quotation, the clause that credits it and the
// speaker's phrase in that clause. Each rule reads the words outside the quotation marks, in the
// quotation's own sentence, before or after it:
//   "…," said X            "…," X said             "…," X, a spokesman for Y, said
//   X said: "…"            X told reporters on Tuesday that "…"    according to X, "…"
//   X quoted Y as saying "…"    "…" ― X (a signature)    X continued: (the paragraph before)
// The speaker's phrase starts at a name, a title, a determiner or a pronoun and holds no verb.
import { TITLE_WORDS } from "../../data/people.js";
import { PERSON_NOUNS } from "../../data/person-nouns.js";
import { ANONYMOUS_SPEAKERS, CUE_VERBS, CUES_WITH_PARTICLE, LISTENERS, PHRASE_LINKS, STANCE_VERBS } from "../../data/speech.js";
import type { Doc, Token } from "../../nlp/doc.js";

export interface Attribution {
  /** The speaker's phrase: doc.tokens[first..last]. */
  first: number;
  last: number;
  cue: string;
}

/** The words around one quotation, outside any quotation marks, in its paragraph. */
export interface Window {
  /** Token indices before the quotation, in text order, back to the sentence start. */
  before: number[];
  /** Token indices after it, forward to the sentence end. */
  after: number[];
  /** Raw text right after the closing mark (for a dash signature). */
  tail: string;
  /** The quotation ends with a comma, "!" or "?" inside its marks, so its sentence goes on after it. */
  continuesSentence: boolean;
  /** The quotation ends with a full stop inside its marks. */
  endsSentence: boolean;
  /** `before` reaches back to the start of the sentence (or of the paragraph, or the quotation before). */
  sentenceStart: boolean;
}

/** How far a cue may stand from the quotation it introduces: "said in a statement on Tuesday that". */
const MAX_CUE_DISTANCE = 14;
/** How far into a sentence its opening "X said" may stand: a name with a title, then the verb. */
const OPENING_CUE_WORDS = 6;
const LEADING_CONJUNCTIONS = new Set(["but", "and", "so", "yet", "then"]);
/** How many words a speaker's phrase before its cue may have: "Clinton campaign spokesman Brian Fallon". */
const MAX_SUBJECT_WORDS = 12;

/** How far after a quotation its cue may come when a name and its appositive stand between. */
const MAX_APPOSITIVE_WORDS = 24;

/** A relative clause ends the speaker's phrase: "one former executive who requested anonymity". */
const RELATIVE_WORDS = new Set(["who", "whom", "whose", "which", "that", "where", "when"]);

// compromise/two leaves "however" untagged and reads "himself" as a noun.
const ADVERB_BEFORE_CUE = new Set(["also", "later", "then", "again", "once", "previously", "recently", "further", "now", "already", "since", "just", "still", "however", "himself", "herself", "themselves"]);
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const SIGNATURE = /^[\s,]*(?:―|—|–|--)\s*(?=\p{Lu})/u;

const has = (t: Token, tag: string) => t.tags.has(tag);
/** A full stop that ends a bracketed label ("Sen. Chuck Schumer (D-N.Y.) said") is the label's, not the sentence's. */
/** "R-Ky", "D-N.Y": a party and state label, whose state's full stop ends no sentence. */
const PARTY_LABEL = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
const endsBracketedLabel = (t: Token) => t.pre.endsWith("(") && /^\.\)/.test(t.post);
/** The punctuation after a word, without the full stop of an abbreviation ("Gov. Kasich") or of a bracketed label. */
const punctuationAfter = (t: Token) =>
  endsBracketedLabel(t) ? t.post.replace(/^\.\)/, "") : has(t, "Abbreviation") || has(t, "Honorific") || /^\p{Lu}$/u.test(t.text) || PARTY_LABEL.test(t.text) ? t.post.replace(/^\./, "") : t.post;
export const endsClause = (t: Token) => /[,;:.!?]/.test(punctuationAfter(t));
export const endsSentence = (t: Token) => /[.!?]/.test(punctuationAfter(t).replace(/["”’'\s]/g, "").slice(0, 1));

/** A verb of saying; not the noun of the same form ("his claims", "the reports", "their comments"). */
export function isCue(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  // "as the prosecutor put it, "…"": a way of saying.
  if (t.normal === "put" && doc.tokens[i + 1]?.normal === "it" && /[,:]/.test(doc.tokens[i + 1]!.post)) return true;
  const particle = CUES_WITH_PARTICLE[t.normal];
  if (particle) return doc.tokens[i + 1]?.normal === particle;
  if (!CUE_VERBS.has(t.normal) || t.normal === "according") return false;
  // "released a statement saying, "…"": compromise reads the participle as a noun; before a comma,
  // a colon or a quotation mark it is the cue.
  if (/ing$/.test(t.normal) && /[,:"“]/.test(t.post)) return true;
  const prev = doc.tokens[i - 1];
  // "the 35 states", "his claims": compromise reads the noun of the same form as one; but after a
  // phrase closed by a comma ("Brent Bozell, founder of X, tells Breitbart News") it is the verb.
  // Right after a quotation's closing mark ("…," says Scott McGeary) it is the verb too, unless it is
  // a name ("…," Read said).
  // So is one after a name that tells someone ("Bush tells reporters outside a polling location that").
  if (has(t, "Noun") && !has(t, "Verb")) {
    if (!prev) return false;
    if (/^,\s*$/.test(prev.post) || (/^\p{Lu}/u.test(prev.text) && has(prev, "Noun") && prev.post.trim() === "")) return tellsSomeone(doc.tokens[i + 1]);
    return /["”’']\s*$/.test(prev.post) && /^\p{Ll}/u.test(t.text);
  }
  return !prev || endsClause(prev) || !(has(prev, "Determiner") || has(prev, "Possessive") || has(prev, "Adjective"));
}

/** "tells Breitbart News", "tells reporters", "tells him": who a cue word read as a noun is said to. */
const tellsSomeone = (next: Token | undefined) => !!next && (/^\p{Lu}/u.test(next.text) || LISTENERS.has(next.normal));

/**
 * After a quotation that ends with a comma ("…," the audience screamed back), the sentence goes on
 * with who said it: a past-tense verb after the speaker's phrase is its cue, whatever the verb.
 */
function isReportingVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const prev = doc.tokens[i - 1]!;
  if (isModifyingParticiple(doc, i)) return false;
  return has(t, "Verb") && has(t, "PastTense") && !has(t, "Auxiliary") && !has(t, "Passive") && (isPhraseWord(prev) || isSubjectPronoun(prev));
}

/** "…, saying that": a participle credits the subject of its sentence. */
const isParticiple = (t: Token) => /ing$/.test(t.normal);

/** A word that can stand inside a speaker's phrase: names, nouns, titles, adjectives, determiners. */
function isPhraseWord(t: Token): boolean {
  if (RELATIVE_WORDS.has(t.normal) || (has(t, "Pronoun") && !has(t, "Possessive"))) return false;
  if (has(t, "Auxiliary") || has(t, "Copula") || has(t, "Modal")) return false;
  if (has(t, "Verb") && !has(t, "Noun") && !has(t, "Adjective") && !TITLE_WORDS.has(t.normal)) return false;
  if (has(t, "Preposition") || has(t, "Conjunction") || has(t, "Adverb")) return false;
  if (TITLE_WORDS.has(t.normal)) return true; // "acting chief spokesman": compromise reads "acting" as a verb
  return has(t, "Noun") || has(t, "Adjective") || has(t, "Determiner") || has(t, "Value") || has(t, "Possessive") || /^\p{Lu}/u.test(t.text);
}

/**
 * compromise reads some nouns in a speaker's phrase as verbs ("Clinton campaign spokesman", "the
 * Clinton campaign said", "Obama's 2008 campaign,"): a bare present-tense form is part of the phrase
 * right after a noun, a name or a year of it, or right before a title ("campaign manager Robby Mook").
 */
function isNounReadAsVerb(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const bare =
    has(t, "Verb") &&
    !["PastTense", "Auxiliary", "Copula", "Modal", "Gerund", "Participle"].some((tag) => has(t, tag)) &&
    // "has" in "X has now written" is never a noun, whatever compromise tags it.
    !/^(has|have|had|is|are|was|were|do|does|did)$/.test(t.normal);
  if (!bare) return false;
  const next = doc.tokens[i + 1];
  if (next && !endsClause(t) && TITLE_WORDS.has(next.normal)) return true;
  const prev = doc.tokens[i - 1];
  return !!prev && !endsClause(prev) && isPhraseWord(prev) && !has(prev, "Determiner") && (has(prev, "Noun") || has(prev, "ProperNoun") || has(prev, "Year"));
}

/** The second part of a hyphenated word: "Texas-based", "R-Wis". */
const isHyphenPart = (doc: Doc, i: number) => i > 0 && doc.tokens[i - 1]!.post === "-";

/** "the unnamed report", "a retired general": a participle between an article and its noun modifies the noun. */
function isModifyingParticiple(doc: Doc, i: number): boolean {
  const [prev, t, next] = [doc.tokens[i - 1], doc.tokens[i]!, doc.tokens[i + 1]];
  return !!prev && !!next && has(prev, "Determiner") && !endsClause(prev) && !endsClause(t) && has(t, "Verb") && has(next, "Noun") && !has(next, "Verb");
}

const inPhrase = (doc: Doc, i: number) => isPhraseWord(doc.tokens[i]!) || isNounReadAsVerb(doc, i) || isHyphenPart(doc, i) || isModifyingParticiple(doc, i);

/** A verb right after "and" ("… in Houston and told them") has the subject of the verb before it. */
function isSharedSubject(doc: Doc, verb: number): boolean {
  let k = verb - 1;
  // "and repeatedly says", "and then said", "and has boasted"
  while (k >= 0 && (has(doc.tokens[k]!, "Adverb") || has(doc.tokens[k]!, "Auxiliary") || ADVERB_BEFORE_CUE.has(doc.tokens[k]!.normal))) k--;
  return /^(and|or|but)$/.test(doc.tokens[k]?.normal ?? "");
}

/** A lone pronoun subject: "he said", "she added". */
const isSubjectPronoun = (t: Token) => has(t, "Pronoun") && /^(he|she|they|it|we|i)$/.test(t.normal);

/**
 * The speaker's phrase that ends at token i, read leftwards: "Brian Fallon", "the official",
 * "Jason Miller" for "Jason Miller, a Trump spokesman,", "he".
 */
export function phraseEndingAt(doc: Doc, i: number, lowest: number): [number, number] | null {
  // "he will say", "she has also said": adverbs and auxiliaries stand between the subject and its cue.
  // compromise tags "has" in "has now said" a verb, not an auxiliary; before a past cue it is one.
  const perfect = !!doc.tokens[i + 1] && has(doc.tokens[i + 1]!, "PastTense");
  const between = (t: Token) =>
    ADVERB_BEFORE_CUE.has(t.normal) || (has(t, "Adverb") && !has(t, "Pronoun")) || has(t, "Auxiliary") || has(t, "Modal") || has(t, "Negative") || (perfect && /^(has|have|had)$/.test(t.normal));
  while (i >= lowest && between(doc.tokens[i]!)) i--;
  // "she laughed and admitted": the subject of the first of two verbs joined by "and".
  if (i - 1 >= lowest && doc.tokens[i]!.normal === "and" && has(doc.tokens[i - 1]!, "Verb")) {
    i -= 2;
    while (i >= lowest && between(doc.tokens[i]!)) i--;
  }
  // "The email went on to say": the subject of the verb that the infinitive completes.
  if (i >= lowest && doc.tokens[i]!.normal === "to") {
    let k = i - 1;
    while (k >= lowest && i - k <= 3 && (has(doc.tokens[k]!, "Verb") || has(doc.tokens[k]!, "Adverb") || has(doc.tokens[k]!, "Preposition"))) k--;
    if (k < i - 1) i = k;
    while (i >= lowest && between(doc.tokens[i]!)) i--;
  }
  if (i < lowest) return null;
  if (isSubjectPronoun(doc.tokens[i]!)) return [i, i];
  // "a reaction from President Barack Obama, who called the nominee 'unfit'": a relative "who"
  // stands for the nearest noun phrase before it, after any "of" or "from".
  if (doc.tokens[i]!.normal === "who" && i > lowest) {
    const antecedent = phraseEndingAt(doc, i - 1, lowest);
    if (!antecedent) return null;
    let first = antecedent[0];
    for (let k = antecedent[1]; k > antecedent[0]; k--) if (PHRASE_LINKS.has(doc.tokens[k - 1]!.normal)) { first = k; break; }
    return [first, antecedent[1]];
  }
  const last = i;
  let first = i + 1;
  while (i >= lowest && last - i < MAX_SUBJECT_WORDS) {
    const t = doc.tokens[i]!;
    // A clause or a dash before the phrase ends it: "grounding in history -- a reader would now ask".
    if (i < last && (endsClause(t) || /--|[—–]/.test(t.post))) break;
    const link = (PHRASE_LINKS.has(t.normal) || isDescriptionAnd(doc, i)) && i > lowest && i < last && isPhraseWord(doc.tokens[i - 1]!);
    if (!inPhrase(doc, i) && !link) break;
    first = i--;
  }
  if (first > last) return null;
  // An appositive before the cue ("Jason Miller, a Trump spokesman, said"): the name before its comma.
  const opener = doc.tokens[first]!;
  const beforeComma = first - 1 >= lowest && /,/.test(doc.tokens[first - 1]!.post);
  // What follows a name after its comma describes it: "the city manager", "Sanders’ campaign
  // manager", "30", "R-Wis.".
  const description =
    has(opener, "Determiner") || has(opener, "Possessive") || has(opener, "Value") || /^\p{Ll}/u.test(opener.text) || /['’]s?$/.test(opener.text) || /^['’]/.test(opener.post) || isPartyLabel(doc, first);
  // "Mr. Obama's deputy national security adviser": a role of somebody's, however it opens.
  const someonesRole = /^\p{Ll}/u.test(doc.tokens[last]!.text) && doc.tokens.slice(first, last).some((t) => has(t, "Possessive"));
  if (beforeComma && (description || someonesRole) && !afterFrontedPhrase(doc, first - 1, lowest)) {
    const name = phraseEndingAt(doc, beforeBracket(doc, first - 1, lowest), lowest);
    if (name && endsAsName(doc, name)) return name;
  }
  // The phrase is the object inside an aside ("Fiorina, speaking to Iowans, said"): the subject
  // stands before the aside's opening comma.
  const lead = doc.tokens[first - 1];
  if (lead && first - 1 >= lowest && !endsClause(lead) && (has(lead, "Preposition") || lead.normal === "to" || has(lead, "Verb"))) {
    const comma = findLastBefore(doc, first - 1, lowest, (t) => /,/.test(t.post));
    const subject = comma === null ? null : phraseEndingAt(doc, comma, lowest);
    if (subject && /^\p{Lu}/u.test(doc.tokens[subject[0]]!.text)) return subject;
    const modified = modifiedSubject(doc, first - 1, lowest);
    if (modified) return modified;
  }
  return trimPhrase(doc, first, last);
}

/**
 * "A source speaking to the radio said", "an aide who asked not to be named to discuss the plan
 * said": the phrase before the cue is the object inside a participle's or a relative
 * clause that modifies the subject; the subject is the phrase before the participle or "who".
 */
function modifiedSubject(doc: Doc, lead: number, lowest: number): [number, number] | null {
  for (let k = lead; k > lowest && lead - k < MODIFIER_WORDS; k--) {
    const t = doc.tokens[k]!;
    const head = doc.tokens[k - 1]!;
    if (endsClause(head) || /--|[—–]/.test(head.post) || t.sentence !== doc.tokens[lead]!.sentence) return null;
    // "who" opens the clause as its subject ("who spoke"), not as its object ("who the minister calls").
    const relative = t.normal === "who" && !!doc.tokens[k + 1] && !has(doc.tokens[k + 1]!, "Noun") && !has(doc.tokens[k + 1]!, "Determiner");
    const opensModifier = relative || has(t, "Gerund") || (isParticiple(t) && has(t, "Verb"));
    // The modifier follows its subject's head, a word for someone: "source speaking", "official who".
    if (opensModifier) return isSomeone(head) ? phraseEndingAt(doc, k - 1, lowest) : null;
  }
  return null;
}

/** A word for a person or a group of people: "source", "official", "aides", "protesters". */
const isSomeone = (t: Token) => !has(t, "Pronoun") && (ANONYMOUS_SPEAKERS.has(t.normal) || PERSON_NOUNS.has(t.normal) || PERSON_NOUNS.has(t.normal.replace(/s$/, "")));

/** How far back a modifying clause inside a speaker's phrase may open. */
const MODIFIER_WORDS = 10;

/**
 * "At the rally in Springfield, the supporter said", "Paying tribute, the minister said", "Earlier
 * this week, the local paper said": the words before the comma at `comma` are a phrase of place,
 * time or manner put first in the sentence, not a name the phrase after them describes.
 */
function afterFrontedPhrase(doc: Doc, comma: number, lowest: number): boolean {
  let k = comma;
  while (k > lowest && doc.tokens[k - 1]!.sentence === doc.tokens[comma]!.sentence && !/[,;:]/.test(punctuationAfter(doc.tokens[k - 1]!))) k--;
  const opener = doc.tokens[k]!;
  if (k > lowest && doc.tokens[k - 1]!.sentence === opener.sentence) return false;
  // compromise reads a sentence's first "Paying" or "Earlier" as an adjective.
  return ["Preposition", "Adverb", "Gerund", "PastTense"].some((tag) => has(opener, tag)) || SUBORDINATORS.has(opener.normal) || FRONTED_OPENER.test(opener.normal);
}

const FRONTED_OPENER = /^(?:\p{L}+ing|earlier|later|meanwhile|separately|afterwards|previously)$/u;

/** A party and state label after a name: "R-Wis." (one token to compromise, or "R" and "-Wis"). */
const isPartyLabel = (doc: Doc, i: number) => PARTY_LABEL.test(doc.tokens[i]!.text) || (/^[RDI]$/.test(doc.tokens[i]!.text) && doc.tokens[i]!.post === "-");

/** "Rep. Elijah Cummings (D-Md.), chair of …": the last token before a bracketed label that ends at `end`. */
function beforeBracket(doc: Doc, end: number, lowest: number): number {
  if (!doc.tokens[end]!.post.includes(")")) return end;
  const open = findLastBefore(doc, end + 1, lowest, (t) => t.pre.includes("("));
  return open !== null && open > lowest ? open - 1 : end;
}

/** The nearest token before `from` (not before `lowest`, at most 8 back) that passes the test. */
function findLastBefore(doc: Doc, from: number, lowest: number, test: (t: Token) => boolean): number | null {
  for (let k = from - 1; k >= lowest && from - k <= 8; k--) if (test(doc.tokens[k]!)) return k;
  return null;
}

/** "a screenwriter and former studio executive": "and" joins two descriptions, not two names. */
function isDescriptionAnd(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return doc.tokens[i]!.normal === "and" && !!prev && /^\p{Ll}/u.test(prev.text) && !endsClause(prev);
}

/** The speaker's phrase that starts at token i, read rightwards to the end of its clause: "said Kenneth Baer." */
export function phraseStartingAt(doc: Doc, i: number, highest: number): [number, number] | null {
  if (i > highest) return null;
  if (isSubjectPronoun(doc.tokens[i]!)) return [i, i];
  const first = i;
  let last = i - 1;
  while (i <= highest && i - first < MAX_SUBJECT_WORDS) {
    const t = doc.tokens[i]!;
    const link = PHRASE_LINKS.has(t.normal) && i > first && i < highest && isPhraseWord(doc.tokens[i + 1]!);
    if (!inPhrase(doc, i) && !link) break;
    last = i++;
    if (endsClause(t)) break;
  }
  if (last < first) return null;
  // "said the spokesman, Hamid Ibrahimi": a description, then the name it describes.
  const name = doc.tokens[last + 1];
  const head = doc.tokens[last]!;
  const described = /^\p{Ll}/u.test(head.text) && /,/.test(head.post) && name && /^\p{Lu}/u.test(name.text);
  const named = described ? phraseStartingAt(doc, last + 1, highest) : null;
  return named ?? trimPhrase(doc, first, last);
}

/** Words that lead a time phrase: "Novak last week", "X this morning" once the date word is dropped. */
const TIME_LEADS = new Set(["last", "this", "next", "early", "late", "earlier"]);

/**
 * Drops a trailing link word, date or adverb from a phrase ("X on Tuesday" never gets here: "on"
 * ends it; "Chief Novak later admitted", "Novak later Thursday told": the adverb is no part of the speaker).
 */
function trimPhrase(doc: Doc, first: number, last: number): [number, number] | null {
  const trailing = (t: Token) => PHRASE_LINKS.has(t.normal) || has(t, "Date") || ADVERB_BEFORE_CUE.has(t.normal) || TIME_LEADS.has(t.normal);
  while (last >= first && trailing(doc.tokens[last]!)) last--;
  while (first <= last && PHRASE_LINKS.has(doc.tokens[first]!.normal)) first++;
  return last < first ? null : [first, last];
}

/** Removes "Jr.", "III" or a bracketed label ("(D-N.Y.)") after a name, so that the name's last word ends the phrase. */
export function withoutNameSuffix(doc: Doc, [first, last]: [number, number]): [number, number] {
  while (last > first && (NAME_SUFFIX.test(doc.tokens[last]!.text) || endsBracketedLabel(doc.tokens[last]!))) last--;
  return [first, last];
}

/** `"…," said X`, `"…," X said`, `"…," according to X`, `"…" ― X`. */
export function attributionAfter(doc: Doc, w: Window): Attribution | null {
  const a = w.after;
  // `"…." Mr Brown says he …` is another sentence; `"…." he said`, `"…." said X` and a sentence of
  // nothing but `Trump said.` (a comma typed as a full stop) are not.
  const opener = a.length ? doc.tokens[a[0]!]! : null;
  const last = a[a.length - 1];
  const onlyPhraseAndCue = last !== undefined && a.length <= MAX_SUBJECT_WORDS && isCue(doc, last) && endsSentence(doc.tokens[last]!) && a.slice(0, -1).every((k) => inPhrase(doc, k));
  if (w.endsSentence && opener && /^\p{Lu}/u.test(opener.text) && !isCue(doc, a[0]!) && !SIGNATURE.test(w.tail) && !onlyPhraseAndCue) return null;
  // "Rajoy insisted that his party was "still the No. 1 force."--Kim Hjelmgaard": a signature after a
  // quotation that a cue before it credits is the reporter's, not the speaker's.
  if (SIGNATURE.test(w.tail) && a.length && !w.before.some((k) => isCue(doc, k))) {
    const p = phraseStartingAt(doc, a[0]!, a[a.length - 1]!);
    if (p) return { first: p[0], last: p[1], cue: "—" };
  }
  if (!a.length) return null;
  // `"…," the editorial read.`, `"…," an Alpha Corp executive tells employees`: compromise reads the cue
  // as a noun ("read", "tells"); right after a quotation that goes on, a short phrase and a word of
  // saying that ends the sentence or tells someone is the speaker and its cue.
  const nounCue = w.continuesSentence ? a.findIndex((k, j) => j > 0 && j <= OPENING_CUE_WORDS && CUE_VERBS.has(doc.tokens[k]!.normal) && (endsSentence(doc.tokens[k]!) || tellsSomeone(doc.tokens[k + 1]))) : -1;
  if (nounCue > 0 && a.slice(0, nounCue).every((k) => inPhrase(doc, k) && !endsClause(doc.tokens[k]!))) {
    const p = phraseEndingAt(doc, a[nounCue]! - 1, a[0]!);
    if (p) return { first: p[0], last: p[1], cue: doc.tokens[a[nounCue]!]!.text };
  }
  const t0 = doc.tokens[a[0]!]!;
  if (t0.normal === "according" && doc.tokens[a[0]! + 1]?.normal === "to") {
    const p = phraseStartingAt(doc, a[0]! + 2, a[a.length - 1]!);
    return p ? { first: p[0], last: p[1], cue: "according to" } : null;
  }
  // `"This is fantastic!" beamed Donald Hartley`, `"…," agrees Michelle Stevens`: whatever the verb,
  // one right after the quotation and before a name inverts "X said".
  if (w.continuesSentence && isInvertingVerb(t0) && !isCue(doc, a[0]!)) {
    const p = phraseStartingAt(doc, a[0]! + 1, a[a.length - 1]!);
    if (p && isName(doc.tokens[withoutNameSuffix(doc, p)[1]]!) && endsClause(doc.tokens[p[1]]!)) return { first: p[0], last: p[1], cue: t0.text };
  }
  const quoted = a.findIndex((k) => doc.tokens[k]!.normal === "quoted");
  const saying = quoted < 0 ? -1 : a.findIndex((k, j) => j > quoted + 1 && doc.tokens[k]!.normal === "saying" && doc.tokens[k - 1]!.normal === "as");
  if (saying > 0) {
    const p = phraseStartingAt(doc, a[quoted]! + 1, a[saying]! - 2);
    if (p) return { first: p[0], last: p[1], cue: "quoted as saying" };
  }
  // A verb inside a relative clause is not the cue: "the official, who asked not to be named, said".
  // ("…about that," said X: a "that" closing the quotation is no relative.)
  const inRelative = (k: number) => RELATIVE_WORDS.has(doc.tokens[k - 1]?.normal ?? "") && !endsClause(doc.tokens[k - 1]!);
  const cueAt = a.findIndex((k, j) => !inRelative(k) && (isCue(doc, k) || (w.continuesSentence && j > 0 && isReportingVerb(doc, k))) && !isParticiple(doc.tokens[k]!));
  if (cueAt < 0 || cueAt > MAX_APPOSITIVE_WORDS) return closingAttribution(doc, a);
  const cue = doc.tokens[a[cueAt]!]!;
  if (cueAt === 0 || (cueAt === 1 && ADVERB_BEFORE_CUE.has(t0.normal))) {
    const p = phraseStartingAt(doc, a[cueAt]! + 1, a[a.length - 1]!);
    return p ? { first: p[0], last: p[1], cue: cue.text } : null;
  }
  // Between the quotation and the cue stands the speaker's phrase, perhaps after more of its
  // title: `"…," Under-Secretary of State for Foreign and Commonwealth Affairs Liam Fox told`, or
  // with a relative clause: `"…," the official, who asked not to be named, said`.
  const p = phraseEndingAt(doc, a[cueAt]! - 1, a[0]!);
  if (p && onlyTitleBefore(doc, a[0]!, p[0])) return { first: p[0], last: p[1], cue: cue.text };
  // `"People were celebrating" before the incident, she said`: a phrase without a verb, closed by a
  // comma, stands between the quotation and its speaker.
  const aside = p && p[0] > a[0]! && /,/.test(doc.tokens[p[0] - 1]!.post) && a.filter((k) => k < p[0]).every((k) => !has(doc.tokens[k]!, "Verb"));
  if (aside) return { first: p[0], last: p[1], cue: cue.text };
  // `"…," the official, who asked not to be named, said`, `"…," Elaine C. Kamarck, a senior fellow at
  // the Brookings Institution and a Democratic superdelegate, wrote`: the phrase that opens the
  // window, then an aside between commas, then the cue.
  const lead = phraseStartingAt(doc, a[0]!, a[cueAt]! - 1);
  const closedLead = lead && /,/.test(doc.tokens[lead[1]]!.post) && /,/.test(doc.tokens[a[cueAt]! - 1]!.post);
  const named = closedLead && (RELATIVE_WORDS.has(doc.tokens[lead[1] + 1]?.normal ?? "") || isName(doc.tokens[withoutNameSuffix(doc, lead)[1]]!));
  return named ? { first: lead[0], last: lead[1], cue: cue.text } : closingAttribution(doc, a);
}

/** A finite verb that can stand before its subject: not an auxiliary, a participle or a noun read as one. */
const isInvertingVerb = (t: Token) =>
  has(t, "Verb") && !["Auxiliary", "Copula", "Modal", "Gerund", "Participle", "Infinitive", "Noun"].some((tag) => has(t, tag)) && /^\p{Ll}/u.test(t.text);

/**
 * `"I held and hugged" grieving family members before laying flowers, he said.`: a sentence that
 * ends with ", he said" (or ", said X", ", X said after the attacks", ", said X, an analyst at Y")
 * reports all of it, quotations and the words between them.
 */
function closingAttribution(doc: Doc, a: number[]): Attribution | null {
  const last = a[a.length - 1];
  if (last === undefined || !endsSentence(doc.tokens[last]!)) return null;
  for (let j = a.length - 1; j > 0 && a.length - j <= MAX_APPOSITIVE_WORDS; j--) {
    const cue = a[j]!;
    if (!isCue(doc, cue) || isParticiple(doc.tokens[cue]!)) continue;
    // ", said Steve Elmendorf, deputy campaign manager for …": the name after the cue. (", told The
    // Huffington Post" names who heard it.)
    if (/,/.test(doc.tokens[cue - 1]!.post)) {
      if (/^(told|tells)$/.test(doc.tokens[cue]!.normal)) return null;
      const p = phraseStartingAt(doc, cue + 1, last);
      return p && isName(doc.tokens[withoutNameSuffix(doc, p)[1]]!) && endsClause(doc.tokens[p[1]]!) ? { first: p[0], last: p[1], cue: doc.tokens[cue]!.text } : null;
    }
    // ", Republican candidate Ben Carson said after the attacks.": the phrase before it, and after it
    // nothing with a verb.
    const p = phraseEndingAt(doc, cue - 1, a[0]!);
    const adjunct = a.slice(j + 1).every((k) => !has(doc.tokens[k]!, "Verb") || has(doc.tokens[k]!, "Date"));
    return p && p[0] > a[0]! && /,/.test(doc.tokens[p[0] - 1]!.post) && adjunct ? { first: p[0], last: p[1], cue: doc.tokens[cue]!.text } : null;
  }
  return null;
}

/** No verb and no clause break stands between the window's start and the phrase. */
function onlyTitleBefore(doc: Doc, from: number, phraseStart: number): boolean {
  for (let k = from; k < phraseStart; k++) {
    const t = doc.tokens[k]!;
    if (endsClause(t) || !(inPhrase(doc, k) || PHRASE_LINKS.has(t.normal) || /^(and|or)$/.test(t.normal))) return false;
  }
  return true;
}

/**
 * `X said: "…"`, `X told reporters that "…"`, `according to X, "…"`, `X quoted Y as saying "…"`,
 * and `officials condemned "…"` for a fragment woven into the sentence.
 */
export function attributionBefore(doc: Doc, w: Window, woven: boolean): Attribution | null {
  const b = w.before;
  if (!b.length) return null;
  const lowest = b[0]!;
  for (let k = b.length - 1; k >= 0 && b.length - 1 - k <= MAX_CUE_DISTANCE; k--) {
    const t = doc.tokens[b[k]!]!;
    if (t.normal === "according" && doc.tokens[b[k]! + 1]?.normal === "to") {
      const p = phraseStartingAt(doc, b[k]! + 2, b[b.length - 1]!);
      return p ? { first: p[0], last: p[1], cue: "according to" } : null;
    }
    // "so-called" is no calling.
    const stance = woven && STANCE_VERBS.has(t.normal) && !isHyphenPart(doc, b[k]!);
    if (!isCue(doc, b[k]!) && !stance) continue;
    const quoted = quotedAsSaying(doc, b[k]!, lowest);
    if (quoted) return quoted;
    // "Continued Stone:", "Added Jones:", "Said Dorothy Poynter, who grew up with Ali, “…”": the cue
    // opens the sentence and the speaker follows it.
    const introduces = /:/.test(doc.tokens[b[b.length - 1]!]!.post) || (/,/.test(doc.tokens[b[b.length - 1]!]!.post) && /^\p{Lu}/u.test(t.text));
    const follower = k === 0 && b.length > 1 && w.sentenceStart && introduces ? phraseStartingAt(doc, b[1]!, b[b.length - 1]!) : null;
    const inverted = follower && (/:/.test(doc.tokens[b[b.length - 1]!]!.post) || isName(doc.tokens[withoutNameSuffix(doc, follower)[1]]!)) ? follower : null;
    // An aside closed by a comma right before the cue ("Clinton, during a town hall in Columbus,
    // Ohio, said") hides the subject: it opens the sentence.
    const p = isParticiple(t)
      ? sentenceSubject(doc, w, k)
      : (inverted ?? (w.sentenceStart ? subjectBeforeAside(doc, b, k) : null) ?? coordinated(doc, phraseEndingAt(doc, b[k]! - 1, lowest), lowest));
    if (p) return { first: p[0], last: p[1], cue: t.text };
    // "He said … that he wants a party platform that calls for “…”": a thing's relative clause
    // ("that calls for") tells what the thing holds; the speaker's cue stands further back.
    if (/^(that|which)$/.test(doc.tokens[beforeAuxiliaries(doc, b[k]!, lowest)]?.normal ?? "")) continue;
    // "He praised those who left but said,", "She greeted supporters and told them": the cue
    // shares the subject of the sentence.
    const governing = governingVerb(doc, b[k]!, lowest);
    if (!isSharedSubject(doc, governing)) return null;
    const shared = sentenceSubject(doc, w, b.indexOf(governing));
    if (shared) return { first: shared[0], last: shared[1], cue: t.text };
    break;
  }
  // A fragment woven into a clause belongs to the clause's subject whatever the verb: "He also
  // seeks 'a permanent injunction'", "Trump vowed to 'take our fight'". Only a name or a pronoun.
  if (woven) {
    // "is labeling", "has boasted": a participle after an auxiliary is the clause's verb.
    const isClauseVerb = (k: number) => has(doc.tokens[k]!, "Verb") && !has(doc.tokens[k]!, "Auxiliary") && (!isParticiple(doc.tokens[k]!) || has(doc.tokens[k - 1]!, "Auxiliary"));
    const verb = b.slice(-MAX_CUE_DISTANCE).findLast(isClauseVerb);
    const p = verb === undefined || isSharedSubject(doc, verb) ? null : phraseEndingAt(doc, beforeAuxiliaries(doc, verb, lowest), lowest);
    const head = p && doc.tokens[p[0]]!;
    if (p && head && isPersonal(head)) return { first: p[0], last: p[1], cue: doc.tokens[verb!]!.text };
  }
  // "He said he intends to win every delegate, so he'll have enough votes to put together 'the
  // strongest agenda'", "She greeted supporters and told them they'd 'build ladders'": a fragment
  // woven into a sentence whose subject is a person belongs to that person.
  if (w.sentenceStart) {
    const from = LEADING_CONJUNCTIONS.has(doc.tokens[lowest]!.normal) ? 1 : 0;
    // "He's claiming that …": a participle after an auxiliary is the sentence's verb.
    const isSentenceVerb = (k: number) =>
      has(doc.tokens[k]!, "Verb") && !has(doc.tokens[k]!, "Auxiliary") && (!isParticiple(doc.tokens[k]!) || has(doc.tokens[k - 1]!, "Auxiliary") || has(doc.tokens[k - 1]!, "Copula"));
    const opening = b.slice(from, from + OPENING_CUE_WORDS).findIndex(isSentenceVerb) + from;
    // A whole statement in a sentence that opens "She added that …" is hers too; a fragment, whatever the verb.
    const reported = opening > from && (woven || isCue(doc, b[opening]!));
    const p = reported ? phraseEndingAt(doc, beforeAuxiliaries(doc, b[opening]!, lowest), lowest) : null;
    const head = p && p[0] === b[from] ? doc.tokens[p[0]]! : null;
    if (p && head && isPersonal(head)) return { first: p[0], last: p[1], cue: doc.tokens[b[opening]!]!.text };
    // The subject may stand after an opening adverbial or before an appositive: "During his
    // immigration speech on Wednesday in Arizona, Mr. Trump said …", "April Mellody, a spokeswoman
    // for the Democratic National Convention, said in a statement that …".
    const clause = sentenceClause(doc, w, b.length - 1);
    const verb = clause ? b.find((k) => k >= clause.verb && k - clause.verb <= 3 && isSentenceVerb(k)) : undefined;
    const subjectHead = clause && doc.tokens[clause.subject[0]]!;
    const named = clause && (isSubjectPronoun(subjectHead!) || isName(doc.tokens[clause.subject[1]]!));
    if (clause && verb !== undefined && (woven || isCue(doc, verb)) && isPersonal(subjectHead!) && named) return { first: clause.subject[0], last: clause.subject[1], cue: doc.tokens[verb]!.text };
  }
  // A clause that ends in a colon introduces the quotation: "Rubio fired back forcefully:", the
  // speaker is the subject of its last verb. So does one that ends in a comma before a whole
  // statement: "Hillary shot back, “I suppose …”", "but went on to say, “There are …”".
  const closing = doc.tokens[b[b.length - 1]!]!.post;
  if (/:/.test(closing) || (/,/.test(closing) && !woven)) {
    const last = b.findLast((k) => isMainVerb(doc, k));
    const verb = last === undefined ? undefined : governingVerb(doc, last, lowest);
    // "Trump gestured …, then leaned in and boomed:": the last of verbs joined by "and" has the sentence's subject.
    const shared = (k: number) => (isSharedSubject(doc, k) ? sentenceSubject(doc, w, b.indexOf(k)) : null);
    // "Clinton has since apologized for what happened:": the last verb's subject is a clause of its
    // own, so the sentence's subject, a name or a pronoun, introduces the quotation.
    const opening = () => {
      const q = /:/.test(closing) ? sentenceSubject(doc, w, b.length - 1) : null;
      return q && (/^(he|she|they)$/.test(doc.tokens[q[0]]!.normal) || /^\p{Lu}/u.test(doc.tokens[q[1]]!.text)) ? q : null;
    };
    const p = verb === undefined ? null : (phraseEndingAt(doc, verb - 1, lowest) ?? shared(verb) ?? opening());
    // Before a comma the clause must open with its subject, a name or a personal pronoun: "During
    // the debate, Hillary Clinton cracked,", not "… as a voter for 20 minutes asked,".
    const opensClause = (q: [number, number]) => q[0] === lowest || endsClause(doc.tokens[q[0] - 1]!) || /^(and|but)$/.test(doc.tokens[q[0] - 1]!.normal);
    const subject = (q: [number, number]) => /^(he|she|they)$/.test(doc.tokens[q[0]]!.normal) || /^\p{Lu}/u.test(doc.tokens[q[1]]!.text);
    const accepted = p && (/:/.test(closing) || (opensClause(p) && subject(p)));
    if (p && accepted && verb !== undefined) return { first: p[0], last: p[1], cue: doc.tokens[verbAfter(doc, b, p[1]) ?? verb]!.text };
  }
  return null;
}

/** The last word of a person's name: "Reid" of "Senator Harry Reid"; not "Case" or "Iowa". */
const isName = (t: Token) => /^\p{Lu}/u.test(t.text) && (has(t, "Person") || has(t, "ProperNoun")) && !has(t, "Place");

/**
 * A phrase before a description's comma that is a name: it opens and ends with capitalised words
 * (not "the Alpha Declaration"), ends in no pronoun, and a lone word that opens the sentence is no
 * common word ("Sooner or later, the mayor said", "Early last week, the firm wrote" open with no
 * name).
 */
function endsAsName(doc: Doc, [first, last]: [number, number]): boolean {
  // "Park Min-jun": compromise makes the hyphen's halves two tokens; the name's word is the first.
  while (last > first && isHyphenPart(doc, last)) last--;
  const end = doc.tokens[last]!;
  if (!/^\p{Lu}/u.test(doc.tokens[first]!.text) || !/^\p{Lu}/u.test(end.text) || has(end, "Pronoun")) return false;
  const opensSentence = first === 0 || doc.tokens[first - 1]!.sentence !== end.sentence;
  return !(first === last && opensSentence) || !COMMON_WORD_TAGS.some((tag) => has(end, tag));
}

/** What compromise calls a word that opens a sentence as no name: "Sooner", "Early", "Later". */
const COMMON_WORD_TAGS = ["Adjective", "Adverb", "Comparative", "Preposition", "Conjunction", "Determiner", "Verb", "Value"];

/** A subject that names a person: a capitalised name or "he"/"she". */
const isPersonal = (head: Token) => /^(he|she)$/.test(head.normal) || (/^\p{Lu}/u.test(head.text) && !isSubjectPronoun(head));

/** The word before a verb's auxiliaries and adverbs: "Trump" of "Trump has long boasted". */
function beforeAuxiliaries(doc: Doc, verb: number, lowest: number): number {
  let k = verb - 1;
  while (k > lowest && (has(doc.tokens[k]!, "Auxiliary") || has(doc.tokens[k]!, "Adverb")) && !endsClause(doc.tokens[k - 1]!)) k--;
  return k;
}

/** The verb that follows a subject: "apologized" of "Clinton has since apologized for what happened:". */
const verbAfter = (doc: Doc, b: number[], subjectEnd: number) => b.find((k) => k > subjectEnd && isMainVerb(doc, k) && !/^(has|have|had)$/.test(doc.tokens[k]!.normal));

/** A verb that has a subject: not an auxiliary, not the particle of a phrasal verb ("shot back"). */
const isMainVerb = (doc: Doc, k: number) => has(doc.tokens[k]!, "Verb") && !has(doc.tokens[k]!, "Auxiliary") && !has(doc.tokens[k]!, "Particle");

/** "but went on to say": the verb whose subject an infinitive shares ("went"); the verb itself otherwise. */
function governingVerb(doc: Doc, verb: number, lowest: number): number {
  if (doc.tokens[verb - 1]?.normal !== "to") return verb;
  for (let k = verb - 2; k >= lowest && verb - k <= 4; k--) if (isMainVerb(doc, k)) return k;
  return verb;
}

/**
 * A subject that lists several ("Senior officials from South Korea, the United States and Japan
 * condemned"): when nothing but phrases, commas and "and" stand between the sentence start and the
 * phrase found, the subject starts with the sentence.
 */
function coordinated(doc: Doc, p: [number, number] | null, lowest: number): [number, number] | null {
  if (!p || p[0] <= lowest) return p;
  const joiner = doc.tokens[p[0] - 1]!;
  if (!/^(and|or)$/.test(joiner.normal) && !/,/.test(joiner.post)) return p;
  const range = doc.tokens.slice(lowest, p[0]);
  if (!isPhraseWord(doc.tokens[lowest]!) || !range.concat(doc.tokens[p[0]]!).some((t) => /^(and|or)$/.test(t.normal))) return p;
  for (let k = lowest; k < p[0]; k++) {
    const t = doc.tokens[k]!;
    if (!inPhrase(doc, k) && !PHRASE_LINKS.has(t.normal) && !/^(and|or)$/.test(t.normal)) return p;
    // Each member of a list ends in a noun: "Sooner or later, the mayor said" lists no one.
    const endsMember = /,/.test(t.post) || /^(and|or)$/.test(doc.tokens[k + 1]?.normal ?? "");
    if (endsMember && !has(t, "Noun") && !has(t, "Value")) return p;
  }
  return [lowest, p[1]];
}

/**
 * "Cruz, leading narrowly in Iowa polls and focusing on Iowa, questioned": an aside closed by a
 * comma right before the cue; the subject is the name that opens the sentence before its comma.
 */
function subjectBeforeAside(doc: Doc, b: number[], cueAt: number): [number, number] | null {
  if (cueAt < 1 || !/,/.test(doc.tokens[b[cueAt - 1]!]!.post)) return null;
  const p = phraseStartingAt(doc, b[0]!, b[cueAt - 1]!);
  return p && /,/.test(doc.tokens[p[1]]!.post) && /^\p{Lu}/u.test(doc.tokens[p[0]]!.text) && p[1] < b[cueAt - 1]! ? p : null;
}

/** The phrase that opens the sentence, when a verb follows it: "Kasich bemoaned …, saying". */
const sentenceSubject = (doc: Doc, w: Window, upTo: number): [number, number] | null => sentenceClause(doc, w, upTo)?.subject ?? null;

/** The subject that opens the sentence and the verb after it, up to `w.before[upTo]`. */
function sentenceClause(doc: Doc, w: Window, upTo: number): { subject: [number, number]; verb: number } | null {
  if (!w.sentenceStart) return null;
  // The subject opens the sentence, or the clause after an opening adverbial ("On Wednesday, he
  // seemed to indicate …, warning", "At the time, she released a statement saying"); a leading
  // "And" or "But" is no part of it.
  const starts = [0, ...w.before.flatMap((k, j) => (j < upTo && endsClause(doc.tokens[k]!) ? [j + 1] : []))];
  const limit = w.before[upTo]!;
  for (const start of starts) {
    const from = start + (LEADING_CONJUNCTIONS.has(doc.tokens[w.before[start]!]!.normal) ? 1 : 0);
    if (from >= upTo) break;
    const first = w.before[from]!;
    const p = isSubjectPronoun(doc.tokens[first]!) ? ([first, first] as [number, number]) : phraseStartingAt(doc, first, limit);
    const verb = p ? verbAfterSubject(doc, p[1], limit) : null;
    if (p && verb !== null) return { subject: p, verb };
    // An opening adverbial gives way to the clause after it ("Eight years ago, he supported"); so
    // does a subordinate clause ("when I asked him, he said").
    const comma = w.before.findIndex((k, j) => j >= from && j < upTo && endsClause(doc.tokens[k]!));
    const opener = comma >= 0 && w.before.slice(from, comma + 1).every((k) => !has(doc.tokens[k]!, "Verb"));
    if (p && !opener && !isSubordinate(doc.tokens[first]!)) break;
  }
  return null;
}

const SUBORDINATORS = new Set(["when", "while", "after", "before", "although", "though", "as", "since", "because", "if", "once", "until"]);
const isSubordinate = (t: Token) => SUBORDINATORS.has(t.normal) || has(t, "Preposition");

/**
 * The verb of a subject: within a short adjunct after it ("Mr Blair on Sunday dismissed"), or after
 * an appositive closed by a comma ("Huma Abedin, vice chairwoman for Clinton's presidential
 * campaign, emailed"; "Petrilli, who thinks …, called").
 */
function verbAfterSubject(doc: Doc, subjectEnd: number, limit: number): number | null {
  if (!endsClause(doc.tokens[subjectEnd]!)) return verbWithin(doc, subjectEnd, limit);
  // Only a name takes an appositive here; "Together, Senators Rubio and Cruz, … represent" opens with an adverb.
  const name = doc.tokens[subjectEnd]!;
  if (!/,/.test(name.post) || !/^\p{Lu}/u.test(name.text) || !has(name, "Noun")) return null;
  const opening = doc.tokens[subjectEnd + 1];
  // "Iowa, on Sunday, Mrs. Clinton tried": an adjunct, not a description.
  if (!opening || has(opening, "Preposition")) return null;
  const relative = RELATIVE_WORDS.has(opening.normal);
  for (let k = subjectEnd + 1; k <= limit && k - subjectEnd <= MAX_APPOSITIVE_WORDS; k++) {
    const t = doc.tokens[k]!;
    if (/,/.test(t.post)) {
      const verb = verbRightAfter(doc, k, limit);
      if (verb !== null) return verb;
    } else if (endsClause(t)) return null;
    // A description holds no verb of its own; a relative clause ("who thinks …") does.
    if (!relative && has(t, "Verb") && !inPhrase(doc, k)) return null;
  }
  return null;
}

/** The verb right after an appositive's closing comma, past adverbs and auxiliaries: ", on Wednesday downplayed" is not one. */
function verbRightAfter(doc: Doc, comma: number, limit: number): number | null {
  let k = comma + 1;
  while (k <= limit && (has(doc.tokens[k]!, "Adverb") || has(doc.tokens[k]!, "Auxiliary")) && !has(doc.tokens[k]!, "Verb")) k++;
  return k <= limit && has(doc.tokens[k]!, "Verb") ? k : null;
}

/** A verb right after a phrase, or after a short adjunct without a comma: "Mr Blair on Sunday dismissed". */
function verbWithin(doc: Doc, phraseEnd: number, limit: number): number | null {
  for (let k = phraseEnd + 1; k <= limit && k - phraseEnd <= 4; k++) {
    if (has(doc.tokens[k]!, "Verb")) return k;
    if (endsClause(doc.tokens[k]!)) return null;
  }
  return null;
}

/** "X quoted Y as saying": the one quoted is Y. */
function quotedAsSaying(doc: Doc, cue: number, lowest: number): Attribution | null {
  if (doc.tokens[cue]!.normal !== "saying" || doc.tokens[cue - 1]?.normal !== "as") return null;
  for (let k = cue - 2; k >= lowest && cue - k <= MAX_SUBJECT_WORDS; k--) {
    if (doc.tokens[k]!.normal !== "quoted") continue;
    const p = phraseStartingAt(doc, k + 1, cue - 2);
    return p ? { first: p[0], last: p[1], cue: "quoted as saying" } : null;
  }
  return null;
}

/**
 * The sentence that ends the paragraph before a paragraph of nothing but a quotation: one ending
 * in a colon introduces it ("Caddell continued:"); one that reports what somebody said ("A
 * spokesman said the ships had sailed.") hands the quotation to the same speaker.
 */
export function introducedBy(doc: Doc, sentenceTokens: number[]): Attribution | null {
  const lastToken = doc.tokens[sentenceTokens[sentenceTokens.length - 1]!];
  if (!lastToken) return null;
  const window = { before: sentenceTokens, after: [], tail: "", continuesSentence: false, endsSentence: false, sentenceStart: true };
  if (/:/.test(lastToken.post)) return attributionBefore(doc, window, false);
  return null;
}


/** Index of the first token that starts at or after an offset. */
export function firstTokenFrom(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

