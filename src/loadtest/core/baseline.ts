/**
 * Comparing a run with a baseline (an earlier run's JSON report): first whether the two runs can be
 * compared at all (same requests, same load model and rate), then per metric whether this run
 * regressed beyond BOTH tolerances: relative (default 10 %) and absolute (default 20 ms for latencies,
 * 0.1 percentage point for the error rate). Both must be exceeded, so a 2 ms → 3 ms change (+50 %) or a
 * 900 ms → 925 ms one (+2.8 %) is noise, not a regression.
 */
import { latencyFigure } from "./figures.js";
import type { ReportConfig, ReportSummary } from "./report.js";
import type { Recorded } from "./recorder.js";

export interface BaselineTolerance {
  /** Relative tolerance in percent. Default 10. */
  relativePercent: number;
  /** Absolute tolerance for latencies, ms. Default 20. */
  absoluteMs: number;
  /** Absolute tolerance for the error rate, percentage points. Default 0.1. */
  errorRatePoints: number;
}

export const DEFAULT_TOLERANCE: BaselineTolerance = { relativePercent: 10, absoluteMs: 20, errorRatePoints: 0.1 };

export interface MetricComparison {
  /** e.g. "p95" or "p95 {name:login}". */
  metric: string;
  unit: "ms" | "%";
  baseline: number | null;
  current: number | null;
  /** current − baseline, in the unit. */
  delta: number | null;
  /** Relative change in percent (null when the baseline is 0 or missing). */
  deltaPercent: number | null;
  regressed: boolean;
}

export interface BaselineComparison {
  comparable: boolean;
  /** Why the runs cannot be compared (empty when comparable). */
  problems: string[];
  /** Differences worth a note that do not prevent comparing (e.g. another duration). */
  notes: string[];
  metrics: MetricComparison[];
  regressed: boolean;
  tolerance: BaselineTolerance;
  /** Where the baseline came from, for the summary (a path or "run 123 of deploy.yml"). */
  source: string;
}

/** The part of a report the comparison reads. */
export interface Comparable {
  config: ReportConfig;
  summary: ReportSummary;
  /** Per-endpoint p95, ms. */
  endpointP95Ms: Record<string, number | null>;
}

/** Per-endpoint p95 (ms) of a recorded run, for {@link Comparable}. */
export function endpointP95(rec: Recorded): Record<string, number | null> {
  return Object.fromEntries(Object.entries(rec.endpoints).map(([k, v]) => [k, latencyFigure(v.latency, "p", 95)]));
}

/** Problems that make two configurations incomparable, and notes on harmless differences. */
export function checkComparable(current: ReportConfig, baseline: ReportConfig): { problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  if (current.model !== baseline.model) problems.push(`the load model differs (${current.model} now, ${baseline.model} in the baseline)`);
  if (
    current.model !== "closed" &&
    current.rate !== undefined &&
    baseline.rate !== undefined &&
    Math.abs(current.rate - baseline.rate) > 0.05 * baseline.rate
  ) {
    problems.push(`the rate differs (${current.rate} req/s now, ${baseline.rate} req/s in the baseline)`);
  }
  if (current.model === "closed" && current.connections !== baseline.connections)
    problems.push(`the connections differ (${current.connections} now, ${baseline.connections} in the baseline)`);
  const sig = (c: ReportConfig) =>
    c.requests
      .map((r) => `${r.method} ${r.name} ${r.path}`)
      .sort()
      .join("\n");
  if (sig(current) !== sig(baseline)) problems.push("the requests differ (names, methods or paths)");
  if (current.target !== baseline.target) notes.push(`the target differs (${current.target} now, ${baseline.target} in the baseline)`);
  if (current.durationMs !== baseline.durationMs)
    notes.push(`the duration differs (${current.durationMs / 1000}s now, ${baseline.durationMs / 1000}s in the baseline)`);
  return { problems, notes };
}

function compareMetric(metric: string, unit: "ms" | "%", baseline: number | null, current: number | null, tolerance: BaselineTolerance): MetricComparison {
  if (baseline === null || current === null) return { metric, unit, baseline, current, delta: null, deltaPercent: null, regressed: false };
  const delta = current - baseline;
  const deltaPercent = baseline === 0 ? null : (100 * delta) / baseline;
  const absLimit = unit === "ms" ? tolerance.absoluteMs : tolerance.errorRatePoints;
  const relExceeded = baseline === 0 ? delta > 0 : delta > (baseline * tolerance.relativePercent) / 100;
  const regressed = relExceeded && delta > absLimit;
  return { metric, unit, baseline, current, delta, deltaPercent, regressed };
}

/** Compares the current run with a baseline. Incomparable runs get no metric verdicts. */
export function compareBaseline(current: Comparable, baseline: Comparable, tolerance: BaselineTolerance, source: string): BaselineComparison {
  const { problems, notes } = checkComparable(current.config, baseline.config);
  if (problems.length > 0) return { comparable: false, problems, notes, metrics: [], regressed: false, tolerance, source };
  const c = current.summary;
  const b = baseline.summary;
  const metrics = [
    compareMetric("p50", "ms", b.p50Ms, c.p50Ms, tolerance),
    compareMetric("p95", "ms", b.p95Ms, c.p95Ms, tolerance),
    compareMetric("p99", "ms", b.p99Ms, c.p99Ms, tolerance),
    compareMetric("error rate", "%", b.errorRate * 100, c.errorRate * 100, tolerance),
  ];
  for (const name of Object.keys(current.endpointP95Ms).sort()) {
    if (!(name in baseline.endpointP95Ms) || Object.keys(current.endpointP95Ms).length < 2) continue;
    metrics.push(compareMetric(`p95 {name:${name}}`, "ms", baseline.endpointP95Ms[name] ?? null, current.endpointP95Ms[name] ?? null, tolerance));
  }
  return { comparable: true, problems, notes, metrics, regressed: metrics.some((m) => m.regressed), tolerance, source };
}
