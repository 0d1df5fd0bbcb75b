/**
 * `shipline loadtest` / the loadtest action: read the scenario and inputs, plan, run the engine (or
 * merge shard reports), judge thresholds and the baseline, and write the JSON report, the JUnit file,
 * the outputs and the summary. The judging and rendering are pure (core/); this file does the I/O.
 */
import { writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { type CommandContext, type CommandResult, defineCommand } from "../kernel/command.js";
import { EnvVar } from "../kernel/env-vars.js";
import { formatPercent } from "../kernel/format.js";
import { ConfigError, InputError, type InputProblem, ShiplineError } from "../kernel/errors.js";
import { ensureDirectory, readDataFile } from "../kernel/files.js";
import type { InputValues } from "../kernel/inputs.js";
import { compareBaseline, type BaselineComparison, DEFAULT_TOLERANCE, endpointP95 } from "./core/baseline.js";
import { formatMs } from "./core/figures.js";
import { type LoadPlan, planLoad } from "./core/plan.js";
import { mergeRecorded, type Recorded } from "./core/recorder.js";
import { renderJUnit, renderSummary } from "./core/render.js";
import { buildReport, checkShardsMergeable, decodeRecorded, describePlan, type Report } from "./core/report.js";
import { formatKeyPath, parseScenario, type Scenario } from "./core/scenario.js";
import { DEFAULT_THRESHOLDS, evaluateThresholds, parseThresholdLines, parseThresholds, type Threshold, type ThresholdsConfig } from "./core/thresholds.js";
import { computeVerdict, type VerdictResult } from "./core/verdict.js";
import { fetchBaselineFromWorkflow, fetchShardReportsFromRun, readReportFile, readShardReports } from "./engine/read-reports.js";
import { availableParallelism } from "node:os";
import { runLoadOnWorkers } from "./engine/load-workers.js";
import { formatProgress, type LoadResult } from "./engine/run-load.js";
import { loadtestSpec } from "./inputs.js";

type Inputs = InputValues<typeof loadtestSpec.inputs>;

interface ScenarioFile {
  shown: string;
  scenario: Scenario;
  lineOf(path: (string | number)[]): number | undefined;
}

function readScenario(inputs: Inputs, cwd: string): ScenarioFile | undefined {
  if (!inputs.config) return undefined;
  const file = readDataFile("config", inputs.config, cwd);
  const { scenario, problems } = parseScenario(file.data, (p) => file.lineOf(p));
  if (!scenario) {
    throw new ConfigError(
      file.shown,
      problems.map((p) => `${problems.length > 1 && p.line !== undefined ? `line ${p.line}, ` : ""}${p.key}: ${p.message}`),
      {
        line: problems.length === 1 ? problems[0]?.line : undefined,
        hint: "Fix the file (its JSON Schema is schema/loadtest-scenario.schema.json) and re-run.",
      },
    );
  }
  return { shown: file.shown, scenario, lineOf: (p) => file.lineOf(p) };
}

function readThresholds(inputs: Inputs, file: ScenarioFile | undefined): Threshold[] {
  const lines = inputs.thresholds ?? [];
  if (lines.length > 0) {
    const { config, problems: lineProblems } = parseThresholdLines(lines);
    const { thresholds, problems } = parseThresholds(config);
    const all = [...lineProblems, ...problems];
    if (all.length) {
      throw new InputError(
        all.map((p) => ({
          input: "thresholds",
          problem:
            p.index === undefined
              ? `has an invalid line for "${p.key}": the key ${p.message}`
              : `has an invalid line "${p.key}: ${config[p.key]?.[p.index] ?? ""}": ${p.message}`,
        })),
      );
    }
    return thresholds;
  }
  const config: ThresholdsConfig = file?.scenario.thresholds ?? DEFAULT_THRESHOLDS;
  const { thresholds, problems } = parseThresholds(config);
  if (problems.length && file) {
    const first = problems[0] as (typeof problems)[number];
    throw new ConfigError(
      file.shown,
      problems.map((p) => `thresholds.${p.key}${p.index === undefined ? "" : `[${p.index}]`}: ${p.message}`),
      {
        line: file.lineOf(["thresholds", first.key, ...(first.index === undefined ? [] : [first.index])]),
        hint: "Thresholds follow k6: https://grafana.com/docs/k6/latest/using-k6/thresholds/ (see docs/loadtest.md for the differences).",
      },
    );
  }
  return thresholds;
}

function parseStartAt(raw: string | undefined, nowMs: number): number | undefined {
  const v = raw?.trim();
  if (!v) return undefined;
  const ms = /^\d{12,}$/.test(v) ? Number(v) : Date.parse(v);
  if (Number.isNaN(ms))
    throw new InputError({ input: "start-at", problem: `must be an ISO 8601 time (2026-05-01T12:00:00Z) or epoch milliseconds; got "${v}"` });
  if (ms - nowMs > 3_600_000)
    throw new InputError({
      input: "start-at",
      problem: `is more than an hour ahead ("${v}"); shards would wait that long. Compute it a minute ahead in a setup job`,
    });
  return ms;
}

function toPlan(inputs: Inputs, ctx: CommandContext, file: ScenarioFile | undefined): LoadPlan {
  const { runtime } = ctx;
  const { plan, problems, secrets } = planLoad({
    target: inputs.target,
    rate: inputs.rate,
    baselineRps: inputs["baseline-rps"],
    durationMs: inputs.duration,
    connections: inputs.connections,
    warmupMs: inputs["warm-up"],
    timeoutMs: inputs.timeout,
    maxInFlight: inputs["max-in-flight"],
    shard: inputs.shard,
    workers: inputs.workers,
    availableCores: availableParallelism(),
    allowedHosts: inputs["allowed-hosts"] ?? [],
    maxDurationMs: inputs["max-duration"],
    maxRequests: inputs["max-requests"],
    circuitBreakerPercent: inputs["circuit-breaker"],
    scenario: file?.scenario,
    env: runtime.env,
  });
  for (const s of secrets) runtime.secret(s);
  const fileProblems = problems.filter((p) => p.input === undefined);
  const inputProblems: InputProblem[] = problems.filter((p) => p.input !== undefined).map((p) => ({ input: p.input as string, problem: p.message }));
  if (fileProblems.length && file) {
    const first = fileProblems[0] as (typeof fileProblems)[number];
    throw new ConfigError(
      file.shown,
      [...fileProblems.map((p) => `${formatKeyPath(p.path ?? [])}: ${p.message}`), ...inputProblems.map((p) => `input "${p.input}" ${p.problem}`)],
      { line: file.lineOf(first.path ?? []), hint: "Fix the scenario file and re-run." },
    );
  }
  if (inputProblems.length || !plan) throw new InputError(inputProblems.length ? inputProblems : [{ input: "config", problem: "did not give a usable plan" }]);
  return plan;
}

async function readBaseline(inputs: Inputs, ctx: CommandContext): Promise<{ report: Report; source: string } | undefined> {
  if (inputs.baseline) {
    const r = readReportFile("baseline", inputs.baseline, ctx.runtime.cwd);
    return { report: r.report, source: inputs.baseline };
  }
  const workflow = inputs["baseline-workflow"]?.trim();
  if (!workflow) return undefined;
  if (!ctx.hasToken()) {
    ctx.runtime.log.warning(
      'baseline-workflow is set but there is no GitHub token or repository; comparing without a baseline. Pass "github-token" (the default ${{ github.token }}) with "actions: read".',
    );
    return undefined;
  }
  const found = await fetchBaselineFromWorkflow(ctx, workflow, inputs["baseline-artifact"]);
  if (!found.report) {
    ctx.runtime.log.warning(
      `No baseline: ${found.reason}. This run will not be compared; upload its report-dir as "${inputs["baseline-artifact"]}" to make it the next baseline.`,
    );
    return undefined;
  }
  return { report: found.report, source: found.source };
}

function reportPaths(inputs: Inputs, cwd: string, shard: { index: number; count: number }, merged: boolean) {
  const dir = isAbsolute(inputs["report-dir"]) ? inputs["report-dir"] : resolve(cwd, inputs["report-dir"]);
  const suffix = shard.count > 1 && !merged ? `-shard-${shard.index}-of-${shard.count}` : "";
  return { dir, report: join(dir, `loadtest-report${suffix}.json`), junit: join(dir, `loadtest-junit${suffix}.xml`) };
}

interface Finish {
  report: Report;
  recorded: Recorded;
  baseline?: BaselineComparison | undefined;
  isShardOfMany: boolean;
}

function publish(inputs: Inputs, ctx: CommandContext, f: Finish): CommandResult {
  const { runtime } = ctx;
  const paths = reportPaths(inputs, runtime.cwd, f.report.shard, f.report.shardsMerged.length > 1);
  try {
    ensureDirectory(paths.dir);
  } catch (e) {
    throw new InputError({
      input: "report-dir",
      problem: `names "${inputs["report-dir"]}", which cannot be created (${(e as NodeJS.ErrnoException).code}). Point it at a writable directory`,
    });
  }
  // Report files become artifacts and gate inputs: redacted like everything else we write.
  writeFileSync(paths.report, runtime.redactor.redact(`${JSON.stringify(f.report, null, 2)}\n`), "utf8");
  writeFileSync(paths.junit, runtime.redactor.redact(renderJUnit(f.report, f.baseline)), "utf8");
  const s = f.report.summary;
  const shown = (p: string) => relative(runtime.cwd, p) || p;
  runtime.setOutput("conclusion", f.report.verdict);
  runtime.setOutput("requests", s.requests);
  runtime.setOutput("rps", s.rps);
  runtime.setOutput("p50-ms", s.p50Ms ?? "");
  runtime.setOutput("p95-ms", s.p95Ms ?? "");
  runtime.setOutput("p99-ms", s.p99Ms ?? "");
  runtime.setOutput("error-rate", Math.round(s.errorRate * 1e6) / 1e6);
  runtime.setOutput("availability", s.availability === null ? "" : Math.round(s.availability * 1000) / 1000);
  runtime.setOutput("dropped", s.dropped);
  runtime.setOutput("report-file", shown(paths.report));
  runtime.setOutput("junit-file", shown(paths.junit));
  runtime.appendSummary(renderSummary({ report: f.report, recorded: f.recorded, baseline: f.baseline }));
  runtime.log.info(`Report: ${shown(paths.report)}; JUnit: ${shown(paths.junit)}`);

  if (f.report.stopReason === "cancelled") {
    return {
      conclusion: "failure",
      message: `The load test was cancelled after ${(f.report.durationMs / 1000).toFixed(1)}s; the partial report (marked incomplete) is in ${shown(paths.report)}.`,
    };
  }
  if (f.isShardOfMany) {
    runtime.log.info(`Shard ${f.report.shard.index}/${f.report.shard.count}: thresholds are judged once, on the merged shards ("shipline loadtest merge").`);
    return { conclusion: "success" };
  }
  const failed: string[] = [];
  if (f.report.verdict === "fail") failed.push(`Load test failed: ${f.report.reasons.join("; ")}.`);
  if (f.report.verdict === "inconclusive" && inputs["fail-on-inconclusive"]) {
    failed.push(`Load test inconclusive: ${f.report.reasons.join("; ")}. Fix the cause, or set fail-on-inconclusive: false to let such runs pass.`);
  }
  if (f.baseline?.regressed && inputs["fail-on-regression"]) {
    const shown = (v: number | null, unit: string) => (v === null ? "–" : unit === "ms" ? formatMs(v) : formatPercent(v));
    const worse = f.baseline.metrics.filter((m) => m.regressed).map((m) => `${m.metric} ${shown(m.baseline, m.unit)} → ${shown(m.current, m.unit)}`);
    failed.push(`Regressed against the baseline (${f.baseline.source}): ${worse.join(", ")}. Set fail-on-regression: false to only report it.`);
  }
  return failed.length ? { conclusion: "failure", message: failed.join(" ") } : { conclusion: "success" };
}

function judge(
  inputs: Inputs,
  thresholds: Threshold[],
  recorded: Recorded,
  r: { durationMs: number; warmupMs: number; isOpen: boolean; complete: boolean; stopReason?: string | undefined },
): VerdictResult {
  return computeVerdict(
    { recorded, durationMs: r.durationMs, warmupMs: r.warmupMs, thresholds, isOpenModel: r.isOpen, complete: r.complete, stopReason: r.stopReason },
    { minSamples: inputs["min-samples"] },
  );
}

function compare(inputs: Inputs, report: Report, recorded: Recorded, baseline: { report: Report; source: string } | undefined): BaselineComparison | undefined {
  if (!baseline) return undefined;
  const tolerance = { ...DEFAULT_TOLERANCE, relativePercent: inputs["regression-tolerance"], absoluteMs: inputs["regression-tolerance-ms"] };
  // The figures the reports store (and their summaries show); reports from before per-endpoint figures: the same computation.
  const p95Of = (r: Report, rec: () => Recorded) =>
    r.endpoints ? Object.fromEntries(Object.entries(r.endpoints).map(([k, v]) => [k, v.p95Ms])) : endpointP95(rec());
  return compareBaseline(
    { config: report.config, summary: report.summary, endpointP95Ms: p95Of(report, () => recorded) },
    {
      config: baseline.report.config,
      summary: baseline.report.summary,
      endpointP95Ms: p95Of(baseline.report, () => decodeRecorded(baseline.report.histograms)),
    },
    tolerance,
    baseline.source,
  );
}

async function runMerge(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime } = ctx;
  const file = readScenario(inputs, runtime.cwd);
  const thresholds = readThresholds(inputs, file);
  const shards =
    (inputs.reports ?? []).length > 0 ? readShardReports(inputs.reports ?? [], runtime.cwd) : await fetchShardReportsFromRun(ctx, inputs["shard-artifacts"]);
  const problems = checkShardsMergeable(shards);
  if (problems.length) {
    throw new ShiplineError(
      "config-invalid",
      problems.length === 1 ? `The shard reports cannot be merged: ${problems[0]}.` : `The shard reports cannot be merged:\n- ${problems.join("\n- ")}`,
      {
        exitCode: 2,
        hint: "Merge the reports of one matrix run: same inputs, the same start-at, and every shard k/N once.",
      },
    );
  }
  const baseline = await readBaseline(inputs, ctx);
  const recorded = mergeRecorded(shards.map((s) => decodeRecorded(s.report.histograms)));
  const first = (shards[0] as { report: Report }).report;
  const incomplete = shards.find((s) => !s.report.complete);
  const durationMs = Math.max(...shards.map((s) => s.report.durationMs));
  const verdict = judge(inputs, thresholds, recorded, {
    durationMs,
    warmupMs: first.config.warmupMs,
    isOpen: first.config.model !== "closed",
    complete: !incomplete,
    stopReason: incomplete?.report.stopReason,
  });
  const errorSamples: Record<string, number> = {};
  for (const s of shards) for (const [k, v] of Object.entries(s.report.errorSamples)) errorSamples[k] = (errorSamples[k] ?? 0) + v;
  const report = buildReport({
    generator: `shipline ${ctx.version}`,
    config: first.config,
    shard: { index: 1, count: first.shard.count },
    shardsMerged: shards.flatMap((s) => s.report.shardsMerged).sort((a, b) => a - b),
    recorded,
    startedAtMs: first.startedAtMs,
    lateStartMs: Math.max(0, ...shards.map((s) => s.report.lateStartMs ?? 0)),
    durationMs,
    complete: !incomplete,
    stopReason: incomplete?.report.stopReason,
    stopDetail: incomplete
      ? `shard ${incomplete.report.shard.index} stopped early: ${incomplete.report.stopDetail ?? incomplete.report.stopReason}`
      : undefined,
    verdict: verdict.verdict,
    reasons: verdict.reasons,
    thresholds: verdict.results,
    errorSamples,
  });
  runtime.log.info(`Merged ${shards.length} shard reports: ${shards.map((s) => s.file).join(", ")}`);
  return publish(inputs, ctx, { report, recorded, baseline: compare(inputs, report, recorded, baseline), isShardOfMany: false });
}

async function runLoadTest(inputs: Inputs, ctx: CommandContext): Promise<CommandResult> {
  const { runtime } = ctx;
  const file = readScenario(inputs, runtime.cwd);
  const plan = toPlan(inputs, ctx, file);
  const thresholds = readThresholds(inputs, file);
  const startAtMs = parseStartAt(inputs["start-at"], runtime.now().getTime());
  const baseline = await readBaseline(inputs, ctx);
  const isShardOfMany = plan.shard.count > 1;

  const controller = new AbortController();
  const onCancel = () => {
    runtime.log.warning(`Received ${String(ctx.signal.reason)}: stopping the load and writing a partial report.`);
    controller.abort();
  };
  if (ctx.signal.aborted) onCancel();
  else ctx.signal.addEventListener("abort", onCancel, { once: true });
  const abortable = thresholds.filter((t) => inputs["abort-on-fail"] || t.abortOnFail);
  const graceMs = inputs["abort-grace"];
  const model = plan.model.kind === "closed" ? `${plan.model.connections} connections` : `${(plan.rate ?? 0) / plan.shard.count} req/s`;
  runtime.log.info(
    `Load test: ${plan.target} · ${model} for ${plan.durationMs / 1000}s${plan.warmupMs ? ` after ${plan.warmupMs / 1000}s warm-up` : ""}${isShardOfMany ? ` · shard ${plan.shard.index}/${plan.shard.count}` : ""}${plan.workers > 1 ? ` · ${plan.workers} worker threads` : ""}`,
  );
  let result: LoadResult;
  try {
    result = await runLoadOnWorkers(plan, {
      signal: controller.signal,
      startAtMs,
      onProgress: (p) => runtime.log.info(formatProgress(p)),
      progressIntervalMs: Number(runtime.env[EnvVar.LoadtestProgressMs]) || undefined,
      shouldAbort:
        abortable.length === 0 || isShardOfMany
          ? undefined
          : (rec, measuredMs) => {
              if (measuredMs < graceMs) return undefined;
              const failed = evaluateThresholds(abortable, { recorded: rec, durationMs: measuredMs, warmupMs: plan.warmupMs }).filter(
                (r) => !r.ok && r.actual !== undefined,
              );
              return failed.length
                ? // No interim figure: the summary shows the figures of everything measured, and one figure reads one way.
                  `abort-on-fail: ${failed.map((f) => `${f.threshold.key}: ${f.threshold.expression}`).join("; ")} failed after ${(measuredMs / 1000).toFixed(0)}s`
                : undefined;
            },
    });
  } finally {
    ctx.signal.removeEventListener("abort", onCancel);
  }
  if (result.stopDetail) runtime.log.warning(result.stopDetail);
  if (result.recorded.lateStartDropped > 0) {
    runtime.log.warning(
      `This generator started ${(result.lateStartMs / 1000).toFixed(2)}s after start-at and dropped the ${result.recorded.lateStartDropped} arrivals whose time had passed; set start-at further ahead.`,
    );
  }
  const verdict = judge(inputs, thresholds, result.recorded, {
    durationMs: result.durationMs,
    warmupMs: plan.warmupMs,
    isOpen: plan.model.kind === "open",
    complete: result.complete,
    stopReason: result.stopReason,
  });
  const report = buildReport({
    generator: `shipline ${ctx.version}`,
    config: describePlan(plan, inputs.connections ?? file?.scenario.load?.connections),
    shard: plan.shard,
    shardsMerged: [plan.shard.index],
    recorded: result.recorded,
    startedAtMs: startAtMs ?? result.startedAtMs,
    lateStartMs: result.lateStartMs,
    durationMs: result.durationMs,
    complete: result.complete,
    stopReason: result.stopReason,
    stopDetail: result.stopDetail,
    verdict: verdict.verdict,
    reasons: verdict.reasons,
    thresholds: verdict.results,
    errorSamples: result.errorSamples,
  });
  return publish(inputs, ctx, {
    report,
    recorded: result.recorded,
    baseline: isShardOfMany ? undefined : compare(inputs, report, result.recorded, baseline),
    isShardOfMany,
  });
}

export const loadtestCommand = defineCommand(loadtestSpec, async (inputs, ctx) => (inputs.mode === "merge" ? runMerge(inputs, ctx) : runLoadTest(inputs, ctx)));
