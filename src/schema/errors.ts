// Error records, in a module of their own so the main thread can write them without loading
// the NLP stack that the pipeline needs.
import type { ErrorCodeName, ErrorRecord, OutputRecord } from "./record.js";

export function errorRecord(source: string, code: ErrorCodeName, message: string, id?: string): ErrorRecord {
  return { source, ...(id === undefined ? {} : { id }), error: { code, message } };
}

export function isErrorRecord(record: OutputRecord): record is ErrorRecord {
  return "error" in record;
}
