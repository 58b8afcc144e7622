// What goes to a terminal is shown, never obeyed: text from the input may hold control
// characters (ESC sequences that set the window title, clear the screen or hide text; C1
// controls; bidirectional overrides that reorder what is shown). They are written as visible
// escapes in the readable views and in messages on stderr; JSON output keeps them, escaped by JSON.

const CONTROL = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/g;

/** The text with every control character but the line break shown as \xNN or \u{NNNN}. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}

/** A file name on one line: its line breaks shown as \x0a too, so a name cannot forge a line of output. */
export function terminalName(name: string): string {
  return terminalText(name).replace(/\n/g, "\\x0a");
}

/** A value with every string in it made terminal-safe, for the readable views. */
export function terminalSafe<T>(value: T): T {
  if (typeof value === "string") return terminalText(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  return value;
}

/** One line on stderr, terminal-safe. */
export function say(message: string): void {
  process.stderr.write(terminalText(message) + "\n");
}
