// Once per test run, before any test file: a temporary folder for the whole run, and newsx packed
// and installed into it as a user gets it from the registry.
//
// TMPDIR points into the run's folder, so every temporary folder a test makes (and every one the
// spawned CLI makes) is removed with it at the end, however the test ended. The folder is readable
// by everyone, so the runs that drop to the unprivileged "nobody" user (a chmod 000 file is only
// unreadable without root's rights) can use the installed package there even when the checkout
// sits in a folder only its owner may enter.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT } from "../helpers.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A folder where `npm install newsx-*.tgz` was run: node_modules/.bin/newsx and import "newsx" work there. */
    packageDir: string;
    /** The packed tarball. */
    tarball: string;
  }
}

/** `npm pack` of the built checkout, installed into an empty project in `dir`. */
function installPackage(dir: string): { packageDir: string; tarball: string } {
  const packs = path.join(dir, "packs");
  mkdirSync(packs);
  // The tests build first (pretest); packing must not build again.
  execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", packs], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = path.join(packs, readdirSync(packs).find((n) => n.endsWith(".tgz"))!);
  const packageDir = path.join(dir, "installed");
  mkdirSync(packageDir);
  writeFileSync(path.join(packageDir, "package.json"), JSON.stringify({ name: "uses-newsx", private: true, type: "module" }));
  execFileSync("npm", ["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--silent"], { cwd: packageDir, stdio: ["ignore", "ignore", "inherit"] });
  return { packageDir, tarball };
}

export default function setup(project: TestProject): () => void {
  const runDir = mkdtempSync(path.join(tmpdir(), "newsx-tests-"));
  chmodSync(runDir, 0o755);
  const testTmp = path.join(runDir, "tmp");
  mkdirSync(testTmp, { mode: 0o1777 });
  chmodSync(testTmp, 0o1777);
  process.env.TMPDIR = testTmp;
  const { packageDir, tarball } = installPackage(runDir);
  project.provide("packageDir", packageDir);
  project.provide("tarball", tarball);
  return () => rmSync(runDir, { recursive: true, force: true });
}
