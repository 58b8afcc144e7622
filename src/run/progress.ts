// A one-line progress bar on stderr: files done/total, rate, time left, errors so far.
// Drawn at most ten times a second, cleared before any other message and at the end.
import { terminalText } from "../cli/terminal.js";

export interface Progress {
  setTotal(total: number): void;
  tick(failed: boolean): void;
  /** Writes a message line without tearing the bar. */
  log(message: string): void;
  /** Clears the bar before a record goes to the same terminal, so the record starts on a clean line. */
  beforeOutput(): void;
  done(): void;
}

const WIDTH = 24;

export function createProgress(out: NodeJS.WriteStream, enabled: boolean): Progress {
  const started = Date.now();
  let total: number | null = null;
  let done = 0;
  let errors = 0;
  let drawnAt = 0;
  let drawn = false;
  const clear = () => {
    if (drawn) out.write("\r\x1b[2K");
    drawn = false;
  };
  const draw = (force = false) => {
    if (!enabled || (!force && Date.now() - drawnAt < 100)) return;
    drawnAt = Date.now();
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = done / seconds;
    const bar = total ? "█".repeat(Math.round((WIDTH * done) / total)).padEnd(WIDTH, "░") : "";
    const eta = total && rate > 0 ? ` · ETA ${clock((total - done) / rate)}` : "";
    const count = total === null ? `${done} files` : `${done}/${total} files`;
    out.write(`\r\x1b[2K${bar} ${count} · ${rate.toFixed(1)}/s${eta} · ${errors} error${errors === 1 ? "" : "s"}`);
    drawn = true;
  };
  return {
    setTotal: (n) => {
      total = n;
      draw(true);
    },
    tick: (failed) => {
      done++;
      if (failed) errors++;
      draw();
    },
    log: (message) => {
      clear();
      out.write(terminalText(message.replace(/\n$/, "")) + "\n");
      draw(true);
    },
    beforeOutput: clear,
    // The final count is drawn once, unthrottled, before the bar goes away.
    done: () => {
      draw(true);
      clear();
    },
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
