// Build step: the fields of world-countries that newsx reads (codes, names, alternative
// spellings, English demonyms, capitals, sovereignty), written to src/data/countries-table.json
// and bundled into dist. The package itself (22 MB with flags, maps and translations) is only a
// build dependency, so it never lands on a user's disk. Its data is under the ODbL: the table
// carries its source and licence, which dist/data/countries-table.LICENSE states in full.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkg = require("world-countries/package.json");
const countries = require("world-countries/countries.json").map((c) => ({
  cca2: c.cca2,
  independent: c.independent,
  unMember: c.unMember,
  name: { common: c.name.common, official: c.name.official },
  altSpellings: c.altSpellings,
  ...(c.demonyms?.eng ? { demonyms: { eng: { m: c.demonyms.eng.m, f: c.demonyms.eng.f } } } : {}),
  capital: c.capital,
}));
const table = {
  source: `world-countries ${pkg.version} (${pkg.homepage ?? "https://github.com/mledoze/countries"}), fields newsx uses`,
  license: "ODbL-1.0",
  countries,
};
writeFileSync(new URL("../src/data/countries-table.json", import.meta.url), JSON.stringify(table) + "\n");
mkdirSync(new URL("../dist/data/", import.meta.url), { recursive: true });
copyFileSync(require.resolve("world-countries/LICENSE"), new URL("../dist/data/countries-table.LICENSE", import.meta.url));
