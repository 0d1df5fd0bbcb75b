import { mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main, resolveCliCwd } from "../../../src/cli.js";
import { cleanupTempDirs, createTempRepo, tempDir } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

/** Runs the CLI in-process, from source, and returns what a user sees. */
async function cli(argv: string[], env: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe("shipline version --cwd", () => {
  it("runs in a relative --cwd once, not in --cwd joined to itself", async () => {
    const parent = tempDir("shipline-cwd-");
    const dir = join(parent, "r");
    mkdirSync(dir);
    const repo = await createTempRepo({ dir });
    await repo.commit("feat: a", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("fix: b", { files: { "b.txt": "1" } });
    // The test process cannot chdir (vitest workers), so the relative path is taken from where it runs.
    const rel = relative(process.cwd(), dir);
    expect(rel.startsWith("/")).toBe(false);
    const r = await cli(["version", "--cwd", rel, "--json"], repo.env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: "1.0.1", tag: "v1.0.1", "previous-tag": "v1.0.0", released: "true", commits: "1" });
  });

  it("resolves --working-directory inside --cwd", async () => {
    const parent = tempDir("shipline-cwd-");
    mkdirSync(join(parent, "repo"));
    const repo = await createTempRepo({ dir: join(parent, "repo") });
    await repo.commit("feat: a", { files: { "a.txt": "1" } });
    const r = await cli(["version", "--cwd", relative(process.cwd(), parent), "--working-directory", "repo", "--json"], repo.env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ version: "1.0.0", released: "true" });
  });

  it("names the missing directory, resolved once, when --cwd does not exist", async () => {
    const parent = tempDir("shipline-cwd-");
    const rel = relative(process.cwd(), join(parent, "missing"));
    const r = await cli(["version", "--cwd", rel], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`"${join(parent, "missing")}"`);
    expect(r.stderr).not.toContain("missing/missing");
  });

  it.each([
    [undefined, "/work", "/work"],
    ["r", "/work", "/work/r"],
    ["../x", "/work/a", "/work/x"],
    ["/abs", "/work", "/abs"],
  ])("resolves --cwd %j from %s to %s", (flag, base, expected) => {
    expect(resolveCliCwd(flag, base)).toBe(expected);
  });
});
