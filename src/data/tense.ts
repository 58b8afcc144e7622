// Markers of tense that the date and meeting extractors both read.

/** Markers that put a clause in the future: "will meet", "is scheduled to meet", "plans to hold talks". */
export const FUTURE_MARKERS =
  /\b(will|shall|'ll|(?:is|are|was|were)(?: also| now| still)? (expected|scheduled|set|due|slated|going|likely) to|(?:is|are|was|were) to|plans? to|planning to|intends? to|hopes? to|next|invited)\b/i;


/** Verbs of intending, after which an infinitive lies ahead even in a past clause: "planned to leave on Thursday". */
export const PLANNING_VERBS = /^(plans?|planned|planning|schedules?|scheduled|slated?|arranges?|arranged|intends?|intended|expects?|expected|hopes?|hoped|wants?|wanted|agrees?|agreed|decides?|decided|promises?|promised|vows?|vowed|threatens?|threatened|aims?|aimed|seeks?|sought|prepares?|prepared|asks?|asked|urges?|urged|invites?|invited|proposes?|proposed|offers?|offered|pledges?|pledged|supposed|due|set)$/;
/** Nouns of intending before an infinitive: "an agreement to acquire the bank in January". */
export const PLANNING_NOUNS = /^(agreement|plan|plans|deal|offer|bid|proposal|decision|pledge|promise|intention|effort|attempt|move)$/;
/** Verbs that put what they arrange ahead: "has scheduled a news conference Thursday". */
export const SCHEDULING_VERBS = /^(schedule|scheduled|slated)$/;
/**
 * Words right before a date that make it a date to come whatever the verb: "effective Feb. 1",
 * "payable Dec. 15", "as soon as Tuesday".
 */
export const FORWARD_CUES = /\b(?:effective|payable|as soon as|as early as)\s+$/i;
/** Verbs that push something back "until" a date, which then lies ahead: "postponed until Tuesday morning". */
export const DEFERRAL_VERBS = /^(postpone|postponed|delay|delayed|defer|deferred|extend|extended|adjourn|adjourned|give|given|gave|suspend|suspended|recess|recessed)$/;

/** Auxiliaries, which compromise may tag as nouns after a plural name ("The Maldives has reached"). */
export const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "does", "do", "did"]);

/** Words that put an event before the story's day: "had met", "a month after", "met him several times". */
export const EARLIER_EVENT = /\b(?:ago|earlier|previously|formerly|once|since|had|times|(?:days?|weeks?|months?|years?)\s+(?:after|before)|last\s+(?:week|month|year)|in\s+(?:the\s+past|recent))\b/i;
