/** Taking the rollout lock, with a fake lock ref and a fake clock: no GitHub, no real waits. */
import { describe, expect, it } from "vitest";
import type { RolloutState } from "../../../src/deploy/core/rollout-state.js";
import type { RolloutLock } from "../../../src/deploy/lock.js";
import { type AcquireOptions, acquireRolloutLock } from "../../../src/deploy/lock-acquire.js";
import type { Clock } from "../../../src/kernel/clock.js";

const held = (o: Partial<RolloutState> = {}): RolloutState => ({
  rolloutId: "staging/7",
  runId: "7",
  environment: "staging",
  version: "1.9.0",
  deploymentId: undefined,
  stage: 0,
  weight: 10,
  phase: "running",
  journal: [],
  ...o,
});

/** A lock ref in memory: one holder, compare-and-swap writes. */
function fakeLock(holder: RolloutState | undefined) {
  let current = holder;
  const lock = {
    read: async () => (current ? { state: current, sha: "s", kind: "commit" as const } : undefined),
    acquire: async (s: RolloutState) => {
      if (current) return false;
      current = s;
      return true;
    },
    write: async (s: RolloutState) => {
      current = s;
      return { ok: true as const };
    },
  };
  return { lock: lock as unknown as RolloutLock, now: () => current };
}

function fakeClock(start = 0): Clock & { slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += ms;
    },
  };
}

function options(lock: RolloutLock, o: Partial<AcquireOptions> = {}): AcquireOptions {
  const logs: string[] = [];
  return {
    lock,
    fresh: () => held({ rolloutId: "staging/9", runId: "9", stage: -1, weight: 0, journal: [] }),
    rolloutId: "staging/9",
    runId: "9",
    environment: "staging",
    canary: "green",
    mode: "start",
    concurrency: "wait",
    lockTimeoutMs: 10_000,
    pollMs: 2000,
    getRun: async () => ({ status: "in_progress" }),
    log: { info: (m) => logs.push(m), notice: (m) => logs.push(m), warning: (m) => logs.push(m) },
    clock: fakeClock(),
    signal: new AbortController().signal,
    onWaiting: async () => {},
    onGiveUp: async () => {},
    ...o,
  };
}

describe("taking the rollout lock", () => {
  it("acquires a free lock with a start entry", async () => {
    const f = fakeLock(undefined);
    const r = await acquireRolloutLock(options(f.lock));
    expect(r.kind).toBe("acquired");
    expect(f.now()?.journal.map((j) => j.event)).toEqual(["start"]);
  });

  it("never takes over while the holder's run cannot be looked up, asks again every poll, and gives up at lock-timeout", async () => {
    const f = fakeLock(held());
    const clock = fakeClock();
    let lookups = 0;
    const gaveUp: string[] = [];
    const warnings: string[] = [];
    const o = options(f.lock, {
      clock,
      getRun: async () => {
        lookups++;
        throw new Error("GitHub answered 502");
      },
      onGiveUp: async (d) => {
        gaveUp.push(d);
      },
      log: { info: () => {}, notice: () => {}, warning: (m) => warnings.push(m) },
    });
    await expect(acquireRolloutLock(o)).rejects.toThrow(/Another rollout to staging is in progress: run 7 \(1\.9\.0, stage 1, running\)/);
    expect(lookups).toBe(6);
    expect(clock.slept).toEqual([2000, 2000, 2000, 2000, 2000]);
    expect(f.now()?.rolloutId).toBe("staging/7");
    expect(gaveUp).toEqual(["Gave up after waiting 10s for run 7 (1.9.0, stage 1, running)"]);
    // The same failure is reported once, not at every poll.
    expect(warnings).toHaveLength(1);
  });

  it("waits even with concurrency: fail while the lookup fails, and takes over once GitHub says the run completed", async () => {
    const f = fakeLock(held());
    let n = 0;
    const r = await acquireRolloutLock(
      options(f.lock, {
        concurrency: "fail",
        getRun: async () => {
          if (++n < 3) throw new Error("GitHub answered 502");
          return { status: "completed" };
        },
      }),
    );
    expect(r.kind).toBe("acquired");
    expect(f.now()?.journal.map((j) => j.event)).toEqual(["takeover"]);
  });

  it("treats a 404 for the holder's run as unknown, not as finished", async () => {
    const f = fakeLock(held());
    await expect(acquireRolloutLock(options(f.lock, { getRun: async () => undefined, lockTimeoutMs: 3000 }))).rejects.toThrow(/in progress/);
    expect(f.now()?.rolloutId).toBe("staging/7");
  });

  it("resumes a waiting rollout with mode: resume at the stage after its last promotion", async () => {
    const f = fakeLock(held({ phase: "waiting", stage: 1, weight: 50, journal: [{ atMs: 1, stage: 1, weight: 50, event: "promote" }] }));
    const r = await acquireRolloutLock(options(f.lock, { mode: "resume" }));
    expect(r).toMatchObject({ kind: "resumed", startStage: 2, unfinishedRollback: undefined, state: { runId: "9", phase: "running" } });
  });

  it("keeps a hold for approval unless the mode is approve, and lifts it with approve", async () => {
    const hold = held({ phase: "waiting", heldAfterStage: 0, journal: [{ atMs: 1, stage: 0, weight: 10, event: "promote" }] });
    expect(await acquireRolloutLock(options(fakeLock(hold).lock, { mode: "resume" }))).toMatchObject({
      kind: "held",
      reason: "rollout staging/7 is held after stage 1 (10% on green) for approval; a run with mode: approve continues it",
    });
    const approved = await acquireRolloutLock(options(fakeLock(hold).lock, { mode: "approve" }));
    expect(approved).toMatchObject({ kind: "resumed", startStage: 1 });
    expect(approved.kind === "resumed" && approved.state.heldAfterStage).toBeUndefined();
  });

  it("finishes a rollback the previous attempt of this run started", async () => {
    const f = fakeLock(held({ rolloutId: "staging/9", runId: "9", phase: "rolling-back" }));
    expect(await acquireRolloutLock(options(f.lock))).toMatchObject({ kind: "resumed", unfinishedRollback: { phase: "rolling-back" } });
  });

  it("is idle when mode: resume finds nothing waiting", async () => {
    expect(await acquireRolloutLock(options(fakeLock(undefined).lock, { mode: "resume" }))).toEqual({
      kind: "idle",
      reason: "no rollout to staging is waiting",
    });
  });

  it("stops when the job is cancelled while it waits, saying whether it had announced the wait", async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const o = options(fakeLock(held()).lock, {
      signal: controller.signal,
      clock: { ...clock, sleep: async () => controller.abort("SIGTERM") },
    });
    expect(await acquireRolloutLock(o)).toEqual({ kind: "cancelled", reason: "SIGTERM", announced: true });
  });
});
