import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubUnderTest, startGitHub } from "../fakes/github/index.js";
import { cleanupTempDirs, tempDir } from "../helpers/git.js";
import { findLeaks, leakForms, secretPart } from "../helpers/canary.js";
import { runBundle, runCli } from "../helpers/runner.js";

const READ_TOKEN = "ghs_gateForkReadOnly000000";
let gh: GitHubUnderTest;
let n = 0;
beforeAll(async () => {
  gh = await startGitHub({ tokens: { ghs_faketoken0000000000: "write", [READ_TOKEN]: "read" } });
});
afterAll(async () => {
  await gh?.close();
  cleanupTempDirs();
});

function reportsDir(failures: number): string {
  const dir = tempDir();
  const cases = [`<testcase name="ok" classname="suite" time="0.1"/>`];
  for (let i = 0; i < failures; i++)
    cases.push(`<testcase name="bad ${i}" classname="suite" file="src/a.test.ts" line="${i + 1}"><failure message="boom ${i}">trace</failure></testcase>`);
  writeFileSync(join(dir, "junit.xml"), `<testsuite name="suite">${cases.join("")}</testsuite>`);
  return dir;
}

function pr(dir: string, name: string, inputs: Record<string, string> = {}, token = gh.token, fork = false) {
  const event = {
    pull_request: { number: 5, head: { repo: { full_name: fork ? "forker/r" : `${gh.owner}/${name}` } }, base: { repo: { full_name: `${gh.owner}/${name}` } } },
  };
  return runBundle("gate", {
    cwd: dir,
    inputs: { reports: "junit.xml", ...inputs },
    token,
    apiUrl: gh.apiUrl,
    eventName: "pull_request",
    event,
    env: { GITHUB_REPOSITORY: `${gh.owner}/${name}`, GITHUB_EVENT_NAME: "pull_request", GITHUB_BASE_REF: "main", GITHUB_SHA: "d".repeat(40) },
  });
}

describe("dist/gate as the runner runs it", () => {
  it("creates a check run with every annotation (batched) and one sticky comment", async () => {
    const name = `gate-${n++}`;
    const dir = reportsDir(60);
    const r = await pr(dir, name);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ conclusion: "failure", tests: "61", passed: "1", failed: "60" });
    const state = gh.fake.repo(gh.owner, name);
    expect(state.checkRuns).toHaveLength(1);
    expect(state.checkRuns[0]?.conclusion).toBe("failure");
    expect(state.checkRunAnnotations.get(state.checkRuns[0]?.id as number)).toHaveLength(60);
    await pr(dir, name);
    const comments = state.comments.filter((c) => c.issue_number === 5);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("## ❌ Gate failed");
    expect(r.annotations.find((a) => a.level === "error")?.message).toContain("The gate failed. failures: 60 failed or errored (max 0).");
  });

  it("on a fork's read-only token, annotates through the log and warns instead of failing for permissions", async () => {
    const name = `gate-${n++}`;
    const r = await pr(reportsDir(1), name, {}, READ_TOKEN, true);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.some((a) => a.level === "error" && a.file === "src/a.test.ts" && a.line === 1)).toBe(true);
    expect(
      r.annotations
        .filter((a) => a.level === "warning")
        .map((a) => a.message)
        .join("\n"),
    ).toContain("the pull request comes from a fork");
    expect(r.summary).toContain("Gate failed");
    const passing = await pr(reportsDir(0), name, {}, READ_TOKEN, true);
    expect(passing.exitCode).toBe(0);
  });

  it("compares with the base branch's report from the latest artifact", async () => {
    const name = `gate-${n++}`;
    const base = {
      schema: "shipline-gate/1",
      conclusion: "success",
      totals: { tests: 5, passed: 5, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 1 },
      coverage: undefined,
      failedIds: ["suite > bad 0"],
      commit: "x",
    };
    gh.fake.addArtifact(
      gh.owner,
      name,
      "shipline-gate-report",
      Buffer.from(zipSync({ "shipline-gate-report.json": new TextEncoder().encode(JSON.stringify(base)) })),
      { branch: "main" },
    );
    const r = await pr(reportsDir(1), name, { "max-test-drop": "1", "max-failures": "1" });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain("also on base");
    expect(r.summary.replace(/\\/g, "")).toContain("2 vs 5 on the base (-3, max drop 1)");
  });

  it("never takes the baseline from a fork's run on a branch named like the base branch", async () => {
    const name = `gate-${n++}`;
    const forged = {
      schema: "shipline-gate/1",
      conclusion: "success",
      totals: { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 1 },
      failedIds: ["suite > bad 0"],
    };
    gh.fake.addArtifact(
      gh.owner,
      name,
      "shipline-gate-report",
      Buffer.from(zipSync({ "shipline-gate-report.json": new TextEncoder().encode(JSON.stringify(forged)) })),
      { branch: "main", headRepositoryId: 999 },
    );
    const r = await pr(reportsDir(1), name, { "max-test-drop": "0", "max-failures": "1" });
    expect(r.summary).not.toContain("also on base");
    expect(r.summary).toContain("no baseline report from the base branch: skipped");
    expect(r.annotations.some((a) => a.message.includes("of this repository yet"))).toBe(true);
  });

  it("refuses a baseline whose values are not what the gate writes, naming the field", async () => {
    const name = `gate-${n++}`;
    const bad = {
      schema: "shipline-gate/1",
      conclusion: "success",
      totals: { tests: "<img src=x onerror=alert(1)>", passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 0, durationMs: 1 },
      failedIds: [],
    };
    gh.fake.addArtifact(
      gh.owner,
      name,
      "shipline-gate-report",
      Buffer.from(zipSync({ "shipline-gate-report.json": new TextEncoder().encode(JSON.stringify(bad)) })),
      { branch: "main" },
    );
    const r = await pr(reportsDir(0), name, { "max-test-drop": "1" });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain("the field totals.tests is not valid");
    expect(
      gh.fake
        .repo(gh.owner, name)
        .comments.map((c) => c.body)
        .join(""),
    ).not.toContain("<img");
  });

  it("in workflow_run mode reads the fork run's uploaded reports, refuses entries that escape, and comments on its PR", async () => {
    const name = `gate-${n++}`;
    const junit = `<testsuite name="suite"><testcase name="ok" classname="suite"/><testcase name="bad" classname="suite" file="src/a.test.ts" line="3"><failure message="boom">trace</failure></testcase></testsuite>`;
    const zip = zipSync({
      "reports/junit.xml": new TextEncoder().encode(junit),
      "../../escape.xml": new TextEncoder().encode(junit),
    });
    gh.fake.addArtifact(gh.owner, name, "fork-reports", Buffer.from(zip), { id: 4242, branch: "feature", sha: "e".repeat(40) });
    const r = await runBundle("gate", {
      cwd: tempDir(),
      inputs: { reports: "**/*.xml", "reports-artifact": "fork-reports" },
      token: gh.token,
      apiUrl: gh.apiUrl,
      eventName: "workflow_run",
      event: { workflow_run: { id: 4242, head_sha: "e".repeat(40), pull_requests: [{ number: 7 }] } },
      env: { GITHUB_REPOSITORY: `${gh.owner}/${name}`, GITHUB_EVENT_NAME: "workflow_run", GITHUB_SHA: "d".repeat(40) },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ tests: "2", passed: "1", failed: "1" });
    expect(r.annotations.some((a) => a.level === "warning" && a.message.includes('skipped the entry "../../escape.xml"'))).toBe(true);
    const state = gh.fake.repo(gh.owner, name);
    expect(state.checkRuns[0]?.head_sha).toBe("e".repeat(40));
    expect(state.comments.filter((c) => c.issue_number === 7)).toHaveLength(1);
  });

  it("rejects reports-artifact outside a workflow_run event, naming the input", async () => {
    const r = await pr(reportsDir(0), `gate-${n++}`, { "reports-artifact": "x" });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === "error")?.message ?? "";
    expect(error).toContain("reports-artifact");
    expect(error).toContain('this run is "pull_request"');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints GITHUB_TOKEN=<token>", async () => {
    // A test suite that dumps its environment: the workflow passed the token to the command through
    // env:, the command prints it, and a failing test's message and output carry it into the report.
    const name = `gate-${n++}`;
    const dir = tempDir();
    const leak = `GITHUB_TOKEN=${gh.token}`;
    writeFileSync(
      join(dir, "junit.xml"),
      `<testsuite name="suite"><testcase name="prints ${leak}" classname="suite" file="src/env.test.ts" line="4"><failure message="expected no env, got ${leak}">${leak}\nat env.test.ts:4</failure><system-out>${leak}</system-out></testcase></testsuite>`,
    );
    const r = await runBundle("gate", {
      cwd: dir,
      inputs: { reports: "junit.xml", command: 'env | grep -i token; echo "the token is $GITHUB_TOKEN" >&2; exit 1' },
      token: gh.token,
      apiUrl: gh.apiUrl,
      eventName: "pull_request",
      event: { pull_request: { number: 5, head: { repo: { full_name: `${gh.owner}/${name}` } }, base: { repo: { full_name: `${gh.owner}/${name}` } } } },
      env: { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: `${gh.owner}/${name}`, GITHUB_EVENT_NAME: "pull_request", GITHUB_SHA: "d".repeat(40) },
    });
    expect(r.exitCode).toBe(1);
    // The command ran and printed, masked; the failing test is reported.
    expect(r.stdout).toContain("GITHUB_TOKEN=***");
    expect(r.outputs).toMatchObject({ failed: "1" });
    const state = gh.fake.repo(gh.owner, name);
    expect(state.comments.filter((c) => c.issue_number === 5)).toHaveLength(1);
    expect(state.checkRuns).toHaveLength(1);
    // The harness already ran its canary over stdout, the summary, the outputs, files and request
    // bodies; this names each surface a user looks at, in every escaping.
    const surfaces = {
      stdout: r.stdout.replace(`::add-mask::${gh.token}`, ""),
      stderr: r.stderr,
      summary: r.summary,
      outputs: JSON.stringify(r.outputs),
      comment: JSON.stringify(state.comments),
      "check run": JSON.stringify(state.checkRuns),
      annotations: JSON.stringify([...state.checkRunAnnotations.values()]),
    };
    // The mask stands where the token stood; the summary keeps the underscore as written.
    expect(r.summary).toContain("GITHUB_TOKEN=***");
    for (const [where, text] of Object.entries(surfaces))
      for (const [form, value] of leakForms(secretPart(gh.token))) expect(text.includes(value), `${form} token in the ${where}`).toBe(false);
    expect(findLeaks({ tokens: [gh.token], texts: surfaces, dirs: [], before: new Map(), marks: new Map() })).toEqual([]);
  });

  it("as the CLI, prints the outputs with --json and exits 1 when the gate fails, 0 when it passes", async () => {
    const failing = await runCli(["gate", "--reports", "junit.xml", "--json"], { cwd: reportsDir(2) });
    expect(failing.exitCode).toBe(1);
    expect(JSON.parse(failing.stdout)).toMatchObject({ conclusion: "failure", tests: "3", failed: "2" });
    expect(failing.stderr).toContain("2 failed or errored (max 0)");
    const passing = await runCli(["gate", "--reports", "junit.xml", "--json"], { cwd: reportsDir(0) });
    expect(passing.exitCode).toBe(0);
    expect(JSON.parse(passing.stdout)).toMatchObject({ conclusion: "success", tests: "1", passed: "1" });
  });
});
