/** Every transition of the rollout machine, driven with fake time. */
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, type Sample } from "../../../src/deploy/core/gates.js";
import { initialState, type MachineConfig, type MachineEffect, type MachineEvent, type MachineState, step } from "../../../src/deploy/core/rollout-machine.js";

const T0 = 1_700_000_000_000;
const config = (o: Partial<MachineConfig> = {}): MachineConfig => ({
  stages: [
    { weight: 10, bakeMs: 20_000, checkIntervalMs: 2000, minSamples: 200, extensionMs: 20_000 },
    { weight: 50, bakeMs: 20_000, checkIntervalMs: 2000, minSamples: 200, extensionMs: 20_000 },
    { weight: 100, bakeMs: 0, checkIntervalMs: 2000, minSamples: 0, extensionMs: 6000 },
  ],
  thresholds: { ...DEFAULT_THRESHOLDS },
  pauseAfter: [],
  jobBudgetMs: 5.5 * 3600_000,
  jobStartedAtMs: T0,
  startStage: 0,
  canary: "green",
  ...o,
});

const clean =
  (n = 20) =>
  (): Sample[] => [{ gate: "http probe", outcome: "pass", detail: "", requests: n, errors: 0, atMs: 0 }];

interface Drive {
  /** What a check at this stage and time returns. */
  check?: (stage: number, atMs: number) => Sample[];
  /** An event the outside world sends before the event at this index is handled. */
  interrupt?: (effect: MachineEffect, now: number) => MachineEvent | undefined;
  moveFails?: (stage: number) => string | undefined;
  rollbackFails?: string;
  /** How long each check takes. */
  checkMs?: number;
}

/** Runs the machine to its end the way the command does, with a fake clock. */
function drive(c: MachineConfig, d: Drive = {}) {
  let s: MachineState = initialState();
  let now = c.jobStartedAtMs;
  const effects: MachineEffect[] = [];
  const queue: MachineEvent[] = [{ type: "start", atMs: now }];
  for (let guard = 0; queue.length > 0 && guard < 10_000; guard++) {
    const r = step(c, s, queue.shift() as MachineEvent);
    s = r.state;
    for (const e of r.effects) {
      effects.push(e);
      const interrupt = d.interrupt?.(e, now);
      if (interrupt) {
        queue.length = 0;
        queue.push(interrupt);
        break;
      }
      if (e.type === "move") {
        const err = d.moveFails?.(e.stage);
        queue.push(err ? { type: "move-failed", atMs: now, message: err } : { type: "moved", atMs: now });
      } else if (e.type === "sleep-until") {
        now = Math.max(now, e.atMs);
        queue.push({ type: "woke", atMs: now });
      } else if (e.type === "check") {
        now += d.checkMs ?? 50;
        queue.push({ type: "checked", atMs: now, samples: (d.check ?? clean())(e.stage, now) });
      } else if (e.type === "rollback") {
        now += 40;
        queue.push(d.rollbackFails ? { type: "rollback-failed", atMs: now, message: d.rollbackFails } : { type: "rolled-back", atMs: now });
      }
    }
  }
  return { s, effects, now, kinds: effects.map((e) => e.type) };
}

describe("the rollout machine", () => {
  it("promotes a healthy canary stage by stage: move, save, checks every interval, promote, and finishes at 100%", () => {
    const r = drive(config());
    expect(r.s).toMatchObject({ phase: "done", conclusion: "promoted", weight: 100, reason: "all 3 stages passed; green has 100% of the traffic" });
    expect(r.effects.slice(0, 4)).toEqual([
      { type: "record", state: "in_progress", description: "Stage 1/3: 10% on green" },
      { type: "move", stage: 0, weight: 10 },
      { type: "save", patch: { stage: 0, weight: 10, bakeEndsAtMs: T0 + 20_000 }, entry: { stage: 0, weight: 10, event: "apply" } },
      { type: "sleep-until", atMs: T0 + 2000 },
    ]);
    expect(r.effects.filter((e) => e.type === "move").map((e) => (e as { weight: number }).weight)).toEqual([10, 50, 100]);
    expect(r.s.records.map((x) => x.decision)).toEqual(["promoted", "promoted", "final stage"]);
    // Ten 20-request checks give the 200 samples the stage needs once the bake is over (checks take 50 ms, so the 10th ends after it).
    expect(r.s.records[0]?.samples).toHaveLength(10);
    expect(r.kinds.at(-1)).toBe("finish");
  });

  it("rolls back on a breach mid-bake and counts the time to rollback from the failed check", () => {
    const r = drive(config(), {
      check: (stage, atMs) => [{ gate: "http probe", outcome: "pass", detail: "", requests: 20, errors: stage === 1 && atMs > T0 + 30_000 ? 2 : 0, atMs }],
    });
    expect(r.s.conclusion).toBe("rolled-back");
    expect(r.s.reason).toMatch(/^stage 2 \(50%\): http probe saw 2 errors in \d+ requests/);
    expect(r.effects.filter((e) => e.type === "save").at(-1)).toMatchObject({
      patch: { phase: "rolling-back" },
      entry: { event: "rollback", stage: 1, weight: 50 },
    });
    expect(r.s.firstFailAtMs).toBeDefined();
    expect(r.now - (r.s.firstFailAtMs as number)).toBe(40);
    expect(r.s.weight).toBe(0);
    expect(r.s.records.at(-1)?.decision).toBe("rolled back");
  });

  it("extends a stage that lacks evidence, says so, and ends as not-enough-samples", () => {
    const r = drive(config(), { check: clean(5) });
    expect(r.effects).toContainEqual({
      type: "log",
      message: "the bake of stage 1 is over without enough evidence (50 of 200 samples); extending it by up to 20s.",
    });
    expect(r.s.conclusion).toBe("not-enough-samples");
    expect(r.s.reason).toMatch(/^stage 1 \(10%\): not enough evidence to promote: \d+ of 200 samples$/);
    expect(r.s.records[0]?.decision).toBe("not-enough-samples");
    // Checked until the extension ended: bake 20 s + 20 s more.
    expect(r.now).toBeGreaterThanOrEqual(T0 + 40_000);
    expect(r.now).toBeLessThan(T0 + 43_000);
  });

  it("holds after a pause-after stage for approval, saving the hold", () => {
    const r = drive(config({ pauseAfter: [0] }));
    expect(r.s).toMatchObject({
      conclusion: "waiting",
      weight: 10,
      reason: "held after stage 1 (10% on green) for approval; a run with mode: approve continues it",
    });
    expect(r.effects.at(-2)).toEqual({
      type: "save",
      patch: { phase: "waiting", heldAfterStage: 0 },
      entry: { stage: 0, weight: 10, event: "waiting", note: "held for approval" },
    });
  });

  it("ends the job at a stage boundary when the next bake would not fit the job budget", () => {
    const r = drive(config({ jobBudgetMs: 30_000 }));
    expect(r.s.conclusion).toBe("waiting");
    expect(r.s.reason).toBe("stage 2 bakes 20s, more than the 30s job budget leaves; run again with mode: resume to continue");
    expect(r.effects.filter((e) => e.type === "move")).toHaveLength(1);
  });

  it("ends the job mid-bake when one stage is longer than the job budget", () => {
    const long = config({
      jobBudgetMs: 10_000,
      stages: [
        { weight: 10, bakeMs: 60_000, checkIntervalMs: 2000, minSamples: 0, extensionMs: 60_000 },
        { weight: 100, bakeMs: 0, checkIntervalMs: 2000, minSamples: 0, extensionMs: 0 },
      ],
    });
    const r = drive(long);
    expect(r.s.conclusion).toBe("waiting");
    expect(r.s.reason).toMatch(/^stage 1 \(10%\) bakes until .* past the 10s job budget; run again with mode: resume to continue its bake$/);
    expect(r.now).toBeLessThanOrEqual(T0 + 10_000);
    expect(r.s.records[0]?.decision).toBe("waiting (job budget)");
  });

  it("resumes at a later stage and bakes only what is left of a bake an earlier job began", () => {
    const r = drive(config({ startStage: 1, resumedBakeEndsAtMs: T0 + 5000 }), { check: clean(100) });
    expect(r.effects[0]).toEqual({ type: "record", state: "in_progress", description: "Stage 2/3: 50% on green" });
    expect(r.effects[2]).toMatchObject({ type: "save", patch: { stage: 1, weight: 50, bakeEndsAtMs: T0 + 5000 } });
    expect(r.s.conclusion).toBe("promoted");
    expect(r.s.records.map((x) => x.index)).toEqual([1, 2]);
  });

  it("rolls back at once when the job is cancelled mid-bake", () => {
    const r = drive(config(), { interrupt: (e, now) => (e.type === "sleep-until" && e.atMs > T0 + 6000 ? { type: "cancelled", atMs: now } : undefined) });
    expect(r.s).toMatchObject({ conclusion: "rolled-back", reason: "the job was cancelled" });
    expect(r.s.records[0]?.decision).toBe("cancelled");
  });

  it("stops without touching the router when cancelled or the lock is lost before anything moved", () => {
    const c = config();
    const started = step(c, initialState(), { type: "start", atMs: T0 });
    // The move is in flight: a cancel now must still put the traffic back.
    expect(step(c, started.state, { type: "cancelled", atMs: T0 }).effects.map((e) => e.type)).toEqual(["save", "rollback"]);
    const idle = initialState();
    expect(step(c, idle, { type: "lock-lost", atMs: T0, why: "the staging rollout lock was taken over by run 7" })).toMatchObject({
      state: { conclusion: "failed", reason: "the staging rollout lock was taken over by run 7 before this run moved any traffic; nothing was changed" },
    });
  });

  it("rolls back when another run takes the lock over mid-rollout", () => {
    const r = drive(config(), {
      interrupt: (e, now) =>
        e.type === "move" && e.stage === 1 ? { type: "lock-lost", atMs: now, why: "the staging rollout lock was taken over by run 7" } : undefined,
    });
    expect(r.s).toMatchObject({ conclusion: "rolled-back", reason: "the staging rollout lock was taken over by run 7" });
  });

  it("rolls back when the provider fails, and fails when the rollback fails too", () => {
    const moved = drive(config(), { moveFails: (st) => (st === 1 ? "HAProxy refused" : undefined) });
    expect(moved.s).toMatchObject({ conclusion: "rolled-back", reason: "the provider failed at stage 2: HAProxy refused" });
    const stuck = drive(config(), { moveFails: (st) => (st === 1 ? "HAProxy refused" : undefined), rollbackFails: "socket gone" });
    expect(stuck.s).toMatchObject({ conclusion: "failed", reason: "the provider failed at stage 2: HAProxy refused; the rollback failed too: socket gone" });
  });

  it("ignores events that do not apply in the current phase", () => {
    const c = config();
    const done = drive(c).s;
    expect(step(c, done, { type: "cancelled", atMs: T0 })).toEqual({ state: done, effects: [] });
    const idle = initialState();
    expect(step(c, idle, { type: "checked", atMs: T0, samples: [] })).toEqual({ state: idle, effects: [] });
    expect(step(c, idle, { type: "rolled-back", atMs: T0 })).toEqual({ state: idle, effects: [] });
  });
});
