// Countries: lookup hits grouped into one record per ISO code, with context rules on top.
import type { Country } from "../../schema/record.js";
import { HISTORICAL_CAPITAL_HOLDERS } from "../../data/countries.js";
import { countryName, findCountries, type CountryHit } from "./lookup.js";

/** "the North" stands for North Korea in an article that names North Korea. */
const THE_NORTH = /\bthe North\b(?! (?:Atlantic|Pole|American|Sea|Star|Face|Island|East|West))/g;

/** Every country mention of the body; text before `skipBefore` (a dateline credit) is left out. */
export function findCountryMentions(text: string, skipBefore: number): CountryHit[] {
  const hits = findCountries(text).filter((h) => h.start >= skipBefore);
  if (hits.some((h) => h.code === "KP")) {
    for (const m of text.matchAll(THE_NORTH)) {
      const start = m.index! + 4;
      hits.push({ start, end: start + 5, text: "North", code: "KP", via: "alias" });
    }
  }
  return inTheirTime(hits).sort((a, b) => a.start - b.start);
}

/**
 * "Shultz arrived in Moscow for talks" in a story that names the Soviet Union: a capital a
 * historical state shared with its successor is the historical state's where the article names it.
 */
function inTheirTime(hits: CountryHit[]): CountryHit[] {
  const named = new Set(hits.filter((h) => h.via !== "capital").map((h) => h.code));
  const holders = Object.entries(HISTORICAL_CAPITAL_HOLDERS).filter(([historical]) => named.has(historical));
  return hits.map((h) => {
    const historical = h.via === "capital" ? holders.find(([, holder]) => holder === h.code)?.[0] : undefined;
    return historical ? { ...h, code: historical } : h;
  });
}

export function groupCountries(hits: CountryHit[]): Country[] {
  const byCode = new Map<string, Country>();
  for (const { code, ...mention } of hits) {
    const country = byCode.get(code) ?? { code, name: countryName(code), mentions: [] };
    country.mentions.push(mention);
    byCode.set(code, country);
  }
  return [...byCode.values()];
}
