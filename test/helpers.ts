// Shared test helpers: paths to the real texts the tests run on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "fixtures");
export const BIN = path.join(ROOT, "bin", "newsx.js");
/**
 * Debian's own interpreter: the python3-pandas, python3-networkx and python3-distributed packages that
 * scripts/system-deps.sh installs import only there (the python3 first on PATH may be another one).
 */
export const DEBIAN_PYTHON = "/usr/bin/python3";
/** A small sample of real articles shipped with the tests: page dumps and clean BBC business copy. */
export const SAMPLE_PAGES = path.join(ROOT, "test", "fixtures", "pages");
export const SAMPLE_BBC = path.join(ROOT, "test", "fixtures", "bbc");

/** A seed article bundled in fixtures/, by its number ("000" … "004"). */
export function fixtureText(prefix: string): string {
  const name = ["000_7aa7d412a1bdea41", "001_3505fd29ffcfbefc", "002_b851d7e6de4fbf2a", "003_c55e87a090aca251", "004_277d975a9c0a46bd"].find((n) =>
    n.startsWith(prefix),
  )!;
  return readFileSync(path.join(FIXTURES, name + ".txt"), "utf8");
}

/**
 * How to run newsx without root's rights, so that a chmod 000 file is really unreadable: as the
 * user "nobody", from the package installed for this test run (test/setup/global.ts), which every
 * user can read wherever the checkout is. Undefined when the tests do not run as root.
 */
export function unprivileged(): { uid: number; gid: number; cwd: string; bin: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const cwd = inject("packageDir");
  return { uid: 65534, gid: 65534, cwd, bin: path.join(cwd, "node_modules", "newsx", "bin", "newsx.js") };
}
