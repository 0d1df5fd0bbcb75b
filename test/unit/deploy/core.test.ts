import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS, decideStage, judgeTraffic, requestsForEvidence, type Sample } from "../../../src/deploy/core/gates.js";
import { activeFreeze, parseFreezes, parseStages, planDurationMs, renderPlan } from "../../../src/deploy/core/plan.js";

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
    expect(judgeTraffic("g", { requests: 100, errors: 5, p95Ms: 20 }, t, 0).detail).toContain("error rate above 0.10 %");
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
    expect(decideStage([s("pass", 40)], t, true, false)).toEqual({ action: "wait", reason: "gathering evidence: 40 of 100 request(s)" });
    expect(decideStage([s("pass", 60), s("pass", 60)], t, true, false).action).toBe("promote");
    expect(decideStage([s("pass", 40)], t, true, true).action).toBe("rollback");
    expect(requestsForEvidence(0.001)).toBe(3000);
  });
});
