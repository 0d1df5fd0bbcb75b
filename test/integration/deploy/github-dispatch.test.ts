import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
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
      // never.yml has no workflow_dispatch trigger: GitHub accepts the dispatch but no run starts.
      if (d.workflow === "never.yml") return undefined;
      const run = gh.fake.addWorkflowRun(repo.owner, repo.repo, { workflow: d.workflow, status: "in_progress", conclusion: null, branch: d.ref });
      setTimeout(() => {
        run.status = "completed";
        run.conclusion = failAt.has(String(d.inputs.weight)) ? "failure" : "success";
      }, 150);
      // legacy.yml stands for a GitHub Enterprise Server that does not return the run (204).
      return d.workflow === "legacy.yml" ? undefined : run;
    },
  });
}, 60_000);
afterAll(async () => {
  await gh?.close();
});

const logs: string[] = [];
function provider(workflow = "traffic.yml") {
  const ports = createGitHubPorts({ token: gh.token, baseUrl: gh.apiUrl, owner: gh.owner, repo: gh.repo, userAgent: "shipline/test", log, timeScale: 0.001 });
  return new GitHubDispatchProvider(ports.actions, {
    workflow,
    ref: "main",
    version: "2.0.0",
    environment: "staging",
    rolloutId: "staging/1001",
    pollMs: 50,
    timeoutMs: 10_000,
    log: (m) => logs.push(m),
  });
}

describe("github-dispatch provider (fake behind Prism)", () => {
  it("dispatches the workflow with the stage inputs and confirms the weight once its run succeeds", async () => {
    const p = provider();
    expect(await p.read()).toBeUndefined();
    await p.apply(10, 1);
    expect(await p.read()).toBe(10);
    // GitHub returned the run (return_run_details), so the provider waited on that very run.
    expect(logs.at(-1)).toMatch(/Dispatched traffic\.yml on main to apply 10%; waiting for run \d+\./);
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

  it("finds the run by listing when the server does not return it (older GHES)", async () => {
    failAt.clear();
    const p = provider("legacy.yml");
    await p.apply(30, 1);
    expect(await p.read()).toBe(30);
    expect(logs.at(-1)).toMatch(/waiting for its run\.$/);
    expect(gh.state.dispatches.at(-1)).toMatchObject({ workflow: "legacy.yml", inputs: { weight: "30" } });
  }, 30_000);
});

describe("shipline deploy --provider github-dispatch (fake behind Prism)", () => {
  let app: Server;
  let appUrl: string;
  beforeAll(async () => {
    app = createServer((_req, res) => res.end("ok"));
    await new Promise<void>((ok) => app.listen(0, "127.0.0.1", ok));
    appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    app.closeAllConnections();
    app.close();
  });
  let n = 0;
  const env = () => ({
    GITHUB_TOKEN: gh.token,
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_REPOSITORY: `${gh.owner}/dispatch-${n++}`,
    GITHUB_SHA: "c".repeat(40),
    GITHUB_REF_NAME: "main",
    GITHUB_RUN_ID: "5001",
    SHIPLINE_GITHUB_TIME_SCALE: "0.01",
  });
  const flags = (extra: Record<string, string>) => ({
    provider: "github-dispatch",
    "dispatch-workflow": "traffic.yml",
    "dispatch-timeout": "4s",
    stages: "10%:600ms,50%:600ms,100%",
    "check-interval": "200ms",
    "probe-url": appUrl,
    "min-requests": "10",
    version: "2.0.0",
    environment: "staging",
    ...extra,
  });

  it("rolls back by dispatching action=rollback when the run that sets 50% fails", async () => {
    failAt.clear();
    failAt.add("50");
    const e = env();
    const r = await deploy(flags({}), e);
    expect(r.outputs.conclusion).toBe("rolled-back");
    expect(r.code).toBe(1);
    expect(r.outputs.reason).toMatch(/provider failed at stage 2: The dispatched workflow traffic\.yml \(run \d+\) setting 50% ended failure/);
    const repo = gh.fake.repo(gh.owner, e.GITHUB_REPOSITORY.split("/")[1] as string);
    expect(repo.dispatches.map((d) => `${d.inputs.action} ${d.inputs.weight}`)).toEqual(["apply 10", "apply 50", "rollback 0"]);
  }, 30_000);

  it("fails (the rollback too) and says why when the dispatched workflow never starts a run", async () => {
    failAt.clear();
    const r = await deploy(flags({ "dispatch-workflow": "never.yml", "dispatch-timeout": "1s" }), env());
    expect(r.code).toBe(1);
    expect(r.outputs.conclusion).toBe("failed");
    expect(r.outputs.reason).toMatch(/did not start a run within 1 s.*the rollback failed too: .*did not start a run/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});
