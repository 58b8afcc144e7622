// Span finder: quoted passages in double marks (straight, curly, ``…'' and ''…'' wire copy), then
// in single marks outside them. A quote that runs on over paragraphs (each new paragraph opens
// again, only the last one closes) gives one span per paragraph, marked as continuing the one
// before, so that every span's offsets slice exactly to its text.

export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
  /** The paragraph before holds the first part of this quotation. */
  continues: boolean;
}

/**
 * Marks that can only open, marks that can only close; a straight mark and two apostrophes (the
 * New York Times' ''…'') do either, by where they stand: an opening one before a word, after a
 * space or the line start; a closing one after a word.
 */
const OPENING = new Set(["“", "``"]);
const CLOSING = new Set(["”"]);
// Wire copy sets one sentence a line and may leave an opening mark at a line's end: it opens the next.
const canOpen = (text: string, at: number, length: number) =>
  /\S|\n/.test(text.charAt(at + length)) && (at === 0 || /[\s(\[—–-]/.test(text.charAt(at - 1)));
// `… 'a flight to quality,' " he said`: a space may part the closing mark from an inner quote's close.
const canClose = (text: string, at: number) =>
  at > 0 && (/\S/.test(text.charAt(at - 1)) || (/['’]/.test(text.charAt(at - 2)) && text.charAt(at - 1) === " " && !/\S/.test(text.charAt(at + 1))));
const DOUBLE_MARK = /``|''|["“”]/g;

/**
 * 'We will win,' he said / ‘bribery’: an opening single mark after a space or the line start and
 * before a letter, closed by one after a non-space and before a space or punctuation, so that
 * "don't" and "Korea’s" never open or close a quote. Bounded to one line of 400 characters.
 */
const SINGLE = /(?<=^|[\s(\[—–])['‘](?=[\p{L}\d])([^\n]{0,400}?\S)['’](?=$|[\s.,;:!?)\]—–])/gmu;

/** An unclosed quote at a paragraph's end counts when it is this long: a closing mark was lost. */
const MIN_UNCLOSED_WORDS = 5;

export function findQuoteSpans(text: string): QuoteSpan[] {
  const double = doubleQuoteSpans(text);
  const single = singleQuoteSpans(text).filter((s) => !double.some((d) => s.start < d.end && d.start < s.end));
  return [...double, ...single].sort((a, b) => a.start - b.start);
}

/** The span between two offsets with its white space trimmed off, or null when nothing is in it. */
function trimmed(text: string, start: number, end: number, continues: boolean): QuoteSpan | null {
  const inner = text.slice(start, end);
  const lead = inner.length - inner.trimStart().length;
  const body = inner.trim();
  if (!/[\p{L}\p{N}]/u.test(body)) return null;
  return { start: start + lead, end: start + lead + body.length, text: body, continues };
}

function singleQuoteSpans(text: string): QuoteSpan[] {
  return [...text.matchAll(SINGLE)].flatMap((m) => trimmed(text, m.index + 1, m.index + 1 + m[1]!.length, false) ?? []);
}

function doubleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // The paragraph break after the opening mark is looked up once per opening: linear on any input.
  let open: { at: number; length: number; continues: boolean; breakAt: number } | null = null;
  const opening = (at: number, length: number, continues: boolean) => {
    const breakAt = text.indexOf("\n\n", at + length);
    return { at, length, continues, breakAt: breakAt < 0 ? text.length : breakAt };
  };
  const push = (end: number, wholeOnly: boolean) => {
    const span = open && trimmed(text, open.at + open.length, end, open.continues);
    if (span && (!wholeOnly || span.text.split(/\s+/).length >= MIN_UNCLOSED_WORDS)) spans.push(span);
  };
  for (const m of text.matchAll(DOUBLE_MARK)) {
    const mark = m[0];
    if (open) {
      const breakAt: number = open.breakAt;
      if (breakAt < m.index) {
        // The paragraph ended with the quote open. When the next paragraph opens with a mark, the
        // quote runs on; when a closing mark stands inside the next paragraph, wire copy ran the
        // quote over lines and opened it only once; else a closing mark was lost.
        const nextParagraph = text.lastIndexOf("\n\n", m.index) === breakAt;
        const opensParagraph = nextParagraph && /^\s*$/.test(text.slice(breakAt, m.index));
        const runsOn = opensParagraph && !CLOSING.has(mark);
        const closesInNext = nextParagraph && !opensParagraph && !OPENING.has(mark) && (CLOSING.has(mark) || canClose(text, m.index)) && !canOpen(text, m.index, mark.length);
        push(breakAt, !runsOn && !closesInNext);
        if (runsOn) open = opening(m.index, mark.length, true);
        else if (closesInNext) {
          open = opening(breakAt, 2, true);
          push(m.index, false);
          open = null;
        } else open = OPENING.has(mark) || (!CLOSING.has(mark) && canOpen(text, m.index, mark.length)) ? opening(m.index, mark.length, false) : null;
        continue;
      }
      if (!OPENING.has(mark) && (CLOSING.has(mark) || canClose(text, m.index))) {
        push(m.index, false);
        open = null;
        continue;
      }
    }
    if (OPENING.has(mark) || (!CLOSING.has(mark) && canOpen(text, m.index, mark.length))) open = opening(m.index, mark.length, false);
  }
  if (open) push(open.breakAt, true);
  return spans;
}
