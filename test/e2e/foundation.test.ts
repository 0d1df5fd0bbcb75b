import { describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../src/kernel/command.js";
import { runBundle, runCli } from "../helpers/runner.js";

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
