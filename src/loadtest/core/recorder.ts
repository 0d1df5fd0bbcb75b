/**
 * What a load run measured, as plain data plus HDR histograms, and the pure recorder the engine feeds
 * one sample at a time. Everything here merges exactly, so N shards add up to one run.
 *
 * Time base: `offsetMs` values are milliseconds since the run's shared start time (the same instant
 * for every shard); per-second buckets are keyed by `Math.floor(offsetMs / 1000)` of the scheduled send time.
 */
import { createHistogram, type Histogram, mergeHistogramInto, recordMicros } from "./histogram.js";

/** Why a request counted as failed. `non-2xx` is a status outside 2xx (3xx included: redirects are not followed) with no status check. */
export const ERROR_KINDS = ["timeout", "reset", "refused", "network", "non-2xx", "check-failed"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Error kinds that make the service unavailable (as opposed to a wrong answer). */
const UNAVAILABLE_KINDS: ReadonlySet<ErrorKind> = new Set(["timeout", "reset", "refused", "network"]);

/** Counters and histograms for one scope: the whole run or one endpoint (request name). */
export interface ScopeStats {
  /** Latency from the scheduled send time (open model) or the send time (closed model), µs. */
  latency: Histogram;
  /** Time from writing the request on a connection to the end of the response, µs. */
  service: Histogram;
  /** Requests completed (answered or failed), warm-up excluded. */
  requests: number;
  /** Requests that failed for any {@link ErrorKind}. */
  failed: number;
  /** Requests that failed because the service was unavailable: network errors, timeouts and 5xx. */
  unavailable: number;
  /** Responses by HTTP status ("200", "503"); network errors are not listed here. */
  statusCodes: Record<string, number>;
  errors: Partial<Record<ErrorKind, number>>;
  checks: { passed: number; failed: number };
}

/** One second of the run (by scheduled send time). */
export interface SecondStats {
  /** Seconds since the shared start time. */
  second: number;
  requests: number;
  failed: number;
  latency: Histogram;
}

/** Everything a run measured. */
export interface Recorded {
  overall: ScopeStats;
  endpoints: Record<string, ScopeStats>;
  /** Scheduling lag (actual dispatch − scheduled time), µs: the generator's own delay. */
  lag: Histogram;
  seconds: SecondStats[];
  /** Arrivals that could not be sent on time, warm-up excluded: max-in-flight reached, or a late start (below). */
  dropped: number;
  /**
   * Of `dropped`: arrivals whose scheduled time had already passed when this generator started, because
   * it started more than {@link LATE_START_TOLERANCE_MS} after the shared start-at.
   */
  lateStartDropped: number;
  /** Requests completed during warm-up (not in any statistic). */
  warmupRequests: number;
}

/** One finished request as the engine reports it. */
export interface Sample {
  /** The request's name (its endpoint). */
  name: string;
  /** Scheduled send time, ms since the shared start. */
  scheduledMs: number;
  /** When the scheduler dispatched the request (to a connection, or to the queue for one), ms since the shared start. */
  dispatchedMs: number;
  /** When the request was written on a connection (after any wait for a free one); defaults to `dispatchedMs`. */
  sentMs?: number | undefined;
  /** When the response ended (or the error happened), ms since the shared start. */
  endMs: number;
  /** HTTP status, or 0 for a network error. */
  status: number;
  /** The failure, if any. */
  error?: ErrorKind | undefined;
  /** Checks evaluated on the response: passed and failed counts. */
  checksPassed?: number;
  checksFailed?: number;
}

export function createScope(): ScopeStats {
  return {
    latency: createHistogram(),
    service: createHistogram(),
    requests: 0,
    failed: 0,
    unavailable: 0,
    statusCodes: {},
    errors: {},
    checks: { passed: 0, failed: 0 },
  };
}

export function createRecorded(): Recorded {
  return { overall: createScope(), endpoints: {}, lag: createHistogram(), seconds: [], dropped: 0, lateStartDropped: 0, warmupRequests: 0 };
}

function secondOf(rec: Recorded, second: number): SecondStats {
  // Seconds arrive almost in order: try the last one, then search from the end.
  const last = rec.seconds[rec.seconds.length - 1];
  if (last !== undefined && last.second === second) return last;
  for (let i = rec.seconds.length - 1; i >= 0; i--) {
    const s = rec.seconds[i] as SecondStats;
    if (s.second === second) return s;
    if (s.second < second) {
      const n: SecondStats = { second, requests: 0, failed: 0, latency: createHistogram(true) };
      rec.seconds.splice(i + 1, 0, n);
      return n;
    }
  }
  const n: SecondStats = { second, requests: 0, failed: 0, latency: createHistogram(true) };
  rec.seconds.unshift(n);
  return n;
}

function recordScope(s: ScopeStats, sample: Sample, latencyUs: number, serviceUs: number): void {
  s.requests++;
  recordMicros(s.latency, latencyUs);
  recordMicros(s.service, serviceUs);
  if (sample.status > 0) {
    const k = String(sample.status);
    s.statusCodes[k] = (s.statusCodes[k] ?? 0) + 1;
  }
  if (sample.error) {
    s.failed++;
    s.errors[sample.error] = (s.errors[sample.error] ?? 0) + 1;
  }
  if ((sample.error !== undefined && UNAVAILABLE_KINDS.has(sample.error)) || sample.status >= 500) s.unavailable++;
  s.checks.passed += sample.checksPassed ?? 0;
  s.checks.failed += sample.checksFailed ?? 0;
}

/**
 * Adds one sample. `warmupMs`: samples scheduled before it are counted in `warmupRequests` only.
 * `isOpenModel`: latency counts from the scheduled time (true) or the dispatch time (closed model,
 * where the schedule is the previous response).
 */
export function recordSample(rec: Recorded, sample: Sample, warmupMs: number): void {
  if (sample.scheduledMs < warmupMs) {
    rec.warmupRequests++;
    return;
  }
  const latencyUs = (sample.endMs - sample.scheduledMs) * 1000;
  const serviceUs = (sample.endMs - (sample.sentMs ?? sample.dispatchedMs)) * 1000;
  recordMicros(rec.lag, (sample.dispatchedMs - sample.scheduledMs) * 1000);
  recordScope(rec.overall, sample, latencyUs, serviceUs);
  let ep = rec.endpoints[sample.name];
  if (!ep) {
    ep = createScope();
    rec.endpoints[sample.name] = ep;
  }
  recordScope(ep, sample, latencyUs, serviceUs);
  const sec = secondOf(rec, Math.floor(sample.scheduledMs / 1000));
  sec.requests++;
  if (sample.error) sec.failed++;
  recordMicros(sec.latency, latencyUs);
}

/**
 * A generator that starts later than this after the shared start-at drops the arrivals whose time has
 * passed instead of sending them in a burst. It equals the verdict's default scheduling-lag limit: an
 * arrival sent later than that would distort the latencies anyway.
 */
export const LATE_START_TOLERANCE_MS = 50;

/** Why an arrival was not sent: `max-in-flight` reached, or its time had passed at a late start. */
export type DropCause = "max-in-flight" | "late-start";

/** Counts an arrival that could not be sent unless it was in the warm-up. */
export function recordDropped(rec: Recorded, scheduledMs: number, warmupMs: number, cause: DropCause = "max-in-flight"): void {
  if (scheduledMs < warmupMs) return;
  rec.dropped++;
  if (cause === "late-start") rec.lateStartDropped++;
}

function mergeCounts<K extends string>(into: Partial<Record<K, number>>, from: Partial<Record<K, number>>): void {
  for (const [k, v] of Object.entries(from) as [K, number][]) into[k] = ((into[k] as number | undefined) ?? 0) + v;
}

/** Adds scope `from` into `into` exactly. */
export function mergeScopeInto(into: ScopeStats, from: ScopeStats): ScopeStats {
  mergeHistogramInto(into.latency, from.latency);
  mergeHistogramInto(into.service, from.service);
  into.requests += from.requests;
  into.failed += from.failed;
  into.unavailable += from.unavailable;
  mergeCounts(into.statusCodes, from.statusCodes);
  mergeCounts(into.errors, from.errors);
  into.checks.passed += from.checks.passed;
  into.checks.failed += from.checks.failed;
  return into;
}

/** Merges several runs (shards) into a new {@link Recorded}; the inputs are not modified. */
export function mergeRecorded(parts: readonly Recorded[]): Recorded {
  const out = createRecorded();
  for (const p of parts) {
    mergeScopeInto(out.overall, p.overall);
    for (const [name, s] of Object.entries(p.endpoints)) {
      const into = out.endpoints[name] ?? createScope();
      out.endpoints[name] = mergeScopeInto(into, s);
    }
    mergeHistogramInto(out.lag, p.lag);
    for (const s of p.seconds) {
      const into = secondOf(out, s.second);
      into.requests += s.requests;
      into.failed += s.failed;
      mergeHistogramInto(into.latency, s.latency);
    }
    out.dropped += p.dropped;
    out.lateStartDropped += p.lateStartDropped;
    out.warmupRequests += p.warmupRequests;
  }
  return out;
}
