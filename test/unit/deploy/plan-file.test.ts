import { describe, expect, it } from "vitest";
import { parsePlanFile } from "../../../src/deploy/core/plan-file.js";
import { parseDataText } from "../../../src/kernel/files.js";

const defaults = { checkIntervalMs: 30_000, previewMs: 60_000, bakeMs: 600_000 };
const parse = (yaml: string) => {
  const f = parseDataText("deploy.yml", "/x/deploy.yml", yaml);
  return parsePlanFile(f.data, defaults, (p) => f.lineOf(p));
};

describe("plan files (YAML validated with a zod schema)", () => {
  it("reads canary stages as a list with percent and duration forms", () => {
    expect(parse("check-interval: 2s\nstages:\n  - { weight: 10%, bake: 5m }\n  - { weight: 50, bake: 90 }\n  - weight: 100%\n")).toEqual({
      plan: {
        strategy: "canary",
        checkIntervalMs: 2000,
        stages: [
          { weight: 10, bakeMs: 300_000 },
          { weight: 50, bakeMs: 90_000 },
          { weight: 100, bakeMs: 0 },
        ],
      },
    });
  });

  it("keeps a per-stage check interval and refuses one below 200 ms at its line", () => {
    const r = parse("stages:\n  - { weight: 10%, bake: 1h, check-interval: 1m }\n  - { weight: 100%, check-interval: 100ms }\n");
    expect(r).toEqual({
      problems: [{ key: "stages.1.check-interval", line: 3, message: "must be at least 200ms; got 100ms" }],
    });
    const ok = parse("stages:\n  - { weight: 10%, bake: 1h, check-interval: 1m }\n  - weight: 100%\n");
    expect(ok).toMatchObject({
      plan: {
        stages: [
          { weight: 10, bakeMs: 3_600_000, checkIntervalMs: 60_000 },
          { weight: 100, bakeMs: 0 },
        ],
      },
    });
  });

  it("accepts the shorthand string for stages and takes the check interval from the inputs", () => {
    expect(parse('stages: "10%:20s, 100%"\n')).toEqual({
      plan: {
        strategy: "canary",
        checkIntervalMs: 30_000,
        stages: [
          { weight: 10, bakeMs: 20_000 },
          { weight: 100, bakeMs: 0 },
        ],
      },
    });
  });

  it("builds blue-green as a 0 % preview then the switch, with file times over the defaults", () => {
    expect(parse("strategy: blue-green\npreview-time: 30s\n")).toEqual({
      plan: {
        strategy: "blue-green",
        checkIntervalMs: 30_000,
        stages: [
          { weight: 0, bakeMs: 30_000 },
          { weight: 100, bakeMs: 600_000 },
        ],
      },
    });
  });

  it("reads thresholds for every gate and per gate, in the file's units", () => {
    const r = parse(
      [
        "stages: '10%:5m, 100%'",
        "thresholds:",
        "  error-rate-max: 0.5%",
        "  p95-max: 300ms",
        "  min-requests: 400",
        "  failure-limit: 2",
        "gates:",
        "  http: { p95-max: 1s, status: 200, body-match: ok }",
        "  haproxy-stats: { error-rate-max: 1% }",
        "  prometheus: { threshold: '< 0.02' }",
        "",
      ].join("\n"),
    );
    expect(r).toMatchObject({
      plan: {
        thresholds: { errorRateMax: 0.005, p95MaxMs: 300, minRequests: 400, failureLimit: 2 },
        gates: {
          http: { p95MaxMs: 1000, expectStatus: 200, bodyMatch: "ok" },
          "haproxy-stats": { errorRateMax: 0.01 },
          prometheus: { threshold: "< 0.02" },
        },
      },
    });
    expect("plan" in r && r.plan.thresholds && "availabilityMin" in r.plan.thresholds).toBe(false);
  });

  it.each([
    [
      "a bad duration, by key and line",
      "stages:\n  - weight: 10%\n    bake: 5 minutes\n  - weight: 100%\n",
      "stages.0.bake",
      3,
      /duration like 90s.*"5 minutes"/,
    ],
    ["a weight over 100 %", "stages:\n  - weight: 150%\n", "stages.0.weight", 2, /percentage from 0 to 100.*"150%"/],
    ["an unknown key, listing the known ones", "stages: '100%'\nbake: 5m\n", "bake", 2, /unknown key "bake"; known: strategy, check-interval, stages/],
    [
      "weights that do not rise",
      "stages:\n  - weight: 50%\n  - weight: 20%\n  - weight: 100%\n",
      "stages.1.weight",
      3,
      /20% does not raise the weight above 50%/,
    ],
    ["a last stage below 100 %", "stages:\n  - weight: 50%\n", "stages.0.weight", 2, /last stage must be 100%/],
    ["a missing stages list for canary", "strategy: canary\n", "stages", undefined, /required for canary/],
    ["a check interval below 200 ms", "check-interval: 50ms\nstages: '100%'\n", "check-interval", 1, /at least 200ms; got 50ms/],
    ["stages with blue-green", "strategy: blue-green\nstages: '100%'\n", "stages", 2, /is for canary/],
    ["an unknown strategy", "strategy: linear\nstages: '100%'\n", "strategy", 1, /canary|blue-green/],
    [
      "an unknown gate setting, listing that gate's keys",
      "stages: '100%'\ngates:\n  http:\n    p99-max: 1s\n",
      "gates.http.p99-max",
      4,
      /unknown key "p99-max"; known: error-rate-max, p95-max, availability-min, status, body-match/,
    ],
    [
      "an unknown gate",
      "stages: '100%'\ngates:\n  datadog: {}\n",
      "gates.datadog",
      3,
      /unknown key "datadog"; known: http, haproxy-stats, loadtest, prometheus/,
    ],
    ["a failure limit of 0", "stages: '100%'\nthresholds:\n  failure-limit: 0\n", "thresholds.failure-limit", 3, /too small|>=1/i],
    ["an error rate over 100 %", "stages: '100%'\nthresholds:\n  error-rate-max: 120%\n", "thresholds.error-rate-max", 3, /percentage from 0 to 100/],
  ])("reports %s", (_name, yaml, key, line, message) => {
    const r = parse(yaml);
    expect("problems" in r).toBe(true);
    if (!("problems" in r)) return;
    const p = r.problems.find((x) => x.key === key);
    expect(p, JSON.stringify(r.problems)).toBeDefined();
    expect(p?.line).toBe(line);
    expect(p?.message).toMatch(message);
  });
});
