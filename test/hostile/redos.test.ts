// Every regular expression written in src/ is checked for catastrophic backtracking with recheck,
// a ReDoS checker that searches for attack strings, so one odd article cannot stall a batch run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { MEETING_PATTERNS } from "../../src/extract/meetings/triggers.js";
import { ROOT } from "../helpers.js";

/** Regex literals in a TypeScript source: a slash where an expression starts, up to its closing slash and flags. */
function regexLiterals(source: string): { pattern: string; flags: string }[] {
  const found: { pattern: string; flags: string }[] = [];
  const literal = /(?<=[=(,:[!&|?{};]\s*|\breturn\s+|^\s*)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([dgimsuy]*)/gm;
  for (const m of source.matchAll(literal)) {
    try {
      new RegExp(m[1]!, m[2]);
      found.push({ pattern: m[1]!, flags: m[2]! });
    } catch {
      // not a regex (a division or a comment that looked like one)
    }
  }
  return found;
}

const sources = readdirSync(path.join(ROOT, "src"), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith(".ts"));
const literals = sources.flatMap((file) => regexLiterals(readFileSync(path.join(ROOT, "src", file), "utf8")).map((r) => ({ file, ...r })));
const built = MEETING_PATTERNS.map((re) => ({ file: "extract/meetings/triggers.ts", pattern: re.source, flags: re.flags }));

/**
 * Patterns recheck finds polynomial (quadratic on a crafted string) that only ever see a bounded
 * input, with the bound. Exponential patterns are never allowed; a new polynomial one fails the
 * test until it is made linear or its input is bounded and listed here. The linearity table of
 * `npm run bench` measures the pathological shapes end to end.
 */
const BOUNDED = new Map<string, string>([
  ["^(.{10,}?)\\s+[-|–—:]\\s+[^-|–—]{2,60}$", "the headline line only"],
  ["\\[[^\\]\\n]{0,200}\\]|\\([^)@\\n]{0,200}@[^)\\n]{0,200}\\)|(?<!\\S)[^\\s@]+@\\S+", "a byline candidate line"],
  ["\\s*(?:,|\\band\\b|&)\\s*", "splits an author list found in a byline"],
  ["\\b(Posted|Published|Updated|POSTED|PUBLISHED|UPDATED|[Ss]taff|[Rr]eporter|[Ww]riter|[Cc]orrespondent)\\b.*$", "one author name of a byline"],
  ["[.'’]+$", "one word of a name"],
  ["^([\\p{Lu}][\\p{Lu} .'’-]{1,40}?)(?:,\\s*[\\p{Lu}][\\p{L} .]{1,30})?\\s+(\\d{4})-(\\d{2})-(\\d{2})$", "anchored at a line's start, prefix capped at 40"],
  ["[\\s,]*(?:\\b(?:to|until|till|through|and)\\b|[-–])\\s*", "the text of one date range"],
  ["([a-z]+)\\s+$", "a 20-character window before a name"],
  ["(?:\\b(?:his|her)|(\\p{Lu}[\\p{L}-]+)['’]s) (?:wife|husband|son|daughter|brother|sister|mother|father|widow|widower),? $", "a 60-character window before a given name"],
  ["\\s*[-–—]\\s*[^-–—]{1,30}$", "the text of one date chrono found"],
  ["\\b(?:spoke|speaks|talked|talks)\\s+(?:to|with)\\b(?=[^.;]{0,80}?\\b(?:by|on the|over the)\\s+(?:tele)?phone\\b)", "one sentence; the lookahead is capped at 80 characters"],
  ["[\"“`'‘\\s]+$", "a 60-character window before a quote"],
  ["(\\p{L}+\\.?)\\s+$", "a 12-character window before a mention"],
  ["\\s+(?:>|›|»|\\/|\\|)\\s+", "a breadcrumb candidate line"],
  ["[\\s,.;:]+$", "the text of one date"],
  ["(?<=^|[\\s(\\[—–])['‘](?=[\\p{L}\\d])([^\\n]{0,400}?\\S)['’](?=$|[\\s.,;:!?)\\]—–])", "quoted span capped at 400 characters of one line"],
  ["according to ((?:the |a )?[\\p{L}\\d'’. -]{2,80}?),?\\s*$", "the paragraph before a quote, span capped at 80"],
  ["\\s+(?:on|this|last)\\s+\\p{L}+$|\\s+(?:today|yesterday)$", "a speaker phrase of at most 120 characters"],
  ["\\s+(?:from|of|at|in|on|with)\\s+", "a speaker phrase of at most 120 characters"],
  ["^(.{2,120}?)\\s+(?:also\\s+)?(\\p{L}+)\\s*$", "the reporter's clause before a quote, anchored, 120 characters"],
  ["\\b(?:the |a )?((?:[A-Z][\\w-]* )*(statement|declaration|communique|communiqué|article|treaty|report|letter|resolution))\\b", "a 600-character window before a quote"],
]);

describe("regular expressions are safe from catastrophic backtracking", () => {
  it("finds the patterns it checks", () => {
    expect(literals.length).toBeGreaterThan(100);
  });
  it("recheck finds no vulnerable pattern", () => {
    const vulnerable = [...literals, ...built]
      .map((r) => ({ ...r, diagnostics: checkSync(r.pattern, r.flags.replace(/[gy]/g, ""), { timeout: 10_000 }) }))
      .flatMap((r) => (r.diagnostics.status === "vulnerable" ? [{ ...r, complexity: r.diagnostics.complexity.type }] : []))
      .filter((r) => r.complexity === "exponential" || !BOUNDED.has(r.pattern))
      .map((r) => `${r.file}: /${r.pattern}/ ${r.complexity}`);
    expect(vulnerable).toEqual([]);
  }, 300_000);
});
