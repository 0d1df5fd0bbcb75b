/**
 * The rules the core's unit tests cover, again on real repositories through the command: message
 * overrides, skips, custom rules from a config file, breaking changes under every preset, channels,
 * 0.x, monorepo tag prefixes, and tagging with git push (created, already released, conflict, race).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createBareRemote, createTempRepo, startGitHttpRemote, type TempRepo } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

type Step = string | { tag: string } | { branch: string } | { file: string; text: string };

async function repoWith(history: readonly Step[]): Promise<TempRepo> {
  const repo = await createTempRepo();
  let n = 0;
  for (const h of history) {
    if (typeof h === "string") await repo.commit(h, { files: { [`f${n++}.txt`]: h } });
    else if ("tag" in h) await repo.tag(h.tag, { message: h.tag });
    else if ("branch" in h) await repo.checkout(h.branch, { create: true });
    else writeFileSync(join(repo.dir, h.file), h.text);
  }
  return repo;
}

const RULES = `release-rules:
  - { type: docs, scope: "api*", release: patch }
  - { type: chore, subject: "^deps", release: minor }
  - { type: feat, scope: experimental, release: none }
`;

describe("version rules on real repositories", () => {
  it.each([
    [
      "a BEGIN_COMMIT_OVERRIDE block replaces the commit's message",
      ["feat: a", { tag: "v1.0.0" }, "chore: squash (#9)\n\nBEGIN_COMMIT_OVERRIDE\nfeat: the real change\nfix: and a fix\nEND_COMMIT_OVERRIDE"],
      {},
      { version: "1.1.0", "release-type": "minor" },
    ],
    ["[skip release] keeps a feat out of the release", ["feat: a", { tag: "v1.0.0" }, "feat: wip [skip release]", "fix: b"], {}, { version: "1.0.1" }],
    [
      "a custom rule releases a docs change to a matching scope",
      [{ file: "version.yml", text: RULES }, "feat: a", { tag: "v1.0.0" }, "docs(api-v2): endpoints"],
      { "config-file": "version.yml" },
      { version: "1.0.1", released: "true" },
    ],
    [
      "a custom rule matches the subject",
      [{ file: "version.yml", text: RULES }, "feat: a", { tag: "v1.0.0" }, "chore: deps bump"],
      { "config-file": "version.yml" },
      { version: "1.1.0" },
    ],
    [
      "a custom rule can hold a scope back",
      [{ file: "version.yml", text: RULES }, "feat: a", { tag: "v1.0.0" }, "feat(experimental): try"],
      { "config-file": "version.yml" },
      { released: "false" },
    ],
    [
      "feat! is breaking under angular (semantic-release's angular preset drops it)",
      ["feat: a", { tag: "v1.0.0" }, "feat!: new api"],
      { preset: "angular" },
      { version: "2.0.0" },
    ],
    [
      "a BREAKING-CHANGE footer (hyphenated) is breaking under angular",
      ["feat: a", { tag: "v1.0.0" }, "fix: b\n\nBREAKING-CHANGE: removed x"],
      { preset: "angular" },
      { version: "2.0.0" },
    ],
    [
      "a prerelease channel from an input makes a release candidate on main",
      ["feat: a", { tag: "v1.0.0" }, "feat: b"],
      { prerelease: "rc" },
      { version: "1.1.0-rc.1", prerelease: "true", tag: "v1.1.0-rc.1" },
    ],
    [
      "major-on-zero takes a breaking change on 0.x to 1.0.0",
      ["feat: a", { tag: "v0.4.0" }, "feat!: break"],
      { "major-on-zero": "true" },
      { version: "1.0.0" },
    ],
    [
      "a pkg/v tag prefix separates a package's tags",
      ["feat: a", { tag: "pkg-a/v1.2.0" }, { tag: "v9.0.0" }, "fix: b"],
      { "tag-prefix": "pkg-a/v" },
      { version: "1.2.1", tag: "pkg-a/v1.2.1", "previous-tag": "pkg-a/v1.2.0" },
    ],
    [
      "a 1.x maintenance branch releases inside its range",
      ["feat: a", { tag: "v1.4.0" }, { branch: "1.x" }, "feat: backport"],
      {},
      { version: "1.5.0", released: "true" },
    ],
  ] as const)("%s", async (_name, history, flags, expected) => {
    const repo = await repoWith(history);
    const r = await runVersion(repo, { ...flags });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject(expected);
  });

  it.each([
    ["not semver", "chore: x\n\nRelease-As: banana", /Release-As/],
    ["lower than the last release", "chore: x\n\nRelease-As: 0.9.0", /Release-As/],
  ])("refuses a Release-As footer that is %s, naming the commit's footer", async (_what, message, pattern) => {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, message]);
    const r = await runVersion(repo);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("tagging with git push (tag-method: git)", () => {
  const TOKEN = "ghs_gitPushToken000000000000";

  async function withRemote() {
    const repo = await repoWith(["feat: a", { tag: "v1.0.0" }, "fix: b"]);
    const bare = await createBareRemote();
    const remote = await startGitHttpRemote(bare.dir, { requireToken: TOKEN });
    await repo.git("remote", "add", "origin", remote.url);
    await repo.git("push", "-q", bare.dir, "main", "--tags");
    // The token header is scoped to the GitHub server (GITHUB_SERVER_URL): here, the local remote.
    const env = { GITHUB_SERVER_URL: new URL(remote.url).origin, GITHUB_REPOSITORY: "o/r" };
    return { repo, bare, remote, env };
  }
  const tagFlags = { "create-tag": "true", "tag-method": "git", "github-token": TOKEN };

  it("pushes an annotated tag with the token as a header, never in the URL, and says 'already released' on a re-run", async () => {
    const { repo, bare, remote, env } = await withRemote();
    try {
      const r = await runVersion(repo, tagFlags, env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.outputs).toMatchObject({ version: "1.0.1", tag: "v1.0.1", released: "true" });
      expect(await bare.git("cat-file", "-t", "v1.0.1")).toBe("tag");
      expect(await bare.git("rev-parse", "v1.0.1^{commit}")).toBe(await repo.head());
      const pushes = remote.requests.filter((q) => q.url.includes("receive-pack"));
      expect(pushes.length).toBeGreaterThan(0);
      for (const q of remote.requests) expect(q.url).not.toContain(TOKEN);
      for (const text of [r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN);
      const again = await runVersion(repo, tagFlags, env);
      expect(again.code, again.stderr).toBe(0);
      expect(again.outputs.released).toBe("false");
    } finally {
      await remote.close();
    }
  });

  it("fails, changing nothing, when the remote has the tag at another commit", async () => {
    const { repo, bare, remote, env } = await withRemote();
    try {
      const other = await repoWith(["feat: elsewhere"]);
      await other.tag("v1.0.1", { message: "wrong" });
      await other.git("push", "-q", bare.dir, "refs/tags/v1.0.1");
      const wrong = await bare.git("rev-parse", "v1.0.1^{commit}");
      const r = await runVersion(repo, tagFlags, env);
      // The same error, code and exit code as notes for the same situation.
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Tag "v1\.0\.1" already exists on \S+ at [0-9a-f]{7}, not at [0-9a-f]{7}/);
      expect(await bare.git("rev-parse", "v1.0.1^{commit}")).toBe(wrong);
    } finally {
      await remote.close();
    }
  });

  it("ends two racing runs with one tag on the remote", async () => {
    const { repo, bare, remote, env } = await withRemote();
    try {
      const clone = await createTempRepo();
      await clone.git("fetch", "-q", "--tags", bare.dir, "main");
      await clone.git("reset", "-q", "--hard", "FETCH_HEAD");
      await clone.git("remote", "add", "origin", remote.url);
      const [a, b] = await Promise.all([runVersion(repo, tagFlags, env), runVersion(clone, tagFlags, env)]);
      expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
      expect((await bare.git("tag", "--list", "v1.0.1")).trim()).toBe("v1.0.1");
      expect(await bare.git("rev-parse", "v1.0.1^{commit}")).toBe(await repo.head());
    } finally {
      await remote.close();
    }
  });
});
