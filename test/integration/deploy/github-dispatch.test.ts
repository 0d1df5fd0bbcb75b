import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitHubDispatchProvider } from "../../../src/deploy/providers/github-dispatch.js";
import { ErrorCode } from "../../../src/kernel/errors.js";
import { createGitHubPorts } from "../../../src/kernel/github/index.js";
import type { Logger } from "../../../src/kernel/runtime.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { deploy } from "./run-deploy.js";

const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, notice: () => {}, debug: () => {}, group: (_n, fn) => fn() };

// The dispatched "traffic workflow": it starts a run, then
// finishes it a little later; weights listed in `failAt` conclude "failure".
const failAt = new Set<string>();
let gh: GitHubUnderTest;
beforeAll(async () => {
  gh = await startGitHub({
    onDispatch: (repo, d) => {
      const run = gh.fake.addWorkflowRun(repo.owner, repo.repo, { workflow: d.workflow, status: "in_progress", conclusion: null, branch: d.ref });
      setTimeout(() => {
        run.status = "completed";
        run.conclusion = failAt.has(String(d.inputs.weight)) ? "failure" : "success";
      }, 150);
    },
  });
}, 60_000);
afterAll(async () => {
  await gh?.close();
});

function provider() {
  const ports = createGitHubPorts({ token: gh.token, baseUrl: gh.apiUrl, owner: gh.owner, repo: gh.repo, userAgent: "shipline/test", log, timeScale: 0.001 });
  return new GitHubDispatchProvider(ports.actions, {
    workflow: "traffic.yml",
    ref: "main",
    version: "2.0.0",
    environment: "staging",
    rolloutId: "staging/1001",
    pollMs: 50,
    timeoutMs: 10_000,
  });
}

describe("github-dispatch provider (fake behind Prism)", () => {
  it("dispatches the workflow with the stage inputs and confirms the weight once its run succeeds", async () => {
    const p = provider();
    expect(await p.read()).toBeUndefined();
    await p.apply(10, 1);
    expect(await p.read()).toBe(10);
    const d = gh.state.dispatches.at(-1);
    expect(d).toMatchObject({
      workflow: "traffic.yml",
      ref: "main",
      inputs: { action: "apply", weight: "10", stage: "1", version: "2.0.0" },
    });
    await p.rollback();
    expect(await p.read()).toBe(0);
    expect(gh.state.dispatches.at(-1)?.inputs.action).toBe("rollback");
  }, 30_000);

  it("fails the move, naming the run and its conclusion, when the dispatched run does not succeed", async () => {
    failAt.add("50");
    const p = provider();
    await p.apply(10, 1);
    const err = await p.apply(50, 2).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: ErrorCode.ProcessFailed });
    expect(String((err as Error).message)).toMatch(
      /The dispatched workflow traffic\.yml \(run \d+\) setting 50% ended failure: https:\/\/github\.com\/.*\/actions\/runs\/\d+/,
    );
    // The router's truth stays the last confirmed move.
    expect(await p.read()).toBe(10);
  }, 30_000);

  it("refuses to start without dispatch-workflow, naming the input and what it needs, with exit 2", async () => {
    const r = await deploy(
      { provider: "github-dispatch", "probe-url": "http://127.0.0.1:9/", stages: "100%" },
      { GITHUB_TOKEN: gh.token, GITHUB_API_URL: gh.apiUrl },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dispatch-workflow/);
    expect(r.stderr).toMatch(/traffic\.yml/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
