import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createTempRepo, type TempRepo, tempDir } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

const version = runVersion;

async function repoWith(history: (string | { tag: string } | { branch: string } | { checkout: string })[]): Promise<TempRepo> {
  const repo = await createTempRepo();
  let n = 0;
  for (const h of history) {
    if (typeof h === "string") await repo.commit(h, { files: { [`f${n++}.txt`]: h } });
    else if ("tag" in h) await repo.tag(h.tag, { message: h.tag });
    else if ("branch" in h) await repo.checkout(h.branch, { create: true });
    else await repo.checkout(h.checkout);
  }
  return repo;
}

describe("version on real repositories", () => {
  it.each([
    [
      "a feat after v1.0.0 is a minor",
      ["feat: a", { tag: "v1.0.0" }, "feat: b"],
      {},
      { version: "1.1.0", "release-type": "minor", released: "true", "previous-tag": "v1.0.0", commits: "1" },
    ],
    [
      "a BREAKING CHANGE footer is a major",
      ["feat: a", { tag: "v1.0.0" }, "fix: b\n\nBREAKING CHANGE: gone"],
      {},
      { version: "2.0.0", "release-type": "major" },
    ],
    [
      "docs only release nothing and report the current version",
      ["feat: a", { tag: "v1.2.3" }, "docs: b", "chore: c"],
      {},
      { version: "1.2.3", released: "false", "release-type": "none" },
    ],
    [
      "a revert in the range cancels the reverted feat",
      ["feat: a", { tag: "v1.0.0" }, "feat: risky", 'Revert "feat: risky"', "fix: small"],
      {},
      { version: "1.0.1" },
    ],
    ["0.x takes a breaking change as a minor", ["feat: a", { tag: "v0.4.0" }, "feat!: break"], {}, { version: "0.5.0" }],
    [
      "the first release uses initial-version",
      ["feat: a", "fix: b"],
      { "initial-version": "0.1.0" },
      { version: "0.1.0", "previous-tag": "", released: "true" },
    ],
    ["a Release-As footer forces the version once", ["feat: a", { tag: "v1.0.0" }, "chore: go big\n\nRelease-As: 3.0.0"], {}, { version: "3.0.0" }],
    ["a manual bump overrides the commits", ["feat: a", { tag: "v1.0.0" }, "docs: b"], { bump: "major" }, { version: "2.0.0" }],
    ["an exact version override is used", ["feat: a", { tag: "v1.0.0" }, "fix: b"], { version: "1.5.0" }, { version: "1.5.0", "release-type": "minor" }],
    [
      "the bullets of a merge train count as separate changes",
      ["feat: a", { tag: "v1.0.0" }, "Squash (#3)\n\n* fix: one\n* feat: two"],
      {},
      { version: "1.1.0" },
    ],
    [
      "a conventional squash title decides over its bullets",
      ["feat: a", { tag: "v1.0.0" }, "chore: squash (#3)\n\n* fix: one\n* feat: two"],
      {},
      { released: "false" },
    ],
    ["the angular preset ignores non-angular types", ["feat: a", { tag: "v1.0.0" }, "wip: stuff"], { preset: "angular" }, { released: "false" }],
  ] as const)("%s", async (_name, history, flags, expected) => {
    const repo = await repoWith([...history]);
    const r = await version(repo, { ...flags });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject(expected);
  });

  it("takes the highest tag reachable from HEAD, not the highest in the repository", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, { branch: "other" }, "feat: elsewhere", { tag: "v5.0.0" }, { checkout: "main" }, "fix: here"]);
    expect((await version(repo)).outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0" });
  });

  it("still finds the reachable release behind many higher tags on other branches", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, { branch: "other" }, "feat: elsewhere"]);
    for (let i = 0; i < 45; i++) await repo.tag(`v9.${i}.0`, { message: "other" });
    await repo.checkout("main");
    await repo.commit("fix: here", { files: { "h.txt": "1" } });
    expect((await version(repo)).outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0" });
  });

  it("ignores a higher pre-release on a branch HEAD does not contain", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, { branch: "beta" }, "feat!: next", { tag: "v2.0.0-beta.1" }, { checkout: "main" }, "fix: here"]);
    expect((await version(repo)).outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0", commits: "1" });
  });

  it("orders a release above its own pre-releases and compares numbers, not text", async () => {
    const repo = await repoWith(["feat: a", { tag: "v2.0.0-beta.2" }, { tag: "v2.0.0-beta.10" }, { tag: "v2.0.0" }, { tag: "v1.10.0" }, "fix: b"]);
    expect((await version(repo)).outputs).toMatchObject({ version: "2.0.1", "previous-tag": "v2.0.0" });
  });

  it("releases nothing when HEAD is the release commit itself", async () => {
    const repo = await repoWith(["feat: a", "feat: b", { tag: "v1.2.0" }]);
    expect((await version(repo)).outputs).toMatchObject({ version: "1.2.0", released: "false", commits: "0", "previous-tag": "v1.2.0" });
  });

  it("counts beta pre-releases and promotes them on main", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, { branch: "beta" }, "feat!: new api"]);
    expect((await version(repo)).outputs).toMatchObject({ version: "2.0.0-beta.1", prerelease: "true", "release-type": "prerelease" });
    await repo.tag("v2.0.0-beta.1", { message: "beta 1" });
    await repo.commit("fix: tweak", { files: { "t.txt": "1" } });
    expect((await version(repo)).outputs).toMatchObject({ version: "2.0.0-beta.2" });
    await repo.tag("v2.0.0-beta.2", { message: "beta 2" });
    await repo.checkout("main");
    await repo.git("merge", "--ff-only", "beta");
    expect((await version(repo)).outputs).toMatchObject({ version: "2.0.0", prerelease: "false", "previous-tag": "v2.0.0-beta.2" });
  });

  it("releases a maintenance branch inside its range with the next free patch", async () => {
    const repo = await repoWith([
      "feat: a",
      { tag: "v1.4.0" },
      { branch: "1.4.x" },
      { checkout: "main" },
      "feat: b",
      { tag: "v1.5.0" },
      { checkout: "1.4.x" },
      "feat: backport",
    ]);
    await repo.tag("v1.4.1", { message: "taken elsewhere", ref: "main" });
    const r = await version(repo);
    expect(r.outputs).toMatchObject({ version: "1.4.2", "previous-tag": "v1.4.0" });
    expect(r.stderr).toContain("released as patch");
  });

  it("limits a monorepo package to its path and its tag prefix", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat(a): first", { files: { "packages/a/x.txt": "1" } });
    await repo.tag("pkg-a@1.0.0", { message: "a" });
    await repo.commit("feat(b): other package", { files: { "packages/b/y.txt": "1" } });
    await repo.commit("fix(a): a fix", { files: { "packages/a/x.txt": "2" } });
    const r = await version(repo, { path: "packages/a", "tag-prefix": "pkg-a@" });
    expect(r.outputs).toMatchObject({ version: "1.0.1", tag: "pkg-a@1.0.1", commits: "1" });
  });

  it("computes every package of the config file in one run", async () => {
    const repo = await createTempRepo();
    writeFileSync(join(repo.dir, "version.yml"), "packages:\n  - name: a\n    path: packages/a\n  - name: b\n    path: packages/b\n");
    await repo.commit("feat(a): a", { files: { "packages/a/x.txt": "1" } });
    await repo.tag("a@1.0.0", { message: "a" });
    await repo.commit("fix(a): a fix", { files: { "packages/a/x.txt": "2" } });
    await repo.commit("feat(b): b", { files: { "packages/b/x.txt": "1" } });
    const r = await version(repo, { "config-file": "version.yml" });
    const packages = JSON.parse(r.outputs.packages as string) as { name: string; version: string }[];
    expect(packages.map((p) => [p.name, p.version])).toEqual([
      ["a", "1.0.1"],
      ["b", "1.0.0"],
    ]);
  });

  it("explains every commit as JSON and in the summary", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, "feat: b", "Update things", "docs: c"]);
    const r = await version(repo);
    const explain = JSON.parse(r.outputs.explain as string) as { status: string; rule: string }[];
    expect(explain.map((e) => e.status)).toEqual(["ignored", "unparseable", "bump"]);
    expect(r.summary).toContain("| commit | message | bump | rule |");
    expect(r.summary).toContain("not a conventional commit");
  });

  it("warns about tags that look like versions but are not semver, and never crashes on them", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.2" }, { tag: "v01.2.3" }, { tag: "v1.0.0" }, "fix: b"]);
    const r = await version(repo);
    expect(r.code).toBe(0);
    expect(r.outputs.version).toBe("1.0.1");
    expect(r.stderr).toContain('Ignored 2 tags with the prefix "v" that are not semantic versions: v01.2.3, v1.2');
  });

  it("fails on unconventional commits when asked, naming them", async () => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, "Update things"]);
    const r = await version(repo, { "fail-on-unconventional": "true" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("1 commit is not conventional");
    expect(r.stderr).toContain('"Update things"');
  });
});

describe("version refuses bad input clearly", () => {
  it.each([
    [{ version: "1.2" }, 'Input "version" must be a semantic version X.Y.Z (e.g. 1.4.0 or 2.0.0-rc.1), each number at most 9007199254740991; got "1.2"'],
    [{ version: "0.9.0" }, 'Input "version" 0.9.0 is not greater than the last release 1.0.0 (v1.0.0)'],
    [{ preset: "angularjs" }, 'Input "preset" must be one of conventionalcommits, angular; got "angularjs". Did you mean "angular"?'],
    [{ path: "../elsewhere" }, 'Input "path" points outside the repository'],
  ])("rejects %j with exit code 2", async (flags, message) => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, "fix: b"]);
    const r = await version(repo, flags as Record<string, string>);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("names the file, line and key of a malformed config file", async () => {
    const repo = await repoWith(["feat: a"]);
    writeFileSync(join(repo.dir, "version.yml"), "branches:\n  release: [main]\nrelease-rules:\n  - type: docs\n    release: huge\n");
    const r = await version(repo, { "config-file": "version.yml" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("version.yml:5: release-rules.0.release");
  });

  it("asks for a branch on a detached HEAD", async () => {
    const repo = await repoWith(["feat: a", "fix: b"]);
    await repo.git("checkout", "-q", "--detach", "HEAD~1");
    const r = await version(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "branch" is empty and HEAD is detached');
    expect((await version(repo, { branch: "main" })).code).toBe(0);
  });

  it("says the repository has no commits", async () => {
    const repo = await createTempRepo();
    const r = await version(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has no commits yet");
  });

  it("says where to run outside a repository", async () => {
    const dir = tempDir();
    const r = await version({ dir, env: { PATH: process.env.PATH ?? "", GIT_CEILING_DIRECTORIES: join(dir, "..") } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a git repository");
    expect(r.stderr).toContain("actions/checkout");
  });

  it("gives the checkout setting that fixes a shallow clone without a token", async () => {
    const origin = await repoWith(["feat: a", { tag: "v1.0.0" }, "fix: b", "fix: c"]);
    // No remote to deepen from: the only fix is in the workflow.
    const lonely = tempDir();
    await origin.git("clone", "-q", "--depth", "1", `file://${origin.dir}`, lonely);
    await origin.git("-C", lonely, "remote", "remove", "origin");
    const r2 = await version({ dir: lonely, env: origin.env });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("fetch-depth: 0");
  });

  it("deepens a shallow clone when the remote is reachable", async () => {
    const origin = await repoWith(["feat: a", { tag: "v1.0.0" }, "fix: b", "fix: c"]);
    const clone = tempDir();
    await origin.git("clone", "-q", "--depth", "1", `file://${origin.dir}`, clone);
    const r = await version({ dir: clone, env: origin.env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.0.1", "previous-tag": "v1.0.0", commits: "2" });
  });
});
