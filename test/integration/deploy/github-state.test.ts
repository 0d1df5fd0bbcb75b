import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deployCommand } from "../../../src/deploy/command.js";
import { parseState } from "../../../src/deploy/core/rollout-state.js";
import { haproxyCommand } from "../../../src/deploy/providers/haproxy.js";
import { createCommandContext, executeCommand } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
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
  return parseState((ref.type === "tag" ? s.tagObjects.get(ref.sha)?.message : s.commits.get(ref.sha)?.message) ?? "");
}

describe("rollout records, lock and state on GitHub (fake behind Prism)", () => {
  it("records one deployment queued, in_progress, then success, with URLs, and releases the lock", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const r = await deploy(flags(rig), env(repo));
    expect(r.outputs.conclusion).toBe("promoted");
    const s = gh.fake.repo(gh.owner, repo);
    expect(s.deployments).toHaveLength(1);
    const d = s.deployments[0];
    expect(String(d?.id)).toBe(r.outputs["deployment-id"]);
    const statuses = (s.deploymentStatuses.get(Number(d?.id)) ?? []).map((x) => x.state).reverse();
    expect(statuses).toEqual(["queued", "in_progress", "success"]);
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

  it("lets exactly one of two runs that start at the same moment take the lock (compare-and-swap create)", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const a = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const b = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const [ra, rb] = await Promise.all([
      deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: String(a.id) })),
      deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: String(b.id) })),
    ]);
    const results = [ra, rb].map((r) => r.outputs.conclusion ?? (r.code === 1 ? "refused" : `exit ${r.code}`)).sort();
    expect(results).toEqual(["promoted", "refused"]);
    const refused = ra.outputs.conclusion ? rb : ra;
    expect(refused.stderr).toMatch(/Another rollout to staging is in progress: run \d+ .*Nothing was changed/);
    expect(gh.fake.repo(gh.owner, repo).deployments).toHaveLength(1);
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
    // The waiting rollout's deployment is queued while it waits, with the holder named.
    const s = gh.fake.repo(gh.owner, repo);
    const mine = (s.deploymentStatuses.get(Number(second.outputs["deployment-id"])) ?? []).slice().reverse();
    expect(mine.map((x) => x.state)).toEqual(["queued", "in_progress", "success"]);
    expect(mine[0]?.description).toMatch(new RegExp(`^Waiting for run ${holder.id} \\(2\\.0\\.0, stage 1, running\\)`));
  }, 60_000);

  it("closes its queued deployment and moves nothing when cancelled while it waits for the lock", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const holder = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const first = deploy(flags(rig, { stages: "50%:3s,100%" }), env(repo, { GITHUB_RUN_ID: String(holder.id) }));
    await new Promise((ok) => setTimeout(ok, 1000));
    const args = ["--import", "tsx", join(ROOT, "src/actions/cli.ts"), "deploy", ...Object.entries(flags(rig)).flatMap(([k, v]) => [`--${k}`, v]), "--json"];
    const child: ChildProcess = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? "", ...env(repo, { GITHUB_RUN_ID: "2103" }) },
      stdio: ["ignore", "pipe", "pipe"],
      cwd: ROOT,
    });
    let err = "";
    let out = "";
    child.stdout?.on("data", (d) => (out += d));
    child.stderr?.on("data", (d) => {
      err += d;
      if (err.includes("Waiting for the rollout lock") && child.signalCode === null && !child.killed) child.kill("SIGTERM");
    });
    const code = await new Promise((ok) => child.once("exit", ok));
    expect(code).toBe(1);
    expect(err).toMatch(/Cancelled while waiting for the staging rollout lock; no traffic was moved/);
    expect(JSON.parse(out)).toMatchObject({ conclusion: "failed" });
    const done = await first;
    expect(done.outputs.conclusion).toBe("promoted");
    const s = gh.fake.repo(gh.owner, repo);
    const mine = s.deployments.find((d) => d.id !== Number(done.outputs["deployment-id"]));
    expect((s.deploymentStatuses.get(mine?.id ?? -1) ?? []).map((x) => x.state).reverse()).toEqual(["queued", "failure"]);
    expect(await lockState(repo)).toBeUndefined();
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
    // The lock the previous version left (a tag object) was replaced by a state commit once, with
    // force; every later move was a fast-forward.
    const moves = gh.requests.filter((x) => x.method === "PATCH" && x.path.includes(`/${repo}/git/refs/`)).map((x) => (x.body as { force: boolean }).force);
    expect(moves[0]).toBe(true);
    expect(moves.slice(1).length).toBeGreaterThan(0);
    expect(moves.slice(1).every((f) => f === false)).toBe(true);
  }, 60_000);

  /** Seeds the lock as the current version writes it: a state commit on the empty tree. */
  async function seedLock(repo: string, s: Record<string, unknown>): Promise<string> {
    const post = async (path: string, body: unknown) => {
      const res = await fetch(`${gh.apiUrl}/repos/${gh.owner}/${repo}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${gh.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as { sha: string };
    };
    const tree = await post("/git/trees", { tree: [] });
    const c = await post("/git/commits", { message: `shipline-rollout-state v1\n${JSON.stringify(s)}\n`, tree: tree.sha, parents: [] });
    await post("/git/refs", { ref: "refs/shipline/deploy-lock/staging", sha: c.sha });
    return c.sha;
  }

  it("lets exactly one of two runs take over a stale state-commit lock, without waiting to read it back; the loser fails naming the winner", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const dead = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "completed", conclusion: "failure" });
    await seedLock(repo, {
      rolloutId: `staging/${dead.id}`,
      runId: String(dead.id),
      environment: "staging",
      version: "1.9.0",
      stage: 0,
      weight: 0,
      phase: "running",
      journal: [],
    });
    const a = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const b = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const [ra, rb] = await Promise.all([
      deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: String(a.id) })),
      deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: String(b.id) })),
    ]);
    expect([ra.code, rb.code].sort()).toEqual([0, 1]);
    const [won, lost, winner] = ra.code === 0 ? [ra, rb, a] : [rb, ra, b];
    expect(won.outputs.conclusion).toBe("promoted");
    expect(lost.stderr).toMatch(
      new RegExp(`Another rollout to staging is in progress: run ${winner.id} \\(2\\.0\\.0, stage \\d, \\w+\\)\\. Nothing was changed`),
    );
    // Neither run force-moved the lock: the takeover was a compare-and-swap.
    const forced = gh.requests.filter((x) => x.method === "PATCH" && x.path.includes(`/${repo}/git/refs/`) && (x.body as { force: boolean }).force);
    expect(forced).toHaveLength(0);
    expect(await lockState(repo)).toBeUndefined();
  }, 60_000);

  it("stops and rolls back, naming the other run, when another run takes the lock over mid-rollout", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const s = gh.fake.repo(gh.owner, repo);
    const running = deploy(flags(rig, { stages: "50%:3s,100%" }), env(repo, { GITHUB_RUN_ID: "7001" }));
    const deadline = Date.now() + 30_000;
    while ((await lockState(repo))?.weight !== 50 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    expect(await rig.weight("green")).toBe(50);
    // Another run takes the lock over (as a takeover does: a state commit on top of the current one).
    const head = s.refs.get("refs/shipline/deploy-lock/staging")?.sha as string;
    const api = async (method: string, path: string, body: unknown) => {
      const res = await fetch(`${gh.apiUrl}/repos/${gh.owner}/${repo}${path}`, {
        method,
        headers: { authorization: `Bearer ${gh.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBeLessThan(300);
      return (await res.json()) as { sha: string };
    };
    const other = { rolloutId: "staging/7002", runId: "7002", environment: "staging", version: "2.1.0", stage: -1, weight: 50, phase: "running", journal: [] };
    const tree = await api("POST", "/git/trees", { tree: [] });
    const c = await api("POST", "/git/commits", { message: `shipline-rollout-state v1\n${JSON.stringify(other)}\n`, tree: tree.sha, parents: [head] });
    await api("PATCH", `/git/refs/${encodeURIComponent("shipline/deploy-lock/staging")}`, { sha: c.sha, force: false });
    const r = await running;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no longer holds this run's state: it was taken over by run 7002 \(staging\/7002, 2\.1\.0\)\. Stopping this rollout/);
    expect(r.outputs).toMatchObject({ conclusion: "rolled-back", weight: "0" });
    expect(r.outputs.reason).toMatch(/the staging rollout lock was taken over by run 7002/);
    expect(await rig.weight("green")).toBe(0);
    expect(r.stderr).not.toMatch(/Stage 2\/2/);
    // The other run's lock is left as it wrote it: neither overwritten nor released.
    expect(s.refs.get("refs/shipline/deploy-lock/staging")?.sha).toBe(c.sha);
    expect(await lockState(repo)).toMatchObject({ rolloutId: "staging/7002" });
  }, 60_000);

  it("lets only one of two runs take over the same stale lock", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const dead = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "completed", conclusion: "failure" });
    const msg = `shipline-rollout-state v1\n${JSON.stringify({ rolloutId: `staging/${dead.id}`, runId: String(dead.id), environment: "staging", version: "1.9.0", stage: 0, weight: 0, phase: "running", journal: [] })}\n`;
    const post = async (path: string, body: unknown) =>
      (await (
        await fetch(`${gh.apiUrl}/repos/${gh.owner}/${repo}${path}`, {
          method: "POST",
          headers: { authorization: `Bearer ${gh.token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).json()) as { sha: string };
    const tag = await post("/git/tags", { tag: "shipline-deploy-lock-staging", message: msg, object: SHA, type: "commit" });
    await post("/git/refs", { ref: "refs/shipline/deploy-lock/staging", sha: tag.sha });
    const a = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const b = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "in_progress", conclusion: null });
    const [ra, rb] = await Promise.all([
      deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: String(a.id) })),
      deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: String(b.id) })),
    ]);
    expect([ra.code, rb.code].sort()).toEqual([0, 1]);
    expect([ra, rb].filter((r) => r.outputs.conclusion === "promoted")).toHaveLength(1);
    expect((ra.code === 1 ? ra : rb).stderr).toMatch(/Another rollout to staging is in progress/);
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

  it("ends a long gray release at a stage boundary (waiting), refuses a new start meanwhile, and continues it with mode: resume", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const long = { stages: "20%:1s,50%:3s,100%", "job-budget": "2s" };
    const first = await deploy(flags(rig, long), env(repo, { GITHUB_RUN_ID: "3001" }));
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ conclusion: "waiting", weight: "20", stage: "1" });
    expect(first.outputs.reason).toMatch(/stage 2 bakes 3s, more than the 2s job budget leaves; run again with mode: resume/);
    expect(await rig.weight("green")).toBe(20);
    expect(await lockState(repo)).toMatchObject({ rolloutId: "staging/3001", phase: "waiting", stage: 0, weight: 20 });
    const other = await deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: "3002" }));
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/Another rollout to staging is in progress: run 3001 \(2\.0\.0, stage 1, waiting\)/);
    expect(other.stderr).toMatch(/mode: resume/);
    const resumed = await deploy(flags(rig, { ...long, "job-budget": "5h30m", mode: "resume" }), env(repo, { GITHUB_RUN_ID: "3003" }));
    expect(resumed.stderr).toMatch(/Resuming rollout staging\/3001 \(from run 3001\) at stage 2/);
    expect(resumed.outputs).toMatchObject({ conclusion: "promoted", weight: "100", "deployment-id": first.outputs["deployment-id"] });
    expect(await rig.weight("green")).toBe(100);
    const s = gh.fake.repo(gh.owner, repo);
    expect(s.deployments).toHaveLength(1);
    expect((s.deploymentStatuses.get(Number(first.outputs["deployment-id"])) ?? []).map((x) => x.state).reverse()).toEqual([
      "queued",
      "in_progress",
      "success",
    ]);
    expect(await lockState(repo)).toBeUndefined();
    const nothing = await deploy(flags(rig, { mode: "resume" }), env(repo, { GITHUB_RUN_ID: "3004" }));
    expect(nothing.code).toBe(0);
    expect(nothing.outputs).toMatchObject({ conclusion: "waiting", reason: "no rollout to staging is waiting" });
  }, 60_000);

  it("holds after the pause-after stage until a run with mode: approve, which neither a scheduled resume nor a re-run can skip", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const plan = { stages: "20%:600ms,50%:600ms,100%", "pause-after": "20%" };
    const first = await deploy(flags(rig, plan), env(repo, { GITHUB_RUN_ID: "4001" }));
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ conclusion: "waiting", weight: "20", stage: "1" });
    expect(first.outputs.reason).toBe("held after stage 1 (20% on green) for approval; a run with mode: approve continues it");
    expect(await rig.weight("green")).toBe(20);
    expect(await lockState(repo)).toMatchObject({ phase: "waiting", heldAfterStage: 0, stage: 0, weight: 20 });
    // A schedule's resume and a re-run of the paused job both leave it held, changing nothing.
    for (const e of [{ GITHUB_RUN_ID: "4002" }, { GITHUB_RUN_ID: "4001", GITHUB_RUN_ATTEMPT: "2" }] as Record<string, string>[]) {
      const r = await deploy(flags(rig, { ...plan, mode: e.GITHUB_RUN_ID === "4002" ? "resume" : "start" }), env(repo, e));
      expect(r.code).toBe(0);
      expect(r.outputs).toMatchObject({ conclusion: "waiting", stage: "1", weight: "20", "deployment-id": first.outputs["deployment-id"] });
      expect(r.stderr).toMatch(/held after stage 1 \(20% on green\) for approval; a run with mode: approve continues it\. Nothing was changed/);
      expect(await rig.weight("green")).toBe(20);
    }
    const other = await deploy(flags(rig, { concurrency: "fail" }), env(repo, { GITHUB_RUN_ID: "4003" }));
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/held for approval after stage 1: approve it with "mode: approve"/);
    const approved = await deploy(flags(rig, { ...plan, mode: "approve" }), env(repo, { GITHUB_RUN_ID: "4004" }));
    expect(approved.stderr).toMatch(/Approved: continuing after stage 1 \(20% on green\)/);
    expect(approved.stderr).toMatch(/Resuming rollout staging\/4001 \(from run 4001\) at stage 2/);
    expect(approved.outputs).toMatchObject({ conclusion: "promoted", weight: "100", "deployment-id": first.outputs["deployment-id"] });
    expect(await rig.weight("green")).toBe(100);
    expect(await lockState(repo)).toBeUndefined();
  }, 60_000);

  it("refuses a pause-after that names no stage before the last, naming the stages", async () => {
    const r = await deploy(flags({ socket: "/nonexistent", url: "http://127.0.0.1:9/" } as Rig, { "pause-after": "30%" }), env(`deploy-${repoN++}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Input "pause-after" must name the weight of a stage before the last \(50%\); got "30%"/);
    const last = await deploy(flags({ socket: "/nonexistent", url: "http://127.0.0.1:9/" } as Rig, { "pause-after": "100%" }), env(`deploy-${repoN++}`));
    expect(last.code).toBe(2);
  });

  it("ends the job mid-bake when one stage is longer than the job budget, and the resume continues that bake (not from zero)", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const first = await deploy(flags(rig, { stages: "50%:5s,100%", "job-budget": "1500ms" }), env(repo, { GITHUB_RUN_ID: "6001" }));
    expect(first.outputs).toMatchObject({ conclusion: "waiting", weight: "50", stage: "1" });
    expect(first.outputs.reason).toMatch(/^stage 1 \(50%\) bakes until \d{4}-.*, past the 2s job budget; run again with mode: resume to continue its bake$/);
    const held = await lockState(repo);
    expect(held).toMatchObject({ phase: "waiting", stage: 0, weight: 50 });
    expect(await rig.weight("green")).toBe(50);
    const startedAt = Date.now();
    const resumed = await deploy(flags(rig, { stages: "50%:5s,100%", mode: "resume" }), env(repo, { GITHUB_RUN_ID: "6002" }));
    expect(resumed.stderr).toMatch(/Resuming rollout staging\/6001 \(from run 6001\) at stage 1/);
    expect(resumed.stderr).toMatch(/continuing the bake of stage 1: \d/);
    expect(resumed.outputs.conclusion).toBe("promoted");
    // The bake went on from where the first job left it: well under a fresh 5 s bake.
    expect((held?.bakeEndsAtMs ?? 0) - startedAt).toBeLessThan(4500);
    expect(await rig.weight("green")).toBe(100);
  }, 60_000);

  it("finishes the rollback a killed attempt had started when the run is re-run, and marks the deployment failed", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const api = async (path: string, body: unknown) => {
      const res = await fetch(`${gh.apiUrl}/repos/${gh.owner}/${repo}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${gh.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(201);
      return (await res.json()) as { sha: string; id: number };
    };
    const dep = await api("/deployments", { ref: SHA, environment: "staging", auto_merge: false, required_contexts: [] });
    await api(`/deployments/${dep.id}/statuses`, { state: "in_progress" });
    const killed = {
      rolloutId: "staging/1001",
      runId: "1001",
      environment: "staging",
      version: "2.0.0",
      deploymentId: dep.id,
      stage: 1,
      weight: 50,
      phase: "rolling-back",
      journal: [{ atMs: 1, stage: 1, weight: 50, event: "rollback", note: "stage 2 (50%): http probe failed" }],
    };
    const tag = await api("/git/tags", {
      tag: "shipline-deploy-lock-staging",
      message: `shipline-rollout-state v1\n${JSON.stringify(killed)}\n`,
      object: SHA,
      type: "commit",
    });
    await api("/git/refs", { ref: "refs/shipline/deploy-lock/staging", sha: tag.sha });
    await haproxyCommand(rig.socket, "set server app/green weight 50");
    await haproxyCommand(rig.socket, "set server app/blue weight 50");
    const r = await deploy(flags(rig), env(repo, { GITHUB_RUN_ATTEMPT: "2" }));
    expect(r.stderr).toMatch(/Rollout staging\/1001 was rolling back when its last attempt ended: finishing the rollback/);
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ conclusion: "rolled-back", weight: "0", "deployment-id": String(dep.id) });
    expect(await rig.weight("green")).toBe(0);
    expect(await rig.weight("blue")).toBe(100);
    const s = gh.fake.repo(gh.owner, repo);
    expect(s.deployments).toHaveLength(1);
    expect(s.deploymentStatuses.get(dep.id)?.[0]?.state).toBe("failure");
    expect(await lockState(repo)).toBeUndefined();
    // No new stage was applied: green never went above 50 % again.
    expect(r.stderr).not.toMatch(/Stage \d\/\d/);
  }, 60_000);

  it.each([
    ["production", {}],
    ["prod-eu", {}],
    ["live", { "production-environment": "true" }],
  ])(
    "marks the earlier %s deployment inactive after a promotion (GitHub's auto_inactive skips production)",
    async (environment, extra) => {
      rig = await startRig();
      const repo = `deploy-${repoN++}`;
      const prod = { environment, stages: "100%:600ms", ...extra };
      const one = await deploy(flags(rig, prod), env(repo, { GITHUB_RUN_ID: "4001" }));
      expect(one.outputs.conclusion).toBe("promoted");
      await haproxyCommand(rig.socket, "set server app/green weight 0");
      await haproxyCommand(rig.socket, "set server app/blue weight 100");
      const two = await deploy(flags(rig, prod), env(repo, { GITHUB_RUN_ID: "4002" }));
      expect(two.outputs.conclusion).toBe("promoted");
      const s = gh.fake.repo(gh.owner, repo);
      expect(s.deploymentStatuses.get(Number(one.outputs["deployment-id"]))?.[0]).toMatchObject({
        state: "inactive",
        description: `Superseded by deployment ${two.outputs["deployment-id"]}`,
      });
      expect(s.deploymentStatuses.get(Number(two.outputs["deployment-id"]))?.[0]?.state).toBe("success");
      expect(s.deployments.every((d) => d.production_environment === true)).toBe(true);
    },
    60_000,
  );

  it("leaves earlier deployments of a non-production environment to GitHub's auto_inactive", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const one = await deploy(flags(rig, { stages: "100%:600ms" }), env(repo, { GITHUB_RUN_ID: "4101" }));
    await haproxyCommand(rig.socket, "set server app/green weight 0");
    await haproxyCommand(rig.socket, "set server app/blue weight 100");
    const two = await deploy(flags(rig, { stages: "100%:600ms" }), env(repo, { GITHUB_RUN_ID: "4102" }));
    expect(two.outputs.conclusion).toBe("promoted");
    const s = gh.fake.repo(gh.owner, repo);
    expect(s.deployments.map((d) => d.production_environment)).toEqual([false, false]);
    // GitHub's auto_inactive made the earlier one inactive (its blank description), not Shipline.
    expect(s.deploymentStatuses.get(Number(one.outputs["deployment-id"]))?.[0]).toMatchObject({ state: "inactive", description: "" });
  }, 60_000);

  it("keeps every description within 140 characters, cut at a word, even for a very long version and reason", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    rig.green.errorRate = 0.05;
    const version = `2.0.0-${"feature-branch-build-".repeat(12)}`;
    const r = await deploy(flags(rig, { version, stages: "50%:3s,100%" }), env(repo));
    expect(r.outputs.conclusion).toBe("rolled-back");
    const s = gh.fake.repo(gh.owner, repo);
    const d = s.deployments[0];
    expect((d?.description ?? "").length).toBeLessThanOrEqual(140);
    const statuses = s.deploymentStatuses.get(Number(d?.id)) ?? [];
    expect(statuses.map((x) => x.state).reverse()).toEqual(["queued", "in_progress", "failure"]);
    for (const st of statuses) expect((st.description ?? "").length).toBeLessThanOrEqual(140);
    expect(d?.description).toMatch(/…$/);
  }, 60_000);

  it("the post step rolls back, fails the deployment and releases the lock when the main step died", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(ROOT, "src/actions/cli.ts"),
        "deploy",
        ...Object.entries(flags(rig, { stages: "50%:30s,100%" })).flatMap(([k, v]) => [`--${k}`, v]),
      ],
      { env: { PATH: process.env.PATH ?? "", ...env(repo) }, stdio: ["ignore", "pipe", "pipe"], cwd: ROOT },
    );
    let out = "";
    child.stderr?.on("data", (d) => (out += d));
    const deadline = Date.now() + 30_000;
    while (!/Stage 1\/2/.test(out) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    while ((await rig.weight("green")) !== 50 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    await new Promise((ok) => setTimeout(ok, 500));
    child.kill("SIGKILL");
    await new Promise((ok) => child.once("exit", ok));
    expect(await lockState(repo)).toMatchObject({ rolloutId: "staging/1001", weight: 50 });
    const s = gh.fake.repo(gh.owner, repo);
    const id = Number(s.deployments[0]?.id);
    // What the main step saved for its post step (GITHUB_STATE) before it died.
    const rt = new CliRuntime({
      flags: new Map(Object.entries({ ...flags(rig), "github-token": gh.token })),
      env: { PATH: process.env.PATH ?? "", ...env(repo) },
      json: true,
      stdout: () => {},
      stderr: () => {},
    });
    rt.saveState("rollout", JSON.stringify({ rolloutId: "staging/1001", deploymentId: id, environment: "staging" }));
    await deployCommand.post?.(createCommandContext(rt, deployCommand.spec.inputs));
    expect(await rig.weight("green")).toBe(0);
    expect(s.deploymentStatuses.get(id)?.[0]).toMatchObject({ state: "failure" });
    expect(await lockState(repo)).toBeUndefined();
  }, 60_000);

  it("keeps a promoted release when GitHub answers 502 to the final deployment status: warns, exits 0, releases the lock, and the post step leaves it", async () => {
    rig = await startRig();
    const r0 = rig;
    const repo = `deploy-${repoN++}`;
    const rt = new CliRuntime({
      flags: new Map(Object.entries({ ...flags(rig, { stages: "100%:2s" }), "github-token": gh.token })),
      env: { PATH: process.env.PATH ?? "", ...env(repo) },
      envFallbacks: new Map([["github-token", ["GITHUB_TOKEN", "GH_TOKEN"]]]),
      json: true,
      stdout: () => {},
      stderr: (t) => (err += t),
    });
    let err = "";
    // Once green has all the traffic, every deployment status write answers 502 (retries included).
    let armed = false;
    const arm = (async () => {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline && (await r0.weight("green")) !== 100) await new Promise((ok) => setTimeout(ok, 50));
      gh.fake.fail({ method: "POST", path: /\/deployments\/\d+\/statuses/, status: 502, times: 50 });
      armed = true;
    })();
    const code = await executeCommand(deployCommand as never, rt);
    await arm;
    expect(armed).toBe(true);
    expect(code, err).toBe(0);
    expect(rt.outputs.get("conclusion")).toBe("promoted");
    expect(err).toMatch(/Could not record the deployment status "success" on GitHub/);
    expect(await lockState(repo)).toBeUndefined();
    await deployCommand.post?.(createCommandContext(rt, deployCommand.spec.inputs));
    expect(await rig.weight("green")).toBe(100);
    expect(await rig.weight("blue")).toBe(0);
  }, 60_000);

  it("the post step leaves a rollout whose journal on the lock shows the final promotion, and releases the lock", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    await haproxyCommand(rig.socket, "set server app/green weight 100");
    await haproxyCommand(rig.socket, "set server app/blue weight 0");
    await seedLock(repo, {
      rolloutId: "staging/1001",
      runId: "1001",
      environment: "staging",
      version: "2.0.0",
      stage: 1,
      weight: 100,
      phase: "running",
      journal: [
        { atMs: 1, stage: 0, weight: 50, event: "promote" },
        { atMs: 2, stage: 1, weight: 100, event: "promote" },
      ],
    });
    let out = "";
    const rt = new CliRuntime({
      flags: new Map(Object.entries({ ...flags(rig), "github-token": gh.token })),
      env: { PATH: process.env.PATH ?? "", ...env(repo) },
      json: true,
      stdout: () => {},
      stderr: (t) => (out += t),
    });
    rt.saveState("rollout", JSON.stringify({ rolloutId: "staging/1001", environment: "staging" }));
    await deployCommand.post?.(createCommandContext(rt, deployCommand.spec.inputs));
    expect(out).not.toMatch(/rolling back/);
    expect(await rig.weight("green")).toBe(100);
    expect(await lockState(repo)).toBeUndefined();
  }, 60_000);

  it("never takes over a lock while GitHub cannot say whether its holder's run has finished, and gives up after lock-timeout", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const dead = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "completed", conclusion: "failure" });
    const held = {
      rolloutId: `staging/${dead.id}`,
      runId: String(dead.id),
      environment: "staging",
      version: "1.9.0",
      stage: 0,
      weight: 50,
      phase: "running",
      journal: [],
    };
    await seedLock(repo, held);
    gh.fake.fail({ method: "GET", path: `/actions/runs/${dead.id}`, status: 502, times: 1000 });
    const r = await deploy(flags(rig, { "lock-timeout": "2s" }), env(repo));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`Could not tell whether run ${dead.id}, which holds the staging rollout lock, has finished`));
    expect(r.stderr).toMatch(/Another rollout to staging is in progress/);
    expect(r.stderr).not.toMatch(/Taking over/);
    expect(await lockState(repo)).toMatchObject({ rolloutId: `staging/${dead.id}`, weight: 50 });
    expect(await rig.weight("green")).toBe(0);
  }, 60_000);

  it("takes over a finished holder's lock once GitHub answers after transient errors", async () => {
    rig = await startRig();
    const repo = `deploy-${repoN++}`;
    const dead = gh.fake.addWorkflowRun(gh.owner, repo, { workflow: "deploy.yml", status: "completed", conclusion: "failure" });
    await seedLock(repo, {
      rolloutId: `staging/${dead.id}`,
      runId: String(dead.id),
      environment: "staging",
      version: "1.9.0",
      stage: 0,
      weight: 50,
      phase: "running",
      journal: [],
    });
    // One lookup with its three retries fails; the next succeeds.
    gh.fake.fail({ method: "GET", path: `/actions/runs/${dead.id}`, status: 502, times: 4 });
    const r = await deploy(flags(rig, { "lock-timeout": "20s", concurrency: "fail" }), env(repo));
    expect(r.stderr).toMatch(/Could not tell whether run/);
    expect(r.stderr).toMatch(new RegExp(`Taking over the staging rollout lock from run ${dead.id}`));
    expect(r.outputs.conclusion).toBe("promoted");
  }, 60_000);
});
