#!/usr/bin/env node
// Rebuilds every bundle into a temporary directory and fails when dist/ differs in any way: a changed
// file, a missing one, or an extra one (an untracked chunk counts). In CI it also fails when dist/ has
// changes git does not have committed. Prints the command that fixes it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const tmp = mkdtempSync(join(tmpdir(), "shipline-dist-"));
const FIX = 'Run "npm run build" and commit dist/ in the same commit as the source change.';

function walk(dir, base = dir) {
  let files = [];
  let names = [];
  try {
    names = readdirSync(dir);
  } catch {
    return files;
  }
  for (const n of names) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) files = files.concat(walk(p, base));
    else files.push(relative(base, p));
  }
  return files.sort();
}

try {
  const r = spawnSync(process.execPath, [join(root, "scripts/build.mjs"), "--out", tmp], { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const fresh = walk(tmp);
  const committed = walk(join(root, "dist"));
  const problems = [];
  for (const f of fresh) {
    if (!committed.includes(f)) problems.push(`missing: dist/${f}`);
    else if (!readFileSync(join(tmp, f)).equals(readFileSync(join(root, "dist", f)))) problems.push(`differs: dist/${f}`);
  }
  for (const f of committed) if (!fresh.includes(f)) problems.push(`extra: dist/${f}`);
  if (process.env.CI === "true") {
    try {
      const status = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", "dist"], { cwd: root, encoding: "utf8" });
      for (const line of status.split("\n").filter(Boolean)) problems.push(`not committed: ${line.trim()}`);
    } catch {
      // not a git checkout: the byte comparison above is the check
    }
  }
  if (problems.length > 0) {
    console.error(
      `dist/ is stale (${problems.length} ${problems.length === 1 ? "difference" : "differences"}):\n${problems
        .slice(0, 20)
        .map((p) => `  ${p}`)
        .join("\n")}\n${FIX}`,
    );
    process.exit(1);
  }
  console.error(`dist/ is up to date (${fresh.length} files).`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
