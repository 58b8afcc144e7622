// Vocabulary of the date parsers.

export const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };
export const QUARTERS = ["first", "second", "third", "fourth"];
export const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
