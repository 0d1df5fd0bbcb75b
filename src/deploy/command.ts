/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 */
import { resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { ConfigError, InputError, toShiplineError } from "../kernel/errors.js";
import { readDataFile } from "../kernel/files.js";
import { parsePlanFile } from "./core/plan-file.js";
import { optionalWrite } from "../kernel/github/index.js";
import { formatMs, type InputValues, readInputs } from "../kernel/inputs.js";
import { DEFAULT_THRESHOLDS, decideStage, judgeTraffic, requestsForEvidence, type Sample, type Thresholds } from "./core/gates.js";
import { activeFreeze, blueGreenStages, type Plan, parseFreezes, parseStages, renderPlan } from "./core/plan.js";
import { type RolloutReport, renderRollout, type StageRecord } from "./core/render.js";
import { runHttpProbe } from "./probes/http-probe.js";
import { CommandProvider } from "./providers/command.js";
import { GitHubDispatchProvider } from "./providers/github-dispatch.js";
import { HaproxyProvider, haproxyServerStats } from "./providers/haproxy.js";
import { NginxProvider } from "./providers/nginx.js";
import { computeRolloutId, evaluateLock, type JournalEntry, type RolloutState } from "./core/rollout-state.js";
import { RolloutLock } from "./lock.js";
import { publishNotification } from "./notify.js";
import { ErrorCode, ShiplineError } from "../kernel/errors.js";
import { WebhookProvider } from "./providers/webhook.js";
import { runPrometheusProbe } from "./probes/prometheus-probe.js";
import { runCommandGate, runLoadGate } from "./probes/extra-probes.js";
import { type Comparison, parseComparison } from "./core/prometheus.js";
import type { TrafficProvider } from "./providers/provider.js";
import { deploySpec } from "./inputs.js";

type Inputs = InputValues<typeof deploySpec.inputs>;

function buildPlan(inputs: Inputs, cwd: string): Plan {
  if (inputs.config) {
    const file = readDataFile("config", inputs.config, cwd);
    const parsed = parsePlanFile(
      file.data,
      { checkIntervalMs: inputs["check-interval"], previewMs: inputs["preview-time"], bakeMs: inputs["bake-time"] },
      (k) => file.lineOf(k),
    );
    if ("problems" in parsed) {
      // Each problem carries its own line ("deploy.yml: line 3: ..."), so the error names no single line.
      throw new ConfigError(
        file.shown,
        parsed.problems.map((p) => `${p.line === undefined ? "" : `line ${p.line}: `}"${p.key}" ${p.message}`),
        { hint: "Fix the plan file (see docs/deploy.md, Plan files) and re-run." },
      );
    }
    return parsed.plan;
  }
  if (inputs.strategy === "blue-green")
    return { strategy: "blue-green", stages: blueGreenStages(inputs["preview-time"], inputs["bake-time"]), checkIntervalMs: inputs["check-interval"] };
  const parsed = parseStages(inputs.stages);
  if ("problems" in parsed) throw new InputError(parsed.problems.map((p) => ({ input: "stages", problem: `is wrong: ${p}` })));
  return { strategy: "canary", stages: parsed.stages, checkIntervalMs: inputs["check-interval"] };
}

function buildProvider(inputs: Inputs, ctx: CommandContext, cwd: string): TrafficProvider {
  if (inputs.provider === "haproxy") {
    if (!inputs["haproxy-socket"])
      throw new InputError({ input: "haproxy-socket", problem: "is required with provider: haproxy: the stats socket (level admin), a path or host:port" });
    return new HaproxyProvider({ socket: inputs["haproxy-socket"], backend: inputs.backend, stable: inputs.stable, canary: inputs.canary });
  }
  if (inputs.provider === "nginx") {
    if (!inputs["nginx-upstream-file"])
      throw new InputError({
        input: "nginx-upstream-file",
        problem: "is required with provider: nginx: the upstream file your nginx config includes (Shipline rewrites it at every stage)",
      });
    return new NginxProvider({
      file: resolve(cwd, inputs["nginx-upstream-file"]),
      upstream: inputs["nginx-upstream"],
      stable: inputs.stable,
      canary: inputs.canary,
      reloadCommand: inputs["nginx-reload-command"],
      cwd,
      env: ctx.runtime.env,
    });
  }
  if (inputs.provider === "http") {
    if (!inputs["webhook-url"])
      throw new InputError({
        input: "webhook-url",
        problem: "is required with provider: http: the URL that moves the traffic when it receives the signed JSON POST",
      });
    return new WebhookProvider({
      url: inputs["webhook-url"],
      secret: inputs["webhook-secret"] ?? "",
      version: inputs.version ?? "",
      environment: inputs.environment,
    });
  }
  if (inputs.provider === "github-dispatch") {
    if (!inputs["dispatch-workflow"])
      throw new InputError({
        input: "dispatch-workflow",
        problem: "is required with provider: github-dispatch: the workflow file (e.g. traffic.yml) that moves the traffic",
      });
    if (!ctx.hasToken())
      throw new InputError({ input: "github-token", problem: "is required with provider: github-dispatch (the job needs permissions: actions: write)" });
    return new GitHubDispatchProvider(ctx.github().actions, {
      workflow: inputs["dispatch-workflow"],
      ref: inputs["dispatch-ref"] ?? ctx.context.refName ?? ctx.context.ref ?? "main",
      version: inputs.version ?? "",
      environment: inputs.environment,
      rolloutId: `${inputs.environment}/${ctx.context.runId ?? "local"}`,
      timeoutMs: inputs["dispatch-timeout"],
      log: (m) => ctx.runtime.log.info(m),
    });
  }
  if (!inputs["provider-command"])
    throw new InputError({
      input: "provider-command",
      problem: "is required with provider: command: a script that sets the traffic to $SHIPLINE_WEIGHT percent",
    });
  return new CommandProvider(inputs["provider-command"], { cwd, env: ctx.runtime.env, version: inputs.version ?? "", log: (m) => ctx.runtime.log.info(m) });
}

/** Sleeps, waking early when the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((ok) => {
    if (signal.aborted) return ok();
    const t = setTimeout(ok, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        ok();
      },
      { once: true },
    );
  });
}

/**
 * GitHub's auto_inactive skips production environments, so after a promotion the earlier successful
 * deployments of production are marked inactive here.
 */
async function markEarlierInactive(ctx: CommandContext, environment: string, currentId: number): Promise<void> {
  await optionalWrite(ctx.runtime.log, ctx.context, "earlier deployments' inactive status", async () => {
    const gh = ctx.github().deployments;
    for (const d of await gh.list(environment, 10)) {
      if (Number(d.id) === currentId) continue;
      const [latest] = await gh.listStatuses(d.id);
      if (latest?.state === "success") await gh.createStatus(d.id, { state: "inactive", description: `Superseded by deployment ${currentId}` });
    }
  });
}

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime, context } = ctx;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const plan = buildPlan(inputs, cwd);
  let promComparison: Comparison | undefined;
  if (inputs["prometheus-query"] || inputs["prometheus-url"]) {
    if (!inputs["prometheus-url"])
      throw new InputError({ input: "prometheus-url", problem: "is required with prometheus-query: the Prometheus base URL, e.g. http://prometheus:9090" });
    if (!inputs["prometheus-query"])
      throw new InputError({
        input: "prometheus-query",
        problem: "is required with prometheus-url: a PromQL instant query such as sum(rate(http_errors[1m]))",
      });
    promComparison = parseComparison(inputs["prometheus-threshold"]);
    if (!promComparison)
      throw new InputError({
        input: "prometheus-threshold",
        problem: `must be a comparison like "< 0.01" or ">= 99.9"; got "${inputs["prometheus-threshold"]}"`,
      });
  }
  const loadTarget = inputs["loadtest-target"] ?? inputs["probe-url"];
  if (inputs["loadtest-rate"] && !loadTarget)
    throw new InputError({ input: "loadtest-target", problem: "is required with loadtest-rate when probe-url is empty: the URL the load gate drives" });
  if (
    !inputs["probe-url"] &&
    !promComparison &&
    !inputs["loadtest-rate"] &&
    !inputs["check-command"] &&
    !(inputs.provider === "haproxy" && inputs["haproxy-stats"])
  ) {
    throw new InputError({
      input: "probe-url",
      problem: "is empty and no other gate is configured: a rollout needs evidence. Give the URL to probe through the router",
    });
  }
  const thresholds: Thresholds = {
    ...DEFAULT_THRESHOLDS,
    errorRateMax: inputs["error-rate-max"] / 100,
    availabilityMin: inputs["availability-min"],
    p95MaxMs: inputs["p95-max"],
    // The rule of three for 0.1 % needs 3000 requests, more than a probe sends in a short stage; the
    // default asks for 100 and the summary says how strong the evidence was. Set min-requests for more.
    minRequests: inputs["min-requests"] ?? Math.min(100, requestsForEvidence(inputs["error-rate-max"] / 100)),
  };
  if (inputs.freeze) {
    const f = parseFreezes(inputs.freeze);
    if ("problems" in f) throw new InputError(f.problems.map((p) => ({ input: "freeze", problem: `is wrong: ${p}` })));
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: inputs.timezone });
    } catch {
      throw new InputError({ input: "timezone", problem: `is not an IANA time zone like Europe/Berlin or UTC; got "${inputs.timezone}"` });
    }
    const frozen = activeFreeze(runtime.now(), inputs.timezone, f.freezes);
    if (frozen) {
      const opens = new Date(runtime.now().getTime() + frozen.opensInMs);
      runtime.setOutput("conclusion", "failed");
      runtime.setOutput("reason", `deployment freeze "${frozen.freeze.text}" (${inputs.timezone})`);
      return {
        conclusion: "failure",
        message: `Deployments are frozen now ("${frozen.freeze.text}", ${inputs.timezone}); the window opens at ${opens.toISOString()} (in ${formatMs(frozen.opensInMs)}). Nothing was changed.`,
      };
    }
  }
  const names = { stable: inputs.stable, canary: inputs.canary };
  runtime.appendSummary(renderPlan(plan, names));
  if (inputs["dry-run"]) {
    runtime.setOutput("conclusion", "waiting");
    runtime.setOutput("reason", "dry run: the plan above was not applied");
    runtime.log.info(`Dry run: ${plan.stages.length} stage(s), nothing changed.`);
    return { conclusion: "success" };
  }

  const provider = buildProvider(inputs, ctx, cwd);
  const version = inputs.version ?? "";
  // GitHub Deployments: one record per rollout, statuses only when the state changes.
  let deploymentId: number | undefined;
  let lastState: string | undefined;
  const record = async (state: "in_progress" | "success" | "failure" | "inactive", description: string) => {
    if (!ctx.hasToken() || deploymentId === undefined || state === lastState) return;
    lastState = state;
    await optionalWrite(runtime.log, context, "the deployment status", () =>
      ctx.github().deployments.createStatus(deploymentId as number, {
        state,
        description,
        ...(inputs["environment-url"] ? { environment_url: inputs["environment-url"] } : {}),
        ...(context.runUrl ? { log_url: context.runUrl } : {}),
        auto_inactive: true,
      }),
    );
  };
  // The lock and the rollout state (see lock.ts): taken before the first move, resumed on a re-run.
  const rolloutId = computeRolloutId(inputs.environment, context.runId, version);
  let state: RolloutState = {
    rolloutId,
    runId: context.runId ?? "",
    environment: inputs.environment,
    version,
    deploymentId: undefined,
    stage: -1,
    weight: 0,
    phase: "running",
    journal: [],
  };
  let lock: RolloutLock | undefined;
  let startStage = 0;
  let resumed = false;
  const journal = (e: Omit<JournalEntry, "atMs">) => state.journal.push({ atMs: Date.now(), ...e });
  if (ctx.hasToken() && context.repository && context.sha) {
    lock = new RolloutLock(ctx.github(), inputs.environment, context.sha);
    const lockDeadline = Date.now() + inputs["lock-timeout"];
    for (let announced = false; ; ) {
      const holder = await lock.read();
      if (holder && !holder.state) {
        throw new ShiplineError(
          ErrorCode.PolicyFailed,
          `The lock ref refs/shipline/deploy-lock/${inputs.environment} exists but holds no Shipline rollout state.`,
          {
            hint: "Delete that ref if nothing else uses it (git push origin :refs/shipline/deploy-lock/...), then re-run.",
          },
        );
      }
      let finished = false;
      if (holder?.state && holder.state.rolloutId !== rolloutId && holder.state.runId) {
        const r = await ctx
          .github()
          .actions.getRun(Number(holder.state.runId))
          .catch(() => undefined);
        finished = !r || r.status === "completed";
      }
      const v = evaluateLock(holder?.state, rolloutId, finished, inputs.mode === "resume");
      if (v.kind === "free") {
        if (inputs.mode === "resume") {
          runtime.setOutput("conclusion", "waiting");
          runtime.setOutput("reason", `no rollout to ${inputs.environment} is waiting`);
          runtime.log.info(`Nothing to resume: no rollout to ${inputs.environment} is waiting.`);
          return { conclusion: "success" };
        }
        journal({ stage: -1, weight: 0, event: "start" });
        if (holder) {
          await lock.write(state);
          break;
        }
        if (await lock.acquire(state)) break;
        continue; // another run created the lock between our read and our create: look again
      }
      if (v.kind === "mine") {
        state = { ...v.state, phase: "running" };
        resumed = true;
        const promoted = state.journal.some((j) => j.stage === state.stage && j.event === "promote");
        startStage = Math.max(0, promoted || v.state.phase === "waiting" ? state.stage + 1 : state.stage);
        runtime.log.notice(`Resuming rollout ${rolloutId} at stage ${startStage + 1} (the router had ${state.weight}% on ${inputs.canary}).`);
        await lock.write(state);
        break;
      }
      if (v.kind === "stale") {
        runtime.log.notice(
          `Taking over the ${inputs.environment} rollout lock from run ${v.state.runId} (${v.state.rolloutId}), which has finished without releasing it.`,
        );
        journal({ stage: -1, weight: v.state.weight, event: "takeover", note: `from run ${v.state.runId}` });
        await lock.write(state);
        break;
      }
      const holderText = `run ${v.state.runId} (${v.state.version || "unversioned"}, stage ${v.state.stage + 1}, ${v.state.phase})`;
      if (inputs.concurrency === "fail" || Date.now() >= lockDeadline) {
        throw new ShiplineError(ErrorCode.PolicyFailed, `Another rollout to ${inputs.environment} is in progress: ${holderText}. Nothing was changed.`, {
          hint:
            inputs.concurrency === "fail"
              ? 'Set "concurrency: wait" to queue behind it, or use a workflow concurrency group.'
              : `Waited ${formatMs(inputs["lock-timeout"])}; raise "lock-timeout" or run later.`,
        });
      }
      if (!announced) runtime.log.info(`Waiting for the rollout lock of ${inputs.environment}, held by ${holderText}.`);
      announced = true;
      await new Promise((ok) => setTimeout(ok, Math.min(2000, plan.checkIntervalMs)));
    }
  }
  const saveState = async (patch: Partial<RolloutState>, entry?: Omit<JournalEntry, "atMs">) => {
    state = { ...state, ...patch };
    if (entry) journal(entry);
    if (!lock) return;
    try {
      if (state.phase === "done") await lock.release();
      else await lock.write(state);
    } catch (e) {
      runtime.log.warning(`Could not write the rollout state to GitHub: ${toShiplineError(e).message}`);
    }
  };

  if (resumed && state.deploymentId !== undefined) {
    deploymentId = state.deploymentId;
    lastState = "in_progress";
    runtime.setOutput("deployment-id", deploymentId);
  } else if (ctx.hasToken()) {
    const d = await optionalWrite(runtime.log, context, "the GitHub deployment", () =>
      ctx.github().deployments.create({
        ref: context.sha ?? context.refName ?? "HEAD",
        environment: inputs.environment,
        description: `Shipline ${plan.strategy} rollout of ${version || "a new version"}`,
        payload: { shipline: { version, plan } },
        task: "deploy",
        production_environment: inputs.environment === "production",
      }),
    );
    deploymentId = d ? Number(d.id) : undefined;
    if (deploymentId !== undefined) runtime.setOutput("deployment-id", deploymentId);
    await record("in_progress", `Rolling out ${version}`.trim());
    if (deploymentId !== undefined) await saveState({ deploymentId });
  }

  const notify = (event: "start" | "promote" | "rollback" | "failed" | "waiting", why: string) =>
    publishNotification(inputs["notify-webhook"], { event, environment: inputs.environment, version, reason: why, runUrl: context.runUrl }, runtime.log);
  await notify("start", `${plan.strategy} rollout in ${plan.stages.length} stage(s)${resumed ? `, resumed at stage ${startStage + 1}` : ""}`);

  // Cancellation is a normal path: the runner sends SIGINT, then kills the step 10 s later.
  const cancel = new AbortController();
  const onSignal = (sig: NodeJS.Signals) => {
    runtime.log.warning(`Received ${sig}: rolling back now.`);
    cancel.abort();
  };
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const s of signals) process.on(s, onSignal);

  const startedAtMs = Date.now();
  const stages: StageRecord[] = [];
  let firstFailAtMs: number | undefined;
  let weight = 0;
  let conclusion: RolloutReport["conclusion"] = "promoted";
  let reason = "";
  let canaryBase: { requests: number; errors: number } | undefined;

  const sampleOnce = async (baselineOnly = false): Promise<Sample[]> => {
    const out: Sample[] = [];
    const now = Date.now();
    if (baselineOnly) {
      if (inputs.provider === "haproxy" && inputs["haproxy-stats"] && inputs["haproxy-socket"]) {
        canaryBase = await haproxyServerStats(inputs["haproxy-socket"], inputs.backend, inputs.canary).catch(() => undefined);
      }
      return out;
    }
    // At 0 % (blue-green preview) the router sends nothing to green: probe green directly when told how.
    const probeUrl = weight === 0 && inputs["preview-url"] ? inputs["preview-url"] : inputs["probe-url"];
    if (probeUrl) {
      try {
        const stats = await runHttpProbe({ url: probeUrl, requests: inputs["probe-requests"], timeoutMs: inputs["probe-timeout"] });
        out.push(judgeTraffic("http probe", stats, thresholds, now));
      } catch (e) {
        out.push({ gate: "http probe", outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
    if (inputs["loadtest-rate"] && loadTarget) {
      out.push(
        await runLoadGate(
          {
            target: loadTarget,
            rate: inputs["loadtest-rate"],
            durationMs: inputs["loadtest-duration"],
            timeoutMs: inputs["probe-timeout"],
            signal: cancel.signal,
          },
          thresholds,
          now,
        ),
      );
    }
    if (inputs["check-command"]) out.push(await runCommandGate(inputs["check-command"], cwd, runtime.env, Math.max(plan.checkIntervalMs * 10, 60_000), now));
    if (promComparison && inputs["prometheus-url"] && inputs["prometheus-query"]) {
      out.push(
        await runPrometheusProbe(
          { url: inputs["prometheus-url"], query: inputs["prometheus-query"], comparison: promComparison, timeoutMs: inputs["probe-timeout"] },
          now,
        ),
      );
    }
    if (inputs.provider === "haproxy" && inputs["haproxy-stats"] && inputs["haproxy-socket"]) {
      try {
        const c = await haproxyServerStats(inputs["haproxy-socket"], inputs.backend, inputs.canary);
        const base = canaryBase ?? c;
        canaryBase = c;
        const delta = { requests: c.requests - base.requests, errors: c.errors - base.errors, p95Ms: undefined };
        // No canary traffic at 0 % is expected (blue-green preview): judge only when it has weight.
        if (weight > 0) out.push(judgeTraffic(`haproxy ${inputs.canary}`, delta, thresholds, now));
      } catch (e) {
        out.push({ gate: "haproxy-stats", outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
    return out;
  };

  const rollback = async (why: string) => {
    const t0 = Date.now();
    try {
      await provider.rollback();
      weight = 0;
    } catch (e) {
      conclusion = "failed";
      reason = `${why}; the rollback failed too: ${toShiplineError(e).message}`;
      return;
    }
    conclusion = "rolled-back";
    reason = why;
    runtime.setOutput("time-to-rollback-ms", (firstFailAtMs === undefined ? Date.now() - t0 : Date.now() - firstFailAtMs).toString());
  };

  try {
    const before = await provider.read().catch(() => undefined);
    if (before !== undefined && before !== 0 && plan.stages[0]?.weight !== undefined && before > plan.stages[0].weight) {
      runtime.log.warning(`The router already sends ${before}% to ${inputs.canary}; the rollout starts from stage 1 anyway.`);
    }
    for (const [i, stage] of plan.stages.entries()) {
      if (i < startStage) continue;
      if (cancel.signal.aborted) break;
      // Long bakes end the job at a stage boundary: GitHub kills jobs after 6 hours.
      if (i > startStage && Date.now() - startedAtMs + stage.bakeMs > inputs["job-budget"]) {
        conclusion = "waiting";
        reason = `stage ${i + 1} bakes ${formatMs(stage.bakeMs)}, more than the ${formatMs(inputs["job-budget"])} job budget leaves; run again with mode: resume to continue`;
        await saveState({ phase: "waiting" }, { stage: i - 1, weight, event: "waiting" });
        break;
      }
      const rec: StageRecord = { index: i, weight: stage.weight, startedAtMs: Date.now(), endedAtMs: undefined, samples: [], decision: "" };
      stages.push(rec);
      runtime.log.info(`Stage ${i + 1}/${plan.stages.length}: ${stage.weight}% to ${inputs.canary}, bake ${formatMs(stage.bakeMs)}.`);
      try {
        await provider.apply(stage.weight, i + 1);
      } catch (e) {
        firstFailAtMs = Date.now();
        rec.decision = `provider failed: ${toShiplineError(e).message}`;
        await rollback(`the provider failed at stage ${i + 1}: ${toShiplineError(e).message}`);
        rec.endedAtMs = Date.now();
        break;
      }
      weight = stage.weight;
      // For the post step: if this process dies (kill -9, runner timeout) it rolls back and releases.
      runtime.saveState("rollout", JSON.stringify({ rolloutId, deploymentId, environment: inputs.environment }));
      await saveState({ stage: i, weight }, { stage: i, weight, event: "apply" });
      canaryBase = undefined;
      await sampleOnce(true); // baseline the canary's counters; the first judged sample follows one interval later
      let rounds = 0;
      const bakeEnds = rec.startedAtMs + stage.bakeMs;
      const intervalMs = stage.checkIntervalMs ?? plan.checkIntervalMs;
      const graceEnds = bakeEnds + Math.max(stage.bakeMs, intervalMs * 3);
      let decided = false;
      while (!decided) {
        if (stage.bakeMs === 0 && stage.weight === 100) {
          rec.decision = "final stage";
          break;
        }
        await sleep(Math.min(intervalMs, Math.max(0, graceEnds - Date.now())), cancel.signal);
        if (cancel.signal.aborted) break;
        // The time to rollback counts from the moment a check has failed (its result is known); a
        // slow probe's own duration is in the timeline, not in this figure.
        const samples = await sampleOnce();
        rec.samples.push(...samples);
        for (const s of samples) runtime.log.info(`  ${s.gate}: ${s.outcome} (${s.detail})`);
        if (samples.some((s) => s.outcome === "fail") && firstFailAtMs === undefined) firstFailAtMs = Date.now();
        const now = Date.now();
        rounds++;
        // Gathering evidence after the bake gets at least three checks, however slow the gates are.
        const d = decideStage(rec.samples, thresholds, now >= bakeEnds, now >= graceEnds && rounds >= 3);
        if (d.action === "rollback") {
          rec.decision = `rollback: ${d.reason}`;
          firstFailAtMs ??= now;
          await rollback(`stage ${i + 1} (${stage.weight}%): ${d.reason}`);
          decided = true;
        } else if (d.action === "promote") {
          rec.decision = `promote: ${d.reason}`;
          journal({ stage: i, weight, event: "promote" });
          decided = true;
        }
      }
      rec.endedAtMs = Date.now();
      if (conclusion !== "promoted") break;
    }
    if (cancel.signal.aborted && conclusion === "promoted") {
      firstFailAtMs = Date.now();
      await rollback("the job was cancelled");
    }
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }

  if (conclusion === "promoted") reason = `all ${plan.stages.length} stage(s) passed; ${inputs.canary} has 100% of the traffic`;
  if (conclusion !== "waiting") {
    await record(conclusion === "promoted" ? "success" : "failure", reason.slice(0, 140));
    await saveState(
      { phase: "done", weight },
      { stage: state.stage, weight, event: conclusion === "promoted" ? "done" : "rollback", note: reason.slice(0, 200) },
    );
    if (conclusion === "promoted" && deploymentId !== undefined && inputs.environment === "production")
      await markEarlierInactive(ctx, inputs.environment, deploymentId);
  }
  runtime.saveState("rollout", "");
  const ended = conclusion as RolloutReport["conclusion"];
  await notify(({ promoted: "promote", "rolled-back": "rollback", failed: "failed", waiting: "waiting" } as const)[ended], reason);
  const report: RolloutReport = { conclusion, reason, version, stages, timeToRollbackMs: undefined, startedAtMs };
  const ttr = runtime.outputs.get("time-to-rollback-ms");
  if (ttr) report.timeToRollbackMs = Number(ttr);
  runtime.appendSummary(renderRollout(report));
  runtime.setOutput("conclusion", conclusion);
  runtime.setOutput("stage", (stages.at(-1)?.index ?? startStage - 1) + 1);
  runtime.setOutput("weight", conclusion === "promoted" ? 100 : weight);
  runtime.setOutput("reason", reason);
  if (!runtime.outputs.has("time-to-rollback-ms")) runtime.setOutput("time-to-rollback-ms", "");
  if (conclusion === "promoted" || conclusion === "waiting") return { conclusion: "success" };
  return { conclusion: "failure", message: `Rollout ${conclusion}: ${reason}.` };
}

/**
 * The `post:` step (runs always): when the main step died mid-rollout (it saves "rollout" state after
 * its first move and clears it when it ends), put the traffic back on stable, mark the deployment
 * failed and release the lock, so the environment is not left half-rolled or locked.
 */
async function post(ctx: CommandContext): Promise<void> {
  const { runtime, context } = ctx;
  const raw = runtime.getState("rollout");
  if (!raw) return;
  const saved = JSON.parse(raw) as { rolloutId: string; deploymentId?: number; environment: string };
  runtime.log.warning(`The deploy step ended without finishing rollout ${saved.rolloutId}: rolling back to stable.`);
  const inputs = readInputs(deploySpec.inputs, (name) => runtime.input(name));
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  try {
    await buildProvider(inputs, ctx, cwd).rollback();
  } catch (e) {
    runtime.log.error(`The rollback in the post step failed: ${toShiplineError(e).message}. Move the traffic back to ${inputs.stable} by hand.`);
  }
  if (!ctx.hasToken()) return;
  if (saved.deploymentId !== undefined) {
    const id = saved.deploymentId;
    await optionalWrite(runtime.log, context, "the deployment status", () =>
      ctx.github().deployments.createStatus(id, {
        state: "failure",
        description: "The deploy step died mid-rollout; the post step rolled back.",
        ...(context.runUrl ? { log_url: context.runUrl } : {}),
      }),
    );
  }
  if (context.sha) {
    const lock = new RolloutLock(ctx.github(), saved.environment, context.sha);
    const holder = await lock.read().catch(() => undefined);
    if (holder?.state?.rolloutId === saved.rolloutId) await lock.release();
  }
}

export const deployCommand = defineCommand(deploySpec, run, post);
