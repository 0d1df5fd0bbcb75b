import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/runner.js";

/** Every TypeScript file under src/. */
function sourceFiles(): string[] {
  return (readdirSync(join(ROOT, "src"), { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => join(ROOT, "src", f));
}

/** The modules allowed to start processes: each passes the child's environment through childEnv. */
const SPAWNERS = ["src/kernel/exec.ts", "src/kernel/git.ts"];

describe("child processes start in one place, without the step's inputs or the runner's tokens", () => {
  it("only the kernel's exec and git import node:child_process; everything else uses runProcess, runScript or Git", () => {
    const importers = sourceFiles()
      .filter((f) => /from\s+["'](node:)?child_process["']|require\(["'](node:)?child_process["']\)/.test(readFileSync(f, "utf8")))
      .map((f) => relative(ROOT, f));
    expect(importers.sort()).toEqual(SPAWNERS);
  });

  it.each(SPAWNERS)("every spawn in %s passes its environment through childEnv", (file) => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const spawns = [...text.matchAll(/\bspawn\(([^;]*?)\)\s*;/gs)].map((m) => m[1] as string);
    expect(spawns.length).toBeGreaterThan(0);
    for (const args of spawns) expect(args, `spawn(${args})`).toMatch(/env:\s*childEnv\(/);
    expect(text).not.toMatch(/\b(execFile|execFileSync|spawnSync|execSync|fork)\(/);
  });
});
