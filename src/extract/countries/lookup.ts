// The country lexicon: names, official names, aliases, demonyms and capitals, from the
// world-countries table plus our own additions (src/data/countries.ts), matched word by word.
import COUNTRY_TABLE from "../../data/countries-table.json" with { type: "json" };
import { isGivenName } from "../../data/names.js";
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_ALIASES, EXTRA_DEMONYMS, FORMER_CAPITALS, HISTORICAL_STATES, NOT_A_COUNTRY_AFTER, NOT_COUNTRIES } from "../../data/countries.js";

export type Via = "name" | "alias" | "demonym" | "capital";

export interface CountryHit {
  start: number;
  end: number;
  text: string;
  code: string;
  via: Via;
}

interface Entry {
  words: string[];
  code: string;
  via: Via;
}

interface WorldCountry {
  cca2: string;
  independent: boolean | null;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital: string[];
}

/** Words of a phrase: letters with inner dots and apostrophes ("U.S.", "People's"); hyphens split. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’]|\.(?=\p{L}))*\.?/gu;

let lexicon: Map<string, Entry[]> | null = null;
const commonNames = new Map<string, string>();

/** The English common name of a country code ("KR" → "South Korea"). */
export function countryName(code: string): string {
  load();
  return commonNames.get(code) ?? code;
}

function load(): Map<string, Entry[]> {
  if (lexicon) return lexicon;
  const table = COUNTRY_TABLE.countries as WorldCountry[];
  const map = new Map<string, Entry[]>();
  const add = (phrase: string, code: string, via: Via) => {
    const words = phrase.match(WORD);
    if (!words) return;
    const list = map.get(words[0]!) ?? [];
    const same = list.find((e) => e.words.join(" ") === words.join(" "));
    // Our alias of a country's own name ("South Korea") is still its name.
    if (same && same.code === code && via === "name") same.via = "name";
    if (!same) list.push({ words, code, via });
    map.set(words[0]!, list);
  };
  // The first entry for a phrase wins: regions block their words ("North America" is no mention
  // of America), then our own aliases and demonyms, then sovereign states before territories, so
  // that "American" is the United States, not the Northern Mariana Islands.
  for (const region of NOT_COUNTRIES) add(region, "", "name");
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) add(alias, code, "alias");
  // A demonym's plural names the people: "Belgians", "Israelis", "the Soviets" (a plural no one
  // writes, "Frenchs", is never matched).
  const addDemonym = (d: string, code: string) => {
    add(d, code, "demonym");
    if (!d.endsWith("s")) add(d + "s", code, "demonym");
  };
  for (const [adjective, code] of Object.entries(EXTRA_DEMONYMS)) addDemonym(adjective, code);
  const sovereign = (c: WorldCountry) => (c.unMember || c.independent ? 0 : 1);
  for (const c of [...table].sort((a, b) => sovereign(a) - sovereign(b))) {
    commonNames.set(c.cca2, c.name.common);
    add(c.name.common, c.cca2, "name");
    add(c.name.official, c.cca2, "name");
    // Two-letter codes ("IT", "IN") are ordinary words in capitals; our alias table lists the few that are not.
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{Script=Latin}\s.'’-]+$/u.test(alt) && !alt.includes(",")) add(alt, c.cca2, "alias");
    const demonym = c.demonyms?.eng;
    // Some cells list several: "Bosnian, Herzegovinian".
    if (demonym) for (const d of new Set([demonym.m, demonym.f].flatMap((x) => x.split(/,\s*/)))) addDemonym(d, c.cca2);
    for (const capital of c.capital) add(capital.replace(/ D\.C\.$/, ""), c.cca2, "capital");
  }
  for (const [capital, code] of Object.entries(FORMER_CAPITALS)) add(capital, code, "capital");
  for (const [code, name] of Object.entries(HISTORICAL_STATES)) commonNames.set(code, name);
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  lexicon = map;
  return map;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Every country mention in a text, longest phrase first at each position. */
export function findCountries(text: string): CountryHit[] {
  const map = load();
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const hits: CountryHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = matchAt(map, words, i, text);
    if (!hit) continue;
    if (hit.hit.code) hits.push(hit.hit);
    i += hit.length - 1;
  }
  return hits;
}

const bare = (w: string) => w.replace(/['’]s$/, "").replace(/\.$/, "");

function matchAt(map: Map<string, Entry[]>, words: Word[], i: number, text: string): { hit: CountryHit; length: number } | null {
  const first = words[i]!.text;
  const candidates = [...(map.get(first) ?? []), ...(map.get(bare(first)) ?? [])];
  for (const entry of candidates) {
    const n = entry.words.length;
    if (i + n > words.length) continue;
    const span = words.slice(i, i + n);
    const matches = entry.words.every((w, k) => {
      const got = span[k]!.text;
      return got === w || (k === n - 1 && (bare(got) === w || bare(got) === bare(w)));
    });
    if (!matches || !/^\p{Lu}/u.test(span[0]!.text)) continue;
    const next = words[i + n];
    if (next && NOT_A_COUNTRY_AFTER.has(bare(next.text)) && !/[,.;]/.test(text.slice(span[n - 1]!.end, next.start))) continue;
    if (AMBIGUOUS_COUNTRY_NAMES.has(entry.words.join(" ")) && partOfName(words, i, n, text)) continue;
    // "Morgan Stanley", "George Washington": a capital's name after a given name is a person's or a
    // firm's surname ("West Berlin" is a city: a compass point is no given name here).
    if (entry.via === "capital" && nameBefore(words, i, text) && isGivenName(words[i - 1]!.text) && !COMPASS_POINTS.has(words[i - 1]!.text)) continue;
    const start = span[0]!.start;
    const end = span[n - 1]!.start + bare(span[n - 1]!.text).length + (entry.words[n - 1]!.endsWith(".") ? 1 : 0);
    return { hit: { start, end, text: text.slice(start, end), code: entry.code, via: entry.via }, length: n };
  }
  return null;
}

/** "Michael Jordan", "George Washington", "Georgia Meloni": a capitalised word joined to the name. */
function partOfName(words: Word[], i: number, n: number, text: string): boolean {
  const after = words[i + n];
  return nameBefore(words, i, text) || (!!after && joined(text, words[i + n - 1]!, after) && /^\p{Lu}\p{Ll}/u.test(after.text));
}

/** A capitalised word, not opening a sentence, right before the word at `i`: "Morgan" of "Morgan Stanley". */
function nameBefore(words: Word[], i: number, text: string): boolean {
  const before = words[i - 1];
  return !!before && joined(text, before, words[i]!) && /^\p{Lu}\p{Ll}/u.test(before.text) && !/[.!?]\s*$/.test(text.slice(0, before.start));
}

const COMPASS_POINTS = new Set(["North", "South", "East", "West"]);

const joined = (text: string, a: Word, b: Word) => /^\s$/.test(text.slice(a.end, b.start));
