import { describe, expect, it } from "vitest";
import { compareBaseline, DEFAULT_TOLERANCE, endpointP95 } from "../../../src/loadtest/core/baseline.js";
import { histogramBuckets } from "../../../src/loadtest/core/histogram.js";
import { planLoad } from "../../../src/loadtest/core/plan.js";
import { createRecorded, mergeRecorded, type Recorded, recordDropped, recordSample } from "../../../src/loadtest/core/recorder.js";
import { renderJUnit, renderSummary } from "../../../src/loadtest/core/render.js";
import { buildReport, checkShardsMergeable, decodeRecorded, describePlan, parseReport, type Report } from "../../../src/loadtest/core/report.js";
import { parseThresholds } from "../../../src/loadtest/core/thresholds.js";
import { computeVerdict } from "../../../src/loadtest/core/verdict.js";

const START = Date.UTC(2026, 4, 1, 12, 0, 0);

/** 20 s at 100 req/s over two endpoints; latency grows in seconds 10..14; `slow` adds ms to every request. */
function run(shard = { index: 1, count: 1 }, slow = 0): Recorded {
  const rec = createRecorded();
  for (let i = shard.index - 1; i < 2000; i += shard.count) {
    const t = i * 10;
    const name = i % 4 === 3 ? "login" : "home";
    const base = (name === "login" ? 40 : 8) + (i % 7) + slow;
    const latency = t >= 10_000 && t < 15_000 ? base * 3 : base;
    const failed = i % 500 === 0;
    recordSample(
      rec,
      { name, scheduledMs: t, dispatchedMs: t + 0.05, endMs: t + latency, status: failed ? 503 : 200, error: failed ? "non-2xx" : undefined, checksPassed: 1 },
      0,
    );
  }
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
      { name: "home", path: "/", weight: 3 },
      { name: "login", method: "POST", path: "/login" },
    ],
  },
});

function report(rec: Recorded, thresholds = ["p(95)<100"], shard = { index: 1, count: 1 }): Report {
  const { thresholds: parsed } = parseThresholds({
    http_req_duration: thresholds,
    http_req_failed: ["rate<0.01"],
    availability: ["value>=99.9%"],
    "http_req_duration{name:login}": ["p(99)<200"],
  });
  const v = computeVerdict({ recorded: rec, durationMs: 20_000, warmupMs: 0, thresholds: parsed, isOpenModel: true, complete: true });
  return buildReport({
    generator: "shipline test",
    config: describePlan(plan!),
    shard,
    shardsMerged: [shard.index],
    recorded: rec,
    startedAtMs: START,
    durationMs: 20_000,
    complete: true,
    verdict: v.verdict,
    reasons: v.reasons,
    thresholds: v.results,
    errorSamples: { "home: HTTP 503": 4 },
  });
}

describe("reports", () => {
  it("round-trip through JSON exactly and validate against the report schema", () => {
    const rec = run();
    const r = report(rec);
    const back = parseReport(JSON.parse(JSON.stringify(r)));
    expect(back.problems).toEqual([]);
    const decoded = decodeRecorded((back.report as Report).histograms);
    expect(histogramBuckets(decoded.overall.latency)).toEqual(histogramBuckets(rec.overall.latency));
    expect(decoded.seconds.map((s) => s.requests)).toEqual(rec.seconds.map((s) => s.requests));
    expect(parseReport({ kind: "k6" }).problems[0]).toMatch(/not a Shipline loadtest report/);
  });

  it("merges four shards into exactly the single run's histograms and counts", () => {
    const single = run();
    const shards = [1, 2, 3, 4].map((index) => report(run({ index, count: 4 }), ["p(95)<100"], { index, count: 4 }));
    expect(checkShardsMergeable(shards.map((report, i) => ({ file: `s${i}.json`, report })))).toEqual([]);
    const merged = mergeRecorded(shards.map((s) => decodeRecorded(s.histograms)));
    expect(histogramBuckets(merged.overall.latency)).toEqual(histogramBuckets(single.overall.latency));
    expect(histogramBuckets(merged.endpoints.login!.latency)).toEqual(histogramBuckets(single.endpoints.login!.latency));
    expect(merged.overall.statusCodes).toEqual(single.overall.statusCodes);
    expect(merged.seconds.map((s) => [s.second, s.requests])).toEqual(single.seconds.map((s) => [s.second, s.requests]));
  });

  it("refuses to merge incomplete or mismatched shard sets", () => {
    const a = report(run({ index: 1, count: 3 }), ["p(95)<100"], { index: 1, count: 3 });
    const b = { ...report(run({ index: 2, count: 3 }), ["p(95)<100"], { index: 2, count: 3 }), startedAtMs: START + 5000 };
    const problems = checkShardsMergeable([
      { file: "a.json", report: a },
      { file: "b.json", report: b },
      { file: "a2.json", report: a },
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/b\.json started at .* shards must share one start time/),
      "shard 1 appears twice (a.json and a2.json)",
      "shard 3 of 3 is missing; a merged result would under-count the load",
    ]);
  });
});

describe("verdicts", () => {
  const { thresholds } = parseThresholds({ http_req_duration: ["p(95)<500"] });
  it("passes, fails, or is inconclusive when the generator dropped arrivals or saw too few samples", () => {
    const rec = run();
    expect(computeVerdict({ recorded: rec, durationMs: 20_000, warmupMs: 0, thresholds, isOpenModel: true, complete: true }).verdict).toBe("pass");
    const strict = parseThresholds({ http_req_duration: ["p(95)<5"] }).thresholds;
    expect(computeVerdict({ recorded: rec, durationMs: 20_000, warmupMs: 0, thresholds: strict, isOpenModel: true, complete: true }).verdict).toBe("fail");
    for (let i = 0; i < 50; i++) recordDropped(rec, 1000 + i, 0);
    const dropped = computeVerdict({ recorded: rec, durationMs: 20_000, warmupMs: 0, thresholds, isOpenModel: true, complete: true });
    expect(dropped).toMatchObject({ verdict: "inconclusive", reasons: [expect.stringMatching(/dropped 50 of 2050 arrivals/)] });
    const few = createRecorded();
    recordSample(few, { name: "a", scheduledMs: 0, dispatchedMs: 0, endMs: 1, status: 200 }, 0);
    expect(computeVerdict({ recorded: few, durationMs: 1000, warmupMs: 0, thresholds, isOpenModel: true, complete: true }).reasons[0]).toMatch(
      /only 1 requests were measured/,
    );
  });

  it("calls a run whose generator lagged its schedule inconclusive", () => {
    const rec = createRecorded();
    for (let i = 0; i < 500; i++) recordSample(rec, { name: "a", scheduledMs: i, dispatchedMs: i + 80, endMs: i + 81, status: 200 }, 0);
    expect(computeVerdict({ recorded: rec, durationMs: 1000, warmupMs: 0, thresholds, isOpenModel: true, complete: true }).reasons[0]).toMatch(
      /fell behind its schedule/,
    );
  });
});

describe("baselines", () => {
  it("flags a regression only beyond both the relative and the absolute tolerance", () => {
    const base = run();
    const cur = run({ index: 1, count: 1 }, 30);
    const b = report(base);
    const c = report(cur);
    const cmp = compareBaseline(
      { config: c.config, summary: c.summary, endpointP95Ms: endpointP95(cur) },
      { config: b.config, summary: b.summary, endpointP95Ms: endpointP95(base) },
      DEFAULT_TOLERANCE,
      "base.json",
    );
    expect(cmp.comparable).toBe(true);
    expect(cmp.metrics.find((m) => m.metric === "p50")).toMatchObject({ regressed: true });
    const small = run({ index: 1, count: 1 }, 2);
    const s = report(small);
    const cmp2 = compareBaseline(
      { config: s.config, summary: s.summary, endpointP95Ms: endpointP95(small) },
      { config: b.config, summary: b.summary, endpointP95Ms: endpointP95(base) },
      DEFAULT_TOLERANCE,
      "base.json",
    );
    expect(cmp2.regressed).toBe(false);
  });

  it("does not compare runs with another rate or other requests", () => {
    const b = report(run());
    const other = { ...b.config, rate: 200, requests: [] };
    const cmp = compareBaseline(
      { config: other, summary: b.summary, endpointP95Ms: {} },
      { config: b.config, summary: b.summary, endpointP95Ms: {} },
      DEFAULT_TOLERANCE,
      "x",
    );
    expect(cmp).toMatchObject({ comparable: false, problems: [expect.stringMatching(/rate differs/), expect.stringMatching(/requests differ/)] });
  });
});

describe("rendering", () => {
  it("renders the job summary with thresholds, percentiles per endpoint, statuses, charts and the baseline", async () => {
    const base = run();
    const cur = run({ index: 1, count: 1 }, 30);
    const b = report(base);
    const c = report(cur);
    const cmp = compareBaseline(
      { config: c.config, summary: c.summary, endpointP95Ms: endpointP95(cur) },
      { config: b.config, summary: b.summary, endpointP95Ms: endpointP95(base) },
      DEFAULT_TOLERANCE,
      "run 41 of loadtest.yml",
    );
    const md = renderSummary({ report: c, recorded: cur, baseline: cmp });
    expect(md).toContain("xychart-beta");
    expect(md.split("\n")[0]).toBe("## ❌ Load test failed: p95 latency 213 ms, over the 100 ms limit");
    expect(md).toContain("| p95 latency | < 100 ms | 213 ms | ❌ failed | `http_req_duration: p(95)<100` |");
    // One unit per threshold: a rate limit reads in percent, as its measurement does.
    expect(md).toContain("| failed requests | < 1% | 0.2% | ✅ held | `http_req_failed: rate<0.01` |");
    // The responses add up to the request count, and non-2xx is not a status class of its own.
    expect(md).toContain("| **total** | **2,000** | 4 failed |");
    expect(md).not.toContain("| non-2xx |");
    expect(md).not.toMatch(/scheduling lag|: fail\b/);
    // Charts carry an explicit palette and draw the p95 limit.
    expect(md).toContain('"plotColorPalette":"#2f81f7, #e5534b"');
    expect(md).toContain(`  line [${Array(20).fill(100).join(", ")}]`);
    await expect(md).toMatchFileSnapshot("./__outputs__/summary.md");
  });

  it("writes one JUnit test case per threshold, plus the run and baseline suites", async () => {
    const c = report(run());
    const xml = renderJUnit(c);
    expect(xml.match(/<testcase /g)).toHaveLength(c.thresholds.length + 1);
    expect(xml).toContain('name="http_req_duration: p(95)&lt;100"');
    await expect(xml).toMatchFileSnapshot("./__outputs__/junit.xml");
  });
});
