/**
 * notes and versions: without `--version` it previews the next release with version's own code;
 * a version that is not semver (an input, or a CHANGELOG heading read back) fails before anything
 * is written; a dry run reports nothing updated; a run without a token says the release was skipped.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { notesCommand } from "../../../src/notes/command.js";
import { cleanupTempDirs, createTempRepo } from "../../helpers/git.js";
import { runVersion } from "../version/run-version.js";

afterAll(() => cleanupTempDirs());

async function notes(repo: { dir: string; env: Record<string, string> }, flags: Record<string, string>) {
  let out = "";
  const err: string[] = [];
  const rt = new CliRuntime({
    flags: new Map(Object.entries(flags)),
    env: repo.env,
    cwd: repo.dir,
    json: true,
    stdout: (t) => (out += t),
    stderr: (t) => err.push(t),
    clock: () => new Date("2024-07-01T12:00:00Z"),
  });
  const code = await executeCommand(notesCommand as never, rt);
  rt.flush();
  return { code, outputs: (out ? JSON.parse(out) : {}) as Record<string, string>, stderr: err.join(""), summary: rt.summaryText() };
}

async function released() {
  const repo = await createTempRepo();
  await repo.commit("feat: first", { files: { "a.txt": "1" } });
  await repo.tag("v1.4.2", { message: "v1.4.2" });
  await repo.commit("fix: a crash", { files: { "b.txt": "1" } });
  await repo.commit("fix(edge-case): keep the query (#892)\n\n* feat: first try", { files: { "c.txt": "1" } });
  return repo;
}

describe("notes without a version", () => {
  it("writes the notes of the next version, the one version computes", async () => {
    const repo = await released();
    const v = await runVersion(repo, { branch: "main" });
    expect(v.outputs.version).toBe("1.4.3");
    const r = await notes(repo, { contributors: "false" });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("No version given: the next version is 1.4.3");
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toMatch(/^## 1\.4\.3 \(2024-07-01\)/m);
    expect(r.outputs.notes).toContain("- a crash");
  });

  it("fails naming the version input when no commit calls for a release", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("docs: typo", { files: { "b.txt": "1" } });
    const r = await notes(repo, {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "version" is not set, and no commit since v1.0.0 calls for a release');
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
  });
});

describe("versions notes refuses", () => {
  it.each([
    [{ version: "1.2" }, 'Input "version" must be a semantic version X.Y.Z (e.g. 1.4.0 or 2.0.0-rc.1), each number at most 9007199254740991; got "1.2"'],
    [{ version: "99999999999999999999.0.0" }, 'got "99999999999999999999.0.0"'],
    [{ tag: "vbanana" }, 'Input "tag" names version "banana" after the prefix "v"'],
  ])("%j, writing nothing", async (flags, message) => {
    const repo = await released();
    const r = await notes(repo, flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
    expect((await repo.git("tag", "--list")).trim()).toBe("v1.4.2");
  });

  it("a CHANGELOG heading whose version is not semver, naming the line, and leaves the file alone", async () => {
    const repo = await released();
    const text = "# Changelog\n\n## 1.2 (2024-06-01)\n\n- old\n\n## [1.1.0](https://x/compare) (2024-05-01)\n\n- older\n";
    writeFileSync(join(repo.dir, "CHANGELOG.md"), text);
    const r = await notes(repo, { version: "1.4.3" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Input "changelog" names "CHANGELOG.md", whose heading on line 3 ("## 1.2 (2024-06-01)") has version "1.2"');
    expect(r.stderr).toContain("## 1.2.0");
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toBe(text);
  });
});

describe("what notes reports", () => {
  it("says changelog-updated false on a dry run, which writes nothing", async () => {
    const repo = await released();
    const r = await notes(repo, { version: "1.4.3", "dry-run": "true" });
    expect(r.code, r.stderr).toBe(0);
    expect(String(r.outputs["changelog-updated"])).toBe("false");
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
  });

  it("says in the summary that the release was not published without a token, and why", async () => {
    const repo = await released();
    const r = await notes(repo, { version: "1.4.3" });
    expect(r.code, r.stderr).toBe(0);
    expect(String(r.outputs["changelog-updated"])).toBe("true");
    expect(r.summary).toContain("The GitHub release was not published: no GitHub token was given.");
    const off = await notes(repo, { version: "1.4.3", release: "false" });
    expect(off.summary).not.toContain("was not published");
  });
});
