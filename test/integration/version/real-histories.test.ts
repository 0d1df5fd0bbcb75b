/**
 * The misses traced on real semantic-release histories, replayed on real repositories: a breaking
 * footer under a header that is not conventional, a conventional squash title over bullets of
 * another type, and the revert of a commit released earlier (squash-merged, so with a PR suffix).
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createTempRepo } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

async function released(setup: (repo: Awaited<ReturnType<typeof createTempRepo>>) => Promise<void>) {
  const repo = await createTempRepo();
  await repo.commit("feat: first release", { files: { "a.txt": "1" } });
  await setup(repo);
  return runVersion(repo, { branch: "main" });
}

describe("version on real-shaped histories", () => {
  it("releases a major for BREAKING CHANGE footers under a header that is not conventional (`v9 (#639)`)", async () => {
    const r = await released(async (repo) => {
      await repo.tag("v8.3.0", { message: "v8.3.0" });
      await repo.commit("docs: typo", { files: { "d.txt": "1" } });
      await repo.commit("v9 (#639)\n\n* drop support for node 16\n\nBREAKING CHANGE: node 18 is the minimum\n\nBREAKING CHANGE: the `foo` option is removed", {
        files: { "b.txt": "1" },
      });
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "9.0.0", "release-type": "major", released: "true" });
  });

  it("releases a patch for a conventional fix squash title over feat bullets (the PR's history)", async () => {
    const r = await released(async (repo) => {
      await repo.tag("v2.4.1", { message: "v2.4.1" });
      await repo.commit(
        "fix(edge-case): keep the query string on redirects (#892)\n\n* feat: first try with a new option\n\n* feat: rework\n\n* test: cover it\n\nCo-authored-by: Someone <someone@example.com>",
        { files: { "b.txt": "1" } },
      );
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "2.4.2", "release-type": "patch" });
  });

  it("releases a patch for the revert of a commit released earlier, squash-merged with its PR suffix", async () => {
    const r = await released(async (repo) => {
      const sha = await repo.commit("fix(deps): update dependency got to v14 (#1201)", { files: { "b.txt": "1" } });
      await repo.tag("v5.2.0", { message: "v5.2.0" });
      await repo.commit(`Revert "fix(deps): update dependency got to v14 (#1201)" (#1205)\n\nThis reverts commit ${sha}.`, {
        files: { "b.txt": "0" },
      });
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "5.2.1", "release-type": "patch" });
  });

  it("cancels a revert of a commit in the range, and keeps the change a revert of that revert brings back", async () => {
    const r = await released(async (repo) => {
      await repo.tag("v1.0.0", { message: "v1.0.0" });
      const feat = await repo.commit("feat: dark mode (#3)", { files: { "b.txt": "1" } });
      const revert = await repo.commit(`Revert "feat: dark mode (#3)"\n\nThis reverts commit ${feat}.`, { files: { "b.txt": "0" } });
      await repo.commit(`Revert "Revert "feat: dark mode (#3)""\n\nThis reverts commit ${revert}.`, { files: { "b.txt": "1" } });
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.1.0", "release-type": "minor" });
  });

  it("splits a merge train (a title that is not conventional) into its conventional bullets", async () => {
    const r = await released(async (repo) => {
      await repo.tag("v1.0.0", { message: "v1.0.0" });
      await repo.commit("Release train (#12)\n\n* fix: one\n* feat(api): two", { files: { "b.txt": "1" } });
    });
    expect(r.outputs).toMatchObject({ version: "1.1.0" });
  });
});
