import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanupTempDirs, createTempRepo, tempDir } from "../helpers/git.js";
import { runCli } from "../helpers/runner.js";

afterAll(() => cleanupTempDirs());

describe("shipline version (the built CLI)", () => {
  it("runs in a relative --cwd from its parent directory and prints the outputs as JSON", async () => {
    const parent = tempDir("shipline-cli-");
    mkdirSync(join(parent, "r"));
    const repo = await createTempRepo({ dir: join(parent, "r") });
    await repo.commit("feat: a", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("feat: b", { files: { "b.txt": "1" } });
    const r = await runCli(["version", "--cwd", "r", "--json"], { cwd: parent, env: repo.env });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.json).toMatchObject({
      version: "1.1.0",
      "previous-version": "1.0.0",
      tag: "v1.1.0",
      "previous-tag": "v1.0.0",
      "release-type": "minor",
      released: "true",
      prerelease: "false",
      commits: "1",
    });
    expect(JSON.parse(r.json?.explain ?? "[]")).toEqual([expect.objectContaining({ header: "feat: b", status: "bump", bump: "minor" })]);
  });
});
