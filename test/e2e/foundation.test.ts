import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../src/kernel/command.js";
import { cleanupTempDirs, createTempRepo } from "../helpers/git.js";
import { runBundle, runCli } from "../helpers/runner.js";

afterAll(() => cleanupTempDirs());

const TOKEN = "ghs_e2eSecretToken1234567890";

describe("the bundles as the runner runs them", () => {
  it("fails the root action with one line naming the missing command input", async () => {
    const r = await runBundle("main");
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe('Input "command" is required: choose one of gate, version, notes, loadtest, deploy.');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it("rejects an unknown command with the accepted values and a suggestion", async () => {
    const r = await runBundle("main", { inputs: { command: "verison" } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === "error")?.message).toContain(
      'must be one of gate, version, notes, loadtest, deploy; got "verison". Did you mean "version"?',
    );
  });

  it("masks the token with the runner and never prints it anywhere", async () => {
    const r = await runBundle("main", { inputs: { command: "version" }, token: TOKEN });
    expect(r.masked).toContain(TOKEN);
    for (const text of [r.stdout.replace(`::add-mask::${TOKEN}`, ""), r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(TOKEN);
  });

  it("runs command: version through the root action with the same outputs as ./version", async () => {
    const repo = await createTempRepo();
    await repo.commit("feat: first", { files: { "a.txt": "1" } });
    await repo.tag("v1.0.0", { message: "v1.0.0" });
    await repo.commit("fix: second", { files: { "b.txt": "1" } });
    const env = { ...repo.env, GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main" };
    const root = await runBundle("main", { cwd: repo.dir, inputs: { command: "version" }, env });
    const own = await runBundle("version", { cwd: repo.dir, env });
    expect(root.exitCode, root.stdout).toBe(0);
    expect(root.outputs).toMatchObject({ version: "1.0.1", tag: "v1.0.1", "previous-tag": "v1.0.0", "release-type": "patch", released: "true" });
    expect(root.outputs).toEqual(own.outputs);
    expect(root.summary).toContain("Next version: `v1.0.1`, a patch release");
  });

  it("runs command: gate through the root action and fails the step on a failing test", async () => {
    const repo = await createTempRepo();
    const junit = (failures: string) =>
      `<?xml version="1.0"?><testsuite name="s" tests="2" failures="${failures ? 1 : 0}"><testcase name="a" classname="s" time="0.1"/><testcase name="b" classname="s" time="0.2">${failures}</testcase></testsuite>`;
    writeFileSync(join(repo.dir, "ok.xml"), junit(""));
    const ok = await runBundle("main", { cwd: repo.dir, inputs: { command: "gate", reports: "ok.xml" }, env: repo.env });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.outputs).toMatchObject({ conclusion: "success", tests: "2", passed: "2", failed: "0" });
    writeFileSync(join(repo.dir, "bad.xml"), junit('<failure message="expected 1 to be 2">at s.test.ts:3</failure>'));
    const bad = await runBundle("main", { cwd: repo.dir, inputs: { command: "gate", reports: "bad.xml" }, env: repo.env });
    expect(bad.exitCode).toBe(1);
    expect(bad.outputs).toMatchObject({ conclusion: "failure", tests: "2", passed: "1", failed: "1" });
    expect(bad.annotations.filter((a) => a.level === "error").length).toBeGreaterThanOrEqual(1);
    // gate's own "command" (the test command) is "test-command" in the root action, where
    // "command" selects gate: it runs, and its failure fails the gate even with passing reports.
    const cmd = await runBundle("main", {
      cwd: repo.dir,
      inputs: { command: "gate", "test-command": "echo ran-tests; exit 3", reports: "ok.xml" },
      env: repo.env,
    });
    expect(cmd.exitCode).toBe(1);
    expect(cmd.stdout).toContain("ran-tests");
    expect(cmd.annotations.find((a) => a.level === "error")?.message).toMatch(/test command: exited with 3/);
  });

  it("shows the stack trace only in debug mode", async () => {
    const plain = await runBundle("main", { inputs: { command: "nope" } });
    expect(plain.stdout).not.toMatch(/\s+at /);
    const debug = await runBundle("main", { inputs: { command: "nope" }, env: { RUNNER_DEBUG: "1" } });
    expect(debug.exitCode).toBe(1);
    expect(debug.stdout).toMatch(/::debug::.*InputError.*%0A\s+at /);
  });
});

describe("the shipline CLI", () => {
  it("lists the five commands in --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.exitCode).toBe(0);
    for (const name of COMMAND_NAMES) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("rejects an unknown flag with a suggestion, exit code 2 and no stack trace", async () => {
    const r = await runCli(["version", "--tag-prefx", "v"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.trim()).toBe(
      'error: Unknown flag "--tag-prefx" for shipline version. Did you mean "--tag-prefix"? Run "shipline version --help" for its flags.',
    );
  });

  it("rejects a bad flag value naming the input, the value and the accepted form", async () => {
    const r = await runCli(["deploy", "--check-interval", "soon"]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Input "check-interval" must be a duration like 90s, 5m, 1h or 1h30m (units ms, s, m, h, d); got "soon".');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints its version", async () => {
    const r = await runCli(["--version"]);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
