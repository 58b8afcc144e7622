// Batch extraction runs with V8's garbage collector on the JavaScript threads only
// (--single-threaded-gc): on a machine with few cores the collector's helper threads compete with
// the worker threads and cost about a third of the throughput (npm run bench). V8 flags are per
// process and must be given at start, so a batch run on several workers starts node once more with
// the flag. One worker, or one article, leaves the helper threads a free core and starts directly.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";

const FLAG = "--single-threaded-gc";
/**
 * The main thread only holds the records in flight, but with V8's default limit (sized from the
 * machine's memory) it let the garbage of every written record pile up: peak memory grew with the
 * number of files. 128 MB keeps it flat (BBC corpus three times over: 214 -> 246 MB, was 217 -> 372 MB ten times over).
 */
const MAIN_HEAP = "--max-old-space-size=128";

/** Whether this run is a batch (a folder, several files, JSONL) on several workers that node is not yet running with the flag. */
export async function shouldRelaunch(paths: string[], input: string, jobs: number): Promise<boolean> {
  if (process.execArgv.includes(FLAG) || jobs < 2) return false;
  if (input === "jsonl" || paths.length > 1) return true;
  if (paths.length === 0 || paths[0] === "-") return false;
  return (await stat(paths[0]!).catch(() => null))?.isDirectory() ?? false;
}

/** Runs this same command again under the flag; resolves with its exit code. */
export function relaunch(): Promise<number> {
  const child = spawn(process.execPath, [FLAG, MAIN_HEAP, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
  // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on.
  // The extractor treats two that arrive together as one.
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, forward);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal === "SIGINT" ? 130 : 1))));
}
