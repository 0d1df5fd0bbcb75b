/** Every version-valued input is a semantic version, or the run fails naming it, and nothing is tagged. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createTempRepo } from "../../helpers/git.js";
import { runVersion } from "./run-version.js";

afterAll(() => cleanupTempDirs());

describe("version-valued inputs", () => {
  it.each([
    ["initial-version", "banana"],
    ["initial-version", "99999999999999999999.0.0"],
    ["initial-version", "1.2"],
    ["version", "1.2"],
    ["version", "v9007199254740992.0.0"],
  ])("refuse %s %j with the input, the value and the accepted form, and create no tag", async (input, value) => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    const r = await runVersion(repo, { branch: "main", "create-tag": "true", "tag-method": "git", [input]: value });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Input "${input}" must be a semantic version X.Y.Z`);
    expect(r.stderr).toContain(`got "${value.replace(/^v/, "")}"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await repo.git("tag", "--list")).trim()).toBe("");
  });

  it("refuses an initial-version in the config file that is not semver", async () => {
    const repo = await createTempRepo();
    writeFileSync(join(repo.dir, "version.yml"), "initial-version: banana\n");
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    const r = await runVersion(repo, { branch: "main", "config-file": "version.yml", "create-tag": "true", "tag-method": "git" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'version.yml: initial-version must be a semantic version X.Y.Z (e.g. 1.4.0 or 2.0.0-rc.1), each number at most 9007199254740991; got "banana"',
    );
    expect((await repo.git("tag", "--list")).trim()).toBe("");
  });

  it("refuses a Release-As footer beyond the safe numbers", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("chore: go\n\nRelease-As: 99999999999999999999.0.0", { files: { "b.txt": "1" } });
    const r = await runVersion(repo, { branch: "main", "create-tag": "true", "tag-method": "git" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('must be a semantic version like 1.4.0; got "99999999999999999999.0.0"');
    expect((await repo.git("tag", "--list")).trim()).toBe("v1.0.0");
  });
});
