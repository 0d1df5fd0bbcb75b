/**
 * Gate evaluation: every check yields a sample (pass, fail, no-data, error, not-enough-samples) and
 * the stage decides to wait, promote or roll back. no-data and error never count as pass; a clear
 * breach rolls back at once; promotion needs enough evidence. Pure.
 */

export type Outcome = "pass" | "fail" | "no-data" | "error" | "not-enough-samples";

export interface Thresholds {
  /** Largest error share allowed (0.001 = 0.1 %). */
  errorRateMax: number;
  /** Largest p95 latency allowed, ms. */
  p95MaxMs: number;
  /** Lowest availability allowed, percent. */
  availabilityMin: number;
  /** Requests a stage must see before it may promote (evidence for the error-rate bound). */
  minRequests: number;
  /** Failed samples in a stage that trigger the rollback. Default 1: a clear breach rolls back at once. */
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
  minRequests: requestsForEvidence(0.001),
  failureLimit: 1,
  consecutiveErrorLimit: 3,
};

export interface Sample {
  gate: string;
  outcome: Outcome;
  /** What was measured, for the timeline: `error rate 5.00 %, p95 12 ms, 200 requests`. */
  detail: string;
  /** Requests this sample observed (evidence). */
  requests: number;
  atMs: number;
}

export interface TrafficStats {
  requests: number;
  errors: number;
  p95Ms: number | undefined;
}

/** Judges traffic statistics (from the HTTP probe, HAProxy's counters or a load check). */
export function judgeTraffic(gate: string, s: TrafficStats, t: Thresholds, atMs: number, minPerSample = 1): Sample {
  if (s.requests === 0) return { gate, outcome: "no-data", detail: "no request was observed", requests: 0, atMs };
  const rate = s.errors / s.requests;
  const availability = (1 - rate) * 100;
  const detail = `error rate ${(rate * 100).toFixed(2)} %, availability ${availability.toFixed(2)} %, p95 ${s.p95Ms === undefined ? "n/a" : `${Math.round(s.p95Ms)} ms`}, ${s.requests} request(s)`;
  const breaches: string[] = [];
  if (rate > t.errorRateMax) breaches.push(`error rate above ${(t.errorRateMax * 100).toFixed(2)} %`);
  if (availability < t.availabilityMin) breaches.push(`availability below ${t.availabilityMin} %`);
  if (s.p95Ms !== undefined && s.p95Ms > t.p95MaxMs) breaches.push(`p95 above ${t.p95MaxMs} ms`);
  if (breaches.length > 0) return { gate, outcome: "fail", detail: `${detail}: ${breaches.join(", ")}`, requests: s.requests, atMs };
  if (s.requests < minPerSample) return { gate, outcome: "not-enough-samples", detail, requests: s.requests, atMs };
  return { gate, outcome: "pass", detail, requests: s.requests, atMs };
}

/** Requests and errors one HAProxy server answered during a check interval. */
export interface ServerCounts {
  requests: number;
  errors: number;
}

/**
 * The haproxy-stats gate: the canary's own error rate over the interval, set against the stable
 * server's over the same interval (both from HAProxy's per-server counters, so a 10 % canary's 5 %
 * errors are seen as 5 %, not diluted to 0.5 %). The canary fails when it breaches the bound and
 * stable does not. When stable breaches it too, the canary fails only when it is clearly worse
 * (one-sided two-proportion test, 95 %); otherwise the fault is probably not the new version's and
 * the sample is an `error` (never a pass; enough of them in a row still roll back). With no stable
 * traffic (blue-green after the switch) the bound alone judges.
 */
export function judgeCanaryVsStable(gate: string, canary: ServerCounts, stable: ServerCounts, t: Thresholds, atMs: number): Sample {
  if (canary.requests === 0) return { gate, outcome: "no-data", detail: "the canary answered no request in this interval", requests: 0, atMs };
  const pct = (c: ServerCounts) => (c.requests === 0 ? "n/a" : `${((c.errors / c.requests) * 100).toFixed(2)} %`);
  const rate = canary.errors / canary.requests;
  const sRate = stable.requests === 0 ? undefined : stable.errors / stable.requests;
  const detail = `canary error rate ${pct(canary)} of ${canary.requests} request(s), stable ${pct(stable)} of ${stable.requests}`;
  const breaches: string[] = [];
  if (rate > t.errorRateMax) breaches.push(`canary error rate above ${(t.errorRateMax * 100).toFixed(2)} %`);
  if ((1 - rate) * 100 < t.availabilityMin) breaches.push(`canary availability below ${t.availabilityMin} %`);
  if (breaches.length === 0) return { gate, outcome: "pass", detail, requests: canary.requests, atMs };
  // Stable within the bound (or without traffic): the canary's breach is its own.
  if (sRate === undefined || (sRate <= t.errorRateMax && (1 - sRate) * 100 >= t.availabilityMin))
    return { gate, outcome: "fail", detail: `${detail}: ${breaches.join(", ")}`, requests: canary.requests, atMs };
  const pooled = (canary.errors + stable.errors) / (canary.requests + stable.requests);
  const margin = 1.645 * Math.sqrt(pooled * (1 - pooled) * (1 / canary.requests + 1 / stable.requests));
  if (rate - sRate > margin)
    return { gate, outcome: "fail", detail: `${detail}: ${breaches.join(", ")} and worse than stable`, requests: canary.requests, atMs };
  return {
    gate,
    outcome: "error",
    detail: `${detail}: ${breaches.join(", ")}, but stable fails as much, so the fault is probably not in the new version`,
    requests: 0,
    atMs,
  };
}

export interface Decision {
  action: "wait" | "promote" | "rollback";
  reason: string;
}

/**
 * Decides a stage from its samples so far. `bakeDone` is true once the bake time has passed;
 * `graceDone` once the extra time allowed for gathering evidence has passed too.
 */
export function decideStage(samples: readonly Sample[], t: Thresholds, bakeDone: boolean, graceDone: boolean): Decision {
  const failures = samples.filter((s) => s.outcome === "fail");
  if (failures.length >= t.failureLimit) {
    const last = failures.at(-1) as Sample;
    return { action: "rollback", reason: `${last.gate} failed: ${last.detail}` };
  }
  // Counted per gate: one gate's run of errors is not broken by another gate's pass in the same check.
  for (const gate of new Set(samples.map((s) => s.gate))) {
    const own = samples.filter((s) => s.gate === gate);
    let consecutive = 0;
    for (let i = own.length - 1; i >= 0 && (own[i]?.outcome === "error" || own[i]?.outcome === "no-data"); i--) consecutive++;
    if (consecutive >= t.consecutiveErrorLimit) {
      const last = own.at(-1) as Sample;
      return { action: "rollback", reason: `${consecutive} checks in a row gave no usable verdict (${last.gate}: ${last.detail})` };
    }
  }
  if (!bakeDone) return { action: "wait", reason: "baking" };
  // Evidence is the best single gate's: the probe's requests also show in HAProxy's canary counters,
  // so adding the gates up would count the same requests twice.
  const perGate = new Map<string, number>();
  for (const s of samples) if (s.outcome === "pass" || s.outcome === "not-enough-samples") perGate.set(s.gate, (perGate.get(s.gate) ?? 0) + s.requests);
  const evidence = Math.max(0, ...perGate.values());
  const lastOk = samples.at(-1)?.outcome === "pass" || samples.at(-1)?.outcome === "not-enough-samples";
  if (evidence >= t.minRequests && lastOk) return { action: "promote", reason: `healthy over ${evidence} request(s)` };
  if (!graceDone) return { action: "wait", reason: `gathering evidence: ${evidence} of ${t.minRequests} request(s)` };
  return { action: "rollback", reason: `not enough evidence to promote: ${evidence} of ${t.minRequests} request(s) observed` };
}
