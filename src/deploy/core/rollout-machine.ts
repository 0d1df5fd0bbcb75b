/**
 * The rollout as a pure state machine: `step(state, event)` returns the next state and the effects
 * the command must carry out (move the traffic, check the gates, sleep until a time, roll back, save
 * the journal, record a deployment status, finish). The command interprets the effects and feeds
 * their outcomes back as events, with the time each happened; nothing here reads a clock, so every
 * transition (bake, extension, promotion, breach, approval hold, job budget, cancel, lost lock,
 * resume) is tested with fake time. Pure.
 */
import { formatMs } from "../../kernel/inputs.js";
import type { JournalEntry } from "./rollout-state.js";
import { decideStage, type Sample, type Thresholds } from "./gates.js";
import type { StageRecord } from "./render.js";

/** One stage as the machine runs it. */
export interface MachineStage {
  weight: number;
  bakeMs: number;
  checkIntervalMs: number;
  /** Samples the stage must pool before it promotes. */
  minSamples: number;
  /** How long the stage may run past its bake to gather evidence. */
  extensionMs: number;
}

export interface MachineConfig {
  stages: readonly MachineStage[];
  thresholds: Thresholds;
  /** Stage indexes after which the rollout holds for approval (pause-after). */
  pauseAfter: readonly number[];
  /** Job time the rollout may use, from `jobStartedAtMs`. */
  jobBudgetMs: number;
  jobStartedAtMs: number;
  /** The stage this run starts at (later than 0 when it resumes a rollout). */
  startStage: number;
  /** When resuming the stage an earlier job was baking: when that bake ends (epoch ms). */
  resumedBakeEndsAtMs?: number | undefined;
  /** The canary's name, for reasons. */
  canary: string;
}

export type Conclusion = "promoted" | "rolled-back" | "not-enough-samples" | "failed" | "waiting";

export interface MachineState {
  phase: "idle" | "moving" | "baking" | "rolling-back" | "done";
  /** Index of the current stage. */
  stage: number;
  /** The canary weight this rollout has set (0 before its first move and after a rollback). */
  weight: number;
  hasMoved: boolean;
  bakeEndsAtMs: number;
  extensionEndsAtMs: number;
  /** Checks made in the current stage. */
  rounds: number;
  isExtending: boolean;
  /** The stages this run ran, for the summary. */
  records: StageRecord[];
  /** When the first check failed (or the rollback was decided): time to rollback counts from here. */
  firstFailAtMs: number | undefined;
  rollbackWhy: string | undefined;
  isNotEnoughSamples: boolean;
  conclusion: Conclusion | undefined;
  reason: string;
}

export type MachineEvent =
  | { type: "start"; atMs: number }
  | { type: "moved"; atMs: number }
  | { type: "move-failed"; atMs: number; message: string }
  | { type: "woke"; atMs: number }
  | { type: "checked"; atMs: number; samples: readonly Sample[] }
  | { type: "cancelled"; atMs: number }
  | { type: "lock-lost"; atMs: number; why: string }
  /** Something the command did not expect stopped the rollout: handled like a lost lock. */
  | { type: "error"; atMs: number; why: string }
  | { type: "rolled-back"; atMs: number }
  | { type: "rollback-failed"; atMs: number; message: string };

/** A change to the saved rollout state (the lock's journal), with the journal entry that explains it. */
export interface SavePatch {
  stage?: number;
  weight?: number;
  bakeEndsAtMs?: number;
  heldAfterStage?: number;
  phase?: "running" | "waiting" | "rolling-back";
}

export type MachineEffect =
  | { type: "move"; stage: number; weight: number }
  | { type: "check"; stage: number; weight: number }
  | { type: "sleep-until"; atMs: number }
  | { type: "rollback"; why: string }
  | { type: "save"; patch: SavePatch; entry: Omit<JournalEntry, "atMs"> }
  | { type: "record"; state: "in_progress"; description: string }
  | { type: "log"; message: string }
  | { type: "finish"; conclusion: Conclusion; reason: string };

export interface Step {
  state: MachineState;
  effects: MachineEffect[];
}

/** "1 stage", "3 stages": the reason is read by people, in the summary and in notifications. */
export function stageCount(n: number): string {
  return `${n} ${n === 1 ? "stage" : "stages"}`;
}

export function initialState(): MachineState {
  return {
    phase: "idle",
    stage: -1,
    weight: 0,
    hasMoved: false,
    bakeEndsAtMs: 0,
    extensionEndsAtMs: 0,
    rounds: 0,
    isExtending: false,
    records: [],
    firstFailAtMs: undefined,
    rollbackWhy: undefined,
    isNotEnoughSamples: false,
    conclusion: undefined,
    reason: "",
  };
}

/** Durations as every other screen prints them (formatMs of the input readers). */
const fmt = formatMs;

function finish(s: MachineState, conclusion: Conclusion, reason: string, effects: MachineEffect[] = []): Step {
  return { state: { ...s, phase: "done", conclusion, reason }, effects: [...effects, { type: "finish", conclusion, reason }] };
}

function closeRecord(s: MachineState, atMs: number, decision: string): StageRecord[] {
  const last = s.records.at(-1);
  if (!last || last.endedAtMs !== undefined) return s.records;
  return [...s.records.slice(0, -1), { ...last, endedAtMs: atMs, decision: last.decision || decision }];
}

/** Starts stage `i`, or ends the job first: an approval hold, or a bake the job budget cannot hold. */
function beginStage(c: MachineConfig, s: MachineState, i: number, atMs: number): Step {
  const stage = c.stages[i] as MachineStage;
  if (i > c.startStage && c.pauseAfter.includes(i - 1)) {
    const reason = `held after stage ${i} (${s.weight}% on ${c.canary}) for approval; a run with mode: approve continues it`;
    return finish(s, "waiting", reason, [
      {
        type: "save",
        patch: { phase: "waiting", heldAfterStage: i - 1 },
        entry: { stage: i - 1, weight: s.weight, event: "waiting", note: "held for approval" },
      },
    ]);
  }
  if (i > c.startStage && atMs - c.jobStartedAtMs + stage.bakeMs > c.jobBudgetMs) {
    const reason = `stage ${i + 1} bakes ${fmt(stage.bakeMs)}, more than the ${fmt(c.jobBudgetMs)} job budget leaves; run again with mode: resume to continue`;
    return finish(s, "waiting", reason, [{ type: "save", patch: { phase: "waiting" }, entry: { stage: i - 1, weight: s.weight, event: "waiting" } }]);
  }
  const record: StageRecord = {
    index: i,
    weight: stage.weight,
    startedAtMs: atMs,
    endedAtMs: undefined,
    samples: [],
    decision: "",
    evidence: [],
    minSamples: stage.minSamples,
  };
  const effects: MachineEffect[] = [];
  if (i === c.startStage)
    effects.push({ type: "record", state: "in_progress", description: `Stage ${i + 1}/${c.stages.length}: ${stage.weight}% on ${c.canary}` });
  effects.push({ type: "move", stage: i, weight: stage.weight });
  return {
    state: { ...s, phase: "moving", stage: i, rounds: 0, isExtending: false, records: [...s.records, record] },
    effects,
  };
}

/** Sleeps until the next check, or ends the job mid-bake when the budget would not hold the next interval. */
function nextCheck(c: MachineConfig, s: MachineState, atMs: number): Step {
  const stage = c.stages[s.stage] as MachineStage;
  if (atMs < s.bakeEndsAtMs && atMs - c.jobStartedAtMs + stage.checkIntervalMs > c.jobBudgetMs) {
    const reason = `stage ${s.stage + 1} (${stage.weight}%) bakes until ${new Date(s.bakeEndsAtMs).toISOString()}, past the ${fmt(c.jobBudgetMs)} job budget; run again with mode: resume to continue its bake`;
    const state = { ...s, records: closeRecord(s, atMs, "waiting (job budget)") };
    return finish(state, "waiting", reason, [{ type: "save", patch: { phase: "waiting" }, entry: { stage: s.stage, weight: s.weight, event: "waiting" } }]);
  }
  return { state: s, effects: [{ type: "sleep-until", atMs: Math.min(atMs + stage.checkIntervalMs, Math.max(atMs, s.extensionEndsAtMs)) }] };
}

function startRollback(s: MachineState, why: string, atMs: number, decision: string, notEnough = false): Step {
  return {
    state: {
      ...s,
      phase: "rolling-back",
      rollbackWhy: why,
      isNotEnoughSamples: notEnough,
      firstFailAtMs: s.firstFailAtMs ?? atMs,
      records: closeRecord(s, atMs, decision),
    },
    effects: [
      { type: "save", patch: { phase: "rolling-back" }, entry: { stage: s.stage, weight: s.weight, event: "rollback", note: why.slice(0, 200) } },
      { type: "rollback", why },
    ],
  };
}

/** Promotes the current stage: the next one begins, or the rollout is done. */
function promote(c: MachineConfig, s: MachineState, atMs: number, decision: string): Step {
  const state = { ...s, records: closeRecord(s, atMs, decision) };
  const save: MachineEffect = { type: "save", patch: {}, entry: { stage: s.stage, weight: s.weight, event: "promote" } };
  if (s.stage === c.stages.length - 1)
    return finish(state, "promoted", `all ${stageCount(c.stages.length)} passed; ${c.canary} has ${s.weight}% of the traffic`, [save]);
  const next = beginStage(c, state, s.stage + 1, atMs);
  return { state: next.state, effects: [save, ...next.effects] };
}

/**
 * The machine's one function. Events that do not apply in the current phase (a check result after
 * a cancel, a second cancel) leave the state as it is and ask for nothing.
 */
export function step(c: MachineConfig, s: MachineState, e: MachineEvent): Step {
  if (s.phase === "done") return { state: s, effects: [] };
  switch (e.type) {
    case "start":
      if (s.phase !== "idle") return { state: s, effects: [] };
      if (c.startStage >= c.stages.length) return finish(s, "promoted", `all ${stageCount(c.stages.length)} passed`);
      return beginStage(c, s, c.startStage, e.atMs);
    case "moved": {
      if (s.phase !== "moving") return { state: s, effects: [] };
      const stage = c.stages[s.stage] as MachineStage;
      // A stage this rollout already baked (in an earlier job) bakes only what is left, and never
      // longer than this run's plan asks.
      const resumed = s.stage === c.startStage && c.resumedBakeEndsAtMs !== undefined;
      const bakeEndsAtMs = resumed ? Math.min(c.resumedBakeEndsAtMs as number, e.atMs + stage.bakeMs) : e.atMs + stage.bakeMs;
      const moved: MachineState = {
        ...s,
        phase: "baking",
        weight: stage.weight,
        hasMoved: true,
        bakeEndsAtMs,
        extensionEndsAtMs: bakeEndsAtMs + stage.extensionMs,
      };
      const save: MachineEffect = {
        type: "save",
        patch: { stage: s.stage, weight: stage.weight, bakeEndsAtMs },
        entry: { stage: s.stage, weight: stage.weight, event: "apply" },
      };
      if (stage.bakeMs === 0 && stage.weight === 100) {
        const p = promote(c, moved, e.atMs, "final stage");
        return { state: p.state, effects: [save, ...p.effects] };
      }
      const next = nextCheck(c, moved, e.atMs);
      return { state: next.state, effects: [save, ...next.effects] };
    }
    case "move-failed":
      if (s.phase !== "moving") return { state: s, effects: [] };
      return startRollback(s, `the provider failed at stage ${s.stage + 1}: ${e.message}`, e.atMs, "provider failed");
    case "woke":
      if (s.phase !== "baking") return { state: s, effects: [] };
      return { state: s, effects: [{ type: "check", stage: s.stage, weight: s.weight }] };
    case "checked": {
      if (s.phase !== "baking") return { state: s, effects: [] };
      const stage = c.stages[s.stage] as MachineStage;
      const rec = s.records.at(-1) as StageRecord;
      const samples = [...rec.samples, ...e.samples];
      const rounds = s.rounds + 1;
      const firstFailAtMs = s.firstFailAtMs ?? (e.samples.some((x) => x.outcome === "fail") ? e.atMs : undefined);
      // Gathering evidence after the bake gets at least three checks, however slow the gates are.
      const d = decideStage(
        samples,
        { ...c.thresholds, minRequests: stage.minSamples },
        e.atMs >= s.bakeEndsAtMs,
        e.atMs >= s.extensionEndsAtMs && rounds >= 3,
      );
      const state: MachineState = { ...s, rounds, firstFailAtMs, records: [...s.records.slice(0, -1), { ...rec, samples, evidence: d.evidence }] };
      if (d.action === "rollback")
        return startRollback(
          state,
          `stage ${s.stage + 1} (${stage.weight}%): ${d.reason}`,
          e.atMs,
          d.notEnoughSamples ? "not-enough-samples" : "rolled back",
          d.notEnoughSamples,
        );
      if (d.action === "promote") return promote(c, state, e.atMs, "promoted");
      const effects: MachineEffect[] = [];
      let extending = state.isExtending;
      if (e.atMs >= s.bakeEndsAtMs && !extending) {
        extending = true;
        effects.push({
          type: "log",
          message: `the bake of stage ${s.stage + 1} is over without enough evidence (${d.reason.replace(/^gathering evidence: /, "")}); extending it by up to ${fmt(stage.extensionMs)}.`,
        });
      }
      const next = nextCheck(c, { ...state, isExtending: extending }, e.atMs);
      return { state: next.state, effects: [...effects, ...next.effects] };
    }
    case "cancelled":
      if (s.phase === "rolling-back") return { state: s, effects: [] };
      if (!s.hasMoved && s.phase !== "moving")
        return finish({ ...s, records: closeRecord(s, e.atMs, "cancelled") }, "failed", "the job was cancelled before any traffic moved; nothing was changed");
      return startRollback(s, "the job was cancelled", e.atMs, "cancelled");
    case "lock-lost":
    case "error":
      if (s.phase === "rolling-back") return { state: s, effects: [] };
      if (!s.hasMoved && s.phase !== "moving")
        return finish(
          { ...s, records: closeRecord(s, e.atMs, "stopped (lock lost)") },
          "failed",
          `${e.why} before this run moved any traffic; nothing was changed`,
        );
      return startRollback(s, e.why, e.atMs, "stopped (lock lost)");
    case "rolled-back":
      if (s.phase !== "rolling-back") return { state: s, effects: [] };
      return finish({ ...s, weight: 0 }, s.isNotEnoughSamples ? "not-enough-samples" : "rolled-back", s.rollbackWhy ?? "rolled back");
    case "rollback-failed":
      if (s.phase !== "rolling-back") return { state: s, effects: [] };
      return finish(s, "failed", `${s.rollbackWhy ?? "rolled back"}; the rollback failed too: ${e.message}`);
  }
}
