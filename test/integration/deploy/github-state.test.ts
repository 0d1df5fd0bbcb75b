import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseState } from "../../../src/deploy/core/rollout-state.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { ROOT } from "../../helpers/runner.js";
import { type Rig, startRig } from "./haproxy-rig.js";
import { deploy } from "./run-deploy.js";

let gh: GitHubUnderTest;
let rig: Rig | undefined;
beforeAll(async () => {
  gh = await startGitHub();
}, 60_000);
afterAll(async () => {
  await gh?.close();
});
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

let repoN = 0;
const SHA = "a".repeat(40);
function env(repo: string, extra: Record<string, string> = {}) {
  return {
    GITHUB_TOKEN: gh.token,
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_REPOSITORY: `${gh.owner}/${repo}`,
    GITHUB_SHA: SHA,
    GITHUB_RUN_ID: "1001",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.com",
    SHIPLINE_GITHUB_TIME_SCALE: "0.01",
    ...extra,
  };
}
const flags = (r: Rig, extra: Record<string, string> = {}) => ({
  "haproxy-socket": r.socket,
  stages: "50%:1s,100%",
  "check-interval": "300ms",
  "probe-url": r.url,
  "min-requests": "20",
  version: "2.0.0",
  environment: "staging",
  "environment-url": "https://staging.example.com",
  ...extra,
});

async function lockState(repo: string) {
  const s = gh.fake.repo(gh.owner, repo);
  const ref = s.refs.get("refs/shipline/deploy-lock/staging");
  if (!ref) return undefined;
  return parseState(s.tagObjects.get(ref.sha)?.message ?? "");
}

describe("rollout records, lock and state on GitHub (fake behind Prism)", () => {
  it("records one deployment in_progress then success, with URLs, and releases the lock", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const r = await deploy(flags(rig), env(repo));
    expect(r.outputs.conclusion).toBe("promoted");
    const s = gh.fake.repo(gh.owner, repo);
    expect(s.deployments).toHaveLength(1);
    const d = s.deployments[0];
    expect(String(d?.id)).toBe(r.outputs["deployment-id"]);
    const statuses = (s.deploymentStatuses.get(Number(d?.id)) ?? []).map((x) => x.state).reverse();
    expect(statuses).toEqual(["in_progress", "success"]);
    const last = s.deploymentStatuses.get(Number(d?.id))?.[0];
    expect(last?.environment_url).toBe("https://staging.example.com");
    expect(last?.log_url).toBe(`https://github.com/${gh.owner}/${repo}/actions/runs/1001`);
    expect((last?.description ?? "").length).toBeLessThanOrEqual(140);
    expect(await lockState(repo)).toBeUndefined();
  }, 60_000);

  it("fails clearly, changing nothing, when another live run holds the environment and concurrency is fail", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const holder = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    // The first run takes the lock and is still baking (long stage) while the second one starts.
    const first = deploy(flags(rig, { stages: "50%:4s,100%" }), env(repo, { GITHUB_RUN_ID: String(holder.id) }));
    await new Promise((ok) => setTimeout(ok, 1500));
    const second = await deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: "2002" }));
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      new RegExp(`Another rollout to staging is in progress: run ${holder.id} \\(2.0.0, stage 1, running\\)\\. Nothing was changed`),
    );
    expect(second.stderr).toMatch(/concurrency: wait/);
    expect((await first).outputs.conclusion).toBe("promoted");
  }, 60_000);

  it("waits for the running rollout when concurrency is wait, then proceeds", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const holder = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const first = deploy(flags(rig, { stages: "50%:2s,100%" }), env(repo, { GITHUB_RUN_ID: String(holder.id) }));
    await new Promise((ok) => setTimeout(ok, 1000));
    const second = await deploy(flags(rig), env(repo, { GITHUB_RUN_ID: "2003" }));
    expect((await first).outputs.conclusion).toBe("promoted");
    expect(second.stderr).toMatch(/Waiting for the rollout lock of staging, held by run/);
    expect(second.outputs.conclusion).toBe("promoted");
  }, 60_000);

  it("takes over a stale lock whose holder run has finished, with a notice", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const dead = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "completed", conclusion: "cancelled" });
    const msg = `shipline-rollout-state v1\n${JSON.stringify({ rolloutId: `staging/${dead.id}`, runId: String(dead.id), environment: "staging", version: "1.9.0", stage: 0, weight: 50, phase: "running", journal: [] })}\n`;
    const api = async (path: string, body: unknown) => {
      const res = await fetch(`${gh.apiUrl}/repos/${gh.owner}/${repo}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${gh.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as { sha: string };
    };
    const tag = await api("/git/tags", { tag: "shipline-deploy-lock-staging", message: msg, object: SHA, type: "commit" });
    await api("/git/refs", { ref: "refs/shipline/deploy-lock/staging", sha: tag.sha });
    const r = await deploy(flags(rig), env(repo));
    expect(r.stderr).toMatch(new RegExp(`Taking over the staging rollout lock from run ${dead.id}`));
    expect(r.outputs.conclusion).toBe("promoted");
  }, 60_000);

  it("resumes the same rollout after kill -9 when the run is re-run (GITHUB_RUN_ATTEMPT=2)", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const args = [
      "--import",
      "tsx",
      join(ROOT, "src/actions/cli.ts"),
      "deploy",
      ...Object.entries(flags(rig, { stages: "20%:1s,50%:30s,100%" })).flatMap(([k, v]) => [`--${k}`, v]),
    ];
    const child: ChildProcess = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? "", ...env(repo) },
      stdio: ["ignore", "pipe", "pipe"],
      cwd: ROOT,
    });
    let out = "";
    child.stderr?.on("data", (d) => (out += d));
    child.stdout?.on("data", (d) => (out += d));
    const deadline = Date.now() + 30_000;
    while (!out.includes("Stage 2/3") && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    await new Promise((ok) => setTimeout(ok, 500));
    child.kill("SIGKILL");
    await new Promise((ok) => child.once("exit", ok));
    expect(await rig.weight("green")).toBe(50);
    const held = await lockState(repo);
    expect(held).toMatchObject({ rolloutId: "staging/1001", stage: 1, weight: 50, phase: "running" });
    const r = await deploy(flags(rig, { stages: "20%:1s,50%:1s,100%" }), env(repo, { GITHUB_RUN_ATTEMPT: "2" }));
    expect(r.stderr).toMatch(/Resuming rollout staging\/1001 at stage 2/);
    expect(r.outputs.conclusion).toBe("promoted");
    expect(await rig.weight("green")).toBe(100);
    const s = gh.fake.repo(gh.owner, repo);
    expect(s.deployments).toHaveLength(1);
    expect(await lockState(repo)).toBeUndefined();
  }, 60_000);
});
