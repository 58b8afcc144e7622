// Output files written whole or not at all. Each file is written under a temporary name in the
// target's own folder (so the rename cannot cross file systems) and renamed over the target only
// when every byte is on disk. A run stopped by a signal, a full disk or a crash leaves the old file
// (or none), never a cut one. Targets that are not regular files (a FIFO, /dev/stdout, a device)
// are written in place: renaming over them would replace the device with a file.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from "node:fs";
import path from "node:path";

/** Temporary files not yet renamed, removed by `discardPending` on any way out of the process. */
const pending = new Set<string>();

export interface StagedFile {
  /** The stream to write to; `commit` ends it. */
  readonly stream: WriteStream;
  /** Where the bytes go now (the temporary name, or the target written in place). */
  readonly staging: string;
  readonly target: string;
  /** The first write error (ENOSPC), kept so that a later write or `finish` reports it. */
  error?: Error;
}

/** Opens a temporary file beside `target`; resolves once it is open (or rejects, e.g. EACCES). */
export async function stage(target: string): Promise<StagedFile> {
  const existing = statSync(target, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new Error("it is a folder");
  const inPlace = existing !== undefined && !existing.isFile();
  const staging = inPlace ? target : path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.newsx-tmp`);
  if (!inPlace) pending.add(staging);
  const stream = createWriteStream(staging, { flags: inPlace ? "w" : "wx" });
  const file: StagedFile = { stream, staging, target };
  stream.on("error", (err) => (file.error ??= err));
  await once(stream, "open");
  return file;
}

/** Ends the stream and waits until its bytes are written; rejects on a write error (ENOSPC). */
export async function finish(file: StagedFile): Promise<void> {
  if (file.error) throw file.error;
  file.stream.end();
  await finished(file.stream);
}

/** Writes a chunk, waiting while the stream's buffer is full; rejects with the first write error. */
export async function write(file: StagedFile, chunk: string): Promise<void> {
  if (file.error) throw file.error;
  if (!file.stream.write(chunk)) await once(file.stream, "drain");
}

/**
 * Renames finished files over their targets, all in one synchronous step: a signal handler runs
 * only between steps of the event loop, so a group of tables is replaced together.
 */
export function commit(files: StagedFile[]): void {
  for (const file of files) {
    if (file.staging === file.target) continue;
    renameSync(file.staging, file.target);
    pending.delete(file.staging);
  }
}

/** Removes every temporary file not yet committed; safe to call from a signal handler or twice. */
export function discardPending(): void {
  for (const staging of pending) rmSync(staging, { force: true });
  pending.clear();
}
