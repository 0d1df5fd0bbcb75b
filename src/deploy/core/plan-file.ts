/**
 * Rollout plans from a YAML (or JSON) file, `shipline deploy --config deploy.yml`:
 *
 *   strategy: canary            # or blue-green
 *   check-interval: 30s
 *   stages:                     # or the shorthand string "10%:5m, 50%:10m, 100%"
 *     - { weight: 10%, bake: 5m, check-interval: 10s }   # a per-stage interval
 *     - { weight: 50, bake: 10m }
 *     - weight: 100%
 *   preview-time: 1m            # blue-green only
 *   bake-time: 10m              # blue-green only
 *   thresholds:                 # for every gate, over the inputs
 *     error-rate-max: 0.5%
 *     p95-max: 300ms
 *     availability-min: 99.5%
 *     min-samples: 300
 *     failure-limit: 2
 *     consecutive-error-limit: 3
 *   gates:                      # for one gate, over `thresholds`
 *     http: { p95-max: 800ms, status: 200, body-match: '"ok":true' }
 *     haproxy-stats: { error-rate-max: 1% }
 *     loadtest: { p95-max: 1s }
 *     prometheus: { threshold: "< 0.02" }
 *
 * Validated with a zod schema; every problem is reported with its key path and, when the caller
 * can map key paths to lines (YAML), the line. Pure: the file is read by the command.
 */
import { z } from "zod";
import { parseDuration, parsePercent } from "../../kernel/inputs.js";
import { blueGreenStages, type GateOverrides, type Plan, parseStages, type Stage, type ThresholdOverrides } from "./plan.js";

/** A problem in a plan file: the key path (`stages.1.bake`), its 1-based line when known, and what is wrong. */
export interface PlanFileProblem {
  key: string;
  line: number | undefined;
  message: string;
}

const duration = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    return typeof v === "number" ? v * 1000 : parseDuration("plan", v);
  } catch {
    ctx.addIssue({ code: "custom", message: `must be a duration like 90s, 5m or 1h; got "${v}"` });
    return z.NEVER;
  }
});

const percent = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    const n = typeof v === "number" ? v : parsePercent("plan", v);
    if (n < 0 || n > 100) throw new Error("range");
    return n;
  } catch {
    ctx.addIssue({ code: "custom", message: `must be a percentage from 0 to 100 like 10% or 10; got "${v}"` });
    return z.NEVER;
  }
});

const ratio = percent.transform((n) => n / 100);
const count = z.number().int().min(0);
const limit = z.number().int().min(1);
const thresholdShape = {
  "error-rate-max": ratio.optional(),
  "p95-max": duration.optional(),
  "availability-min": percent.optional(),
};
const thresholdsSchema = z.strictObject({
  ...thresholdShape,
  "min-samples": count.optional(),
  /** The older name of min-samples. */
  "min-requests": count.optional(),
  "failure-limit": limit.optional(),
  "consecutive-error-limit": limit.optional(),
});
const gatesSchema = z.strictObject({
  http: z.strictObject({ ...thresholdShape, status: z.number().int().min(100).max(599).optional(), "body-match": z.string().min(1).optional() }).optional(),
  "haproxy-stats": z.strictObject({ "error-rate-max": ratio.optional(), "availability-min": percent.optional() }).optional(),
  loadtest: z.strictObject(thresholdShape).optional(),
  prometheus: z.strictObject({ threshold: z.string().optional() }).optional(),
});

type ThresholdKeys = Partial<Record<keyof typeof thresholdShape | "min-samples" | "min-requests" | "failure-limit" | "consecutive-error-limit", number>>;

/** Kebab-case file keys to the core's names, leaving out what the file did not set. */
function toOverrides(t: ThresholdKeys & { status?: number; "body-match"?: string; threshold?: string }): GateOverrides {
  const out: GateOverrides = {};
  const map: [keyof typeof t, keyof GateOverrides][] = [
    ["error-rate-max", "errorRateMax"],
    ["p95-max", "p95MaxMs"],
    ["availability-min", "availabilityMin"],
    ["min-requests", "minRequests"],
    ["min-samples", "minRequests"],
    ["failure-limit", "failureLimit"],
    ["consecutive-error-limit", "consecutiveErrorLimit"],
    ["status", "expectStatus"],
    ["body-match", "bodyMatch"],
    ["threshold", "threshold"],
  ];
  for (const [from, to] of map) if (t[from] !== undefined) (out as Record<string, unknown>)[to] = t[from];
  return out;
}

const stageSchema = z.strictObject({ weight: percent, bake: duration.optional(), "check-interval": duration.optional() });

const planSchema = z.strictObject({
  strategy: z.enum(["canary", "blue-green"]).default("canary"),
  "check-interval": duration.optional(),
  stages: z.union([z.string(), z.array(z.unknown()).min(1)]).optional(),
  "preview-time": duration.optional(),
  "bake-time": duration.optional(),
  thresholds: thresholdsSchema.optional(),
  gates: gatesSchema.optional(),
});

/** The keys allowed under a nested key path (`thresholds`, `gates`, `gates.http`), for messages. */
function knownKeysAt(path: readonly (string | number)[]): string[] | undefined {
  if (path[0] === "thresholds" && path.length === 1) return Object.keys(thresholdsSchema.shape);
  if (path[0] === "gates" && path.length === 1) return Object.keys(gatesSchema.shape);
  if (path[0] === "gates" && path.length === 2) {
    const gate = gatesSchema.shape[path[1] as keyof typeof gatesSchema.shape];
    return gate ? Object.keys(gate.unwrap().shape) : undefined;
  }
  return undefined;
}

/** Defaults the file does not set, taken from the action's inputs (ms). */
export interface PlanDefaults {
  checkIntervalMs: number;
  previewMs: number;
  bakeMs: number;
}

/**
 * Parses the data of a plan file into a `Plan`. `lineOf` maps a key path to its line (undefined
 * for JSON or unknown keys). Collects all problems; none are thrown. Stages must rise and end at
 * 100 % (the same rules as the shorthand); a check interval below 200 ms is refused because the
 * probes themselves take that long.
 */
export function parsePlanFile(
  data: unknown,
  defaults: PlanDefaults,
  lineOf: (path: readonly (string | number)[]) => number | undefined = () => undefined,
): { plan: Plan } | { problems: PlanFileProblem[] } {
  const problem = (path: readonly (string | number)[], message: string): PlanFileProblem => ({
    key: path.length > 0 ? path.join(".") : "(top level)",
    line: lineOf(path),
    message,
  });
  const toProblems = (issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[], known: readonly string[]) =>
    issues.flatMap((i) => {
      const path = [...prefix, ...i.path.filter((p): p is string | number => typeof p !== "symbol")];
      // One problem per unknown key, at the key's own line, listing the keys known at that level.
      const here = knownKeysAt(path) ?? known;
      if (i.code === "unrecognized_keys") return i.keys.map((k) => problem([...path, k], `unknown key "${k}"; known: ${here.join(", ")}`));
      return [problem(path, i.message)];
    });
  const parsed = planSchema.safeParse(data ?? {});
  if (!parsed.success) return { problems: toProblems(parsed.error.issues, [], Object.keys(planSchema.shape)) };
  const f = parsed.data;
  const extra: Pick<Plan, "thresholds" | "gates"> = {};
  if (f.thresholds) extra.thresholds = toOverrides(f.thresholds) as ThresholdOverrides;
  if (f.gates) {
    const gates: NonNullable<Plan["gates"]> = {};
    for (const [name, g] of Object.entries(f.gates)) if (g) gates[name as keyof typeof gates] = toOverrides(g);
    extra.gates = gates;
  }
  const checkIntervalMs = f["check-interval"] ?? defaults.checkIntervalMs;
  if (checkIntervalMs < 200) return { problems: [problem(["check-interval"], `must be at least 200ms; got ${checkIntervalMs}ms`)] };
  if (f.strategy === "blue-green") {
    if (f.stages !== undefined) return { problems: [problem(["stages"], "is for canary; blue-green uses preview-time and bake-time")] };
    return {
      plan: {
        strategy: "blue-green",
        stages: blueGreenStages(f["preview-time"] ?? defaults.previewMs, f["bake-time"] ?? defaults.bakeMs),
        checkIntervalMs,
        ...extra,
      },
    };
  }
  if (f.stages === undefined) return { problems: [problem(["stages"], 'is required for canary: a list of { weight, bake } or "10%:5m, 50%:10m, 100%"')] };
  if (typeof f.stages === "string") {
    const s = parseStages(f.stages);
    if ("problems" in s) return { problems: s.problems.map((p) => problem(["stages"], p)) };
    return { plan: { strategy: "canary", stages: s.stages, checkIntervalMs, ...extra } };
  }
  // Stages are checked on their own so a problem names its stage (a union would only say "Invalid input").
  const list = z.array(stageSchema).safeParse(f.stages);
  if (!list.success) return { problems: toProblems(list.error.issues, ["stages"], Object.keys(stageSchema.shape)) };
  const stages: Stage[] = list.data.map((s) => {
    const interval = s["check-interval"];
    return interval === undefined ? { weight: s.weight, bakeMs: s.bake ?? 0 } : { weight: s.weight, bakeMs: s.bake ?? 0, checkIntervalMs: interval };
  });
  const problems: PlanFileProblem[] = [];
  stages.forEach((s, i) => {
    if (s.checkIntervalMs !== undefined && s.checkIntervalMs < 200)
      problems.push(problem(["stages", i, "check-interval"], `must be at least 200ms; got ${s.checkIntervalMs}ms`));
    const prev = stages[i - 1];
    if (prev && s.weight <= prev.weight) problems.push(problem(["stages", i, "weight"], `${s.weight}% does not raise the weight above ${prev.weight}%`));
  });
  if (stages.at(-1)?.weight !== 100)
    problems.push(problem(["stages", stages.length - 1, "weight"], `the last stage must be 100% so the rollout completes; got ${stages.at(-1)?.weight}%`));
  return problems.length > 0 ? { problems } : { plan: { strategy: "canary", stages, checkIntervalMs, ...extra } };
}
