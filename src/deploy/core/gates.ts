/**
 * Gate evaluation: every check yields a sample (pass, fail, no-data, error, not-enough-samples) and
 * the stage decides to wait, promote or roll back. Error rates are judged on the stage's pooled
 * samples per gate with statistics (./evidence.ts); latency, Prometheus and command checks fail one
 * check at a time (`failure-limit`). no-data and error never count as pass; a breach rolls back at
 * once; promotion needs `min-samples` of evidence, and a stage that never gets it ends as
 * not-enough-samples. Pure.
 */
import { addCounts, type Counts, formatRate, type GateEvidence, judgeEvidence } from "./evidence.js";

export type Outcome = "pass" | "fail" | "no-data" | "error" | "not-enough-samples";

export interface Thresholds {
  /** Largest error share allowed (0.001 = 0.1 %). */
  errorRateMax: number;
  /** Largest p95 latency allowed, ms. */
  p95MaxMs: number;
  /** Lowest availability allowed, percent (judged as an error-rate bound of 1 - availability). */
  availabilityMin: number;
  /** Samples (requests) a stage's best gate must pool before it may promote: `min-samples`. */
  minRequests: number;
  /** Checks failing on their own (latency, Prometheus, command) that roll a stage back. Default 1. */
  failureLimit: number;
  /** Consecutive error / no-data samples that trigger the rollback. */
  consecutiveErrorLimit: number;
}

/** Requests needed to show an error rate under `max` with no failure seen (rule of three, 95 %). */
export function requestsForEvidence(errorRateMax: number): number {
  return Math.ceil(3 / Math.max(errorRateMax, 1e-6));
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  errorRateMax: 0.001,
  p95MaxMs: 500,
  availabilityMin: 99.9,
  minRequests: 100,
  failureLimit: 1,
  consecutiveErrorLimit: 3,
};

/** The error-rate bound the thresholds set: the stricter of error-rate-max and 1 - availability-min. */
export function maxErrorRate(t: Thresholds): number {
  return Math.min(t.errorRateMax, 1 - t.availabilityMin / 100);
}

export interface Sample {
  gate: string;
  outcome: Outcome;
  /** What was measured, for the timeline: `error rate 5.00 %, p95 12 ms, 200 requests`. */
  detail: string;
  /** Requests this sample observed (evidence). */
  requests: number;
  /** Errors among `requests`, for gates that count them (probe, load, HAProxy): pooled per stage. */
  errors?: number;
  /** Stable's counts over the same interval (HAProxy's per-server counters). */
  stable?: Counts;
  /** A failure that stands on its own (p95), not one the pooled error rate decides. */
  failsAlone?: boolean;
  /** The error-rate bound of this sample's gate (a plan file may set one per gate); default: the stage's. */
  maxRate?: number;
  atMs: number;
}

export interface TrafficStats {
  requests: number;
  errors: number;
  p95Ms: number | undefined;
}

/** "1 error in 20 requests (5 %)". */
function countsText(c: Counts): string {
  return `${c.errors} error${c.errors === 1 ? "" : "s"} in ${c.requests} request${c.requests === 1 ? "" : "s"} (${formatRate(c.requests ? c.errors / c.requests : 0)})`;
}

/**
 * Judges one check's traffic (HTTP probe, load check). The sample shows as failed when its own
 * counts already prove a breach or its p95 is over the bound; the stage decides the error rate on
 * all its samples pooled.
 */
export function judgeTraffic(gate: string, s: TrafficStats, t: Thresholds, atMs: number): Sample {
  if (s.requests === 0) return { gate, outcome: "no-data", detail: "no request was observed", requests: 0, errors: 0, atMs };
  const counts = { requests: s.requests, errors: s.errors };
  const own = judgeEvidence(gate, counts, undefined, maxErrorRate(t));
  const detail = `${countsText(counts)}, p95 ${s.p95Ms === undefined ? "n/a" : `${Math.round(s.p95Ms)} ms`}`;
  const base = { gate, requests: s.requests, errors: s.errors, maxRate: maxErrorRate(t), atMs };
  if (s.p95Ms !== undefined && s.p95Ms > t.p95MaxMs) return { ...base, outcome: "fail", failsAlone: true, detail: `${detail}: p95 above ${t.p95MaxMs} ms` };
  if (own.verdict === "breach") return { ...base, outcome: "fail", detail: `${detail}: above ${formatRate(own.maxRate)} with 95% confidence` };
  return { ...base, outcome: "pass", detail };
}

/** Requests and errors one HAProxy server answered during a check interval. */
export interface ServerCounts {
  requests: number;
  errors: number;
}

/**
 * The haproxy-stats gate: the canary's own error rate over the interval, set against the stable
 * server's over the same interval (both from HAProxy's per-server counters, so a 10 % canary's 5 %
 * errors are seen as 5 %, not diluted to 0.5 %). Judged like the pooled stage (./evidence.ts): a
 * breach needs the canary over the bound with 95% confidence and, with stable traffic, clearly worse
 * than stable; when stable fails as much, the sample is an `error` (the fault is probably not the new
 * version's; never a pass, and enough of them in a row still roll back).
 */
export function judgeCanaryVsStable(gate: string, canary: ServerCounts, stable: ServerCounts, t: Thresholds, atMs: number): Sample {
  if (canary.requests === 0)
    return { gate, outcome: "no-data", detail: "the canary answered no request in this interval", requests: 0, errors: 0, stable, atMs };
  const own = judgeEvidence(gate, canary, stable, maxErrorRate(t));
  const detail = `canary ${countsText(canary)}, stable ${stable.requests === 0 ? "no requests" : countsText(stable)}`;
  const base = { gate, requests: canary.requests, errors: canary.errors, stable, maxRate: maxErrorRate(t), atMs };
  if (own.verdict === "breach") return { ...base, outcome: "fail", detail: `${detail}: canary above ${formatRate(own.maxRate)} with 95% confidence` };
  if (own.verdict === "shared")
    return { ...base, outcome: "error", detail: `${detail}: stable fails as much, so the fault is probably not in the new version` };
  return { ...base, outcome: "pass", detail };
}

/** Pools each counting gate's samples of a stage and judges them against their gate's bound, else `maxRate`. */
export function poolEvidence(samples: readonly Sample[], maxRate: number): GateEvidence[] {
  const pools = new Map<string, { canary: Counts; stable: Counts | undefined; maxRate: number }>();
  for (const s of samples) {
    if (s.errors === undefined) continue;
    const p = pools.get(s.gate) ?? { canary: { requests: 0, errors: 0 }, stable: undefined, maxRate: s.maxRate ?? maxRate };
    p.canary = addCounts(p.canary, { requests: s.requests, errors: s.errors });
    if (s.stable) p.stable = addCounts(p.stable ?? { requests: 0, errors: 0 }, s.stable);
    pools.set(s.gate, p);
  }
  return [...pools].map(([gate, p]) => judgeEvidence(gate, p.canary, p.stable, p.maxRate));
}

/** One gate's pooled evidence in words, for reasons and logs. */
export function describeEvidence(e: GateEvidence): string {
  const stable = e.stable ? `; stable ${countsText(e.stable)}` : "";
  return `${e.gate}: ${countsText(e.canary)}, 95% bounds ${formatRate(e.lower)}–${formatRate(e.upper)} against ${formatRate(e.maxRate)}${stable}`;
}

export interface Decision {
  action: "wait" | "promote" | "rollback";
  reason: string;
  /** Each counting gate's pooled evidence so far. */
  evidence: GateEvidence[];
  /** Set on the rollback of a stage that ran out of time before it had enough evidence. */
  notEnoughSamples?: boolean;
}

/**
 * Decides a stage from its samples so far. `bakeDone` is true once the bake time has passed;
 * `graceDone` once the extension allowed for gathering evidence has passed too.
 */
export function decideStage(samples: readonly Sample[], t: Thresholds, bakeDone: boolean, graceDone: boolean): Decision {
  const maxRate = maxErrorRate(t);
  const evidence = poolEvidence(samples, maxRate);
  const failures = samples.filter((s) => s.outcome === "fail" && (s.errors === undefined || s.failsAlone));
  if (failures.length >= t.failureLimit) {
    const last = failures.at(-1) as Sample;
    return { action: "rollback", reason: `${last.gate} failed (${last.detail})`, evidence };
  }
  const breach = evidence.find((e) => e.verdict === "breach");
  if (breach) {
    const stable = breach.stable ? `, while stable saw ${countsText(breach.stable)}` : "";
    return {
      action: "rollback",
      reason: `${breach.gate} saw ${countsText(breach.canary)}${stable}; the 95% lower bound ${formatRate(breach.lower)} is above the ${formatRate(breach.maxRate)} limit`,
      evidence,
    };
  }
  // Counted per gate: one gate's run of errors is not broken by another gate's pass in the same check.
  for (const gate of new Set(samples.map((s) => s.gate))) {
    const own = samples.filter((s) => s.gate === gate);
    let consecutive = 0;
    for (let i = own.length - 1; i >= 0 && (own[i]?.outcome === "error" || own[i]?.outcome === "no-data"); i--) consecutive++;
    if (consecutive >= t.consecutiveErrorLimit) {
      const last = own.at(-1) as Sample;
      return { action: "rollback", reason: `${consecutive} checks in a row gave no usable verdict (${last.gate}: ${last.detail})`, evidence };
    }
  }
  if (!bakeDone) return { action: "wait", reason: "baking", evidence };
  // Evidence is the best single gate's: the probe's requests also show in HAProxy's canary counters,
  // so adding the gates up would count the same requests twice.
  // A gate that does not count errors (Prometheus, a command) still counts what its passing checks saw.
  const uncounted = new Map<string, number>();
  for (const x of samples)
    if (x.errors === undefined && (x.outcome === "pass" || x.outcome === "not-enough-samples"))
      uncounted.set(x.gate, (uncounted.get(x.gate) ?? 0) + x.requests);
  const pooled = Math.max(0, ...evidence.map((e) => e.canary.requests), ...uncounted.values());
  const allWithin = evidence.every((e) => e.verdict === "within");
  const lastOk = [...new Set(samples.map((s) => s.gate))].every((g) => {
    const last = samples.filter((s) => s.gate === g).at(-1)?.outcome;
    return last === "pass" || last === "not-enough-samples";
  });
  if (pooled >= t.minRequests && allWithin && lastOk)
    return {
      action: "promote",
      reason: evidence.length > 0 ? `within ${formatRate(maxRate)} over ${pooled} samples` : "every check passed",
      evidence,
    };
  const open = evidence.filter((e) => e.verdict !== "within");
  const why = open.length
    ? open
        .map((e) => (e.verdict === "shared" ? `${describeEvidence(e)}: both versions fail` : `${describeEvidence(e)}: over the bound, not yet proven`))
        .join("; ")
    : `${pooled} of ${t.minRequests} samples`;
  if (!graceDone) return { action: "wait", reason: `gathering evidence: ${why}`, evidence };
  return { action: "rollback", reason: `not enough evidence to promote: ${why}`, evidence, notEnoughSamples: true };
}
