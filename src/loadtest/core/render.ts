/**
 * Rendering: the job summary (verdict per threshold, percentile tables overall and per endpoint,
 * status codes and errors, latency and throughput over time as Mermaid `xychart-beta` charts, the
 * baseline comparison) and the JUnit XML file (one test case per threshold) that `gate` reads.
 */
import { count, formatDuration, formatInteger, formatPercent } from "../../kernel/format.js";
import { code, escapeHtml, escapeInline, table } from "../../kernel/markdown.js";
import type { BaselineComparison } from "./baseline.js";
import { formatMs, formatPerSecond, formatShare, type ScopeFigures } from "./figures.js";
import { createHistogram, mergeHistogramInto, percentileMs } from "./histogram.js";
import type { Recorded } from "./recorder.js";
import { type EndpointSummary, type Report, summarizeEndpoints } from "./report.js";
import { formatThresholdValue, parseThresholdKey, type Threshold } from "./thresholds.js";

const VERDICT = { pass: "✅ Load test passed", fail: "❌ Load test failed", inconclusive: "⚠️ Load test inconclusive" } as const;

/** Latency and every other millisecond figure: one formatter, so one value always reads the same. */
const ms = formatMs;
/** A share 0..1 as a percentage, the one way shares are printed. */
const share = formatShare;
/** Requests per second. */
const perSecond = (v: number) => formatPerSecond(v);

/** Plain words for the metrics, as a user would say them. */
const METRIC_WORDS: Record<string, string> = {
  http_req_duration: "latency",
  service_time: "server time",
  scheduling_lag: "generator delay",
  http_req_failed: "failed requests",
  checks: "checks passed",
  http_reqs: "requests",
  dropped_iterations: "requests not sent",
  availability: "availability",
};

const OP_WORDS: Record<string, string> = { "<": "<", "<=": "≤", ">": ">", ">=": "≥", "==": "=", "!=": "≠" };

/** The threshold as parsed from what the report stores (key and expression), undefined if it no longer parses. */
function parsedThreshold(key: string, expression: string): Threshold | undefined {
  const problems: { key: string; message: string }[] = [];
  return parseThresholdKey(key, [expression], problems)[0];
}

/** A value of a threshold's metric in the unit people read it in: ms, %, req/s or a count (as in its JUnit message). */
const metricValue = formatThresholdValue;

function thresholdName(t: Threshold): string {
  const agg = t.agg === "p" ? `p${t.percentile}` : t.agg === "med" ? "median" : t.agg === "rate" || t.agg === "value" ? "" : t.agg;
  const words = `${agg ? `${agg} ` : ""}${METRIC_WORDS[t.metric] ?? t.metric}`;
  const where = t.endpoint ? ` of ${t.endpoint}` : "";
  const each = t.windowMs ? `, every ${formatDuration(t.windowMs)}` : "";
  return `${words}${where}${each}`;
}

interface ThresholdLine {
  ok: boolean;
  name: string;
  limit: string;
  measured: string;
  written: string;
  threshold: Threshold | undefined;
  limitValue: number | undefined;
}

function thresholdLines(r: Report): ThresholdLine[] {
  return r.thresholds.map((x) => {
    const t = parsedThreshold(x.key, x.expression);
    if (!t)
      return {
        ok: x.ok,
        name: x.key,
        limit: x.expression,
        measured: x.detail,
        written: `${x.key}: ${x.expression}`,
        threshold: undefined,
        limitValue: undefined,
      };
    return {
      ok: x.ok,
      name: thresholdName(t),
      limit: `${OP_WORDS[t.op] ?? t.op} ${metricValue(t, t.limit)}`,
      measured: x.actual === null ? "no samples" : metricValue(t, x.actual),
      written: `${x.key}: ${x.expression}`,
      threshold: t,
      limitValue: t.limit,
    };
  });
}

function describeLoad(r: Report): string {
  const c = r.config;
  const d = formatDuration(c.durationMs);
  const warm = c.warmupMs > 0 ? ` after a ${formatDuration(c.warmupMs)} warm-up` : "";
  if (c.model === "closed") return `${c.connections} connections sending back to back for ${d}${warm}`;
  if (c.model === "ramp") return `arrival rate ramping up to ${perSecond(c.rate ?? 0)} over ${(c.stages ?? []).length} stages (${d} measured${warm})`;
  return `${perSecond(c.rate ?? 0)} for ${d}${warm}`;
}

/** An endpoint-table row from the report's figures: the numbers its thresholds were judged on. */
function scopeRow(label: string, f: Pick<ScopeFigures, "requests" | "rps" | "p50Ms" | "p90Ms" | "p95Ms" | "p99Ms" | "maxMs" | "errorRate">): string[] {
  return [
    label,
    formatInteger(f.requests),
    perSecond(f.rps),
    ms(f.p50Ms),
    ms(f.p90Ms),
    ms(f.p95Ms),
    ms(f.p99Ms),
    ms(f.maxMs),
    f.requests ? share(f.errorRate) : "–",
  ];
}

/**
 * Groups per-second stats into at most `maxPoints` buckets, for the charts: [label, req/s, p95 ms].
 * Seconds with no completed request show 0 req/s and no latency (plotted as 0).
 */
export function planTimeline(rec: Recorded, warmupMs: number, maxPoints = 60): { label: string; rps: number; p95: number }[] {
  if (rec.seconds.length === 0) return [];
  const firstS = Math.floor(warmupMs / 1000);
  const lastS = (rec.seconds[rec.seconds.length - 1] as { second: number }).second;
  const span = Math.max(1, lastS - firstS + 1);
  const width = Math.max(1, Math.ceil(span / maxPoints));
  const out: { label: string; rps: number; p95: number }[] = [];
  const bySecond = new Map(rec.seconds.map((s) => [s.second, s]));
  for (let start = firstS; start <= lastS; start += width) {
    const h = createHistogram();
    let n = 0;
    for (let s = start; s < start + width; s++) {
      const sec = bySecond.get(s);
      if (!sec) continue;
      n += sec.requests;
      mergeHistogramInto(h, sec.latency);
    }
    out.push({ label: String(start - firstS), rps: Math.round((n / width) * 10) / 10, p95: Math.round((percentileMs(h, 95) ?? 0) * 10) / 10 });
  }
  return out;
}

/**
 * Mermaid's palette, set explicitly: GitHub draws charts with the page's theme otherwise, and its
 * default light palette drew the p95 line pale lavender on white. The blue and red have at least
 * 3:1 contrast on both GitHub's light (#ffffff) and dark (#0d1117) backgrounds, and the grey text at
 * least 4:1, so one chart reads in both modes. test/screens measures it.
 */
export const CHART_COLORS = { line: "#2f81f7", limit: "#e5534b", text: "#6e7781", grid: "#6e7781" } as const;

function chartInit(height: number, palette: readonly string[]): string {
  const init = {
    theme: "base",
    // No fontFamily: a quote in the directive makes Mermaid drop the whole directive, palette included.
    themeVariables: {
      xyChart: {
        backgroundColor: "transparent",
        titleColor: CHART_COLORS.text,
        xAxisLabelColor: CHART_COLORS.text,
        xAxisTitleColor: CHART_COLORS.text,
        xAxisTickColor: CHART_COLORS.grid,
        xAxisLineColor: CHART_COLORS.grid,
        yAxisLabelColor: CHART_COLORS.text,
        yAxisTitleColor: CHART_COLORS.text,
        yAxisTickColor: CHART_COLORS.grid,
        yAxisLineColor: CHART_COLORS.grid,
        plotColorPalette: palette.join(", "),
      },
    },
    xyChart: { height, width: 720 },
  };
  return `%%{init: ${JSON.stringify(init)}}%%`;
}

export interface ChartLimits {
  /** The p95 latency limit of the whole run, ms: drawn on the latency chart. */
  p95Ms?: number | undefined;
  /** A throughput floor or ceiling, req/s: drawn on the throughput chart. */
  rps?: number | undefined;
}

/** Two Mermaid `xychart-beta` charts (GitHub renders them): p95 latency and throughput, with their limits drawn. */
export function renderTimelineCharts(rec: Recorded, warmupMs: number, limits: ChartLimits = {}): string {
  const points = planTimeline(rec, warmupMs);
  if (points.length < 2) return "";
  const xs = `[${points.map((p) => `"${p.label}"`).join(", ")}]`;
  const maxP95 = Math.max(1, limits.p95Ms ?? 0, ...points.map((p) => p.p95));
  const maxRps = Math.max(1, limits.rps ?? 0, ...points.map((p) => p.rps));
  const step = Number(points[1]?.label) - Number(points[0]?.label);
  const unit = step > 1 ? `seconds, in steps of ${step}` : "seconds";
  const flat = (v: number) => `[${points.map(() => v).join(", ")}]`;
  const latency = [
    "```mermaid",
    chartInit(260, limits.p95Ms !== undefined ? [CHART_COLORS.line, CHART_COLORS.limit] : [CHART_COLORS.line]),
    "xychart-beta",
    `  title "p95 latency (blue)${limits.p95Ms !== undefined ? `, limit ${ms(limits.p95Ms)} (red)` : ""}"`,
    `  x-axis "time since start (${unit})" ${xs}`,
    `  y-axis "ms" 0 --> ${Math.ceil(maxP95 * 1.15)}`,
    `  line [${points.map((p) => p.p95).join(", ")}]`,
    ...(limits.p95Ms !== undefined ? [`  line ${flat(limits.p95Ms)}`] : []),
    "```",
  ];
  // Throughput is usually flat at the target rate: a short chart says so without a screenful.
  const throughput = [
    "```mermaid",
    chartInit(220, limits.rps !== undefined ? [CHART_COLORS.line, CHART_COLORS.limit] : [CHART_COLORS.line]),
    "xychart-beta",
    `  title "Completed requests per second (blue)${limits.rps !== undefined ? `, limit ${perSecond(limits.rps)} (red)` : ""}"`,
    `  x-axis "time since start (${unit})" ${xs}`,
    `  y-axis "req/s" 0 --> ${Math.ceil(maxRps * 1.15)}`,
    `  line [${points.map((p) => p.rps).join(", ")}]`,
    ...(limits.rps !== undefined ? [`  line ${flat(limits.rps)}`] : []),
    "```",
  ];
  return [...latency, "", ...throughput].join("\n");
}

/** The baseline comparison as a section (empty string without a baseline). */
export function renderBaseline(b: BaselineComparison | undefined): string {
  if (!b) return "";
  const lines = [
    `### Compared with the baseline`,
    "",
    `Baseline: ${escapeInline(b.source)}. A figure regresses when it is worse by more than ${formatPercent(b.tolerance.relativePercent)} **and** ${ms(b.tolerance.absoluteMs)} (error rate: ${b.tolerance.errorRatePoints} percentage points).`,
    "",
  ];
  if (!b.comparable) {
    lines.push(`> [!WARNING]\n> The runs are not comparable, so no regression was judged: ${escapeInline(b.problems.join("; "))}.`);
    return lines.join("\n");
  }
  if (b.notes.length) lines.push(`_Note: ${escapeInline(b.notes.join("; "))}._`, "");
  const fmt = (v: number | null, unit: string) => (v === null ? "–" : unit === "ms" ? ms(v) : formatPercent(v));
  lines.push(
    table(
      ["Figure", "Baseline", "Now", "Change", "Result"],
      b.metrics.map((m) => [
        escapeInline(m.metric.replace(/^p(\d+)/, "p$1 latency").replace(/\{name:(.*)\}/, "of $1")),
        fmt(m.baseline, m.unit),
        fmt(m.current, m.unit),
        m.delta === null
          ? "–"
          : `${m.delta >= 0 ? "+" : "−"}${m.unit === "ms" ? ms(Math.abs(m.delta)) : `${Number(Math.abs(m.delta).toFixed(2))} points`}${
              m.deltaPercent === null ? "" : ` (${m.deltaPercent >= 0 ? "+" : "−"}${formatPercent(Math.abs(m.deltaPercent))})`
            }`,
        m.regressed ? "❌ regressed" : "✅ ok",
      ]),
      ["left", "right", "right", "right", "left"],
    ),
  );
  return lines.join("\n");
}

export interface SummaryInput {
  report: Report;
  recorded: Recorded;
  baseline?: BaselineComparison | undefined;
}

/** The verdict and the one reason, for the heading and the terminal. */
export function renderLoadtestHeadline(r: Report, lines: readonly ThresholdLine[] = thresholdLines(r)): string {
  const failed = lines.find((l) => !l.ok);
  if (r.verdict === "fail" && failed) {
    const t = failed.threshold;
    if (!t) return `${VERDICT.fail}: ${failed.name} ${failed.limit} failed (${failed.measured})`;
    const side = t.op === "<" || t.op === "<=" ? "over" : t.op === ">" || t.op === ">=" ? "under" : "outside";
    return `${VERDICT.fail}: ${failed.name} ${failed.measured}, ${side} the ${metricValue(t, t.limit)} limit`;
  }
  if (r.verdict === "pass") return `${VERDICT.pass}: ${count(lines.length, "threshold")} held`;
  return `${VERDICT[r.verdict]}${r.reasons[0] ? `: ${r.reasons[0]}` : ""}`;
}

/** The job summary markdown: verdict and reason, the thresholds, then the evidence. */
export function renderSummary({ report: r, recorded, baseline }: SummaryInput): string {
  const s = r.summary;
  const out: string[] = [];
  const lines = thresholdLines(r);
  const shard =
    r.shard.count > 1 ? (r.shardsMerged.length > 1 ? ` · ${r.shardsMerged.length} shards merged` : ` · shard ${r.shard.index} of ${r.shard.count}`) : "";
  out.push(`## ${escapeInline(renderLoadtestHeadline(r, lines))}`, "");
  out.push(`${code(r.config.target)} · ${escapeInline(describeLoad(r))}${shard}`, "");
  if (!r.complete) {
    out.push(
      `> [!WARNING]\n> **The run stopped early** (${escapeInline(r.stopReason ?? "stopped")}): ${escapeInline(r.stopDetail ?? "the run stopped early")}.`,
      "",
    );
  }
  const failedCount = lines.filter((l) => !l.ok).length;
  if (r.verdict === "fail" && failedCount > 1) out.push(`${count(failedCount, "threshold")} failed; the table below lists them.`, "");
  if (r.verdict === "inconclusive" && r.reasons.length > 1) out.push(...r.reasons.slice(1).map((x) => `- ${escapeInline(x)}`), "");
  if (lines.length > 0) {
    out.push(
      table(
        ["Threshold", "Limit", "Measured", "Result", "As written"],
        lines.map((l) => [escapeInline(l.name), l.limit, l.measured, l.ok ? "✅ held" : "❌ failed", code(l.written)]),
        ["left", "right", "right", "left", "left"],
      ),
      "",
    );
  }
  out.push("### Run", "");
  out.push(
    table(
      ["Requests", "Throughput", "p50", "p95", "p99", "Failed", "Availability", "Not sent"],
      [
        [
          formatInteger(s.requests),
          perSecond(s.rps),
          ms(s.p50Ms),
          ms(s.p95Ms),
          ms(s.p99Ms),
          share(s.errorRate),
          s.availability === null ? "–" : formatPercent(s.availability),
          formatInteger(s.dropped),
        ],
      ],
      ["right", "right", "right", "right", "right", "right", "right", "right"],
    ),
    "",
  );
  // Reports written before per-endpoint figures existed: the same computation, on the histograms.
  const byEndpoint: Record<string, EndpointSummary> = r.endpoints ?? summarizeEndpoints(recorded, r.durationMs);
  const endpoints = Object.keys(byEndpoint).sort();
  if (endpoints.length > 1) {
    const rows = [scopeRow("**all**", s)];
    for (const e of endpoints) rows.push(scopeRow(escapeInline(e), byEndpoint[e] as EndpointSummary));
    out.push(
      table(["Endpoint", "Requests", "Throughput", "p50", "p90", "p95", "p99", "max", "Failed"], rows, [
        "left",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
        "right",
      ]),
      "",
    );
  }
  const from =
    r.config.model === "closed" ? "from when each request was sent" : "from when each request was due to be sent, so a slow server cannot hide queued requests";
  const behind =
    s.lagP99Ms !== null && s.lagP99Ms >= 1
      ? ` The load generator sent 99% of requests within ${ms(s.lagP99Ms)} of their planned time.`
      : " The load generator kept to its schedule.";
  out.push(
    `Latency is measured ${from}; the server itself took ${ms(s.serviceP95Ms)} at p95.${behind}${
      s.dropped > 0 ? ` ${count(s.dropped, "request was", "requests were")} not sent because too many were already waiting.` : ""
    }${recorded.warmupRequests > 0 ? ` ${count(recorded.warmupRequests, "warm-up request")} not counted.` : ""}`,
    "",
  );
  out.push(...renderResponses(recorded));
  const samples = Object.entries(r.errorSamples);
  if (samples.length) {
    out.push(
      "<details><summary>Error samples</summary>",
      "",
      table(
        ["Error", "Count"],
        samples.map(([m, n]) => [escapeInline(m), formatInteger(n)]),
        ["left", "right"],
      ),
      "",
      "</details>",
      "",
    );
  }
  const p95Limit = lines.find(
    (l) => l.threshold?.metric === "http_req_duration" && l.threshold.agg === "p" && l.threshold.percentile === 95 && !l.threshold.endpoint,
  );
  const rpsLimit = lines.find((l) => l.threshold?.metric === "http_reqs" && l.threshold.agg === "rate" && !l.threshold.endpoint);
  const charts = renderTimelineCharts(recorded, r.config.warmupMs, { p95Ms: p95Limit?.limitValue, rps: rpsLimit?.limitValue });
  if (charts) out.push("### Over time", "", charts, "");
  const b = renderBaseline(baseline);
  if (b) out.push(b, "");
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

/** Errors that come with an HTTP response (counted under its status) rather than instead of one. */
const RESPONSE_ERRORS = new Set(["non-2xx", "check-failed"]);

/** Responses by status, and requests that got none, adding up to the request count. */
function renderResponses(recorded: Recorded): string[] {
  const o = recorded.overall;
  const statuses = Object.entries(o.statusCodes).sort(([a], [b]) => a.localeCompare(b));
  const noResponse = Object.entries(o.errors).filter(([k, n]) => (n ?? 0) > 0 && !RESPONSE_ERRORS.has(k)) as [string, number][];
  if (statuses.length === 0 && noResponse.length === 0) return [];
  const notOk = o.errors["non-2xx"] ?? 0;
  const checkFailed = o.errors["check-failed"] ?? 0;
  const rows: (string | number)[][] = [
    ...statuses.map(([k, n]) => [`HTTP ${k}`, formatInteger(n), /^2/.test(k) ? "ok" : notOk > 0 ? "failed (not 2xx)" : "ok (expected)"]),
    ...noResponse.map(([k, n]) => [escapeInline(k), formatInteger(n), "failed (no response)"]),
  ];
  const sum = [...statuses.map(([, n]) => n), ...noResponse.map(([, n]) => n)].reduce((a, b) => a + b, 0);
  rows.push(["**total**", `**${formatInteger(sum)}**`, `${formatInteger(o.failed)} failed`]);
  const out = ["### Responses", "", table(["Response", "Requests", "Counted as"], rows, ["left", "right", "left"]), ""];
  const notes: string[] = [];
  if (checkFailed > 0) notes.push(`${count(checkFailed, "response")} with an expected status failed a check on the body or headers.`);
  if (sum !== o.requests)
    notes.push(
      `The ${formatInteger(o.requests)} requests measured and the ${formatInteger(sum)} responses above differ by ${formatInteger(Math.abs(o.requests - sum))}: requests still in flight at the end are not counted.`,
    );
  if (notes.length) out.push(notes.join(" "), "");
  return out;
}

function xmlAttr(s: string): string {
  return escapeHtml(s).replace(/'/g, "&apos;").replace(/\r?\n/g, "&#10;");
}

/**
 * JUnit XML: suite `loadtest.thresholds` with one test case per threshold (failed thresholds carry a
 * <failure>), suite `loadtest.run` with one case for the run being conclusive and complete, and
 * `loadtest.baseline` with one case per compared metric when a baseline was compared.
 */
export function renderJUnit(r: Report, baseline?: BaselineComparison): string {
  const secs = (r.durationMs / 1000).toFixed(3);
  const suites: string[] = [];
  const suite = (name: string, cases: { name: string; failure?: string | undefined }[]) => {
    const failures = cases.filter((c) => c.failure !== undefined).length;
    const body = cases
      .map((c) =>
        c.failure === undefined
          ? `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(c.name)}" time="${secs}"/>`
          : `    <testcase classname="${xmlAttr(name)}" name="${xmlAttr(c.name)}" time="${secs}">\n      <failure message="${xmlAttr(c.failure)}" type="threshold"/>\n    </testcase>`,
      )
      .join("\n");
    suites.push(
      `  <testsuite name="${xmlAttr(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${secs}" timestamp="${xmlAttr(r.startedAt)}">\n${body}\n  </testsuite>`,
    );
  };
  suite(
    "loadtest.thresholds",
    r.thresholds.map((t) => ({ name: `${t.key}: ${t.expression}`, failure: t.ok ? undefined : t.detail })),
  );
  const runFailure =
    r.verdict === "inconclusive" || !r.complete
      ? [...(r.complete ? [] : [r.stopDetail ?? "incomplete run"]), ...r.reasons].join("; ") || "inconclusive"
      : undefined;
  suite("loadtest.run", [{ name: "the run is complete and conclusive", failure: runFailure }]);
  if (baseline?.comparable) {
    suite(
      "loadtest.baseline",
      baseline.metrics.map((m) => ({
        name: `${m.metric} does not regress`,
        failure: m.regressed
          ? `${m.metric}: ${m.baseline === null ? "–" : m.unit === "ms" ? ms(m.baseline) : formatPercent(m.baseline)} → ${m.current === null ? "–" : m.unit === "ms" ? ms(m.current) : formatPercent(m.current)}`
          : undefined,
      })),
    );
  }
  const tests = r.thresholds.length + 1 + (baseline?.comparable ? baseline.metrics.length : 0);
  const failures = (suites.join("").match(/<failure /g) ?? []).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="shipline loadtest" tests="${tests}" failures="${failures}" errors="0" time="${secs}">\n${suites.join("\n")}\n</testsuites>\n`;
}
