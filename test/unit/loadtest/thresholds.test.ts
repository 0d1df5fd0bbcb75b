import { describe, expect, it } from "vitest";
import { createRecorded, recordSample, type Sample } from "../../../src/loadtest/core/recorder.js";
import { DEFAULT_THRESHOLDS, evaluateThresholds, parseThresholdLines, parseThresholds, type ThresholdsConfig } from "../../../src/loadtest/core/thresholds.js";

function sample(name: string, latencyMs: number, at: number, extra: Partial<Sample> = {}): Sample {
  return { name, scheduledMs: at, dispatchedMs: at, endMs: at + latencyMs, status: 200, ...extra };
}

/** 1000 requests over 10 s: "home" 1..100 ms (10 each), "login" a constant 300 ms; 5 home requests fail with 503. */
function recorded() {
  const rec = createRecorded();
  for (let i = 0; i < 1000; i++) recordSample(rec, sample("home", (i % 100) + 1, i * 10, i < 5 ? { status: 503, error: "non-2xx" } : {}), 0);
  for (let i = 0; i < 100; i++) recordSample(rec, sample("login", 300, i * 100), 0);
  return rec;
}

function evaluate(config: ThresholdsConfig) {
  const { thresholds, problems } = parseThresholds(config);
  expect(problems).toEqual([]);
  return evaluateThresholds(thresholds, { recorded: recorded(), durationMs: 10_000, warmupMs: 0 });
}

describe("threshold expressions", () => {
  it.each([
    ["http_req_duration", "p(95)<500", true, 300],
    ["http_req_duration", "p(99)<250", false, 300],
    ["http_req_duration", "avg<100", true],
    ["http_req_duration", "med<=56", true, 55],
    ["http_req_duration", "max<300", false, 300],
    ["http_req_duration", "count==1100", true, 1100],
    ["http_req_duration", "p(95)<0.5s", true],
    ["http_req_duration{name:home}", "p(95)<100", true],
    ["http_req_duration{name:home}", "p(50)<50", false],
    ["http_req_duration{endpoint:login}", "min>=299", true],
    ["http_req_failed", "rate<0.01", true],
    ["http_req_failed", "rate<0.1%", false],
    ["http_req_failed{name:login}", "rate==0", true, 0],
    ["http_req_failed", "count<=5", true, 5],
    ["http_reqs", "rate>=100", true, 110],
    ["http_reqs{name:login}", "count==100", true, 100],
    ["availability", "value>=99.9%", false],
    ["availability", ">=99%", true],
    ["availability{name:login}", "value==100", true, 100],
    ["dropped_iterations", "count<1", true, 0],
    ["checks", "rate>0.9", false],
  ] as const)("%s: %s evaluates to %s", (key, expr, ok, actual?: number) => {
    const [r] = evaluate({ [key]: [expr] });
    expect(r?.ok, r?.detail).toBe(ok);
    if (actual !== undefined) expect(r?.actual).toBeCloseTo(actual, 0);
  });

  it("fails a threshold whose metric has no samples instead of letting it pass as k6 does", () => {
    const [r] = evaluate({ "http_req_duration{name:logout}": ["p(95)<500"] });
    expect(r).toMatchObject({ ok: false, detail: 'no samples for request "logout"' });
    const [c] = evaluate({ checks: ["rate>0.9"] });
    expect(c?.ok).toBe(false);
  });

  it("evaluates a windowed p95 in every 10 s window and reports the failing window", () => {
    const rec = createRecorded();
    for (let i = 0; i < 3000; i++) {
      const t = i * 10; // 30 s at 100 req/s
      recordSample(rec, sample("home", t >= 10_000 && t < 20_000 ? 900 : 20, t), 0);
    }
    const { thresholds } = parseThresholds({ http_req_duration: ["p(95)<500 each 10s", "p(95)<950"] });
    const [windowed, whole] = evaluateThresholds(thresholds, { recorded: rec, durationMs: 30_000, warmupMs: 0 });
    expect(windowed?.ok).toBe(false);
    expect(windowed?.detail).toMatch(/window at 10s \(1 of 3 windows fail/);
    expect(whole?.ok).toBe(true);
  });

  it("parses the defaults: p95 < 500 ms, error rate < 0.1 %, availability >= 99.9 %", () => {
    const { thresholds } = parseThresholds(DEFAULT_THRESHOLDS);
    expect(thresholds.map((t) => [t.metric, t.agg, t.op, t.limit])).toEqual([
      ["http_req_duration", "p", "<", 500],
      ["http_req_failed", "rate", "<", 0.001],
      ["availability", "value", ">=", 99.9],
    ]);
  });

  it.each([
    ["http_req_duraton", "p(95)<500", /unknown metric "http_req_duraton"/],
    ["http_req_duration", "p95<500", /not an expression like p\(95\)<500/],
    ["http_req_duration", "rate<0.1", /uses "rate", which http_req_duration does not have/],
    ["http_req_failed", "rate<5", /a rate is a share from 0 to 1.*write 5% if you meant percent/],
    ["http_req_failed", "<0.1", /needs an aggregation/],
    ["http_req_duration", "p(0)<5", /percentile must be above 0/],
    ["http_req_duration{status:200}", "p(95)<5", /only \{name:<request name>\}/],
    ["http_reqs", "count<5 each 10s", /windows.*apply to http_req_duration and http_req_failed only/],
    ["http_req_duration", "p(95)<500 each 1500ms", /whole seconds/],
    ["http_req_duration{name:home}", "p(95)<500 each 10s", /windows .* apply to the whole run/],
  ])("rejects %s: %s with a message that says what to write", (key, expr, message) => {
    const { problems } = parseThresholds({ [key]: [expr] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.key).toBe(key);
    expect(problems[0]?.message).toMatch(message);
  });

  it("reads the thresholds input: metric: expression lines and the availability shorthand", () => {
    const { config, problems } = parseThresholdLines([
      "http_req_duration: p(95)<500",
      "http_req_duration{name:login}: p(99)<800",
      "availability>=99.9%",
      "http_req_duration: p(99)<1500",
    ]);
    expect(problems).toEqual([]);
    expect(config).toEqual({ http_req_duration: ["p(95)<500", "p(99)<1500"], "http_req_duration{name:login}": ["p(99)<800"], availability: [">=99.9%"] });
    expect(parseThresholdLines(["fast please"]).problems[0]?.message).toMatch(/metric: expression/);
  });

  it("accepts the map shorthand of a key carrying its expression, as the parseThresholds docs say, and refuses one with a list too", () => {
    const short = parseThresholds({ "availability>=99.9%": [], "availability{name:login} >= 99%": [] });
    expect(short.problems).toEqual([]);
    expect(short.thresholds.map((t) => [t.key, t.metric, t.endpoint, t.agg, t.op, t.limit])).toEqual([
      ["availability", "availability", undefined, "value", ">=", 99.9],
      ["availability{name:login}", "availability", "login", "value", ">=", 99],
    ]);
    const results = evaluateThresholds(short.thresholds, { recorded: recorded(), durationMs: 10_000, warmupMs: 0 });
    // 5 of the 1100 requests got a 503 (all on "home"): 99.55 % overall, 100 % for login.
    expect(results.map((r) => [r.ok, r.actual])).toEqual([
      [false, (100 * 1095) / 1100],
      [true, 100],
    ]);
    const both = parseThresholds({ "availability>=99.9%": ["value>=99%"] });
    expect(both.thresholds).toEqual([]);
    expect(both.problems[0]).toMatchObject({
      key: "availability>=99.9%",
      message: expect.stringMatching(/carries an expression and a list; write "availability": \[">=99.9%", \.\.\.\]/),
    });
  });
});
