/**
 * Notes on real-shaped release-please histories, on real repositories: a squash PR listed once, one
 * commit's near-duplicates collapsed, reverts of reverts without a stray quote, breaking footers
 * under a title that is not conventional.
 */
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
  return { code, outputs: (out ? JSON.parse(out) : {}) as Record<string, string>, stderr: err.join(""), summary: rt.summaryText() };
}

describe("notes on real-shaped histories", () => {
  it("lists each PR once, collapses near-duplicates, and cancels reverts of reverts", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: create Scm abstraction (#2001)\n\n* feat: add Scm interface\n* feat: add GitHub Scm\n* fix: review comments", {
      files: { "b.txt": "1" },
    });
    await repo.commit("Skip changelog (#512)\n\nBEGIN_COMMIT_OVERRIDE\nfeat: Add skip changelog flag\n\nfix: add skip-changelog flag\nEND_COMMIT_OVERRIDE", {
      files: { "c.txt": "1" },
    });
    const octo = await repo.commit("fix(deps): update octokit to v20 (#600)", { files: { "d.txt": "1" } });
    const revert = await repo.commit(`Revert "fix(deps): update octokit to v20 (#600)" (#601)\n\nThis reverts commit ${octo}.`, { files: { "d.txt": "0" } });
    await repo.commit(`Revert "Revert "fix(deps): update octokit to v20 (#600)"" (#602)\n\nThis reverts commit ${revert}.`, { files: { "d.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", changelog: "none", contributors: "false" });
    expect(r.code, r.stderr).toBe(0);
    const entries = (r.outputs.notes ?? "").split("\n").filter((l) => l.startsWith("- "));
    expect(entries.map((l) => l.replace(/ \(.*$/, ""))).toEqual([
      "- create Scm abstraction",
      expect.stringMatching(/^- [Aa]dd skip.changelog flag$/),
      "- **deps:** update octokit to v20",
    ]);
    expect(r.outputs.notes).not.toContain('"');
  });

  it("lists the breaking notes of `v9 (#639)`", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v8.0.0", { message: "v8.0.0" });
    await repo.commit("v9 (#639)\n\nBREAKING CHANGE: node 18 is the minimum\n\nBREAKING CHANGE: the foo option is removed", { files: { "b.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "9.0.0", changelog: "none", contributors: "false" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toMatch(/Breaking changes\n\n- (v9: )?node 18 is the minimum .*\n- (v9: )?the foo option is removed/);
  });
});
