/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 */
import { resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { InputError, toShiplineError } from "../kernel/errors.js";
import { formatMs, type InputValues, readInputs } from "../kernel/inputs.js";
import { formatRate } from "./core/evidence.js";
import { escapeMarkdown } from "../kernel/markdown.js";
import { maxErrorRate, judgeCanaryVsStable, judgeTraffic, type Sample } from "./core/gates.js";
import { evaluateDeployTime, formatLocal, type Plan, planDurationMs, planJobs, renderPlan } from "./core/plan.js";
import { type DryRunFacts, planWarnings, type RolloutReport, renderDryRun, renderRollout, type StageRecord } from "./core/render.js";
import { runHttpProbe } from "./probes/http-probe.js";
import { haproxyServersStats } from "./providers/haproxy.js";
import { checkFlagInputs } from "./providers/flags.js";
import { buildProvider } from "./providers/index.js";
import { describeGate, type GateConfig } from "./core/gate-config.js";
import { type DeployTime, evidenceExtensionMs, minSamplesFor, readDeployConfig } from "./config.js";
import { describeProvider, type ProviderConfig, resolveProvider } from "./core/provider-config.js";
import { resolveSides } from "./core/sides.js";
import { initialState, type MachineConfig, stageCount, type MachineEffect, type MachineEvent, step } from "./core/rollout-machine.js";
import { computeRolloutId, type JournalEntry, type RolloutState } from "./core/rollout-state.js";
import { type LockHolder, RolloutLock } from "./lock.js";
import { DeploymentRecorder, type DeploymentState } from "./recorder.js";
import { acquireRolloutLock } from "./lock-acquire.js";
import { publishNotification } from "./notify.js";
import { ErrorCode, ShiplineError } from "../kernel/errors.js";
import { runPrometheusProbe } from "./probes/prometheus-probe.js";
import { runCommandGate, runLoadGate } from "./probes/extra-probes.js";
import { deploySpec } from "./inputs.js";

type Inputs = InputValues<typeof deploySpec.inputs>;

/** The input when set, else the environment's name: production, prod, prd, or those with a suffix (production-eu). */
function isProduction(inputs: Inputs): boolean {
  return inputs["production-environment"] ?? /^(production|prod|prd)([-_ .].*)?$/i.test(inputs.environment);
}

/** The provider's config from the inputs, or an InputError listing every problem with them. */
function providerConfig(inputs: Inputs, ctx: CommandContext): ProviderConfig {
  const r = resolveProvider(inputs, { hasToken: ctx.hasToken() });
  const problems = [...(r.ok ? [] : r.problems), ...checkFlagInputs(inputs)];
  if (!r.ok || problems.length > 0) throw new InputError(problems);
  return r.config;
}

/** Checks freeze and window; undefined when a rollout may start now, else why not and when it may. */
function refusalNow(time: DeployTime | undefined, now: Date): string | undefined {
  if (!time) return undefined;
  const verdict = evaluateDeployTime(now, time.timezone, time.freeze, time.window);
  if (verdict.allowed) return undefined;
  const why =
    verdict.because.kind === "freeze"
      ? `Deployments are frozen now ("${verdict.because.text}", ${time.timezone})`
      : `Now (${formatLocal(now, time.timezone)}) is outside the deployment window ("${verdict.because.text}")`;
  if (!verdict.opensAt) return `${why}, and no window opens in the next two weeks: check "freeze" and "window".`;
  return `${why}; the window opens ${formatLocal(verdict.opensAt, time.timezone)} (${verdict.opensAt.toISOString()}, in ${formatMs(verdict.opensAt.getTime() - now.getTime())}). Nothing was changed`;
}

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
  const refusal = refusalNow(config.deployTime, runtime.now());
  const planMarkdown = renderPlan(plan, sides, inputs["job-budget"]);
  if (inputs["dry-run"]) {
    const facts: DryRunFacts = {
      version: inputs.version ?? "",
      environment: inputs.environment,
      strategy: plan.strategy,
      provider: describeProvider(providerCfg),
      stable: sides.stable,
      canary: sides.canary,
      gates: config.gates.map((g) => describeGate(g, formatMs)).filter(Boolean),
      errorRateMax: maxErrorRate(thresholds),
      p95MaxMs: thresholds.p95MaxMs,
      stages: plan.stages.map((st) => ({
        weight: st.weight,
        bakeMs: st.bakeMs,
        checkIntervalMs: st.checkIntervalMs ?? plan.checkIntervalMs,
        minSamples: minSamplesFor(config, st),
        perCheck: config.requestsPerCheck,
        extensionMs: evidenceExtensionMs(plan, st),
      })),
      plan: planMarkdown,
      ...(refusal ? { refusal } : {}),
    };
    runtime.appendSummary(renderDryRun(facts));
    // The same facts in the log, for the CLI with --json (where the summary is not printed).
    runtime.log.info(
      `Dry run: ${plan.strategy} rollout of ${facts.version || "an unversioned release"} to ${inputs.environment} through ${facts.provider}; nothing is changed.`,
    );
    runtime.log.info(`Gates: ${facts.gates.join("; ")}. Error rate ≤ ${formatRate(facts.errorRateMax)}, p95 ≤ ${facts.p95MaxMs} ms.`);
    for (const [i, st] of facts.stages.entries())
      runtime.log.info(
        `Stage ${i + 1}/${plan.stages.length}: ${st.weight}% to ${sides.canary}, bake ${formatMs(st.bakeMs)}, checks every ${formatMs(st.checkIntervalMs)}${st.bakeMs > 0 ? `, needs ${st.minSamples} samples (extended by up to ${formatMs(st.extensionMs)} to gather them)` : ""}.`,
      );
    const jobs = planJobs(plan, inputs["job-budget"]);
    const total = planDurationMs(plan);
    runtime.log.info(
      `The plan bakes ${formatMs(total)} in all (GitHub ends a job after 6h; job-budget ${formatMs(inputs["job-budget"])}): ${
        jobs.length > 1 ? `${jobs.length} jobs, each after the first a run with mode: resume` : "one job"
      }${pauseAfter.size > 0 ? `, held for approval after ${[...pauseAfter].map((i) => `${plan.stages[i]?.weight}%`).join(", ")} (mode: approve continues)` : ""}.`,
    );
    const warnings = planWarnings(facts);
    for (const w of warnings) runtime.log.warning(w);
    runtime.setOutput("conclusion", "dry-run");
    runtime.setOutput(
      "reason",
      [
        "dry run: nothing was changed",
        warnings.length > 0 ? `the plan cannot promote as written (${warnings.length} problem${warnings.length === 1 ? "" : "s"})` : "",
        refusal ? `a real run would be refused now: ${refusal}` : "",
      ]
        .filter(Boolean)
        .join("; "),
    );
    if (refusal) runtime.log.warning(`A real run would be refused now: ${refusal}.`);
    return { conclusion: "success" };
  }
  if (refusal && inputs.mode === "resume") {
    // A scheduled resume outside the window is not a failure: the waiting rollout goes on next time.
    runtime.setOutput("conclusion", "waiting");
    runtime.setOutput("reason", refusal);
    runtime.log.notice(`${refusal}; the waiting rollout stays as it is until a run inside the window resumes it.`);
    return { conclusion: "success" };
  }
  if (refusal) {
    runtime.appendSummary(`## ⛔ Not started: ${escapeMarkdown(inputs.version || "rollout")}\n\n${escapeMarkdown(refusal)}.\n\n${planMarkdown}`);
    runtime.setOutput("conclusion", "failed");
    runtime.setOutput("reason", refusal);
    return { conclusion: "failure", message: `${refusal}.` };
  }

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
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("reason", got.reason);
        runtime.log.info(`Nothing to ${inputs.mode}: ${got.reason}.`);
        return { conclusion: "success" };
      case "held": {
        const held = got.state.heldAfterStage ?? 0;
        runtime.setOutput("conclusion", "waiting");
        runtime.setOutput("stage", held + 1);
        runtime.setOutput("weight", got.state.weight);
        runtime.setOutput("reason", got.reason);
        if (got.state.deploymentId !== undefined) runtime.setOutput("deployment-id", got.state.deploymentId);
        runtime.log.notice(`The ${got.reason}. Nothing was changed.`);
        return { conclusion: "success" };
      }
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
  let weight = unfinishedRollback?.weight ?? 0;
  let conclusion: RolloutReport["conclusion"] = "promoted";
  let reason = "";
  let base: Record<string, { requests: number; errors: number }> | undefined;

  // Provider calls run one at a time: a rollback started by a signal waits for a move in flight
  // (HAProxy's two writes) instead of interleaving with it.
  let providerChain: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = providerChain.then(op, op);
    providerChain = next.catch(() => undefined);
    return next;
  };

  /** Set once the rollout machine runs: cancels and lost locks go to it from then on. */
  let machineActive = false;
  let rollingBack: Promise<void> | undefined;
  /** Puts the traffic back on stable (once), verified by the provider's read-back, then records why. */
  const rollback = (why: string): Promise<void> => {
    rollingBack ??= (async () => {
      const t0 = ctx.clock.now();
      // The state write goes out with the router write, not before it: traffic first.
      const marked =
        state.phase === "rolling-back"
          ? Promise.resolve()
          : saveState({ phase: "rolling-back" }, { stage: state.stage, weight, event: "rollback", note: why.slice(0, 200) });
      try {
        await serial(() => provider.rollback());
        weight = 0;
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
    if (machineActive) dispatch({ type: "cancelled", atMs: ctx.clock.now() });
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
    if (machineActive) {
      dispatch({ type: "lock-lost", atMs: ctx.clock.now(), why });
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

  // The health checks, each from its resolved gate (core/gate-config.ts), run in this order.
  const gateOf = <K extends GateConfig["kind"]>(kind: K) => config.gates.find((g): g is Extract<GateConfig, { kind: K }> => g.kind === kind);
  const httpGate = gateOf("http");
  const loadGate = gateOf("loadtest");
  const commandGate = gateOf("command");
  const promGate = gateOf("prometheus");
  const statsGate = gateOf("haproxy-stats");
  const readStats = (g: NonNullable<typeof statsGate>) => haproxyServersStats(g.socket, g.backend, [g.canary, g.stable]);
  const sampleOnce = async (baselineOnly = false): Promise<Sample[]> => {
    const out: Sample[] = [];
    const now = ctx.clock.now();
    if (baselineOnly) {
      if (statsGate) base = await readStats(statsGate).catch(() => undefined);
      return out;
    }
    // At 0 % (blue-green preview) the router sends nothing to green: probe green directly when told how.
    const probeUrl = httpGate && (weight === 0 && httpGate.previewUrl ? httpGate.previewUrl : httpGate.url);
    if (httpGate && probeUrl) {
      try {
        const stats = await runHttpProbe({
          url: probeUrl,
          requests: httpGate.requests,
          timeoutMs: httpGate.timeoutMs,
          expectStatus: httpGate.expectStatus,
          bodyContains: httpGate.bodyContains,
          signal: cancel.signal,
        });
        out.push(judgeTraffic("http probe", stats, config.gateThresholds.http, now));
      } catch (e) {
        out.push({ gate: "http probe", outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
    if (cancel.signal.aborted) return out;
    if (loadGate) {
      out.push(
        await runLoadGate(
          { target: loadGate.target, rate: loadGate.rate, durationMs: loadGate.durationMs, timeoutMs: loadGate.timeoutMs, signal: cancel.signal },
          config.gateThresholds.loadtest,
          now,
        ),
      );
    }
    if (commandGate) out.push(await runCommandGate(commandGate.script, cwd, runtime.env, Math.max(plan.checkIntervalMs * 10, 60_000), now));
    if (promGate) {
      out.push(await runPrometheusProbe({ url: promGate.url, query: promGate.query, comparison: promGate.comparison, timeoutMs: promGate.timeoutMs }, now));
    }
    if (statsGate) {
      try {
        const c = await readStats(statsGate);
        const b = base ?? c;
        base = c;
        const delta = (name: string) => ({
          requests: (c[name]?.requests ?? 0) - (b[name]?.requests ?? 0),
          errors: (c[name]?.errors ?? 0) - (b[name]?.errors ?? 0),
        });
        // No canary traffic at 0 % is expected (blue-green preview): judge only when it has weight.
        if (weight > 0)
          out.push(
            judgeCanaryVsStable(`haproxy ${statsGate.canary}`, delta(statsGate.canary), delta(statsGate.stable), config.gateThresholds["haproxy-stats"], now),
          );
      } catch (e) {
        out.push({ gate: `haproxy ${statsGate.canary}`, outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
    return out;
  };

  // The rollout itself is the pure machine in core/rollout-machine.ts; this interprets its effects.
  // Moves, checks and sleeps run one after another; a rollback, a journal write and the end run at
  // once, so a cancel or a breach does not wait for a probe or a sleep in flight.
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
  let machine = initialState();
  let effectChain: Promise<void> = Promise.resolve();
  let endMachine: () => void = () => {};
  const machineDone = new Promise<void>((ok) => {
    endMachine = ok;
  });
  const dispatch = (e: MachineEvent): void => {
    const r = step(machineConfig, machine, e);
    machine = r.state;
    for (const effect of r.effects) {
      if (effect.type === "move" || effect.type === "check" || effect.type === "sleep-until" || effect.type === "record")
        effectChain = effectChain.then(() => perform(effect)).catch((err: unknown) => stumble(err));
      else void perform(effect).catch((err: unknown) => stumble(err));
    }
  };
  const stumble = (err: unknown) => {
    const why = `an unexpected error stopped the rollout: ${toShiplineError(err).message.replace(/\.$/, "")}`;
    runtime.log.warning(`${why}.`);
    dispatch({ type: "error", atMs: ctx.clock.now(), why });
  };
  const perform = async (effect: MachineEffect): Promise<void> => {
    switch (effect.type) {
      case "record":
        await record(effect.state, effect.description);
        return;
      case "save":
        void saveState(effect.patch, effect.entry);
        return;
      case "log":
        runtime.log.info(`  ${effect.message}`);
        return;
      case "finish":
        endMachine();
        return;
      case "sleep-until":
        await ctx.clock.sleep(Math.max(0, effect.atMs - ctx.clock.now()), cancel.signal);
        dispatch({ type: "woke", atMs: ctx.clock.now() });
        return;
      case "check": {
        const samples = await sampleOnce();
        for (const x of samples) runtime.log.info(`  ${x.gate}: ${x.outcome} (${x.detail})`);
        // The time to rollback counts from the moment a check has failed (its result is known); a
        // slow probe's own duration is in the timeline, not in this figure.
        dispatch({ type: "checked", atMs: ctx.clock.now(), samples });
        return;
      }
      case "rollback": {
        try {
          await serial(() => provider.rollback());
          weight = 0;
          const at = ctx.clock.now();
          runtime.setOutput("time-to-rollback-ms", String(at - (machine.firstFailAtMs ?? at)));
          dispatch({ type: "rolled-back", atMs: at });
        } catch (err) {
          dispatch({ type: "rollback-failed", atMs: ctx.clock.now(), message: toShiplineError(err).message });
        }
        return;
      }
      case "move": {
        const i = effect.stage;
        const stage = plan.stages[i] as Plan["stages"][number];
        // Before each move, the lock must still hold this run's last write; a takeover during the bake
        // is caught here, before the router changes, rather than by the write after the move.
        if (i > startStage && lock) {
          await stateWrites;
          const taken = await lock.check().catch(() => undefined);
          if (taken) onLockLost(taken);
          if (cancel.signal.aborted) return;
        }
        runtime.log.info(`Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% to ${sides.canary}, bake ${formatMs(stage.bakeMs)}.`);
        try {
          // The router is the source of truth: before a move, it must still hold what this rollout set.
          if (i > startStage) {
            const now = await serial(() => provider.read());
            if (now !== undefined && now !== machine.weight)
              throw new ShiplineError(
                ErrorCode.ProcessFailed,
                `${sides.holder} has ${now}% on ${sides.canary}, not the ${machine.weight}% this rollout set: something else changed the weights`,
              );
          }
          if (cancel.signal.aborted) return;
          await serial(() => provider.apply(effect.weight, i + 1));
        } catch (err) {
          dispatch({ type: "move-failed", atMs: ctx.clock.now(), message: toShiplineError(err).message });
          return;
        }
        weight = effect.weight;
        // For the post step: if this process dies (kill -9, runner timeout) it rolls back and releases.
        runtime.saveState(
          "rollout",
          JSON.stringify({ rolloutId: state.rolloutId, deploymentId: recorder.id, environment: inputs.environment } satisfies PostState),
        );
        if (machineConfig.resumedBakeEndsAtMs !== undefined && i === startStage)
          runtime.log.info(`  continuing the bake of stage ${i + 1}: ${formatMs(Math.max(0, machineConfig.resumedBakeEndsAtMs - ctx.clock.now()))} left.`);
        base = undefined;
        await sampleOnce(true); // baseline the servers' counters; the first judged sample follows one interval later
        dispatch({ type: "moved", atMs: ctx.clock.now() });
        return;
      }
    }
  };

  try {
    const before = unfinishedRollback ? undefined : await provider.read().catch(() => undefined);
    if (!resumed && before !== undefined && before !== 0 && plan.stages[0]?.weight !== undefined && before > plan.stages[0].weight) {
      runtime.log.warning(`${capitalize(sides.holder)} already sends ${before}% to ${sides.canary}; the rollout starts from stage 1 anyway.`);
    }
    if (!unfinishedRollback && !cancel.signal.aborted) {
      machineActive = true;
      dispatch({ type: "start", atMs: ctx.clock.now() });
      await machineDone;
      await effectChain;
      conclusion = machine.conclusion ?? "failed";
      reason = machine.reason;
      weight = machine.weight;
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
    else if (weight > 0) {
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
    runtime.saveState(
      "rollout",
      JSON.stringify({ rolloutId: state.rolloutId, deploymentId: recorder.id, environment: inputs.environment, promoted: true } satisfies PostState),
    );
    await saveState({ stage: plan.stages.length - 1, weight: 100 });
  }

  if (conclusion === "promoted") reason = `all ${stageCount(plan.stages.length)} passed; ${sides.canary} has 100% of the traffic`;
  if (conclusion !== "waiting") {
    await record(conclusion === "promoted" ? "success" : "failure", reason);
    await saveState(
      { phase: "done", weight },
      { stage: state.stage, weight, event: conclusion === "promoted" ? "done" : "rollback", note: reason.slice(0, 200) },
    );
    if (conclusion === "promoted") await recorder.supersedeEarlier();
  }
  await stateWrites;
  runtime.saveState("rollout", "");
  const ended = conclusion as RolloutReport["conclusion"];
  await notify(
    ({ promoted: "promote", "rolled-back": "rollback", "not-enough-samples": "rollback", failed: "failed", waiting: "waiting" } as const)[ended],
    reason,
  );
  const report: RolloutReport = { conclusion, reason, version, stages, timeToRollbackMs: undefined, startedAtMs, plan: planMarkdown, isFlag: sides.isFlag };
  const ttr = runtime.outputs.get("time-to-rollback-ms");
  if (ttr) report.timeToRollbackMs = Number(ttr);
  runtime.appendSummary(renderRollout(report));
  runtime.setOutput("conclusion", conclusion);
  runtime.setOutput("stage", (stages.at(-1)?.index ?? (unfinishedRollback ? unfinishedRollback.stage : startStage - 1)) + 1);
  runtime.setOutput("weight", conclusion === "promoted" ? 100 : weight);
  runtime.setOutput("reason", reason);
  if (!runtime.outputs.has("time-to-rollback-ms")) runtime.setOutput("time-to-rollback-ms", "");
  if (conclusion === "promoted" || conclusion === "waiting") return { conclusion: "success" };
  return { conclusion: "failure", message: `Rollout ${conclusion}: ${reason}.` };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the main step saves for its post step (GITHUB_STATE "rollout"). */
interface PostState {
  rolloutId: string;
  deploymentId: number | undefined;
  environment: string;
  /** Set once every stage passed: the post step never rolls such a rollout back. */
  promoted?: boolean;
}

/**
 * Whether the journal the lock holds shows a rollout that ended (released, promoted to 100 %, or
 * waiting for a later run): the post step leaves the router alone then.
 */
function journalShowsFinished(s: RolloutState): boolean {
  return s.phase === "done" || s.phase === "waiting" || s.journal.some((j) => j.event === "done" || (j.event === "promote" && j.weight === 100));
}

/**
 * The `post:` step (runs always): when the main step died mid-rollout (it saves "rollout" state after
 * its first move and clears it when it ends), put the traffic back on stable, mark the deployment
 * failed and release the lock, so the environment is not left half-rolled or locked. A rollout that
 * was promoted, or whose journal on the lock shows it finished, is never rolled back here.
 */
async function post(ctx: CommandContext): Promise<void> {
  const { runtime, context } = ctx;
  const raw = runtime.getState("rollout");
  if (!raw) return;
  const saved = JSON.parse(raw) as PostState;
  const lock = ctx.hasToken() && context.sha ? new RolloutLock(ctx.github(), saved.environment) : undefined;
  const holder = lock ? await lock.read().catch(() => "unreadable" as const) : undefined;
  const mine = holder && holder !== "unreadable" && holder.state?.rolloutId === saved.rolloutId ? holder.state : undefined;
  // With the lock readable, it is the record of what happened: released or taken over means the
  // rollout ended (or another run owns the router now); its journal says whether it had finished.
  const finished = saved.promoted === true || (lock !== undefined && holder !== "unreadable" && (!mine || journalShowsFinished(mine)));
  if (finished) {
    runtime.log.info(`Rollout ${saved.rolloutId} had ended${saved.promoted ? " with a promotion" : ""}; the post step leaves the traffic as it is.`);
    if (mine && lock) await lock.release();
    return;
  }
  const inputs = readInputs(deploySpec.inputs, (name) => runtime.input(name));
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const config = providerConfig(inputs, ctx);
  const sides = resolveSides(config, { stable: inputs.stable, canary: inputs.canary });
  runtime.log.warning(
    `The deploy step ended without finishing rollout ${saved.rolloutId}: ${sides.isFlag ? "switching the flag off" : `rolling back to ${sides.stable}`}.`,
  );
  try {
    await buildProvider(config, ctx, {
      cwd,
      version: inputs.version ?? "",
      environment: inputs.environment,
      flagInputs: inputs,
    }).rollback();
  } catch (e) {
    runtime.log.error(
      `The rollback in the post step failed: ${toShiplineError(e).message}. ${sides.isFlag ? `Turn flag "${inputs.flag}" off by hand.` : `Move the traffic back to ${sides.stable} by hand.`}`,
    );
  }
  if (!ctx.hasToken()) return;
  if (saved.deploymentId !== undefined) {
    const recorder = new DeploymentRecorder(ctx, {
      environment: saved.environment,
      environmentUrl: inputs["environment-url"],
      isProduction: isProduction(inputs),
    });
    recorder.adopt(saved.deploymentId);
    await recorder.status("failure", "The deploy step died mid-rollout; the post step rolled back.");
  }
  if (lock && (mine || holder === "unreadable")) {
    const again = await lock.read().catch(() => undefined);
    if (again?.state?.rolloutId === saved.rolloutId) await lock.release();
  }
}

export const deployCommand = defineCommand(deploySpec, run, post);
