/**
 * The figures of a run, each computed in one place and printed one way. A threshold, the run and
 * endpoint tables, the verdict, the JUnit file, the JSON report and the baseline comparison all read
 * the p95 of `login` from {@link latencyFigure} and print it with {@link formatMs}, so the figure a
 * threshold was judged on is the figure every screen shows. Pure.
 */
import { formatDuration, formatInteger, formatPercent } from "../../kernel/format.js";
import { type Histogram, maxMs, meanMs, minMs, percentileMs } from "./histogram.js";
import type { ScopeStats } from "./recorder.js";

/** Milliseconds are kept to the microsecond the histograms record: `7.639`. */
function toMicros(v: number | undefined): number | null {
  return v === undefined ? null : Math.round(v * 1000) / 1000;
}

/** A latency aggregate of a histogram, ms to the µs; `null` without samples. */
export function latencyFigure(h: Histogram, agg: "p" | "med" | "avg" | "min" | "max", percentile = 50): number | null {
  if (agg === "avg") return toMicros(meanMs(h));
  if (agg === "min") return toMicros(minMs(h));
  if (agg === "max") return toMicros(maxMs(h));
  return toMicros(percentileMs(h, agg === "med" ? 50 : percentile));
}

/** Events per second over `durationMs`, to two decimals; 0 for an empty duration. */
export function perSecondFigure(n: number, durationMs: number): number {
  return durationMs > 0 ? Math.round((n / (durationMs / 1000)) * 100) / 100 : 0;
}

/** `part` of `total` as a share 0..1; `null` when `total` is 0. */
export function shareFigure(part: number, total: number): number | null {
  return total === 0 ? null : part / total;
}

/** Percent of requests the service answered (no network error, no timeout, no 5xx); `null` without requests. */
export function availabilityFigure(s: ScopeStats): number | null {
  return s.requests === 0 ? null : (100 * (s.requests - s.unavailable)) / s.requests;
}

/** The figures of one scope (the whole run or one endpoint), as the tables and the report show them. */
export interface ScopeFigures {
  requests: number;
  /** Completed requests per second of the measured duration, two decimals. */
  rps: number;
  p50Ms: number | null;
  p90Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  avgMs: number | null;
  failed: number;
  /** Failed / measured requests, 0..1 (0 without requests). */
  errorRate: number;
  /** Percent, see {@link availabilityFigure}. */
  availability: number | null;
}

/** Computes a scope's figures; `durationMs` is the measured length (for rps). */
export function computeScopeFigures(s: ScopeStats, durationMs: number): ScopeFigures {
  return {
    requests: s.requests,
    rps: perSecondFigure(s.requests, durationMs),
    p50Ms: latencyFigure(s.latency, "p", 50),
    p90Ms: latencyFigure(s.latency, "p", 90),
    p95Ms: latencyFigure(s.latency, "p", 95),
    p99Ms: latencyFigure(s.latency, "p", 99),
    maxMs: latencyFigure(s.latency, "max"),
    avgMs: latencyFigure(s.latency, "avg"),
    failed: s.failed,
    errorRate: shareFigure(s.failed, s.requests) ?? 0,
    availability: availabilityFigure(s),
  };
}

/** A millisecond figure: `7.64 ms`, `228 ms`, `–` when there is none. */
export function formatMs(v: number | null | undefined): string {
  return v === null || v === undefined ? "–" : formatDuration(v);
}

/** A share 0..1 as a percentage, the one way shares are printed: `1.67%`. */
export function formatShare(v: number): string {
  return formatPercent(v * 100);
}

/** A rate per second: `1,998.46 req/s`. */
export function formatPerSecond(v: number, unit = "req/s"): string {
  return `${Number(v.toFixed(2)).toLocaleString("en-US", { maximumFractionDigits: 2 })} ${unit}`;
}

/** A count: `1,234`. */
export function formatCount(v: number): string {
  return formatInteger(v);
}
