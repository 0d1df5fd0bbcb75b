import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, decideStage, judgeCanaryVsStable, judgeTraffic, requestsForEvidence, type Sample } from "../../../src/deploy/core/gates.js";
import {
  activeFreeze,
  evaluateDeployTime,
  formatLocal,
  parseFreezes,
  parseStages,
  parseWeeklyRanges,
  planDurationMs,
  planJobs,
  renderPlan,
} from "../../../src/deploy/core/plan.js";

describe("rollout plans", () => {
  it("parses the stage shorthand", () => {
    expect(parseStages("10%:5m, 50%:10m, 100%")).toEqual({
      stages: [
        { weight: 10, bakeMs: 300_000 },
        { weight: 50, bakeMs: 600_000 },
        { weight: 100, bakeMs: 0 },
      ],
    });
  });

  it.each([
    ["", "no stages"],
    ["10%:5m,50%", "the last stage must be 100%"],
    ["50%:1m,10%:1m,100%", 'stage 2 "10%:1m" does not raise the weight above 50%'],
    ["10:5m,100%", 'stage 1 "10:5m" is not weight%:bake'],
    ["10%:soon,100%", "has a bake time that is not a duration"],
    ["120%", "more than 100%"],
  ])("names what is wrong in %j", (text, problem) => {
    const r = parseStages(text);
    expect("problems" in r && r.problems.join(" ")).toContain(problem);
  });

  it("warns when a plan needs longer than the 6-hour job limit", () => {
    const plan = {
      strategy: "canary" as const,
      stages: [
        { weight: 10, bakeMs: 4 * 3_600_000 },
        { weight: 100, bakeMs: 3 * 3_600_000 },
      ],
      checkIntervalMs: 30_000,
    };
    expect(planDurationMs(plan)).toBe(7 * 3_600_000);
    expect(renderPlan(plan, { stable: "blue", canary: "green" })).toContain("6-hour job limit");
  });

  it("splits a day-long gray release into jobs under the job budget, as the rollout will", () => {
    const h = 3_600_000;
    const plan = {
      strategy: "canary" as const,
      stages: [
        { weight: 1, bakeMs: 2 * h },
        { weight: 10, bakeMs: 3 * h },
        { weight: 50, bakeMs: 8 * h },
        { weight: 100, bakeMs: 0 },
      ],
      checkIntervalMs: 60_000,
    };
    // The 8h stage bakes across jobs: 0.5h in job 1, 5.5h in job 2, the last 2h in job 3.
    expect(planJobs(plan, 5.5 * h)).toEqual([[0, 1, 2], [2], [2, 3]]);
    expect(renderPlan(plan, { stable: "blue", canary: "green" }, 5.5 * h)).toContain(
      "The plan needs 3 jobs under the 5h30m job budget: job 1 stages 1–3, job 2 stage 3, job 3 stages 3–4.",
    );
    // A stage that fits in a whole job waits for the next job at its boundary.
    const fits = {
      ...plan,
      stages: [
        { weight: 10, bakeMs: 4 * h },
        { weight: 50, bakeMs: 4 * h },
        { weight: 100, bakeMs: 0 },
      ],
    };
    expect(planJobs(fits, 5.5 * h)).toEqual([[0], [1, 2]]);
    expect(planJobs({ ...plan, stages: plan.stages.slice(0, 2) }, 5.5 * h)).toEqual([[0, 1]]);
  });
});

describe("deployment freezes", () => {
  const weekend = parseFreezes("fri 15:00 - mon 08:00");
  if ("problems" in weekend) throw new Error("bad fixture");

  it("refuses inside the freeze in the given time zone and says when it opens", () => {
    // Friday 2024-06-07 16:00 in Berlin is 14:00 UTC.
    const f = activeFreeze(new Date("2024-06-07T14:00:00Z"), "Europe/Berlin", weekend.freezes);
    expect(f?.opensInMs).toBe((8 + 48 + 8) * 3_600_000);
    expect(activeFreeze(new Date("2024-06-07T12:00:00Z"), "Europe/Berlin", weekend.freezes)).toBeUndefined();
    expect(activeFreeze(new Date("2024-06-09T12:00:00Z"), "UTC", weekend.freezes)).toBeDefined();
    expect(activeFreeze(new Date("2024-06-10T09:00:00Z"), "UTC", weekend.freezes)).toBeUndefined();
  });
});

describe("gate decisions", () => {
  const t = { ...DEFAULT_THRESHOLDS, minRequests: 100 };
  const s = (outcome: Sample["outcome"], requests = 50): Sample => ({ gate: "g", outcome, detail: outcome, requests, atMs: 0 });

  it("judges traffic against error rate, availability and p95", () => {
    expect(judgeTraffic("g", { requests: 1000, errors: 0, p95Ms: 20 }, t, 0).outcome).toBe("pass");
    expect(judgeTraffic("g", { requests: 100, errors: 5, p95Ms: 20 }, t, 0).detail).toBe(
      "5 errors in 100 requests (5%), p95 20 ms: above 0.1% with 95% confidence",
    );
    expect(judgeTraffic("g", { requests: 100, errors: 0, p95Ms: 900 }, t, 0).detail).toContain("p95 above 500 ms");
    expect(judgeTraffic("g", { requests: 0, errors: 0, p95Ms: undefined }, t, 0).outcome).toBe("no-data");
  });

  it("rolls back at once on a clear breach", () => {
    expect(decideStage([s("pass"), s("fail")], t, false, false).action).toBe("rollback");
  });

  it("never counts no-data or errors as passing, and rolls back after too many in a row", () => {
    expect(decideStage([s("no-data"), s("error")], t, true, false).action).toBe("wait");
    expect(decideStage([s("no-data"), s("error"), s("no-data")], t, true, false).action).toBe("rollback");
  });

  it("promotes only with enough evidence, and rolls back when the evidence never comes", () => {
    const c = (requests: number, errors = 0): Sample => ({ gate: "g", outcome: "pass", detail: "", requests, errors, atMs: 0 });
    expect(decideStage([c(40)], t, true, false)).toMatchObject({ action: "wait", reason: "gathering evidence: 40 of 100 samples" });
    expect(decideStage([c(60), c(60)], t, true, false)).toMatchObject({ action: "promote", reason: "within 0.1% over 120 samples" });
    expect(decideStage([c(40)], t, true, true)).toMatchObject({
      action: "rollback",
      notEnoughSamples: true,
      reason: "not enough evidence to promote: 40 of 100 samples",
    });
    expect(requestsForEvidence(0.001)).toBe(3000);
  });

  it("takes the evidence from the best single gate, not the sum of gates that saw the same requests", () => {
    const g = (gate: string, requests: number): Sample => ({ gate, outcome: "pass", detail: "", requests, errors: 0, atMs: 0 });
    expect(decideStage([g("http probe", 60), g("haproxy green", 60)], t, true, false)).toMatchObject({
      action: "wait",
      reason: "gathering evidence: 60 of 100 samples",
    });
    expect(decideStage([g("http probe", 60), g("haproxy green", 60), g("http probe", 60)], t, true, false)).toMatchObject({
      action: "promote",
      reason: "within 0.1% over 120 samples",
    });
  });
});

describe("deployment windows and freezes, in a time zone", () => {
  const ranges = (text: string) => {
    const r = parseWeeklyRanges(text);
    if ("problems" in r) throw new Error(r.problems.join("; "));
    return r.ranges;
  };

  it("reads daily spans over a list of days, past midnight too", () => {
    expect(ranges("mon-wed 09:00-16:00").map((r) => [r.fromMin, r.toMin])).toEqual([
      [1 * 1440 + 540, 1 * 1440 + 960],
      [2 * 1440 + 540, 2 * 1440 + 960],
      [3 * 1440 + 540, 3 * 1440 + 960],
    ]);
    expect(ranges("daily 22:00-06:00")).toHaveLength(7);
    expect(ranges("sat 22:00-06:00")[0]).toMatchObject({ fromMin: 6 * 1440 + 1320, toMin: 6 * 1440 + 1440 + 360 });
  });

  it.each(["someday", "mon 25:00 - tue 08:00", "funday 09:00-16:00", "mon-fri 09:00-09:00"])("names %j as not a weekly range", (text) => {
    const r = parseWeeklyRanges(text, "window");
    expect("problems" in r && r.problems[0]).toContain(`"${text}" is not a weekly window`);
  });

  it("refuses outside the window and says when the next one opens, in local time", () => {
    const windows = ranges("mon-thu 09:00-16:00");
    // Friday 2024-06-07 10:00 in Berlin (08:00Z): the next window is Monday 09:00 Berlin = 07:00Z.
    const r = evaluateDeployTime(new Date("2024-06-07T08:00:00Z"), "Europe/Berlin", [], windows);
    expect(r).toEqual({ allowed: false, because: { kind: "window", text: "mon-thu 09:00-16:00" }, opensAt: new Date("2024-06-10T07:00:00Z") });
    expect(evaluateDeployTime(new Date("2024-06-10T07:30:00Z"), "Europe/Berlin", [], windows)).toEqual({ allowed: true });
    expect(formatLocal(new Date("2024-06-10T07:00:00Z"), "Europe/Berlin")).toBe("Mon 2024-06-10 09:00 Europe/Berlin");
  });

  it("gives the real opening instant across a daylight-saving change", () => {
    // Berlin moves from UTC+1 to UTC+2 at 02:00 on Sunday 2024-03-31: Sunday 08:00 local is 06:00Z, not 07:00Z.
    const f = ranges("sat 00:00 - sun 08:00");
    const r = evaluateDeployTime(new Date("2024-03-30T11:00:00Z"), "Europe/Berlin", f);
    expect(r).toMatchObject({ allowed: false, because: { kind: "freeze" }, opensAt: new Date("2024-03-31T06:00:00Z") });
    // And back: on Sunday 2024-10-27 Berlin returns to UTC+1, so Monday 08:00 local is 07:00Z.
    const weekend = ranges("fri 15:00 - mon 08:00");
    const back = evaluateDeployTime(new Date("2024-10-25T14:00:00Z"), "Europe/Berlin", weekend);
    expect(back).toMatchObject({ opensAt: new Date("2024-10-28T07:00:00Z") });
  });

  it("skips a window that a freeze covers, and says when none opens", () => {
    const windows = ranges("fri 09:00-17:00; mon 09:00-17:00");
    const freeze = ranges("fri 00:00 - sun 23:59");
    const r = evaluateDeployTime(new Date("2024-06-06T20:00:00Z"), "UTC", freeze, windows);
    expect(r).toMatchObject({ opensAt: new Date("2024-06-10T09:00:00Z") });
    const never = evaluateDeployTime(new Date("2024-06-06T20:00:00Z"), "UTC", ranges("daily 00:00-24:00"), windows);
    expect(never).toMatchObject({ allowed: false, opensAt: undefined });
  });
});

describe("the haproxy-stats gate: canary against stable", () => {
  const t = { ...DEFAULT_THRESHOLDS };
  it.each([
    ["a healthy canary", { requests: 100, errors: 0 }, { requests: 900, errors: 0 }, "pass"],
    ["5 % canary errors on a clean stable", { requests: 100, errors: 5 }, { requests: 900, errors: 0 }, "fail"],
    ["a small canary sample with errors", { requests: 20, errors: 1 }, { requests: 180, errors: 0 }, "fail"],
    ["both failing alike (not the new version)", { requests: 100, errors: 5 }, { requests: 900, errors: 45 }, "error"],
    ["both failing, the canary far worse", { requests: 200, errors: 40 }, { requests: 900, errors: 18 }, "fail"],
    ["no canary traffic", { requests: 0, errors: 0 }, { requests: 900, errors: 0 }, "no-data"],
    ["no stable traffic (after a blue-green switch)", { requests: 100, errors: 5 }, { requests: 0, errors: 0 }, "fail"],
  ])("judges %s as %s", (_n, canary, stable, outcome) => {
    const s = judgeCanaryVsStable("haproxy green", canary, stable, t, 0);
    expect(s.outcome).toBe(outcome);
    if (canary.requests > 0) expect(s.detail).toMatch(/^canary \d+ errors? in \d+ requests? \([\d.]+%\), stable /);
  });

  it("counts no-data and errors in a row per gate, not across gates", () => {
    const g = (gate: string, outcome: Sample["outcome"]): Sample => ({ gate, outcome, detail: outcome, requests: 10, atMs: 0 });
    const samples = [g("http", "pass"), g("haproxy", "error"), g("http", "pass"), g("haproxy", "error"), g("http", "pass"), g("haproxy", "no-data")];
    expect(decideStage(samples, { ...t, minRequests: 1000 }, false, false)).toMatchObject({
      action: "rollback",
      reason: expect.stringMatching(/^3 checks in a row/),
    });
    expect(decideStage(samples.slice(0, 4), { ...t, minRequests: 1000 }, false, false).action).toBe("wait");
  });

  it("rolls back only after failure-limit checks that fail on their own (latency, Prometheus, command)", () => {
    const f: Sample = { gate: "http", outcome: "fail", detail: "x", requests: 10, errors: 0, failsAlone: true, atMs: 0 };
    expect(decideStage([f], { ...t, failureLimit: 2 }, false, false).action).toBe("wait");
    expect(decideStage([f, f], { ...t, failureLimit: 2 }, false, false).action).toBe("rollback");
  });
});

describe("pooled evidence per stage", () => {
  const t = { ...DEFAULT_THRESHOLDS, minRequests: 200 };
  const probe = (requests: number, errors: number): Sample => ({ gate: "http probe", outcome: "pass", detail: "", requests, errors, atMs: 0 });

  it("breaches on 1 error in 2 requests at 0.1 %, before the bake ends, stating counts and bounds", () => {
    const d = decideStage([probe(2, 1)], t, false, false);
    expect(d.action).toBe("rollback");
    expect(d.reason).toBe("http probe saw 1 error in 2 requests (50%); the 95% lower bound 12.1% is above the 0.1% limit");
  });

  it("does not roll back on 1 error in 500, and does not promote it either: it extends, then ends as not-enough-samples", () => {
    const samples = [probe(250, 1), probe(250, 0)];
    expect(decideStage(samples, t, false, false).action).toBe("wait");
    const extended = decideStage(samples, t, true, false);
    expect(extended.action).toBe("wait");
    expect(extended.reason).toMatch(/^gathering evidence: http probe: 1 error in 500 requests \(0\.2%\).*over the bound, not yet proven$/);
    expect(decideStage(samples, t, true, true)).toMatchObject({ action: "rollback", notEnoughSamples: true });
  });

  it("pools the checks of a stage: no single 20-request check proves a 5 % bound breached, three of them together do", () => {
    const loose = { ...t, errorRateMax: 0.05, availabilityMin: 0 };
    const one = probe(20, 2);
    expect(decideStage([one], loose, false, false).action).toBe("wait");
    expect(decideStage([one, one, one], loose, false, false).action).toBe("rollback");
  });

  it("promotes the flags-only example: 10 healthy checks of 20 probe requests in a 20 s bake at 2 s", () => {
    const checks = Array.from({ length: 10 }, () => probe(20, 0));
    expect(decideStage(checks, t, true, false)).toMatchObject({ action: "promote", reason: "within 0.1% over 200 samples" });
  });

  it("does not blame the canary for an outage stable shares, and never promotes through it", () => {
    const shared: Sample = {
      gate: "haproxy green",
      outcome: "error",
      detail: "",
      requests: 100,
      errors: 10,
      stable: { requests: 900, errors: 90 },
      atMs: 0,
    };
    const d = decideStage([shared], { ...t, minRequests: 0 }, true, true);
    expect(d.action).toBe("rollback");
    expect(d.reason).toMatch(/both versions fail/);
    expect(d.evidence[0]).toMatchObject({ verdict: "shared", stable: { requests: 900, errors: 90 } });
  });
});
