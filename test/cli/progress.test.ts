// The progress bar and the records share one terminal: a record must start on a clean line.
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/run/progress.js";

/** One terminal: what stderr and stdout write, in order. */
function terminal() {
  const screen: string[] = [];
  return { screen, stream: { write: (s: string) => screen.push(s) } as unknown as NodeJS.WriteStream };
}

describe("progress bar", () => {
  it("clears its line before a record is written to the same terminal", () => {
    const { screen, stream } = terminal();
    const progress = createProgress(stream, true);
    progress.setTotal(3);
    expect(screen.at(-1)).toMatch(/0\/3 files/);
    progress.beforeOutput();
    screen.push("●  article.txt\n"); // the record, on stdout
    expect(screen.at(-2)).toBe("\r\x1b[2K");
    progress.tick(false);
    progress.done();
    expect(screen.join("")).toContain("\r\x1b[2K●  article.txt\n");
  });
});
