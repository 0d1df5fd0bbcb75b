/**
 * Rendering: the job summary (verdict per threshold, percentile tables overall and per endpoint,
 * status codes and errors, latency and throughput over time as Mermaid `xychart-beta` charts, the
 * baseline comparison) and the JUnit XML file (one test case per threshold) that `gate` reads.
 */
import { code, escapeHtml, escapeMarkdown, table } from "../../kernel/markdown.js";
import type { BaselineComparison } from "./baseline.js";
import { createHistogram, maxMs, mergeHistogramInto, percentileMs } from "./histogram.js";
import type { Recorded, ScopeStats } from "./recorder.js";
import type { Report } from "./report.js";

const ICON = { pass: "✅", fail: "❌", inconclusive: "⚠️" } as const;

function ms(v: number | null | undefined): string {
  if (v === null || v === undefined) return "–";
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

function pct(share: number, digits = 2): string {
  return `${(share * 100).toFixed(digits)}%`;
}

function describeLoad(r: Report): string {
  const c = r.config;
  const d = `${c.durationMs / 1000}s`;
  const warm = c.warmupMs > 0 ? ` after ${c.warmupMs / 1000}s warm-up` : "";
  if (c.model === "closed") return `closed model, ${c.connections} connections for ${d}${warm}`;
  if (c.model === "ramp") return `ramping arrival rate up to ${c.rate} req/s over ${(c.stages ?? []).length} stages (${d} measured${warm})`;
  return `open model, ${c.rate} req/s for ${d}${warm}`;
}

function scopeRow(label: string, s: ScopeStats, durationMs: number): (string | number)[] {
  return [
    label,
    s.requests,
    durationMs > 0 ? (s.requests / (durationMs / 1000)).toFixed(1) : "–",
    ms(percentileMs(s.latency, 50)),
    ms(percentileMs(s.latency, 90)),
    ms(percentileMs(s.latency, 95)),
    ms(percentileMs(s.latency, 99)),
    ms(maxMs(s.latency)),
    s.requests ? pct(s.failed / s.requests) : "–",
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

/** Two Mermaid `xychart-beta` charts (GitHub renders them): p95 latency and throughput per second. */
export function renderTimelineCharts(rec: Recorded, warmupMs: number): string {
  const points = planTimeline(rec, warmupMs);
  if (points.length < 2) return "";
  const xs = `[${points.map((p) => `"${p.label}"`).join(", ")}]`;
  const maxP95 = Math.max(1, ...points.map((p) => p.p95));
  const maxRps = Math.max(1, ...points.map((p) => p.rps));
  const unit =
    points.length > 1 && Number(points[1]?.label) - Number(points[0]?.label) > 1
      ? `s (buckets of ${Number(points[1]?.label) - Number(points[0]?.label)}s)`
      : "s";
  return [
    "```mermaid",
    "xychart-beta",
    '  title "p95 latency per second (ms, from the scheduled send time)"',
    `  x-axis "time since start, ${unit}" ${xs}`,
    `  y-axis "ms" 0 --> ${Math.ceil(maxP95 * 1.1)}`,
    `  line [${points.map((p) => p.p95).join(", ")}]`,
    "```",
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Throughput (completed requests per second)"',
    `  x-axis "time since start, ${unit}" ${xs}`,
    `  y-axis "req/s" 0 --> ${Math.ceil(maxRps * 1.1)}`,
    `  bar [${points.map((p) => p.rps).join(", ")}]`,
    "```",
  ].join("\n");
}

/** The baseline comparison as a section (empty string without a baseline). */
export function renderBaseline(b: BaselineComparison | undefined): string {
  if (!b) return "";
  const lines = [
    `### Baseline`,
    "",
    `Compared with ${escapeMarkdown(b.source)}; a metric regresses when it is worse by more than ${b.tolerance.relativePercent}% **and** ${b.tolerance.absoluteMs} ms (error rate: ${b.tolerance.errorRatePoints} points).`,
    "",
  ];
  if (!b.comparable) {
    lines.push(`> [!WARNING]\n> The runs are not comparable, so no regression was judged: ${escapeMarkdown(b.problems.join("; "))}.`);
    return lines.join("\n");
  }
  if (b.notes.length) lines.push(`_Note: ${escapeMarkdown(b.notes.join("; "))}._`, "");
  const fmt = (v: number | null, unit: string) => (v === null ? "–" : unit === "ms" ? `${ms(v)} ms` : `${v.toFixed(3)}%`);
  lines.push(
    table(
      ["", "Metric", "Baseline", "Now", "Change"],
      b.metrics.map((m) => [
        m.regressed ? "❌" : "✅",
        escapeMarkdown(m.metric),
        fmt(m.baseline, m.unit),
        fmt(m.current, m.unit),
        m.delta === null
          ? "–"
          : `${m.delta >= 0 ? "+" : ""}${m.unit === "ms" ? `${ms(m.delta)} ms` : `${m.delta.toFixed(3)} pts`}${m.deltaPercent === null ? "" : ` (${m.deltaPercent >= 0 ? "+" : ""}${m.deltaPercent.toFixed(1)}%)`}`,
      ]),
      ["center", "left", "right", "right", "right"],
    ),
  );
  return lines.join("\n");
}

export interface SummaryInput {
  report: Report;
  recorded: Recorded;
  baseline?: BaselineComparison | undefined;
}

/** The job summary markdown. */
export function renderSummary({ report: r, recorded, baseline }: SummaryInput): string {
  const s = r.summary;
  const out: string[] = [];
  const shard =
    r.shard.count > 1 ? (r.shardsMerged.length > 1 ? ` · ${r.shardsMerged.length} shards merged` : ` · shard ${r.shard.index}/${r.shard.count}`) : "";
  out.push(`## ${ICON[r.verdict]} Load test: ${r.verdict}`, "");
  out.push(`${code(r.config.target)} · ${escapeMarkdown(describeLoad(r))}${shard}`, "");
  if (!r.complete) {
    out.push(
      `> [!WARNING]\n> **Incomplete run** (${escapeMarkdown(r.stopReason ?? "stopped")}): ${escapeMarkdown(r.stopDetail ?? "the run stopped early")}.`,
      "",
    );
  }
  if (r.verdict !== "pass" && r.reasons.length) {
    out.push(...r.reasons.map((x) => `- ${escapeMarkdown(x)}`), "");
  }
  out.push(
    table(
      ["Requests", "Throughput", "p50", "p95", "p99", "Error rate", "Availability", "Dropped"],
      [
        [
          s.requests,
          `${s.rps.toFixed(1)} req/s`,
          `${ms(s.p50Ms)} ms`,
          `${ms(s.p95Ms)} ms`,
          `${ms(s.p99Ms)} ms`,
          pct(s.errorRate, 3),
          s.availability === null ? "–" : `${s.availability.toFixed(3)}%`,
          s.dropped,
        ],
      ],
      ["right", "right", "right", "right", "right", "right", "right", "right"],
    ),
    "",
  );
  out.push("### Thresholds", "");
  out.push(
    table(
      ["", "Metric", "Threshold", "Result"],
      r.thresholds.map((t) => [t.ok ? "✅" : "❌", code(t.key), code(t.expression), code(t.detail)]),
      ["center", "left", "left", "left"],
    ),
    "",
  );
  out.push("### Latency", "");
  out.push(
    `Milliseconds, counted from each request's scheduled send time${r.config.model === "closed" ? " (closed model: from the send)" : " (no coordinated omission)"}.`,
    "",
  );
  const endpoints = Object.keys(recorded.endpoints).sort();
  const rows = [scopeRow("**all**", recorded.overall, r.durationMs)];
  if (endpoints.length > 1) for (const e of endpoints) rows.push(scopeRow(escapeMarkdown(e), recorded.endpoints[e] as ScopeStats, r.durationMs));
  out.push(
    table(["Endpoint", "Requests", "req/s", "p50", "p90", "p95", "p99", "max", "Errors"], rows, [
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
  out.push(
    `Service time p95 ${ms(s.serviceP95Ms)} ms · scheduling lag p99 ${ms(s.lagP99Ms)} ms · dropped ${s.dropped} · warm-up requests ${recorded.warmupRequests}`,
    "",
  );
  const statuses = Object.entries(recorded.overall.statusCodes).sort(([a], [b]) => a.localeCompare(b));
  const errors = Object.entries(recorded.overall.errors).filter(([, n]) => (n ?? 0) > 0);
  if (statuses.length || errors.length) {
    out.push("### Responses", "");
    out.push(
      table(
        ["Status / error", "Count"],
        [...statuses.map(([k, n]) => [`HTTP ${k}`, n]), ...errors.map(([k, n]) => [escapeMarkdown(k), n ?? 0])],
        ["left", "right"],
      ),
      "",
    );
  }
  const samples = Object.entries(r.errorSamples);
  if (samples.length) {
    out.push(
      "<details><summary>Error samples</summary>",
      "",
      table(
        ["Error", "Count"],
        samples.map(([m, n]) => [escapeMarkdown(m), n]),
        ["left", "right"],
      ),
      "",
      "</details>",
      "",
    );
  }
  const charts = renderTimelineCharts(recorded, r.config.warmupMs);
  if (charts) out.push("### Over time", "", charts, "");
  const b = renderBaseline(baseline);
  if (b) out.push(b, "");
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
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
        failure: m.regressed ? `${m.metric}: ${m.baseline} → ${m.current} ${m.unit}` : undefined,
      })),
    );
  }
  const tests = r.thresholds.length + 1 + (baseline?.comparable ? baseline.metrics.length : 0);
  const failures = (suites.join("").match(/<failure /g) ?? []).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="shipline loadtest" tests="${tests}" failures="${failures}" errors="0" time="${secs}">\n${suites.join("\n")}\n</testsuites>\n`;
}
