// Finding inputs and reading them. Every problem becomes a typed failure carried to the output
// as an error record, so one bad file never stops the others.
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import path from "node:path";
import type { ErrorCodeName } from "../schema/record.js";
import type { InputEncoding } from "./encodings.js";

export interface InputFile {
  kind: "file";
  /** The name shown in records and messages: bytes that are not UTF-8 written as \xNN. */
  path: string;
  /** The byte-exact name, when it is not valid UTF-8 and `path` only shows it. */
  bytes?: Buffer;
}
export interface InputFailure {
  kind: "failure";
  path: string;
  code: ErrorCodeName;
  message: string;
}
export interface InputWarning {
  kind: "warning";
  message: string;
}
export interface InputStdin {
  kind: "stdin";
}
export type Input = InputFile | InputFailure | InputWarning | InputStdin;

export interface DiscoverOptions {
  /** File endings to take from folders, without the dot. */
  extensions: string[];
}

type FsPath = string | Buffer;

/**
 * Walks the given paths in order; folders are walked recursively and sorted so output order is
 * stable. "-" is standard input wherever it stands. In folders, only regular files are read (a
 * FIFO would block the reader for ever), and hidden entries and node_modules are skipped, with a
 * count on stderr.
 */
export async function* discoverInputs(paths: string[], options: DiscoverOptions): AsyncGenerator<Input> {
  for (const p of paths) {
    if (p === "-") {
      yield { kind: "stdin" };
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      yield failureFor(p, err);
      continue;
    }
    if (!stat.isDirectory()) {
      yield { kind: "file", path: p };
      continue;
    }
    let found = 0;
    const skipped = { count: 0 };
    for await (const input of walk(p, options, new Set(), skipped)) {
      if (input.kind !== "warning") found++;
      yield input;
    }
    if (skipped.count) yield { kind: "warning", message: `${p}: skipped ${skipped.count} hidden ${skipped.count === 1 ? "entry" : "entries"} (names starting with ".") and node_modules folders` };
    if (found === 0) yield { kind: "warning", message: `${p}: no .${options.extensions.join("/.")} files in this folder` };
  }
}

async function* walk(dir: FsPath, options: DiscoverOptions, ancestors: Set<string>, skipped: { count: number }): AsyncGenerator<Input> {
  const shown = showPath(dir);
  let real: string;
  try {
    real = String(await fs.realpath(dir));
  } catch (err) {
    yield failureFor(shown, err);
    return;
  }
  if (ancestors.has(real)) {
    yield { kind: "failure", path: shown, code: "symlink_loop", message: "symbolic link loop: this folder contains itself" };
    return;
  }
  let names: Buffer[];
  try {
    names = await fs.readdir(dir, { encoding: "buffer" });
  } catch (err) {
    yield failureFor(shown, err);
    return;
  }
  const inside = new Set(ancestors).add(real);
  for (const name of names.sort(Buffer.compare)) {
    const text = name.toString("utf8");
    if (text.startsWith(".") || text === "node_modules") {
      skipped.count++;
      continue;
    }
    const full = joinPath(dir, name);
    const fullShown = showPath(full);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (err) {
      // A dangling link or a link loop at file level (ELOOP).
      if (hasExtension(text, options)) yield failureFor(fullShown, err);
      continue;
    }
    if (stat.isDirectory()) yield* walk(full, options, inside, skipped);
    else if (!hasExtension(text, options)) continue;
    else if (!stat.isFile()) yield { kind: "failure", path: fullShown, code: "unreadable", message: "not a regular file (a FIFO, socket or device): only regular files are read from folders" };
    else yield typeof full === "string" ? { kind: "file", path: full } : { kind: "file", path: fullShown, bytes: full };
  }
}

/** A folder's entry: a string while every name on the way is UTF-8, else the exact bytes. */
function joinPath(dir: FsPath, name: Buffer): FsPath {
  if (typeof dir === "string" && isUtf8(name)) return path.join(dir, name.toString("utf8"));
  return Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), name]);
}

/** A path as it is shown: UTF-8 as it is, any other byte as \xNN. */
export function showPath(p: FsPath): string {
  if (typeof p === "string") return p;
  let out = "";
  for (let i = 0; i < p.length; ) {
    const length = utf8SequenceAt(p, i);
    out += length ? p.subarray(i, i + length).toString("utf8") : `\\x${p[i]!.toString(16).toUpperCase().padStart(2, "0")}`;
    i += length || 1;
  }
  return out;
}

/** The length of the valid UTF-8 sequence that starts at `i`, or 0. */
function utf8SequenceAt(bytes: Buffer, i: number): number {
  const lead = bytes[i]!;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
  return length && isUtf8(bytes.subarray(i, i + length)) ? length : 0;
}

const hasExtension = (name: string, options: DiscoverOptions) =>
  options.extensions.some((ext) => name.toLowerCase().endsWith("." + ext.toLowerCase()));

function failureFor(p: string, err: unknown): InputFailure {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return { kind: "failure", path: p, code: "not_found", message: "no such file or folder" };
  if (code === "ELOOP") return { kind: "failure", path: p, code: "symlink_loop", message: "symbolic link loop" };
  if (code === "EACCES" || code === "EPERM")
    return { kind: "failure", path: p, code: "unreadable", message: "permission denied" };
  return { kind: "failure", path: p, code: "unreadable", message: (err as Error).message };
}

export class InputError extends Error {
  constructor(
    readonly code: ErrorCodeName,
    message: string,
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  warnings: string[];
}

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  encoding: InputEncoding;
}

/**
 * Reads one input file within the size limit and decodes it (see decodeBytes). Synchronous on
 * purpose: it runs in a worker thread that has nothing else to do meanwhile, and each asynchronous
 * step was a round trip through libuv's thread pool that left the worker idle for 7% of a run of
 * short articles.
 */
export function readInput(p: FsPath, { maxBytes, encoding }: ReadOptions): Decoded {
  let fd;
  try {
    // Non-blocking, so a FIFO with no writer cannot hold the worker in open() for ever: a thread
    // stuck in a system call cannot be stopped, and process exit waits for it.
    fd = openSync(p, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const failure = failureFor(showPath(p), err);
    throw new InputError(failure.code, failure.message);
  }
  try {
    const { size } = fstatSync(fd);
    const tooLarge = () => new InputError("too_large", `file is over the limit of ${maxBytes} bytes (--max-bytes)`);
    if (size > maxBytes) throw tooLarge();
    // A device or a pipe states no size (/dev/zero never ends): read one byte past the limit at most.
    const bytes = readAtMost(fd, maxBytes + 1, size);
    if (bytes.length > maxBytes) throw tooLarge();
    return decodeBytes(bytes, encoding);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError("unreadable", (err as Error).message);
  } finally {
    closeSync(fd);
  }
}

function readAtMost(fd: number, limit: number, sizeHint: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(sizeHint + 1, 65_536)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) break;
      const bigger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSomeSync(fd, buffer, length);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** readSync on a non-blocking descriptor: a pipe with nothing to read yet is waited for, 10 ms at a time (the document's budget bounds it). */
function readSomeSync(fd: number, buffer: Buffer, at: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, at, buffer.length - at, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

/**
 * Text from bytes in the given encoding (a UTF-8 BOM is dropped). Bytes that are not valid UTF-8
 * are an error, not a guess: a corrupt file and a Latin-1 one look alike, and only the user knows
 * which archive is in Windows-1252. Empty and binary data are errors too.
 */
export function decodeBytes(bytes: Uint8Array, encoding: InputEncoding): Decoded {
  if (bytes.length === 0) throw new InputError("empty", "file is empty");
  if (looksUtf16(bytes)) throw new InputError("encoding", "looks like UTF-16 text; newsx reads UTF-8: convert it first, e.g. iconv -f UTF-16 -t UTF-8 FILE");
  if (looksBinary(bytes)) throw new InputError("binary", "file is binary, not text");
  // A UTF-8 byte-order mark says what the file is, whatever --encoding says.
  const marked = encoding !== "utf-8" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const guessed = encoding === "auto" && !marked && !isUtf8(bytes);
  const text = (encoding === "windows-1252" && !marked) || guessed ? windows1252.decode(bytes) : decodeUtf8(bytes);
  if (!text.trim()) throw new InputError("empty", "file has only white space");
  const warnings = guessed ? ["not valid UTF-8: read as Windows-1252 (--encoding auto)"] : marked && encoding === "windows-1252" ? ["starts with a UTF-8 byte-order mark: read as UTF-8, not Windows-1252"] : [];
  return { text, warnings };
}

/** A UTF-16 byte-order mark, or ASCII text with a NUL byte beside every character. */
function looksUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 1024);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddNul++ : evenNul++;
  const pairs = sample.length / 2;
  return pairs >= 4 && Math.max(evenNul, oddNul) > pairs * 0.9 && Math.min(evenNul, oddNul) < pairs * 0.1;
}

/** One line of JSON Lines input, decoded by the same rules as a file. */
export function decodeLine(bytes: Buffer, encoding: InputEncoding): Decoded {
  if (encoding === "windows-1252") return { text: windows1252.decode(bytes), warnings: [] };
  if (isUtf8(bytes)) return { text: bytes.toString("utf8"), warnings: [] };
  if (encoding === "auto") return { text: windows1252.decode(bytes), warnings: ["not valid UTF-8: read as Windows-1252 (--encoding auto)"] };
  throw new InputError("encoding", "line is not valid UTF-8; for Windows-1252 or Latin-1 text use --encoding windows-1252, for a mix --encoding auto");
}

export const withoutBom = (bytes: Buffer) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);

/**
 * The lines of a stream as bytes, numbered from 1, without their line ends. A line longer than
 * `maxBytes` is not held: it comes as null, and what it held is skipped to its end.
 */
export async function* byteLines(stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<{ n: number; bytes: Buffer | null }> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let n = 0;
  const line = () => {
    const bytes = tooLong ? null : Buffer.concat(parts, length);
    parts = [];
    length = 0;
    tooLong = false;
    return { n: ++n, bytes: bytes && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes };
  };
  for await (const chunk of stream) {
    let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    for (let end = buf.indexOf(0x0a); ; end = buf.indexOf(0x0a)) {
      const piece = end < 0 ? buf : buf.subarray(0, end);
      if (!tooLong) {
        length += piece.length;
        if (length > maxBytes) tooLong = true;
        else parts.push(piece);
      }
      if (end < 0) break;
      yield line();
      buf = buf.subarray(end + 1);
    }
  }
  if (length || tooLong) yield line();
}

const windows1252 = new TextDecoder("windows-1252");
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    const before = new TextDecoder("utf-8").decode(bytes).split("\uFFFD", 1)[0]!;
    const line = before.split("\n").length;
    throw new InputError("encoding", `not valid UTF-8 (line ${line}); for Windows-1252 or Latin-1 text use --encoding windows-1252, for a mix --encoding auto`);
  }
}

/** NUL bytes, or many control characters in the first 8 KB, mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > sample.length * 0.1;
}

export async function readStdin(stream: NodeJS.ReadableStream, { maxBytes, encoding }: ReadOptions): Promise<Decoded> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buf.length;
    if (size > maxBytes) throw new InputError("too_large", `standard input is over the limit of ${maxBytes} bytes (--max-bytes)`);
    chunks.push(buf);
  }
  return decodeBytes(Buffer.concat(chunks), encoding);
}
