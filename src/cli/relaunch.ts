// Batch extraction runs with V8's garbage collector on the JavaScript threads only
// (--single-threaded-gc): on a machine with few cores the collector's helper threads compete with
// the worker threads and cost about a third of the throughput (npm run bench). V8 flags are per
// process and must be given at start, so a batch run starts node once more with the flag. One
// article (a file or standard input) gains nothing from it and starts directly.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";

const FLAG = "--single-threaded-gc";

/** Whether this run is a batch (a folder, several files, JSONL) that node is not yet running with the flag. */
export async function shouldRelaunch(paths: string[], input: string): Promise<boolean> {
  if (process.execArgv.includes(FLAG)) return false;
  if (input === "jsonl" || paths.length > 1) return true;
  if (paths.length === 0 || paths[0] === "-") return false;
  return (await stat(paths[0]!).catch(() => null))?.isDirectory() ?? false;
}

/** Runs this same command again under the flag; resolves with its exit code. */
export function relaunch(): Promise<number> {
  const child = spawn(process.execPath, [FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  // The extractor treats two that arrive together as one.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, forward);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" ? 130 : 1))));
}
