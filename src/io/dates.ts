// A calendar date as the command line and JSONL input take it: YYYY-MM-DD, a day that exists.
// No imports: main.ts reads it at start-up.

/** Whether a string is a real calendar day written YYYY-MM-DD ("2005-13-45" and "March 3, 2005" are not). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  return !!date && date.toISOString().slice(0, 10) === value;
}
