// Verbs and phrases that attribute speech: "said", "told reporters", "according to".
import { ORGANISATION_WORDS } from "./people.js";

/** Verbs of saying, in the forms news uses for attribution. */
export const CUE_VERBS = new Set(
  `said says say added adds add told tells noted notes stated states explained explains stressed stresses
emphasized emphasised emphasizes emphasises warned warns insisted insists argued argues asked asks
replied replies answered answers wrote writes announced announces declared declares claimed claims
continued continues concluded concludes recalled recalls remarked remarks suggested suggests
acknowledged acknowledges admitted admits urged urges vowed vows pledged pledges predicted predicts
commented comments observed observes affirmed affirms reiterated reiterates underlined underlines
highlighted highlights cautioned cautions confirmed confirms tweeted tweets posted posts read reads
quipped joked shouted whispered recounted described describes mentioned mentions believes believed
thinks thought hopes hoped according reported reports responded responds testified testifies countered
counters conceded concedes boasted boasts complained complains charged charges emailed texted stated
mused muses lamented laments scoffed retorted snapped exclaimed wondered wonders recalled joked jokes
saying telling adding noting writing arguing explaining insisting warning asking declaring asserted
yells yelled yelling shouts shouting screams screamed chanted chants chanting
asserts maintained maintains contended contends pointed indicated indicates`.split(/\s+/),
);

/** Who a cue tells, right after it: "tells reporters", "tells employees", "tells him". */
export const LISTENERS = new Set(["him", "her", "them", "us", "me", "reporters", "employees", "supporters", "voters", "students", "listeners", "viewers", "readers"]);

/** Cue words that are cues only with their particle: "Bozell points out" (not "two points"). */
export const CUES_WITH_PARTICLE: Record<string, string> = { points: "out" };

/** Nouns that make a speaker a document rather than a person: "the statement read". */
export const DOCUMENT_WORDS = new Set(
  `statement declaration communique communiqué article treaty letter report document resolution
charter agreement text memo note announcement release press bill law constitution message post
tweet editorial ruling verdict decision order plan piece clip video photo card flyer mailer banner
headline suit lawsuit petition email opinion survey poll study ad advertisement website filing complaint indictment transcript readout`.split(/\s+/),
);

/** Nouns for unnamed speakers: "a senior official of the presidential office said". */
export const ANONYMOUS_SPEAKERS = new Set(
  `official officials source sources spokesman spokeswoman spokesperson diplomat diplomats aide aides
insider insiders person people analyst analysts observer observers expert experts officer officers`.split(/\s+/),
);

/** Verbs a reporter weaves a quoted fragment into: `officials condemned "in the strongest terms"`. */
export const STANCE_VERBS = new Set(
  `condemned condemns expressed expresses called calls described describes termed terms denounced
denounces criticized criticised criticizes criticises praised praises hailed hails voiced voices
slammed slams branded brands labeled labelled questioned questions mocked mocks dismissed dismisses
accused accuses attacked attacks blasted blasts touted touts promised promises derided derides
lambasted lambastes ridiculed ridicules`.split(/\s+/),
);

/** Personal titles that tell a person's gender: "Mrs Quinn", "Mr. Trump". */
export const GENDERED_TITLES: Record<string, "m" | "f"> = {
  mr: "m", "mr.": "m", sir: "m", lord: "m", king: "m", prince: "m", father: "m", brother: "m", duke: "m",
  mrs: "f", "mrs.": "f", ms: "f", "ms.": "f", miss: "f", dame: "f", lady: "f", queen: "f", princess: "f",
  baroness: "f", duchess: "f", sister: "f", "first lady": "f",
};

/** Nouns for an unnamed speaker that tell a gender: "a Conservative spokeswoman … she said". */
export const GENDERED_NOUNS: Record<string, "m" | "f"> = {
  spokesman: "m", spokeswoman: "f", chairman: "m", chairwoman: "f", businessman: "m", businesswoman: "f",
  congressman: "m", congresswoman: "f", man: "m", woman: "f", father: "m", mother: "f", husband: "m", wife: "f",
};

/** Third-person pronouns that stand for a speaker, with the gender they tell. */
export const SPEAKER_PRONOUNS: Record<string, "m" | "f" | null> = { he: "m", she: "f", they: null, it: null };

/** Words that continue a speaker's phrase inside it: "secretary of state", "spokesman for the campaign". */
export const PHRASE_LINKS = new Set(["of", "for", "at", "to", "from"]);

/** Verbs that introduce what follows as said, before a colon: "Caddell continued:", "he wrote:". */
export const INTRODUCING_VERBS = new Set(["continued", "added", "wrote", "said", "says", "explained", "tweeted", "told", "put it", "declared", "replied", "responded", "argued", "insisted", "noted", "asked"]);


/** Demonyms said of a person ("the Cuban said"): a described source, not an organisation. */
export const PERSON_DEMONYMS = /^(?:american|british|briton|cuban|chinese|russian|french|frenchman|german|japanese|korean|israeli|palestinian|iranian|iraqi|mexican|canadian|indian|pakistani|syrian|turkish|italian|spanish|irish|scot|scottish|welsh|english|australian|brazilian|egyptian|afghan|ukrainian|arab)s?$/i;

/** Nouns for bodies that speak: "the campaign said", "the newspaper reported". */
export const BODY_WORDS = new Set([...ORGANISATION_WORDS, "campaign", "newspaper", "administration", "government", "magazine", "website", "firm", "company", "network", "paper", "outlet", "board"]);
