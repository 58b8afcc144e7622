// Bundles the worker (the pipeline with compromise, chrono-node and zod) into one minified file.
// A worker then loads one file instead of hundreds of modules: about half the start-up time,
// which is most of what `newsx extract one-article.txt` costs.
import { build } from "esbuild";

await build({
  entryPoints: ["dist/run/task.js"],
  outfile: "dist/worker.mjs",
  bundle: true,
  minify: true,
  // The date stage picks chrono's parsers by class name; minified names would keep them all.
  keepNames: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as newsxRequire } from 'node:module'; const require = newsxRequire(import.meta.url);" },
  logLevel: "warning",
});
