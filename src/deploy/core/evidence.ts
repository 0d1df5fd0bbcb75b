/**
 * Evidence for the error-rate gates: a stage's samples are pooled per gate and judged with
 * statistics, not one check at a time. Pure.
 *
 * - The canary's error rate gets a one-sided 95 % **Wilson score** interval (chosen over
 *   Clopper-Pearson: closed form, no beta quantiles, and close to nominal coverage at the small
 *   counts a probe sees). The stage **breaches** when the interval's lower bound is above the
 *   threshold: the canary is worse than allowed with 95 % confidence. At 0.1 %, 1 error in 2 requests
 *   breaches (lower bound 12 %); 1 in 500 does not yet (lower bound 0.045 %).
 * - When the stable version serves traffic in the same interval (HAProxy's per-server counters), a
 *   breach also needs the canary to be **significantly worse than stable** (one-sided two-proportion
 *   z-test, pooled variance, 95 %): an outage both versions share is not the new version's fault.
 * - A stage **passes** when its pooled rate is within the threshold over at least `min-samples`.
 */

/** The one-sided 95 % normal quantile. */
export const Z_95 = 1.6448536269514722;

/** Requests and the errors among them. */
export interface Counts {
  requests: number;
  errors: number;
}

/**
 * The Wilson score interval of `errors / requests` at quantile `z` (default: one-sided 95 %, so the
 * lower bound is exceeded with 95 % confidence). For 0 requests: [0, 1].
 */
export function wilsonInterval(c: Counts, z = Z_95): { lower: number; upper: number } {
  const n = c.requests;
  if (n <= 0) return { lower: 0, upper: 1 };
  const p = Math.min(1, Math.max(0, c.errors / n));
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return { lower: Math.max(0, (centre - spread) / denom), upper: Math.min(1, (centre + spread) / denom) };
}

/**
 * Whether the canary's error rate is significantly above stable's: one-sided two-proportion z-test
 * with pooled variance at quantile `z` (default 95 %). False when either side has no requests or
 * neither has an error.
 */
export function isSignificantlyWorse(canary: Counts, stable: Counts, z = Z_95): boolean {
  if (canary.requests <= 0 || stable.requests <= 0) return false;
  const p1 = canary.errors / canary.requests;
  const p2 = stable.errors / stable.requests;
  const pooled = (canary.errors + stable.errors) / (canary.requests + stable.requests);
  if (pooled <= 0 || pooled >= 1) return p1 > p2 && pooled > 0;
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.requests + 1 / stable.requests));
  return (p1 - p2) / se > z;
}

/**
 * What a gate's pooled samples say:
 * - `breach`: the canary is worse than the threshold with 95 % confidence (and, with stable traffic,
 *   significantly worse than stable);
 * - `shared`: the canary is over the threshold, but stable is as bad: not the new version's fault;
 * - `within`: the pooled rate is within the threshold;
 * - `unproven`: the pooled rate is over the threshold, but not yet with 95 % confidence.
 */
export type EvidenceVerdict = "breach" | "shared" | "within" | "unproven";

/** A gate's pooled evidence in one stage, as the summary shows it. */
export interface GateEvidence {
  gate: string;
  canary: Counts;
  /** Stable's counts over the same intervals, when the gate sees them. */
  stable: Counts | undefined;
  /** errors / requests (0 without requests). */
  rate: number;
  /** One-sided 95 % Wilson bounds of the canary's error rate. */
  lower: number;
  upper: number;
  /** The threshold judged against (0.001 = 0.1 %). */
  maxRate: number;
  verdict: EvidenceVerdict;
}

/** Judges pooled counts against `maxRate` (see the module comment). */
export function judgeEvidence(gate: string, canary: Counts, stable: Counts | undefined, maxRate: number): GateEvidence {
  const { lower, upper } = wilsonInterval(canary);
  const rate = canary.requests > 0 ? canary.errors / canary.requests : 0;
  const hasStable = stable !== undefined && stable.requests > 0;
  let verdict: EvidenceVerdict;
  if (lower > maxRate) verdict = !hasStable || isSignificantlyWorse(canary, stable) ? "breach" : "shared";
  else verdict = rate <= maxRate ? "within" : "unproven";
  return { gate, canary, stable: hasStable ? stable : undefined, rate, lower, upper, maxRate, verdict };
}

/** Adds counts. */
export function addCounts(a: Counts, b: Counts): Counts {
  return { requests: a.requests + b.requests, errors: a.errors + b.errors };
}

/**
 * The requests a stage's gates deliver during its bake by default: one check per `checkIntervalMs`
 * (at least one), each delivering `perCheck` requests. This is the default `min-samples`.
 */
export function samplesDeliveredInBake(bakeMs: number, checkIntervalMs: number, perCheck: number): number {
  return Math.max(1, Math.floor(bakeMs / Math.max(1, checkIntervalMs))) * perCheck;
}

/** A percentage for people, one format everywhere: three significant digits, no trailing zeros (`0.1%`, `5%`, `12.5%`, `0.0446%`). */
export function formatRate(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3)).toString()}%`;
}
