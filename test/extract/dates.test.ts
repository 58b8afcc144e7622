import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/extract/dates/index.js";
import { parse } from "../../src/nlp/doc.js";

const THURSDAY_11_JULY_2024 = "2024-07-11";
const values = (text: string, referenceDate: string | null = THURSDAY_11_JULY_2024) =>
  extractDates({ doc: parse(text), referenceDate }).map((d) => [d.text, d.value]);

describe("dates resolved against the article's date", () => {
  it("puts a past weekday before the article and a future one after it", () => {
    expect(values("Yoon Suk Yeol met with Fumio Kishida in Washington on Wednesday (local time).")).toEqual([["Wednesday", "2024-07-10"]]);
    expect(values("Yoon will meet more leaders attending the summit Thursday.")).toEqual([["Thursday", "2024-07-11"]]);
    expect(values("Austin is expected to meet with Yoon on Tuesday.")).toEqual([["Tuesday", "2024-07-16"]]);
  });
  it("reads a yearless month by tense: June in a July article, and last December", () => {
    expect(values("NATO expressed concern about the pact signed in June.")).toEqual([["June", "2024-06"]]);
    expect(values("The White House confirmed last December that arms were sent.")).toEqual([["December", "2023-12"]]);
    expect(values("The leaders met in June.", "2025-01-15")).toEqual([["June", "2024-06"]]);
  });
  it("reads months with years, full dates, years, decades, seasons and weeks", () => {
    expect(values("since his inauguration in May 2022, and third since 1948")).toEqual([["May 2022", "2022-05"], ["1948", "1948"]]);
    expect(values("Published November 20th, 2019 after the 1990s boom")).toEqual([["November 20th, 2019", "2019-11-20"], ["the 1990s", "199"]]);
    expect(values("reminiscent of last summer's summit at Camp David")).toEqual([["last summer", "2023-SU"]]);
    expect(values("leaders attending the NATO summit this week")).toEqual([["this week", "2024-W28"]]);
  });
  it("keeps unknown parts unknown without a reference date", () => {
    expect(values("Putin and Kim Jong-un's summit in Pyongyang on June 19.", null)).toEqual([["June 19", "XXXX-06-19"]]);
    expect(values("the joint declaration announced Wednesday (local time).", null)).toEqual([["Wednesday", "XXXX-WXX-3"]]);
    expect(values("North Korea launched missiles last year.", null)).toEqual([]);
  });
  it("does not take durations, counts, times or codes for dates", () => {
    expect(values("two years and two months into his five-year term; talks lasted about 35 minutes")).toEqual([]);
    expect(values("Yoon's meeting came about a month after Putin visited.")).toEqual([]);
    expect(values("The United States, ROK, and Japan condemn the launch of over 90 ballistic missiles under Article 51.")).toEqual([]);
    expect(values("a $2.3 billion aid package and 3,500 troops")).toEqual([]);
  });
});
