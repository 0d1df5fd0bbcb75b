/**
 * What the deploy command writes when it ends: the job summary, the log lines that repeat it for the
 * CLI with --json, the step outputs and the command's result. One writer per way a run ends: a dry
 * run, a refusal by freeze or window, nothing to do (no waiting rollout, or one held for approval),
 * and a rollout that ran. Owns the outputs' contract: every run that ends here sets "conclusion" and
 * "reason".
 */
import type { CommandResult } from "../kernel/command.js";
import { formatMs } from "../kernel/inputs.js";
import { escapeMarkdown } from "../kernel/markdown.js";
import type { Runtime } from "../kernel/runtime.js";
import { type DeployConfig, type DeployInputs, evidenceExtensionMs, minSamplesFor } from "./config.js";
import { formatRate } from "./core/evidence.js";
import { describeGate } from "./core/gate-config.js";
import { maxErrorRate } from "./core/gates.js";
import { planDurationMs, planJobs } from "./core/plan.js";
import { describeProvider } from "./core/provider-config.js";
import { type DryRunFacts, planWarnings, type RolloutReport, renderDryRun, renderRollout } from "./core/render.js";
import type { RolloutState } from "./core/rollout-state.js";

/** The dry run: the summary of every decision a real run would make, the same in the log, and the outputs. */
export function writeDryRun(runtime: Runtime, inputs: DeployInputs, config: DeployConfig, planMarkdown: string, refusal: string | undefined): CommandResult {
  const { plan, sides, thresholds, pauseAfter } = config;
  const facts: DryRunFacts = {
    version: inputs.version ?? "",
    environment: inputs.environment,
    strategy: plan.strategy,
    provider: describeProvider(config.provider),
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

/** A run that freeze or window refuses now; a scheduled resume then waits, anything else fails. */
export function writeRefusal(runtime: Runtime, inputs: DeployInputs, refusal: string, planMarkdown: string): CommandResult {
  if (inputs.mode === "resume") {
    // A scheduled resume outside the window is not a failure: the waiting rollout goes on next time.
    runtime.setOutput("conclusion", "waiting");
    runtime.setOutput("reason", refusal);
    runtime.log.notice(`${refusal}; the waiting rollout stays as it is until a run inside the window resumes it.`);
    return { conclusion: "success" };
  }
  runtime.appendSummary(`## ⛔ Not started: ${escapeMarkdown(inputs.version || "rollout")}\n\n${escapeMarkdown(refusal)}.\n\n${planMarkdown}`);
  runtime.setOutput("conclusion", "failed");
  runtime.setOutput("reason", refusal);
  return { conclusion: "failure", message: `${refusal}.` };
}

/** A run the lock leaves nothing to do: no rollout waits for it (idle), or the rollout is held for approval. */
export function writeNothingToDo(
  runtime: Runtime,
  mode: string,
  got: { kind: "idle"; reason: string } | { kind: "held"; reason: string; state: RolloutState },
): CommandResult {
  if (got.kind === "idle") {
    runtime.setOutput("conclusion", "waiting");
    runtime.setOutput("reason", got.reason);
    runtime.log.info(`Nothing to ${mode}: ${got.reason}.`);
    return { conclusion: "success" };
  }
  const held = got.state.heldAfterStage ?? 0;
  runtime.setOutput("conclusion", "waiting");
  runtime.setOutput("stage", held + 1);
  runtime.setOutput("weight", got.state.weight);
  runtime.setOutput("reason", got.reason);
  if (got.state.deploymentId !== undefined) runtime.setOutput("deployment-id", got.state.deploymentId);
  runtime.log.notice(`The ${got.reason}. Nothing was changed.`);
  return { conclusion: "success" };
}

/**
 * A rollout that ran: its summary and outputs. `stage` is 1-based, `weight` the canary's share at the
 * end; the time to rollback comes from the output the rollback set, if it did.
 */
export function writeRolloutReport(runtime: Runtime, r: RolloutReport & { stage: number; weight: number }): CommandResult {
  const { stage, weight, ...report } = r;
  const ttr = runtime.outputs.get("time-to-rollback-ms");
  if (ttr) report.timeToRollbackMs = Number(ttr);
  runtime.appendSummary(renderRollout(report));
  runtime.setOutput("conclusion", report.conclusion);
  runtime.setOutput("stage", stage);
  runtime.setOutput("weight", weight);
  runtime.setOutput("reason", report.reason);
  if (!runtime.outputs.has("time-to-rollback-ms")) runtime.setOutput("time-to-rollback-ms", "");
  if (report.conclusion === "promoted" || report.conclusion === "waiting") return { conclusion: "success" };
  return { conclusion: "failure", message: `Rollout ${report.conclusion}: ${report.reason}.` };
}
