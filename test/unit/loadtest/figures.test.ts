import { describe, expect, it } from "vitest";
import { compareBaseline, DEFAULT_TOLERANCE, endpointP95 } from "../../../src/loadtest/core/baseline.js";
import { formatMs, formatShare } from "../../../src/loadtest/core/figures.js";
import { planLoad } from "../../../src/loadtest/core/plan.js";
import { createRecorded, type Recorded, recordSample } from "../../../src/loadtest/core/recorder.js";
import { renderJUnit, renderSummary } from "../../../src/loadtest/core/render.js";
import { buildReport, describePlan, parseReport, type Report } from "../../../src/loadtest/core/report.js";
import { parseThresholdLines, parseThresholds } from "../../../src/loadtest/core/thresholds.js";
import { computeVerdict } from "../../../src/loadtest/core/verdict.js";

/**
 * 2,000 requests in 19.9502 s (100.2496 req/s: rounding that to two decimals first and then to one
 * gives 100.3, rounding it once 100.2); `login` gets 60 of them, one of which fails (1.666… %), with
 * latencies spread over 200..249 ms so its p95 and p99 differ.
 */
const DURATION_MS = 19_950.2;

function recorded(): Recorded {
  const rec = createRecorded();
  let logins = 0;
  for (let i = 0; i < 2000; i++) {
    const t = i * 9.975;
    const isLogin = i % 33 === 7 && logins < 60;
    if (isLogin) logins++;
    const latency = isLogin ? 200 + ((logins * 37) % 50) + (logins % 3) * 0.25 : 8 + (i % 7) * 0.37;
    const failed = isLogin && logins === 30;
    recordSample(
      rec,
      {
        name: isLogin ? "login" : "home",
        scheduledMs: t,
        dispatchedMs: t + 0.05,
        endMs: t + latency,
        status: failed ? 503 : 200,
        error: failed ? "non-2xx" : undefined,
      },
      0,
    );
  }
  expect(logins).toBe(60);
  return rec;
}

const { plan } = planLoad({
  target: "https://staging.example.com",
  rate: "100",
  durationMs: 20_000,
  allowedHosts: [],
  env: {},
  scenario: {
    requests: [
      { name: "home", path: "/", weight: 32 },
      { name: "login", method: "POST", path: "/login" },
    ],
  },
});

/** Every threshold fails, so the JUnit file states each measured figure. */
const THRESHOLDS = [
  "http_req_duration{name:login}: p(95)<1",
  "http_req_duration{name:login}: p(99)<1",
  "http_req_failed{name:login}: rate<0.001",
  "http_reqs: rate>1000",
  "http_reqs: count<10",
];

function judgedReport(rec: Recorded): Report {
  const { config } = parseThresholdLines(THRESHOLDS);
  const { thresholds, problems } = parseThresholds(config);
  expect(problems).toEqual([]);
  const v = computeVerdict({ recorded: rec, durationMs: DURATION_MS, warmupMs: 0, thresholds, isOpenModel: true, complete: true });
  const report = buildReport({
    generator: "shipline test",
    config: describePlan(plan!),
    shard: { index: 1, count: 1 },
    shardsMerged: [1],
    recorded: rec,
    startedAtMs: Date.UTC(2026, 4, 1, 12),
    durationMs: DURATION_MS,
    complete: true,
    verdict: v.verdict,
    reasons: v.reasons,
    thresholds: v.results,
    errorSamples: {},
  });
  // What is written to disk and read back (a merge, a baseline) is what was judged.
  return parseReport(JSON.parse(JSON.stringify(report))).report as Report;
}

/** The cells of a Markdown table, by header, for the table whose header row contains `firstHeader`. */
function tableRows(md: string, firstHeader: string): Record<string, string>[] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  expect(start, `a table starting with "${firstHeader}"`).toBeGreaterThanOrEqual(0);
  const cells = (l: string) =>
    l
      .slice(2, -2)
      .split(" | ")
      .map((c) => c.trim());
  const headers = cells(lines[start] as string);
  const rows: Record<string, string>[] = [];
  for (let i = start + 2; i < lines.length && lines[i]?.startsWith("|"); i++) {
    const c = cells(lines[i] as string);
    rows.push(Object.fromEntries(headers.map((h, j) => [h, c[j] ?? ""])));
  }
  return rows;
}

function row(rows: Record<string, string>[], column: string, value: string): Record<string, string> {
  const r = rows.find((x) => x[column] === value);
  expect(r, `a row with ${column} = ${value}`).toBeDefined();
  return r as Record<string, string>;
}

/** The failure message of the JUnit test case for `name` (unescaped). */
function junitFailure(xml: string, name: string): string {
  const esc = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const m = new RegExp(`name="${esc.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>\\s*<failure message="([^"]*)"`).exec(xml);
  expect(m, `a failed JUnit case "${name}"`).not.toBeNull();
  return (m?.[1] ?? "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

describe("one figure, one computation", () => {
  const rec = recorded();
  const report = judgedReport(rec);
  const md = renderSummary({ report, recorded: rec });
  const xml = renderJUnit(report);
  const thresholds = tableRows(md, "Threshold");
  const endpoints = tableRows(md, "Endpoint");
  const run = tableRows(md, "Requests")[0] as Record<string, string>;
  const login = row(endpoints, "Endpoint", "login");
  const all = row(endpoints, "Endpoint", "**all**");
  const judged = (key: string, expression: string) => report.thresholds.find((t) => t.key === key && t.expression === expression);

  it("shows an endpoint's p95, p99 and error rate the same in the thresholds, the endpoint table, the JUnit file and the JSON report", () => {
    const json = report.endpoints?.login;
    expect(json, "per-endpoint figures in the JSON report").toBeDefined();
    const cases = [
      { threshold: "p95 latency of login", column: "p95", key: "http_req_duration{name:login}", expression: "p(95)<1", label: "p(95)" },
      { threshold: "p99 latency of login", column: "p99", key: "http_req_duration{name:login}", expression: "p(99)<1", label: "p(99)" },
      { threshold: "failed requests of login", column: "Failed", key: "http_req_failed{name:login}", expression: "rate<0.001", label: "rate" },
    ];
    const jsonFigure = { "p(95)": formatMs(json?.p95Ms), "p(99)": formatMs(json?.p99Ms), rate: formatShare(json?.errorRate ?? Number.NaN) };
    for (const c of cases) {
      const measured = row(thresholds, "Threshold", c.threshold).Measured as string;
      expect(login[c.column], `${c.threshold}: endpoint table vs thresholds table`).toBe(measured);
      expect(junitFailure(xml, `${c.key}: ${c.expression}`), `${c.threshold}: JUnit`).toContain(`${c.label}=${measured},`);
      expect(jsonFigure[c.label as keyof typeof jsonFigure], `${c.threshold}: JSON endpoints`).toBe(measured);
      expect(report.reasons.join("\n"), `${c.threshold}: verdict reasons`).toContain(`${c.label}=${measured},`);
    }
    // The judged value is the stored one, not a neighbour of it.
    expect(judged("http_req_duration{name:login}", "p(95)<1")?.actual).toBe(json?.p95Ms);
    expect(judged("http_req_duration{name:login}", "p(99)<1")?.actual).toBe(json?.p99Ms);
    expect(judged("http_req_failed{name:login}", "rate<0.001")?.actual).toBe(json?.errorRate);
    // And the values are the interesting ones: three distinct figures, one failed login in 60.
    expect(new Set([login.p95, login.p99, login.p50]).size).toBe(3);
    expect(login.Failed).toBe("1.67%");
  });

  it("shows the run's throughput and request count the same in the run table, the endpoint table, the thresholds and the JUnit file", () => {
    const rate = row(thresholds, "Threshold", "requests").Measured as string;
    expect(run.Throughput).toBe(rate);
    expect(all.Throughput).toBe(rate);
    expect(junitFailure(xml, "http_reqs: rate>1000")).toContain(`rate=${rate},`);
    expect(judged("http_reqs", "rate>1000")?.actual).toBe(report.summary.rps);
    const requests = row(thresholds, "Threshold", "count requests").Measured as string;
    expect(requests).toBe("2,000");
    expect(run.Requests).toBe(requests);
    expect(all.Requests).toBe(requests);
    expect(junitFailure(xml, "http_reqs: count<10")).toContain(`count=${requests},`);
  });

  it("shows the run's p95 and p99 the same in the run table and the endpoint table", () => {
    for (const c of ["p50", "p95", "p99", "Failed"]) expect(all[c], c).toBe(run[c]);
  });

  it("shows the same figures in the baseline comparison", () => {
    const endpointP95Ms = Object.fromEntries(Object.entries(report.endpoints ?? {}).map(([k, v]) => [k, v.p95Ms]));
    expect(endpointP95Ms).toEqual(endpointP95(rec));
    const cmp = compareBaseline(
      { config: report.config, summary: report.summary, endpointP95Ms },
      { config: report.config, summary: report.summary, endpointP95Ms },
      DEFAULT_TOLERANCE,
      "run 41 of loadtest.yml",
    );
    const compared = tableRows(renderSummary({ report, recorded: rec, baseline: cmp }), "Figure");
    expect(row(compared, "Figure", "p95 latency of login").Now).toBe(login.p95);
    expect(row(compared, "Figure", "p99 latency").Now).toBe(run.p99);
    expect(row(compared, "Figure", "error rate").Now).toBe(run.Failed);
  });
});
