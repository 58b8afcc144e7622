import { describe, expect, it } from "vitest";
import { findCountryMentions } from "../../src/extract/countries/index.js";
import { extractPeople } from "../../src/extract/people/index.js";
import { extractQuotes } from "../../src/extract/quotes/index.js";
import { parse } from "../../src/nlp/doc.js";

function quotes(text: string) {
  const doc = parse(text);
  const people = extractPeople({ doc, countries: findCountryMentions(text, 0), skipBefore: 0 });
  return extractQuotes(doc, people).map((q) => ({ text: q.text.slice(0, 24), speaker: q.speaker?.name ?? null, kind: q.speaker?.kind, partial: q.partial }));
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
    const condemned = 'Senior officials from South Korea, the United States and Japan condemned "in the strongest possible terms" recent military cooperation.';
    expect(quotes(condemned)[0]).toMatchObject({ speaker: "Senior officials", kind: "anonymous", partial: true });
  });
  it("a fragment ending the reporter's sentence, and 'they' as the group named before", () => {
    const text =
      'The officials reaffirmed their commitment to bolstering cooperation. They also reiterated that the U.S. commitment to defending South Korea and Japan remains "ironclad."';
    expect(quotes(text)[0]).toMatchObject({ speaker: "officials", kind: "anonymous", partial: true });
  });
  it("the statement read; according to Article 4 of a treaty", () => {
    const text = '"The United States, ROK, and Japan condemn in the strongest possible terms the deepening military cooperation," the statement read.';
    expect(quotes(text)[0]).toMatchObject({ speaker: "statement", kind: "document", partial: false });
    const treaty =
      'According to Article 4 of the Treaty on Comprehensive Strategic Partnership, "in case any one of the two sides is put in a state of war by an armed invasion, the other side shall provide military assistance."';
    expect(quotes(treaty)[0]).toMatchObject({ speaker: "Article 4", kind: "document" });
  });
  it("X said, \"…\"; a quote split by its attribution; a second quote in the paragraph keeps the speaker", () => {
    const before = 'Prime Minister Tony Blair said: "We have an opportunity and we must not allow it to slip away."';
    expect(quotes(before)[0]).toMatchObject({ speaker: "Tony Blair", kind: "person" });
    const split = '"The recent move by Russia and North Korea is causing serious concerns," President Yoon Suk Yeol said, "not only in East Asia but also globally."';
    expect(quotes(split).map((q) => q.speaker)).toEqual(["Yoon Suk Yeol", "Yoon Suk Yeol"]);
  });
  it("single quotes used as quotation marks, and ``…'' of older wire copy; apostrophes are not quotes", () => {
    const single = "'We will not give in to terror,' Prime Minister Tony Blair said. Britain's allies agreed.";
    expect(quotes(single)).toEqual([{ text: "We will not give in to t", speaker: "Tony Blair", kind: "person", partial: false }]);
    const wire = "``We cannot stop mobilizing!'' said Cuban President Fidel Castro on Wednesday.";
    expect(quotes(wire)[0]).toMatchObject({ text: "We cannot stop mobilizin", speaker: "Fidel Castro" });
  });
  it("a nested quote stays inside its statement", () => {
    const text = '"They called it \'a historic moment\' and we agree," NATO Secretary General Jens Stoltenberg said.';
    expect(quotes(text)).toHaveLength(1);
    expect(quotes(text)[0]).toMatchObject({ speaker: "Jens Stoltenberg" });
  });
  it("a quote that runs on into the next paragraph is one span a paragraph, all credited to its speaker", () => {
    const text =
      '"In a more unpredictable and uncertain world, it is even more important that we stand together.\n\n"We also know that North Korea is providing military support," NATO Secretary General Jens Stoltenberg said.';
    expect(quotes(text).map((q) => q.speaker)).toEqual(["Jens Stoltenberg", "Jens Stoltenberg"]);
  });
  it("a treaty title in quotation marks is not a statement", () => {
    expect(quotes('They highlighted concerns over the "Treaty on Comprehensive Strategic Partnership" signed in Pyongyang.')).toEqual([]);
  });
});
