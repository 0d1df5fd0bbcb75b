/**
 * The `deploy` command: moves traffic stage by stage through a provider, checks the gates at every
 * interval, and rolls back at once on a breach, on a failing provider, or when the job is cancelled
 * (SIGINT/SIGTERM/SIGHUP: the rollback is precomputed, so it runs within about a second). GitHub
 * Deployments records follow the rollout when a token is available.
 */
import { resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { InputError, toShiplineError } from "../kernel/errors.js";
import { optionalWrite } from "../kernel/github/index.js";
import { formatMs, type InputValues } from "../kernel/inputs.js";
import { DEFAULT_THRESHOLDS, decideStage, judgeTraffic, requestsForEvidence, type Sample, type Thresholds } from "./core/gates.js";
import { activeFreeze, blueGreenStages, type Plan, parseFreezes, parseStages, renderPlan } from "./core/plan.js";
import { type RolloutReport, renderRollout, type StageRecord } from "./core/render.js";
import { runHttpProbe } from "./probes/http-probe.js";
import { CommandProvider } from "./providers/command.js";
import { HaproxyProvider, haproxyServerStats } from "./providers/haproxy.js";
import { NginxProvider } from "./providers/nginx.js";
import { WebhookProvider } from "./providers/webhook.js";
import { runPrometheusProbe } from "./probes/prometheus-probe.js";
import { type Comparison, parseComparison } from "./core/prometheus.js";
import type { TrafficProvider } from "./providers/provider.js";
import { deploySpec } from "./inputs.js";

type Inputs = InputValues<typeof deploySpec.inputs>;

function buildPlan(inputs: Inputs): Plan {
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

async function run(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime, context } = ctx;
  const cwd = resolve(runtime.cwd, inputs["working-directory"]);
  const plan = buildPlan(inputs);
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
  if (!inputs["probe-url"] && !promComparison && !(inputs.provider === "haproxy" && inputs["haproxy-stats"])) {
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
  if (ctx.hasToken()) {
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
  }

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

  const sampleOnce = async (): Promise<Sample[]> => {
    const out: Sample[] = [];
    const now = Date.now();
    if (inputs["probe-url"]) {
      try {
        const stats = await runHttpProbe({ url: inputs["probe-url"], requests: inputs["probe-requests"], timeoutMs: inputs["probe-timeout"] });
        out.push(judgeTraffic("http probe", stats, thresholds, now));
      } catch (e) {
        out.push({ gate: "http probe", outcome: "error", detail: (e as Error).message, requests: 0, atMs: now });
      }
    }
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
      if (cancel.signal.aborted) break;
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
      canaryBase = undefined;
      await sampleOnce(); // baseline the counters; the first judged sample follows one interval later
      const bakeEnds = rec.startedAtMs + stage.bakeMs;
      const graceEnds = bakeEnds + Math.max(stage.bakeMs, plan.checkIntervalMs * 3);
      let decided = false;
      while (!decided) {
        if (stage.bakeMs === 0 && stage.weight === 100) {
          rec.decision = "final stage";
          break;
        }
        await sleep(Math.min(plan.checkIntervalMs, Math.max(0, graceEnds - Date.now())), cancel.signal);
        if (cancel.signal.aborted) break;
        const samples = await sampleOnce();
        rec.samples.push(...samples);
        for (const s of samples) runtime.log.info(`  ${s.gate}: ${s.outcome} (${s.detail})`);
        if (samples.some((s) => s.outcome === "fail") && firstFailAtMs === undefined) firstFailAtMs = Date.now();
        const now = Date.now();
        const d = decideStage(rec.samples, thresholds, now >= bakeEnds, now >= graceEnds);
        if (d.action === "rollback") {
          rec.decision = `rollback: ${d.reason}`;
          firstFailAtMs ??= now;
          await rollback(`stage ${i + 1} (${stage.weight}%): ${d.reason}`);
          decided = true;
        } else if (d.action === "promote") {
          rec.decision = `promote: ${d.reason}`;
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
  await record(conclusion === "promoted" ? "success" : "failure", reason.slice(0, 140));
  const report: RolloutReport = { conclusion, reason, version, stages, timeToRollbackMs: undefined, startedAtMs };
  const ttr = runtime.outputs.get("time-to-rollback-ms");
  if (ttr) report.timeToRollbackMs = Number(ttr);
  runtime.appendSummary(renderRollout(report));
  runtime.setOutput("conclusion", conclusion);
  runtime.setOutput("stage", stages.length);
  runtime.setOutput("weight", conclusion === "promoted" ? 100 : weight);
  runtime.setOutput("reason", reason);
  if (!runtime.outputs.has("time-to-rollback-ms")) runtime.setOutput("time-to-rollback-ms", "");
  if (conclusion === "promoted") return { conclusion: "success" };
  return { conclusion: "failure", message: `Rollout ${conclusion}: ${reason}.` };
}

export const deployCommand = defineCommand(deploySpec, run);
