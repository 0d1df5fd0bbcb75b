import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../../src/cli.js";
import { COMMAND_NAMES } from "../../../src/kernel/command.js";
import { cleanupTempDirs, tempDir } from "../../helpers/git.js";

afterAll(() => cleanupTempDirs());

/** Runs the CLI in-process, from source, and returns what a user sees. */
async function cli(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { PATH: process.env.PATH ?? "", ...env } });
  return { code, stdout, stderr };
}

const JUNIT = `<testsuite name="s" tests="1" failures="0"><testcase classname="a" name="passes" time="0.1"/></testsuite>`;

function reportsDir(): string {
  const dir = tempDir("shipline-files-");
  writeFileSync(join(dir, "junit.xml"), JUNIT);
  return dir;
}

describe("file-valued CLI flags", () => {
  it("creates the --summary-file directory when it is missing, and keeps the command's result", async () => {
    const dir = reportsDir();
    const file = join(dir, "out", "deep", "summary.md");
    const r = await cli(["gate", "--cwd", dir, "--reports", "junit.xml", "--summary-file", file, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, "utf8")).toContain("passes");
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: "1" });
  });

  it("names an unwritable --summary-file in one line without a stack trace, and prints the summary instead", async () => {
    const dir = reportsDir();
    const file = join(dir, "is-a-directory");
    mkdirSync(file);
    const r = await cli(["gate", "--cwd", dir, "--reports", "junit.xml", "--summary-file", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Could not write --summary-file "${file}" (EISDIR)`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // The work is not lost: the summary still reaches the user.
    expect(r.stdout).toContain("passes");
  });

  it.each(COMMAND_NAMES.map((c) => [c]))("%s --cwd /nonexistent names the missing directory", async (command) => {
    const missing = join(tempDir("shipline-files-"), "nonexistent");
    const r = await cli([command, "--cwd", missing]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`error: --cwd "${missing}" does not exist. Pass an existing directory.`);
  });

  it("names a --summary-file whose directory cannot be created, instead of hanging or printing a stack trace", async () => {
    const dir = reportsDir();
    const r = await cli(["gate", "--cwd", dir, "--reports", "junit.xml", "--summary-file", "/proc/shipline-missing/summary.md"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Could not write --summary-file "/proc/shipline-missing/summary.md" (ENOENT)');
    expect(r.stdout).toContain("passes");
  });

  it("warns that a secret passed as a flag is visible in the process list, and never prints its value", async () => {
    const dir = reportsDir();
    const token = "ghs_flagTokenVisibleInPs0001";
    const r = await cli(["gate", "--cwd", dir, "--reports", "junit.xml", "--github-token", token]);
    expect(r.stderr).toContain("--github-token on the command line is visible to other users of this machine (ps, shell history); set GITHUB_TOKEN instead.");
    expect(r.stdout + r.stderr).not.toContain("flagTokenVisibleInPs0001");
  });

  it("masks a token from the environment that was pasted as an argument, in errors before the command runs", async () => {
    const token = "ghs_pastedAsPositional00001";
    const r = await cli(["gate", token], { GITHUB_TOKEN: token });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unexpected argument "***"');
    expect(r.stderr).not.toContain("pastedAsPositional00001");
  });

  it("gate --cwd on a file says it is not a directory instead of matching no report", async () => {
    const dir = reportsDir();
    const r = await cli(["gate", "--cwd", join(dir, "junit.xml"), "--reports", "junit.xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a directory");
    expect(r.stderr).not.toContain("matched");
  });

  it.each(["gate", "version", "notes", "deploy"])("%s --working-directory that does not exist is an input error naming it", async (command) => {
    const dir = reportsDir();
    const r = await cli(
      [command, "--cwd", dir, "--working-directory", "missing", "--reports", "junit.xml"].filter(
        (a, i, all) => command === "gate" || (a !== "--reports" && all[i - 1] !== "--reports"),
      ),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Input "working-directory" does not exist ("${join(dir, "missing")}")`);
  });
});
