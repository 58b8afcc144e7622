// The person key: one spelling of a person's name that is the same in every record, so records
// can be joined across files. The name is already without titles; folding to ASCII (any-ascii
// transliterates every script, where NFD only strips Latin accents and leaves "ø" or "ł") makes
// "José Manuel Barroso" and "Jose Manuel Barroso" one key.
import anyAscii from "any-ascii";

/** "Angela Merkel" → "angela-merkel"; "Mary O'Brien-Smith Jr." → "mary-obrien-smith-jr". */
export function personKey(name: string): string {
  const key = anyAscii(name)
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  // A name of symbols only any-ascii has no letters for still needs a key: its code points.
  return key || [...name].map((c) => c.codePointAt(0)!.toString(16)).join("-");
}
