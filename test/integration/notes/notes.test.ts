import { existsSync, readFileSync, writeFileSync } from "node:fs";
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

  it("fills a custom template file from the working directory", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("fix: the bug", { files: { "b.txt": "1" } });
    writeFileSync(join(repo.dir, "notes.tpl.md"), "# {{tag}} ({{date}})\n\n{{sections}}\n\nSince {{previous_tag}}.\n");
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", template: "notes.tpl.md", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toMatch(/^# v1\.1\.0 \(2024-07-01\)\n\n### Bug fixes\n\n- the bug \([0-9a-f]{7}\)\n\nSince v1\.0\.0\.\n$/);
  });
});

describe("notes refuses bad input with exit code 2 and the fix", () => {
  it.each([
    [{ version: "1.1.0", from: "v9.9.9" }, 'Input "from" names "v9.9.9", which is not a tag, branch or commit'],
    [{ version: "1.1.0", from: "HEAD", to: "v1.0.0" }, "Swap them, or pass the right previous tag"],
    [{ version: "1.1.0", tag: "v1.2.0" }, 'Input "tag" "v1.2.0" does not match version "1.1.0"'],
    [{}, 'Input "version" is required'],
    [{ version: "1.1.0", template: "bad.tpl" }, "bad.tpl:3"],
    [{ version: "1.1.0", template: "missing.tpl" }, 'Input "template" names a file that cannot be read: "missing.tpl" (ENOENT)'],
    [{ version: "1.1.0", changelog: "a.txt/CHANGELOG.md" }, "which cannot be read (ENOTDIR). Point it at a writable file"],
  ])("rejects %j", async (flags, message) => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("fix: more", { files: { "b.txt": "1" } });
    writeFileSync(join(repo.dir, "bad.tpl"), "# {{tag}}\n\n{{sections\n");
    const r = await notes(repo.dir, repo.env, flags as Record<string, string>);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a from on another line of history, where from..to would list the wrong commits", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: base", { files: { "a.txt": "1" } });
    await repo.git("checkout", "-q", "-b", "side");
    await repo.commit("feat: on the side", { files: { "s.txt": "1" } });
    const side = await repo.head();
    await repo.git("checkout", "-q", "-");
    await repo.commit("fix: on main", { files: { "b.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", from: side, changelog: "none" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Input "to" ("HEAD") is not after "${side}"`);
    const ok = await notes(repo.dir, repo.env, { version: "1.1.0", from: `${side}~1`, changelog: "none" });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.outputs.notes).toContain("on main");
  });

  it("refuses a type mapped to an unknown section before reading history, with exit code 2", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: one", { files: { "a.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "0.1.0", types: "deps=dependencies" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "types" maps "deps" to "dependencies", which is not a section');
    expect(r.stderr).toContain("section-titles");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
  });

  it("shows a custom section for mapped types under its own title", async () => {
    const repo = await createTempRepo();
    await repo.commit("deps: bump yaml to 2.5", { files: { "a.txt": "1" } });
    const r = await notes(repo.dir, repo.env, {
      version: "0.1.0",
      types: "deps=dependencies",
      "section-titles": "dependencies=Dependencies",
      changelog: "none",
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toMatch(/### Dependencies\n\n- bump yaml to 2\.5/);
  });

  it("drops a reverted change and its revert, also when the reverted change is of a hidden type", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: base", { files: { "a.txt": "1" } });
    const from = await repo.head();
    await repo.commit("chore: tidy the build", { files: { "b.txt": "1" } });
    const tidy = await repo.head();
    await repo.commit("feat: keep me", { files: { "c.txt": "1" } });
    await repo.commit("feat: drop me", { files: { "d.txt": "1" } });
    const drop = await repo.head();
    await repo.commit(`Revert "feat: drop me"\n\nThis reverts commit ${drop}.`, { files: { "d.txt": "2" } });
    await repo.commit(`Revert "chore: tidy the build"\n\nThis reverts commit ${tidy}.`, { files: { "b.txt": "2" } });
    const r = await notes(repo.dir, repo.env, { version: "0.2.0", from, changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toContain("keep me");
    expect(r.outputs.notes).not.toContain("drop me");
    expect(r.outputs.notes).not.toContain("tidy");
    expect(r.outputs.notes).not.toContain("### Reverts");
  });
});
