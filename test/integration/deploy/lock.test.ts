import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseState, type RolloutState, renderState } from "../../../src/deploy/core/rollout-state.js";
import { RolloutLock } from "../../../src/deploy/lock.js";
import { createGitHubPorts, type GitHubPorts } from "../../../src/kernel/github/index.js";
import { Redactor } from "../../../src/kernel/redact.js";
import type { Logger } from "../../../src/kernel/runtime.js";
import { type GitHubUnderTest, startGitHub } from "../../fakes/github/index.js";

const log: Logger = { info: () => {}, warning: () => {}, error: () => {}, notice: () => {}, debug: () => {}, group: (_n, fn) => fn() };
const REF = "refs/shipline/deploy-lock/staging";

let gh: GitHubUnderTest;
let repoN = 0;
beforeAll(async () => {
  gh = await startGitHub();
}, 60_000);
afterAll(async () => {
  await gh?.close();
});

function ports(repo: string): GitHubPorts {
  return createGitHubPorts({
    token: gh.token,
    baseUrl: gh.apiUrl,
    owner: gh.owner,
    repo,
    userAgent: "shipline/test",
    log,
    timeScale: 0.001,
    redactor: new Redactor(),
  });
}

function state(runId: string, extra: Partial<RolloutState> = {}): RolloutState {
  return {
    rolloutId: `staging/${runId}`,
    runId,
    environment: "staging",
    version: "2.0.0",
    deploymentId: undefined,
    stage: -1,
    weight: 0,
    phase: "running",
    journal: [],
    ...extra,
  };
}

/** The state the lock ref holds now, read from the fake's store (commit or, for old locks, tag object). */
function held(repo: string): { type: string; state: RolloutState | undefined; parents: string[] } | undefined {
  const s = gh.fake.repo(gh.owner, repo);
  const ref = s.refs.get(REF);
  if (!ref) return undefined;
  if (ref.type === "tag") return { type: "tag", state: parseState(s.tagObjects.get(ref.sha)?.message ?? ""), parents: [] };
  const c = s.commits.get(ref.sha);
  return { type: "commit", state: parseState(c?.message ?? ""), parents: c?.parents ?? [] };
}

describe("the rollout lock as a chain of state commits (fake behind Prism)", () => {
  it("keeps each state as a commit whose parent is the previous state, on a tree with one README", async () => {
    const repo = `lock-${repoN++}`;
    const lock = new RolloutLock(ports(repo), "staging");
    expect(await lock.acquire(state("1"))).toBe(true);
    const first = gh.fake.repo(gh.owner, repo).refs.get(REF)?.sha as string;
    expect(held(repo)).toMatchObject({ type: "commit", state: { runId: "1", stage: -1 }, parents: [] });
    expect(await lock.write(state("1", { stage: 0, weight: 20 }))).toEqual({ ok: true });
    expect(held(repo)).toMatchObject({ type: "commit", state: { stage: 0, weight: 20 }, parents: [first] });
    const head = gh.fake.repo(gh.owner, repo).commits.get(gh.fake.repo(gh.owner, repo).refs.get(REF)?.sha as string);
    const tree = gh.fake.repo(gh.owner, repo).trees.get(head?.tree as string);
    expect(tree?.map((e) => e.path)).toEqual(["README.md"]);
    // Every ref move after the create was a fast-forward request: no force anywhere.
    const patches = gh.requests.filter((r) => r.method === "PATCH" && r.path.includes(`/${repo}/git/refs/`));
    expect(patches.map((r) => (r.body as { force?: boolean }).force)).toEqual([false]);
    // One tree per run, not one per write.
    expect(gh.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/${repo}/git/trees`))).toHaveLength(1);
    expect(gh.prismLog()).not.toMatch(/VIOLATIONS/);
  });

  it("refuses to overwrite a lock another run moved since this run's last write, and names that run", async () => {
    const repo = `lock-${repoN++}`;
    const mine = new RolloutLock(ports(repo), "staging");
    expect(await mine.acquire(state("1"))).toBe(true);
    const other = new RolloutLock(ports(repo), "staging");
    expect((await other.read())?.state?.runId).toBe("1");
    expect(await other.write(state("2", { stage: 0, weight: 10 }))).toEqual({ ok: true });
    const w = await mine.write(state("1", { stage: 0, weight: 50 }));
    expect(w.ok).toBe(false);
    expect(!w.ok && w.holder?.state).toMatchObject({ runId: "2", weight: 10 });
    expect(held(repo)?.state).toMatchObject({ runId: "2", weight: 10 });
    // Once lost, nothing this run does touches the lock: no further write, no release.
    expect((await mine.write(state("1", { stage: 1, weight: 100 }))).ok).toBe(false);
    await mine.release();
    expect(held(repo)?.state).toMatchObject({ runId: "2" });
    expect(await mine.check()).toMatchObject({ holder: { state: { runId: "2" } } });
  });

  it("lets exactly one of two runs taking over the same stale lock win, and the loser sees the winner", async () => {
    const repo = `lock-${repoN++}`;
    const dead = new RolloutLock(ports(repo), "staging");
    expect(await dead.acquire(state("9"))).toBe(true);
    const a = new RolloutLock(ports(repo), "staging");
    const b = new RolloutLock(ports(repo), "staging");
    await Promise.all([a.read(), b.read()]);
    const [wa, wb] = await Promise.all([a.write(state("1")), b.write(state("2"))]);
    expect([wa.ok, wb.ok].sort()).toEqual([false, true]);
    const winner = wa.ok ? "1" : "2";
    const lost = wa.ok ? wb : wa;
    expect(!lost.ok && lost.holder?.state?.runId).toBe(winner);
    expect(held(repo)?.state?.runId).toBe(winner);
  });

  it("reads an old tag-object lock and replaces it with a state commit, forcing only that first write", async () => {
    const repo = `lock-${repoN++}`;
    const s = gh.fake.repo(gh.owner, repo);
    const p = ports(repo);
    const tag = await p.refs.createTagObject(
      "shipline-deploy-lock-staging",
      renderState(state("7", { phase: "waiting", stage: 0, weight: 20 })),
      "a".repeat(40),
    );
    expect(await p.refs.create("shipline/deploy-lock/staging", tag.sha)).not.toBe("exists");
    const lock = new RolloutLock(p, "staging");
    const h = await lock.read();
    expect(h).toMatchObject({ kind: "tag", sha: tag.sha, state: { runId: "7", phase: "waiting", weight: 20 } });
    expect(await lock.write(state("8", { stage: 0, weight: 20 }))).toEqual({ ok: true });
    expect(held(repo)).toMatchObject({ type: "commit", state: { runId: "8" }, parents: [] });
    expect(await lock.write(state("8", { stage: 1, weight: 50 }))).toEqual({ ok: true });
    expect(held(repo)).toMatchObject({ type: "commit", state: { stage: 1, weight: 50 } });
    const patches = gh.requests.filter((r) => r.method === "PATCH" && r.path.includes(`/${repo}/git/refs/`));
    expect(patches.map((r) => (r.body as { force?: boolean }).force)).toEqual([true, false]);
    expect(s.tagObjects.has(tag.sha)).toBe(true);
  });

  it("does not replace an old tag-object lock that another run replaced first", async () => {
    const repo = `lock-${repoN++}`;
    const p = ports(repo);
    const tag = await p.refs.createTagObject("shipline-deploy-lock-staging", renderState(state("7")), "a".repeat(40));
    await p.refs.create("shipline/deploy-lock/staging", tag.sha);
    const slow = new RolloutLock(p, "staging");
    const fast = new RolloutLock(ports(repo), "staging");
    await Promise.all([slow.read(), fast.read()]);
    expect(await fast.write(state("2"))).toEqual({ ok: true });
    const w = await slow.write(state("1"));
    expect(w.ok).toBe(false);
    expect(!w.ok && w.holder?.state?.runId).toBe("2");
    expect(held(repo)?.state?.runId).toBe("2");
  });

  it("treats a lock ref deleted under a running rollout as lost, and does not recreate it", async () => {
    const repo = `lock-${repoN++}`;
    const lock = new RolloutLock(ports(repo), "staging");
    expect(await lock.acquire(state("1"))).toBe(true);
    gh.fake.repo(gh.owner, repo).refs.delete(REF);
    expect(await lock.check()).toEqual({ holder: undefined });
    expect(await lock.write(state("1", { stage: 0 }))).toEqual({ ok: false, holder: undefined });
    expect(gh.fake.repo(gh.owner, repo).refs.has(REF)).toBe(false);
  });

  it("answers undefined from check while the ref still holds this run's last write", async () => {
    const repo = `lock-${repoN++}`;
    const lock = new RolloutLock(ports(repo), "staging");
    await lock.acquire(state("1"));
    await lock.write(state("1", { stage: 0, weight: 5 }));
    expect(await lock.check()).toBeUndefined();
    await lock.release();
    expect(gh.fake.repo(gh.owner, repo).refs.has(REF)).toBe(false);
  });
});
