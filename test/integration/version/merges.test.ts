import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createTempRepo, type TempRepo } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

/** main at v1.0.0, a branch with `commits`, merged back with `git merge --no-ff -m message`. */
async function mergedRepo(commits: string[], message: string): Promise<TempRepo> {
  const repo = await createTempRepo();
  await repo.commit("feat: a", { files: { "a.txt": "a" } });
  await repo.tag("v1.0.0", { message: "v1.0.0" });
  await repo.checkout("feature", { create: true });
  let n = 0;
  for (const c of commits) await repo.commit(c, { files: { [`b${n++}.txt`]: c } });
  await repo.checkout("main");
  await repo.commit("docs: on main meanwhile", { files: { "m.txt": "m" } });
  await repo.git("merge", "--no-ff", "-q", "-m", message, "feature");
  return repo;
}

describe("version with merge commits", () => {
  it.each([
    ["git's default message", "Merge branch 'feature'"],
    ["GitHub's pull request merge", "Merge pull request #5 from octo/feature"],
  ])("ignores a --no-ff merge (%s) and passes fail-on-unconventional", async (_name, message) => {
    const repo = await mergedRepo(["fix: on the branch"], message);
    const r = await runVersion(repo, { "fail-on-unconventional": "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.0.1", commits: "3" });
    const explain = JSON.parse(r.outputs.explain as string) as { header: string; status: string; rule: string }[];
    expect(explain.find((e) => e.header === message)).toMatchObject({ status: "ignored", rule: expect.stringContaining("merge commit") });
    expect(r.summary).not.toContain("not conventional");
  });

  it("counts a PR's feat once when the merge body is the conventional PR title", async () => {
    const repo = await mergedRepo(["feat: add x", "fix: typo in x"], "Merge pull request #7 from octo/feature\n\nfeat: add x");
    const r = await runVersion(repo);
    const explain = JSON.parse(r.outputs.explain as string) as { header: string; status: string }[];
    expect(explain.filter((e) => e.status === "bump").map((e) => e.header)).toEqual(["fix: typo in x", "feat: add x"]);
    expect(r.outputs).toMatchObject({ version: "1.1.0", "release-type": "minor" });
  });

  it("still fails on an unconventional commit inside the merged branch", async () => {
    const repo = await mergedRepo(["wip stuff"], "Merge branch 'feature'");
    const r = await runVersion(repo, { "fail-on-unconventional": "true" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("1 commit is not conventional");
    expect(r.stderr).toContain('"wip stuff"');
  });

  it("ignores the refs/pull/N/merge commit a pull_request run checks out", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: a", { files: { "a.txt": "a" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.checkout("feature", { create: true });
    const head = await repo.commit("fix: b", { files: { "b.txt": "b" } });
    await repo.checkout("main");
    await repo.commit("docs: c", { files: { "c.txt": "c" } });
    const base = await repo.head();
    await repo.git("merge", "--no-ff", "-q", "-m", `Merge ${head} into ${base}`, "feature");
    const r = await runVersion(repo, { "fail-on-unconventional": "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs.version).toBe("1.0.1");
  });
});
