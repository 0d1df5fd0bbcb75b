/**
 * The deploy command's resolve step: reads the plan file (the only I/O here) and turns it and the
 * inputs into one typed {@link DeployConfig} (plan, provider, sides, gates with their thresholds,
 * pause-after, freeze and window), or fails with every problem at once. The dry run, the rollout and
 * its checks all read this config, never the raw inputs again, so a dry run cannot promise what the
 * real run would then do differently.
 */
import { ConfigError, InputError } from "../kernel/errors.js";
import { readDataFile } from "../kernel/files.js";
import { type InputValues, parsePercent } from "../kernel/inputs.js";
import { samplesDeliveredInBake } from "./core/evidence.js";
import { type GateConfig, type GateResolution, requestsPerCheck, resolveGates } from "./core/gate-config.js";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./core/gates.js";
import { parsePlanFile } from "./core/plan-file.js";
import { blueGreenStages, type GateName, type Plan, parseStages, parseWeeklyRanges, type ThresholdOverrides, type WeeklyRange } from "./core/plan.js";
import { type InputProblem, type ProviderConfig, resolveProvider } from "./core/provider-config.js";
import { resolveSides, type Sides } from "./core/sides.js";
import type { deploySpec } from "./inputs.js";
import { checkFlagInputs } from "./providers/flags.js";

export type DeployInputs = InputValues<typeof deploySpec.inputs>;

/** Freeze and window, parsed; undefined when neither is set (a rollout may start at any time). */
export interface DeployTime {
  timezone: string;
  freeze: WeeklyRange[];
  window: WeeklyRange[];
}

/** Everything a rollout decides from its inputs and plan file, resolved once. */
export interface DeployConfig {
  plan: Plan;
  provider: ProviderConfig;
  sides: Sides;
  /** The health checks, in the order they were configured. */
  gates: GateConfig[];
  /** The rollout's thresholds (inputs, then the plan file's `thresholds:`). */
  thresholds: Thresholds;
  /** Each counting gate's thresholds (the above, then the plan file's `gates.<gate>:`). */
  gateThresholds: Record<GateName, Thresholds>;
  /** Requests one check's counting gates deliver. */
  requestsPerCheck: number;
  /** The samples every baking stage must pool, when set (min-samples, min-requests or the plan file's); else per stage. */
  minSamples: number | undefined;
  /** Stage indexes the rollout holds after for approval. */
  pauseAfter: Set<number>;
  deployTime: DeployTime | undefined;
  /** Things to tell the user that do not stop the rollout. */
  warnings: string[];
}

/** The plan from the plan file (a ConfigError on a bad one), else from the inputs (their problems). */
function readPlan(inputs: DeployInputs, cwd: string): { plan: Plan } | { problems: InputProblem[] } {
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
    return { plan: parsed.plan };
  }
  if (inputs.strategy === "blue-green")
    return {
      plan: { strategy: "blue-green", stages: blueGreenStages(inputs["preview-time"], inputs["bake-time"]), checkIntervalMs: inputs["check-interval"] },
    };
  const parsed = parseStages(inputs.stages);
  if ("problems" in parsed) return { problems: parsed.problems.map((p) => ({ input: "stages", problem: `is wrong: ${p}` })) };
  return { plan: { strategy: "canary", stages: parsed.stages, checkIntervalMs: inputs["check-interval"] } };
}

/**
 * The stage indexes `pause-after` holds after, checked against the plan's weights, and the problems
 * with it. Without a plan (the stages were wrong) only values that are no percentage are problems.
 */
function resolvePauseStages(inputs: DeployInputs, plan: Plan | undefined): { held: Set<number>; problems: InputProblem[] } {
  const held = new Set<number>();
  const problems: InputProblem[] = [];
  if (!plan) {
    for (const raw of inputs["pause-after"]) {
      try {
        parsePercent("pause-after", raw);
      } catch (e) {
        if (e instanceof InputError) problems.push(...e.problems);
      }
    }
    return { held, problems };
  }
  const weights = plan.stages.map((s) => `${s.weight}%`);
  for (const raw of inputs["pause-after"]) {
    let w: number;
    try {
      w = parsePercent("pause-after", raw);
    } catch (e) {
      if (e instanceof InputError) problems.push(...e.problems);
      continue;
    }
    const i = plan.stages.findIndex((s) => s.weight === w);
    if (i < 0 || i === plan.stages.length - 1)
      problems.push({
        input: "pause-after",
        problem: `must name the weight of a stage before the last (${weights.slice(0, -1).join(", ") || "none"}); got "${raw}"`,
      });
    else held.add(i);
  }
  return { held, problems };
}

/** Thresholds from the inputs, then the plan file's `thresholds:`, then its `gates.<gate>:`. */
function thresholdsFor(inputs: DeployInputs, plan: Plan, gate?: GateName): Thresholds {
  const own = (o: ThresholdOverrides | undefined): ThresholdOverrides => {
    const out: ThresholdOverrides = {};
    for (const k of ["errorRateMax", "p95MaxMs", "availabilityMin", "minRequests", "failureLimit", "consecutiveErrorLimit"] as const)
      if (o?.[k] !== undefined) out[k] = o[k];
    return out;
  };
  return {
    ...DEFAULT_THRESHOLDS,
    errorRateMax: inputs["error-rate-max"] / 100,
    availabilityMin: inputs["availability-min"],
    p95MaxMs: inputs["p95-max"],
    failureLimit: inputs["failure-limit"],
    consecutiveErrorLimit: inputs["consecutive-error-limit"],
    // Per stage, see minSamplesFor; this is only the explicit setting.
    minRequests: inputs["min-samples"] ?? inputs["min-requests"] ?? DEFAULT_THRESHOLDS.minRequests,
    ...own(plan.thresholds),
    ...(gate ? own(plan.gates?.[gate]) : {}),
  };
}

/** Freeze and window parsed, with their problems and the time zone's; undefined when neither is set. */
function resolveDeployTime(inputs: DeployInputs): { time: DeployTime | undefined; problems: InputProblem[] } {
  if (!inputs.freeze && !inputs.window) return { time: undefined, problems: [] };
  const problems: InputProblem[] = [];
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: inputs.timezone });
  } catch {
    problems.push({ input: "timezone", problem: `is not an IANA time zone like Europe/Berlin or UTC; got "${inputs.timezone}"` });
  }
  const read = (name: "freeze" | "window"): WeeklyRange[] => {
    const text = inputs[name];
    if (!text) return [];
    const r = parseWeeklyRanges(text, name);
    if ("problems" in r) {
      problems.push(...r.problems.map((p) => ({ input: name, problem: `is wrong: ${p}` })));
      return [];
    }
    return r.ranges;
  };
  const time = { timezone: inputs.timezone, freeze: read("freeze"), window: read("window") };
  return { time, problems };
}

/**
 * Resolves the inputs and the plan file into a {@link DeployConfig}. Throws a ConfigError for a bad
 * plan file (its keys, with lines), else an InputError listing every problem with the inputs: the
 * stages, the provider and its flag inputs, the gates, pause-after, freeze, window and timezone.
 */
export function readDeployConfig(inputs: DeployInputs, cwd: string, env: { hasToken: boolean }): DeployConfig {
  const planRes = readPlan(inputs, cwd);
  // Without stages, the other inputs are still checked against an empty plan, so one message lists all.
  const plan: Plan = "plan" in planRes ? planRes.plan : { strategy: "canary", stages: [], checkIntervalMs: inputs["check-interval"] };
  const providerRes = resolveProvider(inputs, env);
  // Stands in while the problems are collected; the InputError below stops the run before any use.
  const provider: ProviderConfig = providerRes.ok ? providerRes.config : { kind: "command", command: "" };
  const pause = resolvePauseStages(inputs, "plan" in planRes ? plan : undefined);
  const gateRes: GateResolution = resolveGates(inputs, plan, provider, { stable: inputs.stable, canary: inputs.canary });
  if (gateRes.fileProblems.length > 0)
    throw new ConfigError(inputs.config ?? "config", gateRes.fileProblems, { hint: "Write the comparison as an operator and a number, then re-run." });
  const time = resolveDeployTime(inputs);
  const problems = [
    ...("problems" in planRes ? planRes.problems : []),
    ...(providerRes.ok ? [] : providerRes.problems),
    ...checkFlagInputs(inputs),
    ...gateRes.problems,
    ...pause.problems,
    ...time.problems,
  ];
  if (problems.length > 0) throw new InputError(problems);
  return {
    plan,
    provider,
    sides: resolveSides(provider, { stable: inputs.stable, canary: inputs.canary }),
    gates: gateRes.gates,
    thresholds: thresholdsFor(inputs, plan),
    gateThresholds: {
      http: thresholdsFor(inputs, plan, "http"),
      loadtest: thresholdsFor(inputs, plan, "loadtest"),
      "haproxy-stats": thresholdsFor(inputs, plan, "haproxy-stats"),
      prometheus: thresholdsFor(inputs, plan, "prometheus"),
    },
    requestsPerCheck: requestsPerCheck(gateRes.gates),
    minSamples: inputs["min-samples"] ?? inputs["min-requests"] ?? plan.thresholds?.minRequests,
    pauseAfter: pause.held,
    deployTime: time.time,
    warnings: gateRes.warnings,
  };
}

/**
 * The samples a stage must pool before it promotes: min-samples (or the plan file's), else what the
 * stage's probes deliver in its bake. A stage without a bake (the final 100 %) needs none.
 */
export function minSamplesFor(config: DeployConfig, stage: Plan["stages"][number]): number {
  if (config.minSamples !== undefined) return config.minSamples;
  const perCheck = config.requestsPerCheck;
  return stage.bakeMs === 0 || perCheck === 0 ? 0 : samplesDeliveredInBake(stage.bakeMs, stage.checkIntervalMs ?? config.plan.checkIntervalMs, perCheck);
}

/** How long a stage may run past its bake to gather evidence before it ends as not-enough-samples. */
export function evidenceExtensionMs(plan: Plan, stage: Plan["stages"][number]): number {
  return Math.max(stage.bakeMs, (stage.checkIntervalMs ?? plan.checkIntervalMs) * 3);
}

/** The input when set, else the environment's name: production, prod, prd, or those with a suffix (production-eu). */
export function isProduction(inputs: Pick<DeployInputs, "production-environment" | "environment">): boolean {
  return inputs["production-environment"] ?? /^(production|prod|prd)([-_ .].*)?$/i.test(inputs.environment);
}
