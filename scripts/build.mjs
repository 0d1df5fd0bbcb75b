#!/usr/bin/env node
// Bundles every entry with @vercel/ncc into <out>/<name>/ (default dist/), two at a time.
// Usage: node scripts/build.mjs [--out DIR] [entry ...]
//
// ncc runs with --transpile-only: type-checking is `npm run typecheck` (tsc --noEmit). Without it,
// ncc's ts-loader checks every file tsconfig.json includes, so an unfinished test file would break
// every bundle.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTRIES } from "./entries.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const out = outIdx === -1 ? join(root, "dist") : resolve(args[outIdx + 1]);
const only = args.filter((a, i) => !a.startsWith("--") && (outIdx === -1 || i !== outIdx + 1));
const entries = only.length > 0 ? only : ENTRIES;
for (const e of entries) {
  if (!ENTRIES.includes(e)) {
    console.error(`Unknown entry "${e}". Entries: ${ENTRIES.join(", ")}.`);
    process.exit(2);
  }
}
const ncc = join(root, "node_modules/@vercel/ncc/dist/ncc/cli.js");

function build(name) {
  const dir = join(out, name);
  // Old chunk files would linger (and be committed) if the chunking changes.
  if (existsSync(dir)) for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [ncc, "build", join(root, "src/actions", `${name}.ts`), "-o", dir, "--license", "licenses.txt", "--target", "es2023", "--transpile-only", "-q"],
      { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
    );
    child.on("close", (code) => (code === 0 ? ok() : fail(new Error(`ncc failed for ${name} (exit ${code})`))));
  });
}

const started = Date.now();
const queue = [...entries];
const workers = Array.from({ length: 2 }, async () => {
  while (queue.length > 0) {
    const name = queue.shift();
    await build(name);
  }
});
try {
  await Promise.all(workers);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
console.error(`built ${entries.length} bundles into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
