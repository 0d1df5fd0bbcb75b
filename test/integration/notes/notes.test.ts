import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { notesCommand } from "../../../src/notes/command.js";
import { cleanupTempDirs, createTempRepo } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

async function notes(dir: string, env: Record<string, string>, flags: Record<string, string>) {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env,
    cwd: dir,
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
    clock: () => new Date("2024-07-01T12:00:00Z"),
  });
  const code = await executeCommand(notesCommand as never, rt);
  rt.flush();
  return { code, outputs: JSON.parse(out) as Record<string, string>, stderr: err.join("") };
}

describe("notes on real repositories, offline", () => {
  it("starts at the release before the tag when the tag already exists, marks first-time contributors", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: by a newcomer", { files: { "b.txt": "1" }, author: { name: "Newcomer", email: "new@example.com" } });
    await repo.commit("fix: by ada", { files: { "c.txt": "1" } });
    await repo.tag("v1.1.0", { message: "v1.1.0" });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toContain("by a newcomer");
    expect(r.outputs.notes).not.toContain("first (");
    expect(r.outputs.notes).toContain("Newcomer (first contribution)");
    expect(r.outputs.notes).toMatch(/Ada Lovelace(?! \(first)/);
    const changelog = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    expect(changelog).toContain("## 1.1.0 (2024-07-01)");
    expect(r.outputs["release-id"]).toBe("");
  });

  it("writes Chinese section titles and honours an explicit range", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: 一", { files: { "a.txt": "1" } });
    const from = await repo.head();
    await repo.commit("fix: 二", { files: { "b.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "0.2.0", from, locale: "zh-CN", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toContain("### 问题修复");
    expect(r.outputs.notes).not.toContain("一");
    expect(r.outputs["changelog-updated"]).toBe("false");
  });
});
