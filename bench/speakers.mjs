#!/usr/bin/env node
// What every quote's speaker is, counted over clean news (the BBC corpus and PolNeAR's train
// split by default): a speaker of kind person must be one of the record's people (a personId), and
// an organization speaker must read as an organisation, not a person's surname, a title alone, a
// demonym or a word that is no speaker at all; how many organization speakers point to one of the
// record's organizations (an organizationId) is counted too.
//
//   npm run bench:speakers [-- folder ...] [--verbose]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { processArticle } from "../dist/pipeline.js";
import { isGivenName, isNamePart } from "../dist/data/names.js";
import { ORGANISATION_WORDS, QUALIFYING_TITLE_WORDS, TITLE_WORDS } from "../dist/data/people.js";
import { ENGLISH_STOPWORDS } from "../dist/data/stopwords.js";
import { BODY_WORDS } from "../dist/data/speech.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const folders = args.filter((a) => !a.startsWith("--"));
if (!folders.length) folders.push("../shared/bench/bbc", "../shared/bench/polnear/texts/train");

function* textFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (/\.txt$/i.test(name) && !/^README/i.test(name)) yield path;
  }
}

const DEMONYM = /^(?:american|british|cuban|chinese|russian|french|german|japanese|korean|israeli|palestinian|iranian|iraqi|mexican|canadian|indian|pakistani|syrian|turkish|italian|spanish|irish|scottish|welsh|english|european|african|asian|arab|muslim|christian|jewish)s?$/i;

/** Words for a person's role, not a body's: "leader", "MP", "archbishop" (not "ministry", "party", "Labour"). */
const ROLE_WORDS = new Set([...TITLE_WORDS].filter((w) => !ORGANISATION_WORDS.has(w) && !QUALIFYING_TITLE_WORDS.has(w)));

/** Why an organization speaker's name reads as no organisation, or null when it may be one. */
function notAnOrganisation(name, record) {
  const words = name.split(/\s+/);
  const last = words[words.length - 1].toLowerCase().replace(/['’]s$/, "");
  // ("the senator's campaign", "Alpha Corp's board": what a person or body has may be a body.)
  if (/['’]s\b/.test(name) && !BODY_WORDS.has(last)) return "a possessive";
  // ("US", "IT" in capitals are a country and a trade, not the words "us" and "it".)
  if (words.length === 1 && ENGLISH_STOPWORDS.has(last) && !/^\p{Lu}{2,}$/u.test(name)) return "a function word";
  if (words.length === 1 && DEMONYM.test(last)) return "a demonym";
  if (ROLE_WORDS.has(last)) return "a title or role";
  // ("Washington Post": a name that ends in a body's word is the body's.)
  if (words.length >= 2 && isGivenName(words[0]) && words.every((w) => isNamePart(w) || /^[A-Z]\.?$/.test(w)) && !ORGANISATION_WORDS.has(last)) return "a person's name";
  if (words.length === 1 && record.people.some((p) => p.name.split(/\s+/).pop() === name)) return "the surname of a person in the article";
  return null;
}

console.log("| corpus | articles | speakers | person | organization | document | anonymous | person without personId | organization with organizationId | organization that reads as no organisation |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const folder of folders) {
  const counts = { articles: 0, speakers: 0, person: 0, organization: 0, document: 0, anonymous: 0, orphan: 0, linked: 0, notOrg: 0 };
  const examples = [];
  for (const path of textFiles(folder)) {
    const bytes = readFileSync(path);
    const utf8 = bytes.toString("utf8");
    const record = processArticle({ source: path, text: utf8.includes("\uFFFD") ? bytes.toString("latin1") : utf8 }, { includeText: false });
    counts.articles++;
    for (const q of record.quotes) {
      if (!q.speaker) continue;
      counts.speakers++;
      counts[q.speaker.kind]++;
      if (q.speaker.organizationId) counts.linked++;
      if (q.speaker.kind === "person" && !q.speaker.personId) {
        counts.orphan++;
        examples.push(`person without personId: ${q.speaker.name}`);
      }
      const why = q.speaker.kind === "organization" ? notAnOrganisation(q.speaker.name, record) : null;
      if (why) {
        counts.notOrg++;
        examples.push(`organization, ${why}: ${q.speaker.name}`);
      }
    }
  }
  const c = counts;
  console.log(`| ${folder} | ${c.articles} | ${c.speakers} | ${c.person} | ${c.organization} | ${c.document} | ${c.anonymous} | ${c.orphan} | ${c.linked} | ${c.notOrg} |`);
  if (verbose) {
    const tally = new Map();
    for (const e of examples) tally.set(e, (tally.get(e) ?? 0) + 1);
    for (const [e, n] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.error(`${n}\t${e}`);
  }
}
