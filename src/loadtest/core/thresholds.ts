/**
 * k6-compatible thresholds: parsing (`http_req_duration: ["p(95)<500"]`, per-endpoint keys such as
 * `http_req_duration{name:login}`, `availability>=99.9%`, windowed `p(95)<500 each 10s`) and
 * evaluation against what a run {@link Recorded}.
 *
 * Differences from k6, on purpose: a metric with no samples FAILS (k6 lets it pass, which hides a
 * misspelt endpoint name or a run that never reached the target); `availability` is a metric of its
 * own; `each <duration>` evaluates the aggregation in every window of that length and keeps the worst.
 */
import { formatPercent } from "../../kernel/format.js";
import { availabilityFigure, formatCount, formatMs, formatPerSecond, formatShare, latencyFigure, perSecondFigure, shareFigure } from "./figures.js";
import { createHistogram, mergeHistogramInto } from "./histogram.js";
import type { Recorded, ScopeStats } from "./recorder.js";

/** Metrics a threshold can name. Trends are milliseconds, rates 0..1, availability percent. */
export const METRICS = {
  http_req_duration: { type: "trend", aggs: ["avg", "min", "med", "max", "p", "count"] },
  service_time: { type: "trend", aggs: ["avg", "min", "med", "max", "p", "count"] },
  scheduling_lag: { type: "trend", aggs: ["avg", "min", "med", "max", "p", "count"] },
  http_req_failed: { type: "rate", aggs: ["rate", "count"] },
  checks: { type: "rate", aggs: ["rate", "count"] },
  http_reqs: { type: "counter", aggs: ["count", "rate"] },
  dropped_iterations: { type: "counter", aggs: ["count", "rate"] },
  availability: { type: "percent", aggs: ["value"] },
} as const satisfies Record<string, { type: string; aggs: readonly string[] }>;
export type MetricName = keyof typeof METRICS;

export type Operator = "<" | "<=" | ">" | ">=" | "==" | "!=";

/** One parsed threshold expression on one metric (and optionally one endpoint). */
export interface Threshold {
  /** The key as written, e.g. `http_req_duration{name:login}`. */
  key: string;
  metric: MetricName;
  /** The endpoint (request name) for tagged keys; undefined for the whole run. */
  endpoint?: string | undefined;
  /** The expression as written, e.g. `p(95)<500`. */
  expression: string;
  /** `avg`, `min`, `med`, `max`, `count`, `rate`, `value`, or `p`. */
  agg: string;
  /** For `p(N)`: N in 0..100. */
  percentile?: number | undefined;
  op: Operator;
  /** The limit in the metric's unit: ms for trends, 0..1 for rates, percent for availability, req/s for counter rates. */
  limit: number;
  /** Window length in ms for `each 10s`; undefined for whole-run thresholds. */
  windowMs?: number | undefined;
  /** Stop the run when this threshold fails (after the grace delay). */
  abortOnFail: boolean;
}

/** How thresholds are written in a scenario: k6's map of metric key to expressions (strings or objects). */
export type ThresholdsConfig = Record<string, readonly (string | { threshold: string; abortOnFail?: boolean | undefined })[]>;

/** A problem in one threshold, for a message naming the key and the expression. */
export interface ThresholdProblem {
  key: string;
  index?: number | undefined;
  message: string;
}

/** The defaults when no thresholds are given: p95 < 500 ms, error rate < 0.1 %, availability ≥ 99.9 %. */
export const DEFAULT_THRESHOLDS: ThresholdsConfig = {
  http_req_duration: ["p(95)<500"],
  http_req_failed: ["rate<0.001"],
  availability: ["value>=99.9%"],
};

const KEY_RE = /^([a-z_]+)(?:\{\s*([a-z_]+)\s*:\s*([^}]+?)\s*\})?$/;
const EXPR_RE =
  /^(avg|min|med|max|count|rate|value|p\(\s*(\d+(?:\.\d+)?)\s*\))?\s*(<=|>=|===|==|!=|<|>)\s*(-?\d+(?:\.\d+)?)\s*(ms|s|%)?(?:\s+each\s+(\d+(?:\.\d+)?)(ms|s|m))?$/;

/**
 * Parses one key and its expressions. Problems are collected, not thrown, so a scenario file reports
 * all of them at once.
 */
export function parseThresholdKey(key: string, expressions: ThresholdsConfig[string], problems: ThresholdProblem[]): Threshold[] {
  const m = KEY_RE.exec(key.trim());
  const names = Object.keys(METRICS).join(", ");
  if (!m) {
    problems.push({ key, message: `is not a metric key like http_req_duration or http_req_duration{name:login}; metrics: ${names}` });
    return [];
  }
  const [, metricRaw, tag, tagValue] = m as unknown as [string, string, string | undefined, string | undefined];
  if (!(metricRaw in METRICS)) {
    problems.push({ key, message: `names an unknown metric "${metricRaw}"; metrics: ${names}` });
    return [];
  }
  const metric = metricRaw as MetricName;
  if (tag !== undefined && tag !== "name" && tag !== "endpoint") {
    problems.push({ key, message: `filters on tag "${tag}"; only {name:<request name>} (or {endpoint:...}) is supported` });
    return [];
  }
  if (tag !== undefined && metric === "dropped_iterations") {
    problems.push({ key, message: "dropped_iterations is counted for the whole run only; remove the {name:...} filter" });
    return [];
  }
  const out: Threshold[] = [];
  expressions.forEach((raw, index) => {
    const expression = typeof raw === "string" ? raw : raw.threshold;
    const abortOnFail = typeof raw === "string" ? false : raw.abortOnFail === true;
    const t = parseExpression(metric, expression, (message) => problems.push({ key, index, message }));
    if (t?.windowMs !== undefined && tagValue !== undefined) {
      // Per-second histograms are kept for the whole run only (memory stays flat with many endpoints).
      problems.push({ key, index, message: `"${expression.trim()}": windows ("each ...") apply to the whole run; remove the {name:...} filter or the window` });
      return;
    }
    if (t) out.push({ key: key.trim(), metric, endpoint: tagValue, expression: expression.trim(), abortOnFail, ...t });
  });
  return out;
}

function parseExpression(
  metric: MetricName,
  expression: string,
  problem: (m: string) => void,
): Omit<Threshold, "key" | "metric" | "endpoint" | "expression" | "abortOnFail"> | undefined {
  const def = METRICS[metric];
  const e = expression.trim();
  const m = EXPR_RE.exec(e);
  if (!m) {
    problem(`"${e}" is not an expression like p(95)<500, avg<200, rate<0.001 or value>=99.9% (optionally "each 10s")`);
    return undefined;
  }
  const [, aggRaw, pRaw, opRaw, numRaw, unit, winRaw, winUnit] = m as unknown as (string | undefined)[];
  let agg = aggRaw === undefined ? (def.type === "percent" ? "value" : "") : aggRaw.startsWith("p(") ? "p" : aggRaw;
  if (agg === "") {
    problem(`"${e}" needs an aggregation before the operator for ${metric}: one of ${def.aggs.map((a) => (a === "p" ? "p(N)" : a)).join(", ")}`);
    return undefined;
  }
  if (!(def.aggs as readonly string[]).includes(agg)) {
    problem(`"${e}" uses "${aggRaw}", which ${metric} does not have; use one of ${def.aggs.map((a) => (a === "p" ? "p(N)" : a)).join(", ")}`);
    return undefined;
  }
  const percentile = pRaw === undefined ? undefined : Number(pRaw);
  if (percentile !== undefined && (percentile <= 0 || percentile > 100)) {
    problem(`"${e}" asks for p(${pRaw}); the percentile must be above 0 and at most 100`);
    return undefined;
  }
  let limit = Number(numRaw);
  const isDuration = def.type === "trend" && agg !== "count";
  if (unit === "ms" || unit === "s") {
    if (!isDuration) {
      problem(`"${e}" gives a duration, but ${metric} ${agg} is not a duration`);
      return undefined;
    }
    if (unit === "s") limit *= 1000;
  }
  if (unit === "%") {
    if (def.type === "rate" && agg === "rate") limit /= 100;
    else if (def.type !== "percent") {
      problem(`"${e}" gives a percentage, but ${metric} ${agg} is not a share`);
      return undefined;
    }
  }
  if (def.type === "rate" && agg === "rate" && (limit < 0 || limit > 1)) {
    problem(`"${e}": a rate is a share from 0 to 1 (0.001 = 0.1%); write ${limit}% if you meant percent`);
    return undefined;
  }
  let windowMs: number | undefined;
  if (winRaw !== undefined) {
    windowMs = Number(winRaw) * (winUnit === "ms" ? 1 : winUnit === "m" ? 60_000 : 1000);
    if (def.type !== "trend" && !(def.type === "rate" && metric === "http_req_failed")) {
      problem(`"${e}": windows ("each ...") apply to http_req_duration and http_req_failed only`);
      return undefined;
    }
    if (windowMs < 1000 || windowMs % 1000 !== 0) {
      problem(`"${e}": the window must be whole seconds (at least 1s), like "each 10s"`);
      return undefined;
    }
    if (metric !== "http_req_duration" && metric !== "http_req_failed") {
      problem(`"${e}": windows apply to http_req_duration and http_req_failed only`);
      return undefined;
    }
  }
  const op = (opRaw === "===" ? "==" : opRaw) as Operator;
  if (agg === "value" && def.type !== "percent") agg = "value";
  return { agg, percentile, op, limit, windowMs };
}

/** A key that carries its own expression: `availability>=99.9%`, `http_req_duration{name:a}<300`. */
const INLINE_KEY_RE = /^([a-z_]+(?:\{[^}]*\})?)\s*([<>=!].*)$/;

/**
 * Parses a k6-style thresholds map. Also accepts the shorthand of a key that carries its expression
 * and has no list (or an empty one): `{"availability>=99.9%": []}` is `{"availability":
 * ["value>=99.9%"]}`. Returns the thresholds and every problem found.
 */
export function parseThresholds(config: ThresholdsConfig): { thresholds: Threshold[]; problems: ThresholdProblem[] } {
  const problems: ThresholdProblem[] = [];
  const thresholds: Threshold[] = [];
  for (const [key, list] of Object.entries(config) as [string, ThresholdsConfig[string] | null | undefined][]) {
    const inline = INLINE_KEY_RE.exec(key.trim());
    if (inline && (list === null || list === undefined || (Array.isArray(list) && list.length === 0))) {
      thresholds.push(...parseThresholdKey(inline[1] as string, [(inline[2] as string).trim()], problems));
      continue;
    }
    if (inline) {
      problems.push({ key, message: `carries an expression and a list; write "${inline[1]}": ["${(inline[2] as string).trim()}", ...] instead` });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ key, message: 'must be a list of expressions, e.g. ["p(95)<500"]' });
      continue;
    }
    thresholds.push(...parseThresholdKey(key, list, problems));
  }
  return { thresholds, problems };
}

/**
 * Parses the `thresholds` input: one threshold per line (or comma-separated), written
 * `metric: expression` (`http_req_duration: p(95)<500`, `http_req_duration{name:login}: p(99)<800`)
 * or as one token when unambiguous (`availability>=99.9%`). Lines with the same key group together.
 */
export function parseThresholdLines(lines: readonly string[]): { config: ThresholdsConfig; problems: ThresholdProblem[] } {
  const config: Record<string, string[]> = {};
  const problems: ThresholdProblem[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    const brace = line.indexOf("}");
    const colon = line.indexOf(":", brace === -1 ? 0 : brace);
    let key: string;
    let expr: string;
    if (colon > 0) {
      key = line.slice(0, colon).trim();
      expr = line.slice(colon + 1).trim();
    } else {
      const m = /^([a-z_]+(?:\{[^}]*\})?)\s*([<>=!].*)$/.exec(line);
      if (!m) {
        problems.push({ key: line, message: 'is not "metric: expression", e.g. "http_req_duration: p(95)<500" or "availability>=99.9%"' });
        continue;
      }
      key = m[1] as string;
      expr = m[2] as string;
    }
    const list = config[key] ?? [];
    list.push(expr);
    config[key] = list;
  }
  return { config, problems };
}

/** The outcome of one threshold. */
export interface ThresholdResult {
  threshold: Threshold;
  ok: boolean;
  /** The measured value in the threshold's unit (the worst window for windowed ones); undefined without samples. */
  actual?: number | undefined;
  /** Human-readable reason, e.g. "p(95)=612.3ms, limit <500" or "no samples". */
  detail: string;
}

/** What thresholds are evaluated against. */
export interface EvaluationInput {
  recorded: Recorded;
  /** Measured duration in ms (warm-up excluded), for counter rates (req/s). */
  durationMs: number;
  /** Warm-up length in ms; windows start after it. */
  warmupMs: number;
}

function compare(actual: number, op: Operator, limit: number): boolean {
  switch (op) {
    case "<":
      return actual < limit;
    case "<=":
      return actual <= limit;
    case ">":
      return actual > limit;
    case ">=":
      return actual >= limit;
    case "==":
      return actual === limit;
    case "!=":
      return actual !== limit;
  }
}

function trendOf(t: Threshold, scope: ScopeStats, rec: Recorded) {
  return t.metric === "service_time" ? scope.service : t.metric === "scheduling_lag" ? rec.lag : scope.latency;
}

function aggregateTrend(t: Threshold, h: ReturnType<typeof createHistogram>): number | undefined {
  if (t.agg === "count") return h.totalCount === 0 ? undefined : h.totalCount;
  if (t.agg === "avg" || t.agg === "min" || t.agg === "max" || t.agg === "med" || t.agg === "p") {
    // The same figure the tables and the report show (ms to the µs), so the judged value is the shown one.
    return latencyFigure(h, t.agg, t.percentile) ?? undefined;
  }
  return undefined;
}

/** The measured value of a threshold's aggregation over the whole run; undefined when there are no samples. */
export function measureThreshold(t: Threshold, input: EvaluationInput): number | undefined {
  const rec = input.recorded;
  if (t.metric === "dropped_iterations") {
    return t.agg === "count" ? rec.dropped : input.durationMs > 0 ? perSecondFigure(rec.dropped, input.durationMs) : undefined;
  }
  const scope = t.endpoint === undefined ? rec.overall : rec.endpoints[t.endpoint];
  if (!scope || scope.requests === 0) return undefined;
  const def = METRICS[t.metric];
  if (def.type === "trend") return aggregateTrend(t, trendOf(t, scope, rec));
  if (t.metric === "http_req_failed") return t.agg === "count" ? scope.failed : (shareFigure(scope.failed, scope.requests) ?? undefined);
  if (t.metric === "checks") {
    const total = scope.checks.passed + scope.checks.failed;
    if (total === 0) return undefined;
    return t.agg === "count" ? scope.checks.passed : (shareFigure(scope.checks.passed, total) ?? undefined);
  }
  if (t.metric === "http_reqs")
    return t.agg === "count" ? scope.requests : input.durationMs > 0 ? perSecondFigure(scope.requests, input.durationMs) : undefined;
  if (t.metric === "availability") return availabilityFigure(scope) ?? undefined;
  return undefined;
}

/** Per-window values of a windowed threshold (whole-run scope only; windows after warm-up, aligned to it). */
export function measureWindows(t: Threshold, input: EvaluationInput): { startS: number; value: number }[] {
  const windowS = (t.windowMs as number) / 1000;
  const firstS = Math.floor(input.warmupMs / 1000);
  const groups = new Map<number, { requests: number; failed: number; h: ReturnType<typeof createHistogram> }>();
  for (const s of input.recorded.seconds) {
    const start = firstS + Math.floor((s.second - firstS) / windowS) * windowS;
    let g = groups.get(start);
    if (!g) {
      g = { requests: 0, failed: 0, h: createHistogram() };
      groups.set(start, g);
    }
    g.requests += s.requests;
    g.failed += s.failed;
    mergeHistogramInto(g.h, s.latency);
  }
  const out: { startS: number; value: number }[] = [];
  for (const [startS, g] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    if (g.requests === 0) continue;
    const v = t.metric === "http_req_failed" ? (t.agg === "count" ? g.failed : (shareFigure(g.failed, g.requests) ?? undefined)) : aggregateTrend(t, g.h);
    if (v !== undefined) out.push({ startS, value: v });
  }
  return out;
}

/**
 * Formats a value of a threshold's metric in its unit, as every screen prints it: `612 ms`, `0.12%`,
 * `99.95%`, `1,998.46 req/s`, `1,234`. The summary, the JUnit file and the log all use this.
 */
export function formatThresholdValue(t: Threshold, v: number): string {
  const def = METRICS[t.metric];
  if (def.type === "trend" && t.agg !== "count") return formatMs(v);
  if (def.type === "rate" && t.agg === "rate") return formatShare(v);
  if (def.type === "percent") return formatPercent(v);
  if (t.agg === "rate") return formatPerSecond(v);
  return formatCount(v);
}

function aggLabel(t: Threshold): string {
  return t.agg === "p" ? `p(${t.percentile})` : t.agg;
}

/**
 * Evaluates every threshold. Whole-run thresholds compare the run's aggregate; windowed ones
 * (`each 10s`) must hold in every window that has samples, and report the worst window.
 * Thresholds without samples fail.
 */
export function evaluateThresholds(thresholds: readonly Threshold[], input: EvaluationInput): ThresholdResult[] {
  return thresholds.map((t) => {
    const limitText = `${t.op}${formatThresholdValue(t, t.limit)}`;
    if (t.windowMs !== undefined) {
      const windows = measureWindows(t, input);
      if (windows.length === 0) return { threshold: t, ok: false, detail: "no samples" };
      const failing = windows.filter((w) => !compare(w.value, t.op, t.limit));
      const higherIsWorse = t.op === "<" || t.op === "<=";
      const worst = windows.reduce((a, b) => ((higherIsWorse ? b.value > a.value : b.value < a.value) ? b : a));
      const shown = failing[0] ?? worst;
      const detail = failing.length
        ? `${aggLabel(t)}=${formatThresholdValue(t, shown.value)} in the window at ${shown.startS}s (${failing.length} of ${windows.length} windows fail ${limitText})`
        : `worst window ${aggLabel(t)}=${formatThresholdValue(t, worst.value)} (${windows.length} windows, limit ${limitText})`;
      return {
        threshold: t,
        ok: failing.length === 0,
        actual: (failing.length ? failing.reduce((a, b) => ((higherIsWorse ? b.value > a.value : b.value < a.value) ? b : a)) : worst).value,
        detail,
      };
    }
    const actual = measureThreshold(t, input);
    if (actual === undefined) {
      const where = t.endpoint === undefined ? "" : ` for request "${t.endpoint}"`;
      return { threshold: t, ok: false, detail: `no samples${where}` };
    }
    const ok = compare(actual, t.op, t.limit);
    return { threshold: t, ok, actual, detail: `${aggLabel(t)}=${formatThresholdValue(t, actual)}, limit ${limitText}` };
  });
}
