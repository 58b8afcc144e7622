import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain-JS benchmark script without type declarations
import { parseTimeML, scoreDocument, scoreFolder, summarize } from "../../bench/timeml.mjs";
import { ROOT } from "../helpers.js";

const SAMPLE_DIR = join(ROOT, "test/fixtures/timeml");
const sample = parseTimeML(readFileSync(join(SAMPLE_DIR, "sample.tml"), "utf8"));

describe("TimeML date benchmark script", () => {
  it("reads the creation time, strips the tags and keeps the gold spans on the plain text", () => {
    expect(sample.dct).toBe("2024-07-11");
    expect(sample.text).not.toMatch(/<|&amp;/);
    const wednesday = sample.timexes.find((t: { text: string }) => t.text === "Wednesday");
    expect(sample.text.slice(wednesday.start, wednesday.end)).toBe("Wednesday");
    expect(sample.timexes.map((t: { type: string }) => t.type)).toEqual(["DATE", "DURATION", "DATE", "DATE", "DATE", "DATE", "DATE", "TIME", "DATE"]);
  });

  it("counts a hit by overlap, a right value by equality, and ignores finds on TIME or DURATION gold", () => {
    const predicted = [
      { start: sample.timexes[0].start, end: sample.timexes[0].end, value: "2024-07-10" },
      { start: sample.timexes[3].start, end: sample.timexes[3].end, value: "2023-06" },
      { start: sample.timexes[7].start, end: sample.timexes[7].end, value: "2024-07-11" },
      { start: 0, end: 5, value: "2024" },
    ];
    const counts = scoreDocument(sample, predicted);
    expect(counts).toMatchObject({ gold: 7, predicted: 3, found: 2, valueRight: 1 });
    expect(summarize([counts])).toMatchObject({ precision: 2 / 3, recall: 2 / 7, valueAccuracy: 0.5 });
  });

  it("scores newsx's own dates on the sample folder against the creation time", async () => {
    const [doc] = await scoreFolder(SAMPLE_DIR);
    // Wednesday, Thursday, June, May 2022, 1949 and this week resolve right, and "now" is TimeML's PRESENT_REF.
    expect(doc).toMatchObject({ gold: 7, found: 7, valueRight: 7 });
    expect(doc.misses).toEqual([]);
  });
});
