#!/usr/bin/env node
// Installs the Debian packages the tests drive (scripts/test-tools.mjs) when they are missing, so that
// `npm install && npm test` works on a fresh Debian or Ubuntu machine. Runs as `pretest` and as
// `npm run setup`. When everything is present it only checks (no apt-get update). As root it uses
// apt-get, otherwise `sudo -n` when that works without a password; when neither can install, it prints
// one line per missing tool and exits 0: the tests that need the tool then fail with the same line,
// and the others still run.
import { spawnSync } from "node:child_process";
import { installCommand, missingTools } from "./test-tools.mjs";

const missing = await missingTools();
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.map((t) => t.package))];
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasSudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
const hasApt = spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;

function report(reason) {
  for (const t of missing)
    console.error(`setup: ${t.tool} is missing (${reason}); install it with "${installCommand([t.package])}". Needed by: ${t.neededBy.join(", ")}.`);
}

if (!hasApt) {
  report("this is not a Debian or Ubuntu machine with apt-get");
  process.exit(0);
}
if (!isRoot && !hasSudo) {
  report("not root, and sudo is not available without a password");
  process.exit(0);
}

const sudo = isRoot ? [] : ["sudo", "-n"];
function apt(args) {
  const [program, ...rest] = [...sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args];
  const r = spawnSync(program, rest, { stdio: ["ignore", "inherit", "inherit"] });
  return r.status === 0;
}

console.error(`setup: installing ${packages.join(", ")} for the tests (${missing.map((t) => t.tool).join(", ")} missing)`);
let ok = apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "--no-install-recommends", ...packages]);
// One unknown package (chromium is not in every release's archive) fails the whole transaction:
// then install them one by one, so the others still arrive.
if (!ok && packages.length > 1) ok = packages.map((p) => apt(["install", "-y", "-qq", "--no-install-recommends", p])).every(Boolean);
const still = (await missingTools()).filter((t) => missing.includes(t));
if (!ok || still.length > 0) {
  missing.splice(0, missing.length, ...still);
  report(ok ? "installed, but still cannot run" : "apt-get failed");
}
