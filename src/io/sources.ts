// Finding inputs and reading them. Every problem becomes a typed failure carried to the output
// as an error record, so one bad file never stops the others.
import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import path from "node:path";
import type { ErrorCodeName } from "../schema/record.js";
import type { InputEncoding } from "./encodings.js";

export interface InputFile {
  kind: "file";
  path: string;
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
export type Input = InputFile | InputFailure | InputWarning;

export interface DiscoverOptions {
  /** File endings to take from folders, without the dot. */
  extensions: string[];
}

/** Walks the given paths in order; folders are walked recursively and sorted so output order is stable. */
export async function* discoverInputs(paths: string[], options: DiscoverOptions): AsyncGenerator<Input> {
  for (const p of paths) {
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
    for await (const input of walk(p, options, new Set())) {
      if (input.kind !== "warning") found++;
      yield input;
    }
    if (found === 0) yield { kind: "warning", message: `${p}: no .${options.extensions.join("/.")} files in this folder` };
  }
}

async function* walk(dir: string, options: DiscoverOptions, ancestors: Set<string>): AsyncGenerator<Input> {
  let real: string;
  try {
    real = await fs.realpath(dir);
  } catch (err) {
    yield failureFor(dir, err);
    return;
  }
  if (ancestors.has(real)) {
    yield { kind: "failure", path: dir, code: "symlink_loop", message: "symbolic link loop: this folder contains itself" };
    return;
  }
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield failureFor(dir, err);
    return;
  }
  const inside = new Set(ancestors).add(real);
  const names = entries.map((e) => e.name).filter((n) => !n.startsWith(".") && n !== "node_modules");
  for (const name of names.sort()) {
    const full = path.join(dir, name);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (err) {
      // A dangling link or a link loop at file level (ELOOP).
      if (hasExtension(name, options)) yield failureFor(full, err);
      continue;
    }
    if (stat.isDirectory()) yield* walk(full, options, inside);
    else if (hasExtension(name, options)) yield { kind: "file", path: full };
  }
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
export function readInput(p: string, { maxBytes, encoding }: ReadOptions): Decoded {
  let fd;
  try {
    fd = openSync(p, "r");
  } catch (err) {
    const failure = failureFor(p, err);
    throw new InputError(failure.code, failure.message);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) throw new InputError("too_large", `file is ${size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
    return decodeBytes(readFileSync(fd), encoding);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError("unreadable", (err as Error).message);
  } finally {
    closeSync(fd);
  }
}

/**
 * Text from bytes in the given encoding (a UTF-8 BOM is dropped). Bytes that are not valid UTF-8
 * are an error, not a guess: a corrupt file and a Latin-1 one look alike, and only the user knows
 * which archive is in Windows-1252. Empty and binary data are errors too.
 */
export function decodeBytes(bytes: Uint8Array, encoding: InputEncoding): Decoded {
  if (bytes.length === 0) throw new InputError("empty", "file is empty");
  if (looksBinary(bytes)) throw new InputError("binary", "file is binary, not text");
  const guessed = encoding === "auto" && !isUtf8(bytes);
  const text = encoding === "windows-1252" || guessed ? windows1252.decode(bytes) : decodeUtf8(bytes);
  if (!text.trim()) throw new InputError("empty", "file has only white space");
  return { text, warnings: guessed ? ["not valid UTF-8: read as Windows-1252 (--encoding auto)"] : [] };
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
