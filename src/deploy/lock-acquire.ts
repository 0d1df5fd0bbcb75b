/**
 * Taking the environment's rollout lock before the first move (see lock.ts for the compare-and-swap
 * ref). One function, one outcome:
 *
 * - `acquired`: a new rollout holds the lock (a free lock, or one whose holder's run has completed);
 * - `resumed`: this run continues a rollout it owns (a re-run, `mode: resume`, `mode: approve`),
 *   possibly one that was rolling back when its last attempt ended;
 * - `held`: the rollout is held for approval after a stage and this run may not lift the hold;
 * - `idle`: `mode: resume`/`approve` found nothing waiting;
 * - `cancelled`: the job was cancelled while it queued (nothing moved).
 *
 * Another live rollout makes it wait (concurrency: wait, up to lock-timeout) or fail. Only GitHub
 * answering that the holder's run has completed frees a lock: a failed lookup waits and asks again.
 */
import type { Clock } from "../kernel/clock.js";
import { ErrorCode, ShiplineError, toShiplineError } from "../kernel/errors.js";
import { formatMs } from "../kernel/inputs.js";
import { evaluateLock, type JournalEntry, type RolloutState } from "./core/rollout-state.js";
import type { RolloutLock } from "./lock.js";

export type LockAcquisition =
  | { kind: "acquired"; state: RolloutState }
  | { kind: "resumed"; state: RolloutState; startStage: number; unfinishedRollback: RolloutState | undefined }
  | { kind: "held"; state: RolloutState; reason: string }
  | { kind: "idle"; reason: string }
  | { kind: "cancelled"; reason: string; announced: boolean };

export interface AcquireOptions {
  lock: RolloutLock;
  /** A new rollout's state (phase running, stage -1, empty journal). */
  fresh(): RolloutState;
  rolloutId: string;
  runId: string | undefined;
  environment: string;
  canary: string;
  /** What holds the split, for messages: "the router", "Unleash", "the flag file" (core/sides.ts). Defaults to "the router". */
  holder?: string;
  mode: "start" | "resume" | "approve";
  concurrency: "wait" | "fail";
  lockTimeoutMs: number;
  /** Time between looks at a busy lock. */
  pollMs: number;
  /** The holder's workflow run (undefined for a 404). */
  getRun(runId: number): Promise<{ status?: string | null } | undefined>;
  log: { info(m: string): void; notice(m: string): void; warning(m: string): void };
  clock: Clock;
  signal: AbortSignal;
  /** Called once when the run starts waiting, with the holder in words (the queued deployment record). */
  onWaiting(holderText: string): Promise<void>;
  /** Called before giving up after a wait (closes the queued record). */
  onGiveUp(description: string): Promise<void>;
}

export async function acquireRolloutLock(o: AcquireOptions): Promise<LockAcquisition> {
  const { lock } = o;
  const deadline = o.clock.now() + o.lockTimeoutMs;
  let state = o.fresh();
  const journal = (e: Omit<JournalEntry, "atMs">) => state.journal.push({ atMs: o.clock.now(), ...e });
  let lastLookupFailure: string | undefined;
  for (let announced = false; ; ) {
    if (o.signal.aborted) return { kind: "cancelled", reason: String(o.signal.reason ?? "cancelled"), announced };
    const holder = await lock.read();
    if (holder && !holder.state) {
      throw new ShiplineError(ErrorCode.PolicyFailed, `The lock ref refs/shipline/deploy-lock/${o.environment} exists but holds no Shipline rollout state.`, {
        hint: "Delete that ref if nothing else uses it (git push origin :refs/shipline/deploy-lock/...), then re-run.",
      });
    }
    // Only GitHub saying the holder's run has completed frees its lock: an error or a 404 (a token
    // without actions: read) says nothing about a live rollout, so the run waits and asks again.
    let finished = false;
    let lookupFailed: string | undefined;
    // A waiting or released rollout's run does not matter (evaluateLock decides on its phase).
    const h = holder?.state;
    if (h && h.phase !== "waiting" && h.phase !== "done" && h.rolloutId !== o.rolloutId && h.runId && h.runId !== o.runId) {
      try {
        const r = await o.getRun(Number(h.runId));
        finished = r?.status === "completed";
        if (!r) lookupFailed = `GitHub answered 404 for run ${h.runId}`;
      } catch (e) {
        lookupFailed = toShiplineError(e).message;
      }
      if (lookupFailed && lookupFailed !== lastLookupFailure)
        o.log.warning(
          `Could not tell whether run ${h.runId}, which holds the ${o.environment} rollout lock, has finished (${lookupFailed.replace(/\.$/, "")}); waiting and asking again, since only a completed run frees the lock.`,
        );
      lastLookupFailure = lookupFailed;
    }
    const v = evaluateLock(h, o.rolloutId, finished, o.mode !== "start", o.runId);
    if (v.kind === "free") {
      if (o.mode !== "start") return { kind: "idle", reason: `no rollout to ${o.environment} is waiting` };
      if (holder) {
        journal({ stage: -1, weight: 0, event: "start" });
        if ((await lock.write(state)).ok) return { kind: "acquired", state };
        state.journal.pop();
        continue; // another run took the finished lock between our read and our write: look again
      }
      if (await lock.acquire({ ...state, journal: [...state.journal, { atMs: o.clock.now(), stage: -1, weight: 0, event: "start" }] })) {
        journal({ stage: -1, weight: 0, event: "start" });
        return { kind: "acquired", state };
      }
      continue; // another run created the lock between our read and our create: look again
    }
    if (v.kind === "mine") {
      const wasResume = v.state.rolloutId !== o.rolloutId && v.state.runId !== o.runId;
      // A hold for approval is lifted only by mode: approve (a job behind a required reviewer), so
      // neither a scheduled resume nor a re-run of the job that paused can skip the reviewer.
      if (v.state.heldAfterStage !== undefined && o.mode !== "approve") {
        const held = v.state.heldAfterStage;
        return {
          kind: "held",
          state: v.state,
          reason: `rollout ${v.state.rolloutId} is held after stage ${held + 1} (${v.state.weight}% on ${o.canary}) for approval; a run with mode: approve continues it`,
        };
      }
      // A resumed rollout belongs to this run from now on, so a later run sees its holder alive.
      state = { ...v.state, runId: o.runId ?? v.state.runId };
      if (v.state.phase === "rolling-back") {
        o.log.notice(`Rollout ${v.state.rolloutId} was rolling back when its last attempt ended: finishing the rollback.`);
        return { kind: "resumed", state, startStage: 0, unfinishedRollback: v.state };
      }
      if (v.state.heldAfterStage !== undefined) {
        o.log.notice(`Approved: continuing after stage ${v.state.heldAfterStage + 1} (${v.state.weight}% on ${o.canary}).`);
        delete state.heldAfterStage;
      }
      state.phase = "running";
      // After a promotion (or a wait at a stage boundary) the next stage; else the stage itself, whose
      // bake continues (a stage longer than a job, or a re-run after a kill).
      const promoted = state.journal.some((j) => j.stage === state.stage && j.event === "promote");
      const startStage = Math.max(0, promoted ? state.stage + 1 : state.stage);
      o.log.notice(
        `Resuming rollout ${v.state.rolloutId}${wasResume ? ` (from run ${v.state.runId})` : ""} at stage ${startStage + 1} (${o.holder ?? "the router"} had ${state.weight}% on ${o.canary}).`,
      );
      journal({ stage: startStage, weight: state.weight, event: "resume", note: `run ${o.runId ?? "local"}` });
      if ((await lock.write(state)).ok) return { kind: "resumed", state, startStage, unfinishedRollback: undefined };
      // Another run moved the lock between our read and our write: start over from what it holds.
      state = o.fresh();
      continue;
    }
    if (v.kind === "stale") {
      o.log.notice(`Taking over the ${o.environment} rollout lock from run ${v.state.runId} (${v.state.rolloutId}), which has finished without releasing it.`);
      journal({ stage: -1, weight: v.state.weight, event: "takeover", note: `from run ${v.state.runId}` });
      // The write is a compare-and-swap on the stale holder's commit: of two runs taking over at
      // once, GitHub moves the ref for one; the other looks again (and waits or fails).
      if ((await lock.write(state)).ok) return { kind: "acquired", state };
      state.journal = state.journal.filter((j) => j.event !== "takeover");
      continue;
    }
    const holderText = `run ${v.state.runId} (${v.state.version || "unversioned"}, stage ${v.state.stage + 1}, ${v.state.phase})`;
    if ((o.concurrency === "fail" && !lookupFailed) || o.clock.now() >= deadline) {
      const waited = o.concurrency !== "fail" || lookupFailed !== undefined;
      if (waited) await o.onGiveUp(`Gave up after waiting ${formatMs(o.lockTimeoutMs)} for ${holderText}`);
      throw new ShiplineError(ErrorCode.PolicyFailed, `Another rollout to ${o.environment} is in progress: ${holderText}. Nothing was changed.`, {
        hint:
          v.state.heldAfterStage !== undefined
            ? `That rollout is held for approval after stage ${v.state.heldAfterStage + 1}: approve it with "mode: approve", or delete refs/shipline/deploy-lock/${o.environment} to abandon it.`
            : v.state.phase === "waiting"
              ? `That rollout waits for a later run with "mode: resume"; resume it first, or delete refs/shipline/deploy-lock/${o.environment} to abandon it.`
              : lookupFailed
                ? `Waited ${formatMs(o.lockTimeoutMs)}, but GitHub never said whether run ${v.state.runId} has finished (${lookupFailed.replace(/\.$/, "")}). Give the job "permissions: actions: read", or delete refs/shipline/deploy-lock/${o.environment} if that run is gone.`
                : waited
                  ? `Waited ${formatMs(o.lockTimeoutMs)}; raise "lock-timeout" or run later.`
                  : 'Set "concurrency: wait" to queue behind it, or use a workflow concurrency group.',
      });
    }
    if (!announced) {
      o.log.info(`Waiting for the rollout lock of ${o.environment}, held by ${holderText}.`);
      await o.onWaiting(holderText);
    }
    announced = true;
    await o.clock.sleep(o.pollMs, o.signal);
  }
}
