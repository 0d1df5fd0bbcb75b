import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createTempRepo, type TempRepo, tempDir } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

/**
 * What a pull_request run checks out: main at v1.0.0 plus `onMain`, a PR branch with `commits`,
 * and HEAD the test merge commit GitHub makes (refs/pull/N/merge, "Merge <head> into <base>").
 */
async function pullRequest(commits: string[], onMain: string[] = []): Promise<TempRepo> {
  const repo = await createTempRepo();
  await repo.commit("feat: a", { files: { "a.txt": "1" } });
  await repo.tag("v1.0.0", { message: "v1.0.0" });
  await repo.checkout("pr", { create: true });
  let n = 0;
  let head = "";
  for (const c of commits) head = await repo.commit(c, { files: { [`pr${n++}.txt`]: c } });
  await repo.checkout("main");
  for (const c of onMain) await repo.commit(c, { files: { [`main${n++}.txt`]: c } });
  const base = await repo.head();
  await repo.git("checkout", "-q", "--detach");
  await repo.git("merge", "--no-ff", "-q", "-m", `Merge ${head} into ${base}`, "pr");
  return repo;
}

async function onPull(repo: TempRepo, title: string, flags: Record<string, string>, payload: Record<string, unknown> = {}) {
  const event = join(tempDir(), "event.json");
  writeFileSync(event, JSON.stringify({ pull_request: { number: 8, title, ...payload } }));
  return runVersion(repo, flags, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: "main" });
}

describe("pr-version-from on pull requests", () => {
  it("computes the version from the PR title as one commit, ignoring the PR's own commits", async () => {
    const repo = await pullRequest(["wip", "more wip", "fix typo"]);
    const r = await onPull(repo, "feat(api): add paging", { "pr-version-from": "title", "fail-on-unconventional": "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.1.0", "release-type": "minor" });
    const explain = JSON.parse(r.outputs.explain as string) as { header: string; status: string }[];
    expect(explain.map((e) => [e.header, e.status])).toEqual([["feat(api): add paging", "bump"]]);
  });

  it("keeps the commits already on the base branch since the last release", async () => {
    const repo = await pullRequest(["wip"], ["feat!: breaking on main"]);
    const r = await onPull(repo, "fix: small", { "pr-version-from": "title" });
    expect(r.outputs).toMatchObject({ version: "2.0.0" });
    const explain = JSON.parse(r.outputs.explain as string) as { header: string }[];
    expect(explain.map((e) => e.header)).toEqual(["fix: small", "feat!: breaking on main"]);
  });

  it("counts the PR's commits by default", async () => {
    const repo = await pullRequest(["fix: one", "feat: two"]);
    const r = await onPull(repo, "fix: small", {});
    expect(r.outputs).toMatchObject({ version: "1.1.0" });
  });

  it("reports an unconventional title as the one unparseable change", async () => {
    const repo = await pullRequest(["feat: fine"]);
    const r = await onPull(repo, "Add paging", { "pr-version-from": "title", "fail-on-unconventional": "true" });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ released: "false" });
    expect(r.stderr).toContain("1 commit is not conventional");
    expect(r.stderr).toContain('"Add paging"');
  });

  it("uses the event's base commit when HEAD is the PR branch rather than the merge commit", async () => {
    const repo = await pullRequest(["wip"]);
    const base = await repo.git("rev-parse", "HEAD^1");
    await repo.git("checkout", "-q", "pr");
    const r = await onPull(repo, "feat: via base sha", { "pr-version-from": "title" }, { base: { sha: base } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.outputs).toMatchObject({ version: "1.1.0" });
  });

  it("does not take a PR branch that merged main in for GitHub's merge commit", async () => {
    const repo = await pullRequest(["wip"], ["feat: on main"]);
    const base = await repo.git("rev-parse", "HEAD^1");
    await repo.git("checkout", "-q", "pr");
    await repo.git("merge", "--no-ff", "-q", "-m", "Merge branch 'main' into pr", "main");
    expect(await repo.git("log", "-1", "--format=%s")).toBe("Merge branch 'main' into pr");
    const r = await onPull(repo, "fix: from the title", { "pr-version-from": "title" }, { base: { sha: base } });
    expect(r.code, r.stderr).toBe(0);
    const explain = JSON.parse(r.outputs.explain as string) as { header: string }[];
    expect(explain.map((e) => e.header)).toEqual(["fix: from the title", "feat: on main"]);
  });

  it("fails naming the input when the PR's commits cannot be told apart", async () => {
    const repo = await pullRequest(["wip"]);
    await repo.git("checkout", "-q", "pr");
    const r = await onPull(repo, "feat: x", { "pr-version-from": "title" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "pr-version-from" is "title", but the pull request\'s commits cannot be told apart');
    expect(r.stderr).toContain("pr-version-from: commits");
  });

  it("rejects an unknown pr-version-from", async () => {
    const repo = await pullRequest(["wip"]);
    const r = await onPull(repo, "feat: x", { "pr-version-from": "message" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "pr-version-from" must be one of commits, title; got "message"');
  });
});
