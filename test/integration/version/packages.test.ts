import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createBareRemote, createTempRepo, type TempRepo, tempDir } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

interface PackageRow {
  name: string;
  version: string;
  tag: string;
  released: boolean;
  tagged: string;
}

/** Two packages: a released at a@1.0.0 then fixed; b never released, with a feat. Pushes to a bare origin. */
async function monorepo(extra: string[] = []): Promise<{ repo: TempRepo; origin: TempRepo }> {
  const repo = await createTempRepo();
  const origin = await createBareRemote();
  await repo.git("remote", "add", "origin", origin.dir);
  writeFileSync(join(repo.dir, "version.yml"), "packages:\n  - name: a\n    path: packages/a\n  - name: b\n    path: packages/b\n");
  await repo.commit("feat(a): a", { files: { "packages/a/x.txt": "1" } });
  await repo.tag("a@1.0.0", { message: "a" });
  await repo.commit("fix(a): a fix", { files: { "packages/a/x.txt": "2" } });
  await repo.commit("feat(b): b", { files: { "packages/b/x.txt": "1" } });
  let n = 0;
  for (const m of extra) await repo.commit(m, { files: { [`packages/b/extra${n++}.txt`]: m } });
  await repo.git("push", "-q", "origin", "main", "--tags");
  return { repo, origin };
}

const packagesOf = (outputs: Record<string, string>) => JSON.parse(outputs.packages as string) as PackageRow[];

describe("version with a config file's packages", () => {
  it("tags every released package once and reports each in packages, explain and the summary", async () => {
    const { repo, origin } = await monorepo();
    const r = await runVersion(repo, { "config-file": "version.yml", "create-tag": "true", "tag-method": "git" });
    expect(r.code, r.stderr).toBe(0);
    expect(packagesOf(r.outputs).map((p) => [p.name, p.version, p.tag, p.tagged])).toEqual([
      ["a", "1.0.1", "a@1.0.1", "created"],
      ["b", "1.0.0", "b@1.0.0", "created"],
    ]);
    expect(r.outputs.released).toBe("true");
    expect((await origin.git("tag", "--list")).split("\n").sort()).toEqual(["a@1.0.0", "a@1.0.1", "b@1.0.0"]);
    expect(await origin.git("rev-parse", "a@1.0.1^{commit}")).toBe(await repo.head());
    const explain = JSON.parse(r.outputs.explain as string) as Record<string, { header: string; status: string }[]>;
    expect(Object.keys(explain)).toEqual(["a", "b"]);
    expect(explain.a?.map((e) => e.header)).toEqual(["fix(a): a fix"]);
    expect(explain.b?.map((e) => e.header)).toEqual(["feat(b): b"]);
    expect(r.summary).toContain("Tagged `a@1.0.1`.");
    expect(r.summary).toContain("Tagged `b@1.0.0`.");
  });

  it("is idempotent: a re-run releases nothing more and leaves the tags as they are", async () => {
    const { repo, origin } = await monorepo();
    await runVersion(repo, { "config-file": "version.yml", "create-tag": "true", "tag-method": "git" });
    const before = await origin.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/tags");
    // The re-run sees the new tags as the last releases, so nothing is released or tagged again.
    const again = await runVersion(repo, { "config-file": "version.yml", "create-tag": "true", "tag-method": "git" });
    expect(again.code, again.stderr).toBe(0);
    expect(packagesOf(again.outputs).map((p) => [p.name, p.released, p.tagged])).toEqual([
      ["a", false, ""],
      ["b", false, ""],
    ]);
    expect(await origin.git("for-each-ref", "--format=%(refname) %(objectname)", "refs/tags")).toBe(before);
  });

  it("finishes a partial release: a tag the remote already has is fetched, and only the missing one is created", async () => {
    const { repo, origin } = await monorepo();
    await repo.tag("b@1.0.0", { message: "Release b 1.0.0" });
    await repo.git("push", "-q", "origin", "refs/tags/b@1.0.0");
    await repo.git("tag", "-d", "b@1.0.0");
    // b@1.0.0 is on the remote only (a run pushed it and then failed before tagging a).
    const r = await runVersion(repo, { "config-file": "version.yml", "create-tag": "true", "tag-method": "git" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("fetching the tags");
    expect(packagesOf(r.outputs).map((p) => [p.name, p.released, p.tagged])).toEqual([
      ["a", true, "created"],
      ["b", false, ""],
    ]);
    expect((await origin.git("tag", "--list")).split("\n").sort()).toEqual(["a@1.0.0", "a@1.0.1", "b@1.0.0"]);
  });

  it("does not tag on a dry run", async () => {
    const { repo, origin } = await monorepo();
    const r = await runVersion(repo, { "config-file": "version.yml", "create-tag": "true", "tag-method": "git", "dry-run": "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(await origin.git("tag", "--list")).toBe("a@1.0.0");
    expect(r.summary).toContain("Dry run: nothing was written.");
  });

  it("fails on an unconventional commit of a package, naming the package", async () => {
    const { repo } = await monorepo(["wip on b"]);
    const r = await runVersion(repo, { "config-file": "version.yml", "fail-on-unconventional": "true" });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Package "b": 1 commit is not conventional');
    expect(r.stderr).toContain('"wip on b"');
    expect(r.stderr).not.toContain('Package "a"');
  });

  it("refuses create-tag on a branch that does not release", async () => {
    const { repo } = await monorepo();
    await repo.checkout("topic", { create: true });
    const r = await runVersion(repo, { "config-file": "version.yml", "create-tag": "true" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "create-tag" is true on branch "topic"');
  });

  it("checks the pull request title and never tags on pull requests", async () => {
    const { repo, origin } = await monorepo();
    const event = join(tempDir(), "event.json");
    writeFileSync(event, JSON.stringify({ pull_request: { number: 3, title: "Update stuff", base: { sha: await repo.head() } } }));
    const r = await runVersion(
      repo,
      { "config-file": "version.yml", "check-pr-title": "true", "create-tag": "true", "tag-method": "git" },
      { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: "main" },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The pull request title "Update stuff" is not a conventional commit header');
    expect(r.summary).toContain("Pull request #3 would release a");
    expect(await origin.git("tag", "--list")).toBe("a@1.0.0");
  });
});

describe("bump-dependents", () => {
  /** core (released at core@1.0.0, then fixed), cli depending on it (released, no own change), docs alone. */
  async function workspace(config: string, cliManifest: Record<string, unknown>): Promise<TempRepo> {
    const repo = await createTempRepo();
    writeFileSync(join(repo.dir, "version.yml"), config);
    await repo.commit("feat: start", {
      files: {
        "packages/core/package.json": JSON.stringify({ name: "@o/core", version: "1.0.0" }),
        "packages/cli/package.json": JSON.stringify(cliManifest),
        "packages/docs/package.json": JSON.stringify({ name: "@o/docs", dependencies: { "left-pad": "1" } }),
      },
    });
    for (const t of ["core@1.0.0", "cli@1.0.0", "docs@1.0.0"]) await repo.tag(t, { message: t });
    await repo.commit("fix(core): null check", { files: { "packages/core/x.txt": "1" } });
    return repo;
  }
  const config = (extra: string) =>
    `packages:\n  - name: core\n    path: packages/core\n  - name: cli\n    path: packages/cli\n  - name: docs\n    path: packages/docs\n${extra}`;

  it("releases a patch of a package that depends on a released one, and says why", async () => {
    const repo = await workspace(config("bump-dependents: true\n"), { name: "@o/cli", dependencies: { "@o/core": "workspace:^" } });
    const r = await runVersion(repo, { "config-file": "version.yml" });
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.outputs.packages as string) as { name: string; version: string; released: boolean; "dependencies-released": string[] }[];
    expect(rows.map((p) => [p.name, p.version, p.released, p["dependencies-released"]])).toEqual([
      ["core", "1.0.1", true, []],
      ["cli", "1.0.1", true, ["core"]],
      ["docs", "1.0.0", false, []],
    ]);
    expect(r.summary).toContain("released as a patch because it depends on core");
  });

  it("does nothing for dependents without bump-dependents", async () => {
    const repo = await workspace(config(""), { name: "@o/cli", dependencies: { "@o/core": "workspace:^" } });
    const rows = JSON.parse((await runVersion(repo, { "config-file": "version.yml" })).outputs.packages as string) as { name: string; released: boolean }[];
    expect(rows.map((p) => [p.name, p.released])).toEqual([
      ["core", true],
      ["cli", false],
      ["docs", false],
    ]);
  });

  it("does not count a devDependency", async () => {
    const repo = await workspace(config("bump-dependents: true\n"), { name: "@o/cli", devDependencies: { "@o/core": "workspace:^" } });
    const rows = JSON.parse((await runVersion(repo, { "config-file": "version.yml" })).outputs.packages as string) as { name: string; released: boolean }[];
    expect(rows.find((p) => p.name === "cli")?.released).toBe(false);
  });

  it("names the package.json that is not valid JSON", async () => {
    const repo = await workspace(config("bump-dependents: true\n"), { name: "@o/cli" });
    writeFileSync(join(repo.dir, "packages/cli/package.json"), "{ not json");
    const r = await runVersion(repo, { "config-file": "version.yml" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("packages/cli/package.json: is not valid JSON");
    expect(r.stderr).toContain('"bump-dependents: false"');
  });
});
