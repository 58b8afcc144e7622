// The baseline: a bare compromise parse of every file in the folders given, one thread,
// files read one at a time. Prints {documents, bytes}.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";

let documents = 0;
let bytes = 0;
for (const dir of process.argv.slice(2)) {
  for (const name of readdirSync(dir, { recursive: true }).sort()) {
    if (!String(name).endsWith(".txt")) continue;
    const text = readFileSync(join(dir, String(name)), "utf8");
    nlp(text);
    documents++;
    bytes += Buffer.byteLength(text);
  }
}
console.log(JSON.stringify({ documents, bytes }));
