// Offsets as the record's reader counts them. Inside newsx every offset is a JavaScript string
// index (UTF-16 code units); Python, jq, spaCy and most other consumers count code points, and
// the two part after the first character outside the Basic Multilingual Plane (an emoji, a rare
// CJK character). By default the record's offsets are converted to code points; --offsets utf16
// keeps the JavaScript ones.
import type { Extraction } from "./index.js";

export type OffsetUnit = "codepoint" | "utf16";

/** A converter from UTF-16 indices of `text` to code-point indices; the identity when they agree. */
function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const index = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    index[i] = points;
    // The second half of a surrogate pair is not a character of its own.
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) points++;
    else index[i] = points - 1;
  }
  index[text.length] = points;
  return (i) => index[i]!;
}

/** The extraction with every start and end in the unit asked for. */
export function inUnit(extraction: Extraction, text: string, unit: OffsetUnit): Extraction {
  if (unit === "utf16") return extraction;
  const at = codePointIndex(text);
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  return {
    people: extraction.people.map((p) => ({ ...p, mentions: p.mentions.map(span) })),
    organizations: extraction.organizations.map((o) => ({ ...o, mentions: o.mentions.map(span) })),
    countries: extraction.countries.map((c) => ({ ...c, mentions: c.mentions.map(span) })),
    dates: extraction.dates.map(span),
    quotes: extraction.quotes.map(span),
    meetings: extraction.meetings.map((m) => ({ ...m, evidence: span(m.evidence) })),
  };
}
