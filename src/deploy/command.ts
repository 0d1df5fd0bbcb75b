/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 *
 * This file owns the run's lifetime: resolve (config.ts), then the dry run or a refusal (report.ts),
 * the lock and its state writes, the deployment record, the cancel and lost-lock paths and the
 * rollback they share, and the end (promotion kept, record closed, lock released). The rollout itself
 * is the machine that interpreter.ts runs with the checks in checks.ts; the post step is post.ts.
 */
import { resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { toShiplineError } from "../kernel/errors.js";
import type { InputValues } from "../kernel/inputs.js";
import { HealthChecks } from "./checks.js";
import { evidenceExtensionMs, isProduction, minSamplesFor, readDeployConfig } from "./config.js";
import { explainRefusal, renderPlan } from "./core/plan.js";
import type { RolloutReport, StageRecord } from "./core/render.js";
import { type MachineConfig, stageCount } from "./core/rollout-machine.js";
import { computeRolloutId, type JournalEntry, type RolloutState } from "./core/rollout-state.js";
import { deploySpec } from "./inputs.js";
import { type RunningMachine, startMachine } from "./interpreter.js";
import { type LockHolder, RolloutLock } from "./lock.js";
import { acquireRolloutLock } from "./lock-acquire.js";
import { publishNotification } from "./notify.js";
import { post, writePostState } from "./post.js";
import { buildProvider } from "./providers/index.js";
import { DeploymentRecorder, type DeploymentState } from "./recorder.js";
import { writeDryRun, writeNothingToDo, writeRefusal, writeRolloutReport } from "./report.js";

type Inputs = InputValues<typeof deploySpec.inputs>;

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime, context } = ctx;
  // Reading the signal installs the cancel listeners now, so a cancel at any later point is seen.
  const jobCancelled = ctx.signal;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  // The resolve step: plan, provider, gates, pause-after, freeze and window checked together, every
  // problem in one message; from here on only the resolved config is read.
  const config = readDeployConfig(inputs, cwd, { hasToken: ctx.hasToken() });
  const { plan, provider: providerCfg, sides, thresholds, pauseAfter } = config;
  for (const w of config.warnings) runtime.log.warning(w);
  const refusal = explainRefusal(config.deployTime, runtime.now());
  const planMarkdown = renderPlan(plan, sides, inputs["job-budget"]);
  if (inputs["dry-run"]) return writeDryRun(runtime, inputs, config, planMarkdown, refusal);
  if (refusal) return writeRefusal(runtime, inputs, refusal, planMarkdown);

  const version = inputs.version ?? "";
  const provider = buildProvider(providerCfg, ctx, { cwd, version, environment: inputs.environment, flagInputs: inputs });
  // GitHub Deployments: one record per rollout, statuses only when the state changes.
  const recorder = new DeploymentRecorder(ctx, {
    environment: inputs.environment,
    environmentUrl: inputs["environment-url"],
    isProduction: isProduction(inputs),
  });
  const record = (st: DeploymentState, description: string) => recorder.status(st, description);
  const createDeployment = (why: string) =>
    recorder.create({ description: `Shipline ${plan.strategy} rollout of ${version || "a new version"}`, payload: { shipline: { version, plan } } }, why);
  // The lock and the rollout state (see lock.ts): taken before the first move, resumed on a re-run.
  const rolloutId = computeRolloutId(inputs.environment, context.runId, version);
  const freshState = (): RolloutState => ({
    rolloutId,
    runId: context.runId ?? "",
    environment: inputs.environment,
    version,
    deploymentId: undefined,
    stage: -1,
    weight: 0,
    phase: "running",
    journal: [],
  });
  let state = freshState();
  let lock: RolloutLock | undefined;
  let startStage = 0;
  let resumed = false;
  /** The state a killed attempt left behind when it had decided to roll back: finish that rollback. */
  let unfinishedRollback: RolloutState | undefined;
  const journal = (e: Omit<JournalEntry, "atMs">) => state.journal.push({ atMs: ctx.clock.now(), ...e });
  if (ctx.hasToken() && context.repository && context.sha) {
    lock = new RolloutLock(ctx.github(), inputs.environment);
    const got = await acquireRolloutLock({
      lock,
      fresh: freshState,
      rolloutId,
      runId: context.runId,
      environment: inputs.environment,
      canary: sides.canary,
      holder: sides.holder,
      mode: inputs.mode,
      concurrency: inputs.concurrency,
      lockTimeoutMs: inputs["lock-timeout"],
      pollMs: Math.min(2000, plan.checkIntervalMs),
      getRun: (id) => ctx.github().actions.getRun(id),
      log: runtime.log,
      clock: ctx.clock,
      // A job cancelled while it queues for the lock has moved no traffic: it only closes its record.
      signal: ctx.signal,
      onWaiting: (holderText) => createDeployment(`Waiting for ${holderText}`),
      onGiveUp: (description) => record("failure", description),
    });
    switch (got.kind) {
      case "cancelled":
        if (got.announced) await record("failure", `Cancelled while waiting for the ${inputs.environment} rollout lock`);
        runtime.setOutput("conclusion", "failed");
        runtime.setOutput("reason", `cancelled (${got.reason}) while waiting for the rollout lock; nothing was changed`);
        return { conclusion: "failure", message: `Cancelled while waiting for the ${inputs.environment} rollout lock; no traffic was moved.` };
      case "idle":
      case "held":
        return writeNothingToDo(runtime, inputs.mode, got);
      case "acquired":
        state = got.state;
        break;
      case "resumed":
        state = got.state;
        resumed = true;
        startStage = got.startStage;
        unfinishedRollback = got.unfinishedRollback;
        break;
    }
  }
  /** Set when a state write or a check found the lock taken by another run (see onLockLost). */
  let lockLostTo: string | undefined;
  /** Stops the rollout once it exists (set below, where the cancel signal and the rollback are). */
  let stopForLostLock: ((why: string) => void) | undefined;
  const onLockLost = (lost: { holder: LockHolder | undefined }) => {
    if (lockLostTo !== undefined) return;
    const h = lost.holder;
    lockLostTo = h?.state
      ? `run ${h.state.runId} (${h.state.rolloutId}, ${h.state.version || "unversioned"})`
      : h
        ? `something that is not a Shipline rollout (${h.sha.slice(0, 12)})`
        : "nobody: the lock ref was deleted";
    const why = `the ${inputs.environment} rollout lock was taken over by ${lockLostTo}`;
    runtime.log.warning(
      `The rollout lock refs/shipline/deploy-lock/${inputs.environment} no longer holds this run's state: it was taken over by ${lockLostTo}. Stopping this rollout and moving the traffic back to ${sides.stable}, since another run now owns the environment.`,
    );
    stopForLostLock?.(why);
  };
  let stateWrites = Promise.resolve();
  /** Writes the rollout state to the lock, in order; a failure to write only warns, a lost lock stops the rollout. */
  const saveState = (patch: Partial<RolloutState>, entry?: Omit<JournalEntry, "atMs">): Promise<void> => {
    state = { ...state, ...patch };
    if (entry) journal(entry);
    if (!lock) return Promise.resolve();
    const l = lock;
    const snapshot = { ...state, journal: [...state.journal] };
    stateWrites = stateWrites.then(async () => {
      try {
        if (snapshot.phase === "done") await l.release();
        else {
          const w = await l.write(snapshot);
          if (!w.ok) onLockLost(w);
        }
      } catch (e) {
        runtime.log.warning(`Could not write the rollout state to GitHub: ${toShiplineError(e).message}`);
      }
    });
    return stateWrites;
  };

  if (resumed && state.deploymentId !== undefined) recorder.adopt(state.deploymentId);
  else if (!unfinishedRollback) {
    await createDeployment(`Rollout of ${version || "a new version"} accepted`);
    if (recorder.id !== undefined) await saveState({ deploymentId: recorder.id });
  }

  const notify = (event: "start" | "promote" | "rollback" | "failed" | "waiting", why: string) =>
    publishNotification(inputs["notify-webhook"], { event, environment: inputs.environment, version, reason: why, runUrl: context.runUrl }, runtime.log);

  const startedAtMs = ctx.clock.now();
  const stages: StageRecord[] = [];
  let firstFailAtMs: number | undefined;
  /** The canary weight this run has set (the interpreter moves it; the rollback resets it). */
  const progress = { weight: unfinishedRollback?.weight ?? 0 };
  let conclusion: RolloutReport["conclusion"] = "promoted";
  let reason = "";

  // Provider calls run one at a time: a rollback started by a signal waits for a move in flight
  // (HAProxy's two writes) instead of interleaving with it.
  let providerChain: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = providerChain.then(op, op);
    providerChain = next.catch(() => undefined);
    return next;
  };

  /** Set once the rollout machine runs: cancels and lost locks go to it from then on. */
  let running: RunningMachine | undefined;
  let rollingBack: Promise<void> | undefined;
  /** Puts the traffic back on stable (once), verified by the provider's read-back, then records why. */
  const rollback = (why: string): Promise<void> => {
    rollingBack ??= (async () => {
      const t0 = ctx.clock.now();
      // The state write goes out with the router write, not before it: traffic first.
      const marked =
        state.phase === "rolling-back"
          ? Promise.resolve()
          : saveState({ phase: "rolling-back" }, { stage: state.stage, weight: progress.weight, event: "rollback", note: why.slice(0, 200) });
      try {
        await serial(() => provider.rollback());
        progress.weight = 0;
        conclusion = "rolled-back";
        reason = why;
        runtime.setOutput("time-to-rollback-ms", (ctx.clock.now() - (firstFailAtMs ?? t0)).toString());
      } catch (e) {
        conclusion = "failed";
        reason = `${why}; the rollback failed too: ${toShiplineError(e).message}`;
      }
      await marked;
    })();
    return rollingBack;
  };

  // Cancellation is a normal path: the runner sends SIGINT, then kills the step 10 s later. The
  // rollback starts from the signal handler itself, without waiting for a probe or a sleep to end.
  const cancel = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    if (cancel.signal.aborted) return;
    runtime.log.warning(`Received ${sig}: rolling back now.`);
    firstFailAtMs = ctx.clock.now();
    cancel.abort();
    if (running) running.dispatch({ type: "cancelled", atMs: ctx.clock.now() });
    else void rollback("the job was cancelled");
  };
  const onCancelled = () => onSignal(String(jobCancelled.reason ?? "a cancel") as NodeJS.Signals);
  jobCancelled.addEventListener("abort", onCancelled, { once: true });
  if (jobCancelled.aborted) onCancelled();
  // Another run owns the environment now: stop moving traffic at once. A rollout that has moved
  // traffic puts it back on stable (the new holder starts from what the router holds then).
  stopForLostLock = (why) => {
    if (cancel.signal.aborted) return;
    firstFailAtMs ??= ctx.clock.now();
    cancel.abort();
    if (running) {
      running.dispatch({ type: "lock-lost", atMs: ctx.clock.now(), why });
      return;
    }
    if (stages.length === 0 && !unfinishedRollback) {
      conclusion = "failed";
      reason = `${why} before this run moved any traffic; nothing was changed`;
      return;
    }
    void rollback(why);
  };
  if (lockLostTo !== undefined) stopForLostLock(`the ${inputs.environment} rollout lock was taken over by ${lockLostTo}`);

  if (unfinishedRollback) {
    await record("in_progress", "Finishing the rollback of the previous attempt");
    firstFailAtMs = ctx.clock.now();
    await rollback(`the previous attempt was rolling back when it ended; finished the rollback to ${sides.stable}`);
  } else {
    await notify("start", `${plan.strategy} rollout in ${stageCount(plan.stages.length)}${resumed ? `, resumed at stage ${startStage + 1}` : ""}`);
  }

  const checks = new HealthChecks({
    gates: config.gates,
    gateThresholds: config.gateThresholds,
    cwd,
    env: runtime.env,
    checkIntervalMs: plan.checkIntervalMs,
    now: () => ctx.clock.now(),
  });
  // The rollout itself is the pure machine in core/rollout-machine.ts; interpreter.ts runs it.
  const machineConfig: MachineConfig = {
    stages: plan.stages.map((st) => ({
      weight: st.weight,
      bakeMs: st.bakeMs,
      checkIntervalMs: st.checkIntervalMs ?? plan.checkIntervalMs,
      minSamples: minSamplesFor(config, st),
      extensionMs: evidenceExtensionMs(plan, st),
    })),
    thresholds,
    pauseAfter: [...pauseAfter],
    jobBudgetMs: inputs["job-budget"],
    jobStartedAtMs: startedAtMs,
    startStage,
    resumedBakeEndsAtMs: resumed && state.stage === startStage ? state.bakeEndsAtMs : undefined,
    canary: sides.canary,
  };
  const interpret = (): RunningMachine =>
    startMachine({
      machine: machineConfig,
      plan,
      sides,
      startStage,
      clock: ctx.clock,
      log: runtime.log,
      signal: cancel.signal,
      provider,
      serial,
      checks,
      progress,
      record,
      saveState,
      ...(lock
        ? {
            confirmLock: async () => {
              await stateWrites;
              const taken = await lock?.check().catch(() => undefined);
              if (taken) onLockLost(taken);
            },
          }
        : {}),
      // For the post step: if this process dies (kill -9, runner timeout) it rolls back and releases.
      onMoved: () => writePostState(runtime, { rolloutId: state.rolloutId, deploymentId: recorder.id, environment: inputs.environment }),
      onRolledBack: (ms) => runtime.setOutput("time-to-rollback-ms", String(ms)),
    });

  try {
    const before = unfinishedRollback ? undefined : await provider.read().catch(() => undefined);
    if (!resumed && before !== undefined && before !== 0 && plan.stages[0]?.weight !== undefined && before > plan.stages[0].weight) {
      runtime.log.warning(`${capitalize(sides.holder)} already sends ${before}% to ${sides.canary}; the rollout starts from stage 1 anyway.`);
    }
    if (!unfinishedRollback && !cancel.signal.aborted) {
      running = interpret();
      await running.done;
      const machine = running.state;
      conclusion = machine.conclusion ?? "failed";
      reason = machine.reason;
      progress.weight = machine.weight;
      stages.push(...machine.records);
    }
    // A signal's rollback runs from the handler; wait for it (and any other) to finish.
    if (rollingBack) await rollingBack;
  } catch (e) {
    // Nothing in the loop should throw; if something does, the rollout still ends in one known state:
    // traffic back on stable unless every stage had passed, the record closed and the lock released.
    const why = `an unexpected error stopped the rollout: ${toShiplineError(e).message.replace(/\.$/, "")}`;
    runtime.log.warning(`${why}.`);
    if (rollingBack) await rollingBack;
    else if (progress.weight > 0) {
      firstFailAtMs ??= ctx.clock.now();
      await rollback(why);
    } else {
      conclusion = "failed";
      reason = `${why}; no traffic was moved`;
    }
  } finally {
    jobCancelled.removeEventListener("abort", onCancelled);
  }
  // Every stage passed and traffic is on the new version: from here on, nothing undoes the promotion,
  // not a failed status write and not the post step (which reads this).
  if (conclusion === "promoted") {
    writePostState(runtime, { rolloutId: state.rolloutId, deploymentId: recorder.id, environment: inputs.environment, promoted: true });
    await saveState({ stage: plan.stages.length - 1, weight: 100 });
  }

  if (conclusion === "promoted") reason = `all ${stageCount(plan.stages.length)} passed; ${sides.canary} has 100% of the traffic`;
  if (conclusion !== "waiting") {
    await record(conclusion === "promoted" ? "success" : "failure", reason);
    await saveState(
      { phase: "done", weight: progress.weight },
      { stage: state.stage, weight: progress.weight, event: conclusion === "promoted" ? "done" : "rollback", note: reason.slice(0, 200) },
    );
    if (conclusion === "promoted") await recorder.supersedeEarlier();
  }
  await stateWrites;
  writePostState(runtime, undefined);
  const ended = conclusion as RolloutReport["conclusion"];
  await notify(
    ({ promoted: "promote", "rolled-back": "rollback", "not-enough-samples": "rollback", failed: "failed", waiting: "waiting" } as const)[ended],
    reason,
  );
  return writeRolloutReport(runtime, {
    conclusion,
    reason,
    version,
    stages,
    timeToRollbackMs: undefined,
    startedAtMs,
    plan: planMarkdown,
    isFlag: sides.isFlag,
    stage: (stages.at(-1)?.index ?? (unfinishedRollback ? unfinishedRollback.stage : startStage - 1)) + 1,
    weight: conclusion === "promoted" ? 100 : progress.weight,
  });
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const deployCommand = defineCommand(deploySpec, run, post);
