// The text encodings input files may be in, kept apart from the readers so that the command line
// can offer them without loading anything at start-up. Anything else can be converted with iconv.

/** "auto" is for archives that mix the two: UTF-8 where the bytes are valid UTF-8, else Windows-1252. */
export const ENCODINGS = ["utf-8", "windows-1252", "auto"] as const;
export type InputEncoding = (typeof ENCODINGS)[number];
