// The baseline: a bare compromise parse of every file in the folders given, one thread,
// files read one at a time. Prints {documents, bytes}.
//
//   node bench/bare.mjs <folder>... [--shard K/N]   --shard: only every Nth file from the Kth,
//                                                   so N processes side by side share a corpus
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";

const args = process.argv.slice(2);
const shardAt = args.indexOf("--shard");
const [shard, shards] = shardAt < 0 ? [0, 1] : args.splice(shardAt, 2)[1].split("/").map(Number);

let documents = 0;
let bytes = 0;
let seen = 0;
for (const dir of args) {
  for (const name of readdirSync(dir, { recursive: true }).sort()) {
    if (!String(name).endsWith(".txt") || seen++ % shards !== shard) continue;
    const text = readFileSync(join(dir, String(name)), "utf8");
    nlp(text);
    documents++;
    bytes += Buffer.byteLength(text);
  }
}
console.log(JSON.stringify({ documents, bytes }));
