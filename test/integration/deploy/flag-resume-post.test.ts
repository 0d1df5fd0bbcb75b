/**
 * Flag rollouts that outlive their process: a run killed mid-rollout is resumed by the re-run from
 * its stage, and the post step switches off a flag the dead main step left half rolled out, but never
 * one that was promoted. The flag's real state is read back from a real unleash-server (with
 * PostgreSQL, test/helpers/unleash.ts) and from the flagd file as flagd-core evaluates it; the lock
 * and the deployment records live in the GitHub fake behind Prism.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FlagdCore } from "@openfeature/flagd-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { deployCommand } from "../../../src/deploy/command.js";
import { parseState } from "../../../src/deploy/core/rollout-state.js";
import { FlagdFileStore, FlagdProvider } from "../../../src/deploy/providers/flagd.js";
import { createCommandContext } from "../../../src/kernel/entry.js";
import { CliRuntime } from "../../../src/kernel/runtime.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";
import { ROOT } from "../../helpers/runner.js";
import { startUnleash, type UnleashServer } from "../../helpers/unleash.js";
import { type FlagApp, startFlagApp } from "./flag-app.js";
import { deploy } from "./run-deploy.js";

let gh: GitHubUnderTest;
let unleash: UnleashServer;
let app: FlagApp | undefined;
let child: ChildProcess | undefined;
let dir: string | undefined;
beforeAll(async () => {
  [gh, unleash] = await Promise.all([startGitHub(), startUnleash()]);
}, 180_000);
afterAll(async () => {
  await Promise.all([gh?.close(), unleash?.stop()]);
});
afterEach(async () => {
  child?.kill("SIGKILL");
  child = undefined;
  await app?.close();
  app = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

let repoN = 0;
let flagN = 0;
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

async function lockState(repo: string) {
  const s = gh.fake.repo(gh.owner, repo);
  const ref = s.refs.get("refs/shipline/deploy-lock/staging");
  if (!ref) return undefined;
  return parseState((ref.type === "tag" ? s.tagObjects.get(ref.sha)?.message : s.commits.get(ref.sha)?.message) ?? "");
}

/** A lock holding `s`, as a main step that wrote it and then died would leave it. */
async function seedLock(repo: string, s: Record<string, unknown>): Promise<void> {
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
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

// ---- Unleash ----

async function newFlag(): Promise<string> {
  const name = `resume-${++flagN}`;
  await unleash.createFlag(name);
  return name;
}
/** The share of users who get the flag in production: its rollout when on, 0 when off. */
async function share(flag: string): Promise<number> {
  const s = await unleash.flagIn(flag, "production");
  const rollout = s.strategies.find((x) => x.name === "flexibleRollout")?.parameters?.rollout;
  return s.enabled ? Number(rollout ?? 0) : 0;
}
/** User n gets the new path when n % 100 is below the flag's share (read from Unleash, cached 100 ms). */
function appReading(flag: string) {
  let cached: { at: number; share: Promise<number> } | undefined;
  let n = 0;
  return async () => {
    if (!cached || Date.now() - cached.at > 100) cached = { at: Date.now(), share: share(flag) };
    return n++ % 100 < (await cached.share);
  };
}
const unleashFlags = (flag: string, probeUrl: string, extra: Record<string, string> = {}) => ({
  provider: "unleash",
  "unleash-url": unleash.url,
  "unleash-token": unleash.adminToken,
  flag,
  "unleash-environment": "production",
  "check-interval": "300ms",
  "probe-url": probeUrl,
  "min-requests": "20",
  version: "2.0.0",
  environment: "staging",
  ...extra,
});

/** Starts `shipline deploy` as its own process and kills it (kill -9) once the flag is at `killAt`% and stage `stage` began. */
async function killMidRollout(repo: string, flag: string, flags: Record<string, string>, stage: string, killAt: number): Promise<void> {
  const args = ["--import", "tsx", join(ROOT, "src/actions/cli.ts"), "deploy", ...Object.entries(flags).flatMap(([k, v]) => [`--${k}`, v])];
  const p = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? "", ...env(repo) }, stdio: ["ignore", "pipe", "pipe"], cwd: ROOT });
  child = p;
  let out = "";
  p.stderr?.on("data", (d) => (out += d));
  p.stdout?.on("data", (d) => (out += d));
  const deadline = Date.now() + 30_000;
  while (!out.includes(stage) && Date.now() < deadline) await sleep(100);
  while ((await share(flag)) !== killAt && Date.now() < deadline) await sleep(50);
  await sleep(500); // the state write after the move reaches the lock
  p.kill("SIGKILL");
  await new Promise((ok) => p.once("exit", ok));
  child = undefined;
  expect(out, out).toContain(stage);
}

/** Runs the post step as the runner would, with the state the main step saved (GITHUB_STATE). */
async function runPost(flags: Record<string, string>, repo: string, saved: Record<string, unknown>): Promise<string> {
  let err = "";
  const rt = new CliRuntime({
    flags: new Map(Object.entries({ ...flags, "github-token": gh.token })),
    env: { PATH: process.env.PATH ?? "", ...env(repo) },
    json: true,
    stdout: () => {},
    stderr: (t) => (err += t),
  });
  rt.saveState("rollout", JSON.stringify(saved));
  await deployCommand.post?.(createCommandContext(rt, deployCommand.spec.inputs));
  return err;
}

describe("a flag rollout on a real unleash-server, killed mid-rollout", () => {
  it("is resumed by the re-run at the stage it reached: the flag never drops below that share, and ends on at rollout 100", async () => {
    const flag = await newFlag();
    const repo = `flag-${repoN++}`;
    app = await startFlagApp(appReading(flag), false);
    await killMidRollout(repo, flag, unleashFlags(flag, app.url, { stages: "20%:1s,50%:30s,100%" }), "Stage 2/3", 50);
    expect(await share(flag)).toBe(50);
    expect(await lockState(repo)).toMatchObject({ rolloutId: "staging/1001", stage: 1, weight: 50, phase: "running" });

    // Watch the flag as its users would while the re-run goes on.
    const seen: number[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        seen.push(await share(flag));
        await sleep(30);
      }
    })();
    const r = await deploy(unleashFlags(flag, app.url, { stages: "20%:1s,50%:1s,100%" }), env(repo, { GITHUB_RUN_ATTEMPT: "2" }));
    watching = false;
    await watch;

    expect(r.stderr).toMatch(/Resuming rollout staging\/1001 at stage 2 \(Unleash had 50% on flag on\)/);
    expect(r.stderr).not.toMatch(/Stage 1\/3/);
    expect(r.outputs).toMatchObject({ conclusion: "promoted", stage: "3", weight: "100" });
    expect(seen.length).toBeGreaterThan(10);
    expect(Math.min(...seen)).toBe(50);
    const s = await unleash.flagIn(flag, "production");
    expect(s.enabled).toBe(true);
    expect(await share(flag)).toBe(100);
    expect(gh.fake.repo(gh.owner, repo).deployments).toHaveLength(1);
    expect(await lockState(repo)).toBeUndefined();
  }, 90_000);

  it("is switched off by the post step: the flag off at rollout 0, the deployment failed, the lock released", async () => {
    const flag = await newFlag();
    const repo = `flag-${repoN++}`;
    app = await startFlagApp(appReading(flag), false);
    const flags = unleashFlags(flag, app.url, { stages: "50%:30s,100%" });
    await killMidRollout(repo, flag, flags, "Stage 1/2", 50);
    expect(await lockState(repo)).toMatchObject({ rolloutId: "staging/1001", weight: 50 });
    const s = gh.fake.repo(gh.owner, repo);
    const id = Number(s.deployments[0]?.id);

    const err = await runPost(flags, repo, { rolloutId: "staging/1001", deploymentId: id, environment: "staging" });

    expect(err).toMatch(/The deploy step ended without finishing rollout staging\/1001: switching the flag off/);
    const after = await unleash.flagIn(flag, "production");
    expect(after.enabled).toBe(false);
    expect(after.strategies.find((x) => x.name === "flexibleRollout")?.parameters?.rollout).toBe("0");
    expect(s.deploymentStatuses.get(id)?.[0]).toMatchObject({ state: "failure" });
    expect(await lockState(repo)).toBeUndefined();
  }, 90_000);

  it("is left on at rollout 100 by the post step once it was promoted", async () => {
    const flag = await newFlag();
    const repo = `flag-${repoN++}`;
    app = await startFlagApp(appReading(flag), false);
    const flags = unleashFlags(flag, app.url, { stages: "50%:1s,100%" });
    const r = await deploy(flags, env(repo));
    expect(r.outputs.conclusion).toBe("promoted");
    expect(await share(flag)).toBe(100);

    // What the main step saves once every stage passed, had it died before clearing it.
    const err = await runPost(flags, repo, {
      rolloutId: "staging/1001",
      deploymentId: Number(r.outputs["deployment-id"]),
      environment: "staging",
      promoted: true,
    });

    expect(err).not.toMatch(/switching the flag off/);
    expect((await unleash.flagIn(flag, "production")).enabled).toBe(true);
    expect(await share(flag)).toBe(100);
  }, 90_000);
});

// ---- flagd ----

const FLAG = "new-checkout";
/** The share of 2000 users flagd serves the flag to, evaluating the file with flagd-core. */
function flagdShare(file: string): number {
  const core = new FlagdCore();
  core.setConfigurations(readFileSync(file, "utf8"));
  const keys = Array.from({ length: 2000 }, (_, i) => `user-${i}`);
  return keys.filter((k) => core.resolveBooleanEvaluation(FLAG, false, { targetingKey: k }).value === true).length / keys.length;
}
const flagdFlags = (file: string) => ({
  provider: "flagd",
  flag: FLAG,
  "flagd-file": file,
  stages: "50%:30s,100%",
  "check-interval": "300ms",
  "probe-url": "http://127.0.0.1:9/",
  version: "2.0.0",
  environment: "staging",
});
const running = (weight: number, journal: Record<string, unknown>[]) => ({
  rolloutId: "staging/1001",
  runId: "1001",
  environment: "staging",
  version: "2.0.0",
  stage: journal.length - 1,
  weight,
  phase: "running",
  journal,
});

describe("the post step of a flagd rollout whose main step died", () => {
  it("switches off a flag the lock shows unfinished: flagd serves it to no one", async () => {
    dir = mkdtempSync(join(tmpdir(), "shipline-flagd-post-"));
    const file = join(dir, "flags.json");
    const repo = `flag-${repoN++}`;
    await new FlagdProvider({ flag: FLAG, variants: { on: "on", off: "off" }, store: new FlagdFileStore(file), version: "2.0.0" }).apply(50, 1);
    expect(flagdShare(file)).toBeGreaterThan(0.4);
    await seedLock(repo, running(50, [{ atMs: 1, stage: 0, weight: 50, event: "start" }]));

    await runPost(flagdFlags(file), repo, { rolloutId: "staging/1001", environment: "staging" });

    expect(flagdShare(file)).toBe(0);
    expect(await lockState(repo)).toBeUndefined();
  });

  it("leaves a flag the lock's journal shows promoted to 100%: flagd serves it to everyone", async () => {
    dir = mkdtempSync(join(tmpdir(), "shipline-flagd-post-"));
    const file = join(dir, "flags.json");
    const repo = `flag-${repoN++}`;
    await new FlagdProvider({ flag: FLAG, variants: { on: "on", off: "off" }, store: new FlagdFileStore(file), version: "2.0.0" }).apply(100, 2);
    await seedLock(
      repo,
      running(100, [
        { atMs: 1, stage: 0, weight: 50, event: "promote" },
        { atMs: 2, stage: 1, weight: 100, event: "promote" },
      ]),
    );

    const err = await runPost(flagdFlags(file), repo, { rolloutId: "staging/1001", environment: "staging" });

    expect(err).not.toMatch(/switching the flag off/);
    expect(flagdShare(file)).toBe(1);
    expect(await lockState(repo)).toBeUndefined();
  });
});
