import { describe, expect, it } from "vitest";
import { findCountryMentions } from "../../src/extract/countries/index.js";
import { extractPeople } from "../../src/extract/people/index.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { parse } from "../../src/nlp/doc.js";

function quotes(text: string) {
  const people = extractPeople({ doc: parse(text), countries: findCountryMentions(text, 0), skipBefore: 0 });
  return extractQuotes(text, people).map((q) => ({ text: q.text.slice(0, 24), speaker: q.speaker?.name ?? null, kind: q.speaker?.kind, partial: q.partial }));
}

describe("quotes and their speakers", () => {
  it('"…," X said — and "he added" goes to the person last speaking', () => {
    const text =
      "“We are of course concerned about the reckless missile tests,” Stoltenberg said in his meeting with Foreign Minister Park Jin, a friend of NATO Secretary General Jens Stoltenberg.\n\n“We also know that North Korea is providing military support,” he added.";
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jens Stoltenberg", "Jens Stoltenberg"]);
  });
  it('"…," said X with the full name of the person', () => {
    const text = "Foreign Minister Park Jin met NATO chief Jens Stoltenberg.\n\n“I’m pleased to see that the Republic of Korea and NATO have been enhancing our partnership,” said Park in his meeting with Stoltenberg.";
    expect(quotes(text)[0]).toMatchObject({ speaker: "Park Jin", kind: "person" });
  });
  it("an appositive between the name and the verb", () => {
    const text = '"The Washington Summit Declaration reaffirmed the close ties," Kim Tae-hyo, the first deputy director of the presidential National Security Office, said in a briefing.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "Kim Tae-hyo" });
  });
  it("a document speaks: read the article, the declaration stressed", () => {
    expect(quotes('NATO will team up "through flagship projects in the areas of supporting Ukraine," read the article.')[0]).toMatchObject({
      speaker: "article",
      kind: "document",
    });
    expect(
      quotes('NATO adopted a declaration on Ukraine. The declaration stressed that such assistance "seriously impacts Euro-Atlantic security."')[0],
    ).toMatchObject({ speaker: "declaration", kind: "document" });
  });
  it("an unnamed official, and a fragment woven into the sentence", () => {
    const text = 'The official also said that South Korea will "soon be able to establish" a new intelligence-sharing mechanism.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "official", kind: "anonymous" });
    expect(quotes('Members on Wednesday expressed "great concern" about the ties.')[0]).toMatchObject({ speaker: null, partial: true });
  });
  it("a treaty title in quotation marks is not a statement", () => {
    expect(quotes('They highlighted concerns over the "Treaty on Comprehensive Strategic Partnership" signed in Pyongyang.')).toEqual([]);
  });
});
