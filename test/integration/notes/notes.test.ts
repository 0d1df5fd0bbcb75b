import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { notesCommand } from "../../../src/notes/command.js";
import { cleanupTempDirs, createBareRemote, createTempRepo } from "../../helpers/git.js";

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
  it("pushes the CHANGELOG commit on a re-run after its push failed (commit-changelog: git), committing it once", async () => {
    const repo = await createTempRepo();
    const origin = await createBareRemote();
    // The remote refuses pushes while the file "reject" exists, like a protected branch or an outage.
    const hook = join(origin.dir, "hooks", "pre-receive");
    writeFileSync(hook, `#!/bin/sh\n[ -e "${join(origin.dir, "reject")}" ] && { echo "remote is read-only" >&2; exit 1; }\nexit 0\n`);
    chmodSync(hook, 0o755);
    await repo.git("remote", "add", "origin", origin.dir);
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: second", { files: { "b.txt": "1" } });
    await repo.git("push", "-q", "origin", "main", "--tags");
    writeFileSync(join(origin.dir, "reject"), "");
    const failed = await notes(repo.dir, repo.env, { version: "1.1.0", "commit-changelog": "git" });
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toMatch(/git push .* failed .*remote is read-only/s);
    rmSync(join(origin.dir, "reject"));
    const again = await notes(repo.dir, repo.env, { version: "1.1.0", "commit-changelog": "git" });
    expect(again.code, again.stderr).toBe(0);
    const log = (await origin.git("log", "--format=%s", "main")).split("\n");
    expect(log.filter((m) => m === "chore(release): v1.1.0 [skip ci]")).toHaveLength(1);
    const pushed = await origin.git("show", "main:CHANGELOG.md");
    expect(pushed.match(/^## 1\.1\.0 /gm)).toHaveLength(1);
  });

  it("names each contributor as their oldest commit of the range does, in order of first appearance", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: one", { files: { "b.txt": "1" }, author: { name: "G. Hopper", email: "Grace@example.com" } });
    await repo.commit("fix: two", { files: { "c.txt": "1" }, author: { name: "Grace Hopper", email: "grace@example.com" } });
    await repo.commit("fix: three", { files: { "d.txt": "1" } });
    await repo.commit("fix: four", { files: { "e.txt": "1" }, author: { name: "Grace Hopper", email: "grace@example.com" } });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toContain("### Contributors\n\nG. Hopper (first contribution), Ada Lovelace\n");
  });

  it("marks first-time contributors among several authors, counting an earlier identity .mailmap maps to theirs", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.commit("fix: by grace, long ago", { files: { "g.txt": "1" }, author: { name: "G. Hopper", email: "grace@old.example.com" } });
    await repo.commit("chore: map grace", { files: { ".mailmap": "Grace Hopper <grace@example.com> <grace@old.example.com>\n" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: by grace", { files: { "b.txt": "1" }, author: { name: "Grace Hopper", email: "grace@example.com" } });
    await repo.commit("feat: by newcomer one", { files: { "c.txt": "1" }, author: { name: "Newcomer One", email: "one@example.com" } });
    await repo.commit("fix: by ada", { files: { "d.txt": "1" } });
    await repo.commit("feat: by newcomer two", { files: { "e.txt": "1" }, author: { name: "Newcomer Two", email: "two@example.com" } });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toContain("### Contributors\n\nGrace Hopper, Newcomer One (first contribution), Ada Lovelace, Newcomer Two (first contribution)\n");
  });

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
    [{ to: "HEAD~1" }, 'Input "version" is required when "to" is not HEAD'],
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

const GITHUB = { GITHUB_REPOSITORY: "acme/app", GITHUB_SERVER_URL: "https://github.com" };

describe("notes on merge-commit workflows", () => {
  async function prRepo() {
    const repo = await createTempRepo();
    await repo.commit("feat: base", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.checkout("octo/feature", { create: true });
    await repo.commit("feat: branch feature", { files: { "f.txt": "1" } });
    await repo.commit("fix: branch fix", { files: { "f.txt": "2" } });
    await repo.checkout("main");
    await repo.commit("fix: on main", { files: { "m.txt": "1" } });
    await repo.git("merge", "--no-ff", "-q", "octo/feature", "-m", "Merge pull request #12 from octo/feature\n\nfeat: the PR title");
    await repo.commit("Bundle of changes (#40)\n\n* fix: a bullet of the squash\n* feat(cli): another bullet", { files: { "s.txt": "1" } });
    return repo;
  }

  it("links the branch commits of a PR merged with git merge --no-ff to the PR, and squash bullets to the header's PR", async () => {
    const repo = await prRepo();
    const r = await notes(repo.dir, { ...repo.env, ...GITHUB }, { version: "1.1.0", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    const line = (text: string) => r.outputs.notes?.split("\n").find((l) => l.includes(text)) ?? "";
    expect(line("branch feature")).toContain("[#12](https://github.com/acme/app/pull/12)");
    expect(line("branch fix")).toContain("[#12](https://github.com/acme/app/pull/12)");
    expect(line("on main")).not.toContain("#12");
    expect(line("a bullet of the squash")).toContain("[#40](https://github.com/acme/app/pull/40)");
    expect(line("another bullet")).toContain("[#40](https://github.com/acme/app/pull/40)");
    // A merge train's title is not conventional: its bullets are the entries.
    expect(r.outputs.notes).not.toContain("Bundle of changes");
    // The merge itself releases nothing of its own (version does not count it either).
    expect(r.outputs.notes).not.toContain("Merge pull request");
  });

  it("lists a GitHub revert of a change released before under Reverts", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: dark mode", { files: { "a.txt": "1" } });
    const target = await repo.head();
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit(`Revert "feat: dark mode"\n\nThis reverts commit ${target}.`, { files: { "a.txt": "2" } });
    const r = await notes(repo.dir, repo.env, { version: "1.0.1", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toMatch(/### Reverts\n\n- feat: dark mode \([0-9a-f]{7}\)/);
  });
});

describe("notes for one package of a monorepo (path)", () => {
  async function monorepo() {
    const repo = await createTempRepo();
    await repo.commit("feat: set up", { files: { "packages/a/index.js": "1", "packages/b/index.js": "1" } });
    await repo.tag("a-v1.0.0", { message: "a" });
    await repo.tag("b-v1.0.0", { message: "b" });
    await repo.commit("feat(a): only in a", { files: { "packages/a/index.js": "2" } });
    await repo.commit("fix(b): only in b", { files: { "packages/b/index.js": "2" }, author: { name: "Bea", email: "bea@example.com" } });
    await repo.checkout("feature-a", { create: true });
    await repo.commit("perf(a): faster a", { files: { "packages/a/index.js": "3" } });
    await repo.checkout("main");
    await repo.commit("fix(b): second b fix", { files: { "packages/b/index.js": "3" }, author: { name: "Bea", email: "bea@example.com" } });
    await repo.git("merge", "--no-ff", "-q", "feature-a", "-m", "Merge pull request #7 from acme/feature-a");
    await repo.commit("fix: both packages", { files: { "packages/a/x.js": "1", "packages/b/x.js": "1" } });
    return repo;
  }

  it("gives each package's notes only the commits touching its path, PR links included", async () => {
    const repo = await monorepo();
    const env = { ...repo.env, ...GITHUB };
    const a = await notes(repo.dir, env, { version: "1.1.0", "tag-prefix": "a-v", path: "packages/a", changelog: "packages/a/CHANGELOG.md" });
    const b = await notes(repo.dir, env, { version: "1.0.1", "tag-prefix": "b-v", path: "packages/b", changelog: "packages/b/CHANGELOG.md" });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.outputs.notes).toContain("only in a");
    expect(a.outputs.notes).toMatch(/faster a \([^\n]*\[#7\]\(https:\/\/github\.com\/acme\/app\/pull\/7\)/);
    expect(a.outputs.notes).toContain("both packages");
    expect(a.outputs.notes).not.toMatch(/only in b|second b fix/);
    expect(a.outputs.notes).not.toContain("Bea");
    expect(a.outputs.notes).toContain("compare/a-v1.0.0...a-v1.1.0");
    expect(b.outputs.notes).toMatch(/only in b[\s\S]*second b fix/);
    expect(b.outputs.notes).toContain("both packages");
    expect(b.outputs.notes).not.toMatch(/only in a|faster a/);
    expect(b.outputs.notes).toContain("Bea");
    expect(readFileSync(join(repo.dir, "packages/a/CHANGELOG.md"), "utf8")).toContain("## [1.1.0](https://github.com/acme/app/compare/a-v1.0.0...a-v1.1.0)");
    expect(readFileSync(join(repo.dir, "packages/b/CHANGELOG.md"), "utf8")).not.toContain("only in a");
  });

  it("reads path relative to the working directory", async () => {
    const repo = await monorepo();
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", "tag-prefix": "a-v", "working-directory": "packages", path: "a", changelog: "none" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toContain("only in a");
    expect(r.outputs.notes).not.toContain("only in b");
  });
});

describe("notes header, footer and section order", () => {
  it("fills the header and footer placeholders and orders sections as asked", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: new thing", { files: { "b.txt": "1" } });
    await repo.commit("fix: old bug", { files: { "c.txt": "1" } });
    const r = await notes(
      repo.dir,
      { ...repo.env, ...GITHUB },
      {
        version: "1.1.0",
        header: "**{{tag}}** ({{version}}) released {{date}}, since {{previousTag}}",
        footer: "Compare: {{compareUrl}}",
        "section-order": "fix",
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.notes).toMatch(/^\*\*v1\.1\.0\*\* \(1\.1\.0\) released 2024-07-01, since v1\.0\.0\n\n### Bug fixes[\s\S]*### Features/);
    expect(r.outputs.notes?.trimEnd().endsWith("Compare: https://github.com/acme/app/compare/v1.0.0...v1.1.0")).toBe(true);
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toContain("**v1.1.0** (1.1.0) released 2024-07-01");
  });
});

describe("notes refuses more bad input with exit code 2 and the fix, writing nothing", () => {
  it.each([
    [{ header: "Release {{name}}" }, 'Input "header" line 1: unknown placeholder "{{name}}"; known: version, tag, previousTag, date, compareUrl'],
    [{ footer: "ok\n{{tag" }, 'Input "footer" line 2: unclosed "{{"'],
    [{ "section-order": "fix\nfeatures" }, 'Input "section-order" names "features", which is not a section. Use ids from: breaking, feat, fix'],
    [{ path: "../elsewhere" }, 'Input "path" points outside the repository'],
    [{ path: "packages/none" }, 'Input "path" does not exist in the repository; got "packages/none"'],
  ])("rejects %j", async (flags, message) => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "1.1.0", ...flags });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
  });

  it("names the template file and each problem's line once", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    writeFileSync(join(repo.dir, "one.tpl"), "# {{tag}}\n{{changes}}\n");
    writeFileSync(join(repo.dir, "two.tpl"), "# {{tagg}}\n{{changes}}\n");
    const one = await notes(repo.dir, repo.env, { version: "1.1.0", template: "one.tpl" });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('one.tpl:2: unknown placeholder "{{changes}}"');
    expect(one.stderr).not.toContain("line 2");
    const two = await notes(repo.dir, repo.env, { version: "1.1.0", template: "two.tpl" });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('two.tpl: line 1: unknown placeholder "{{tagg}}"');
    expect(two.stderr).toContain('two.tpl: line 2: unknown placeholder "{{changes}}"');
  });

  it("refuses a release tag that already exists at another commit, before writing the CHANGELOG", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("fix: tagged", { files: { "b.txt": "1" } });
    const tagged = (await repo.head()).slice(0, 7);
    await repo.tag("v1.0.1", { message: "v1.0.1" });
    await repo.commit("fix: after the tag", { files: { "c.txt": "1" } });
    const r = await notes(repo.dir, repo.env, { version: "1.0.1" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Tag "v1.0.1" already exists in this repository at ${tagged}, not at`);
    expect(r.stderr).toContain('set "to: v1.0.1"');
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
    const again = await notes(repo.dir, repo.env, { version: "1.0.1", to: "v1.0.1", changelog: "none" });
    expect(again.code, again.stderr).toBe(0);
    expect(again.outputs.notes).toContain("tagged");
    expect(again.outputs.notes).not.toContain("after the tag");
  });

  it.each([
    ["a directory named CHANGELOG.md", "CHANGELOG.md", "which cannot be read (EISDIR)"],
    ["a link to a file in a missing directory", "CHANGES.md", "which cannot be written (ENOENT)"],
  ])("names the CHANGELOG file when it is %s", async (_what, changelog, message) => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    mkdirSync(join(repo.dir, "CHANGELOG.md"));
    // Reading a dangling link gives ENOENT (a new file), writing through it fails: also as root.
    symlinkSync(join(repo.dir, "missing", "CHANGES.md"), join(repo.dir, "CHANGES.md"));
    const r = await notes(repo.dir, repo.env, { version: "0.1.0", changelog });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Input "changelog" names "${changelog}", ${message}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
