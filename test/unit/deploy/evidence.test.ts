import { describe, expect, it } from "vitest";
import { formatRate, isSignificantlyWorse, judgeEvidence, samplesDeliveredInBake, wilsonInterval } from "../../../src/deploy/core/evidence.js";

describe("error-rate evidence (one-sided 95 % Wilson score interval)", () => {
  it("breaches at 0.1 % on 1 error in 2 requests, but not yet on 1 in 500", () => {
    expect(wilsonInterval({ requests: 2, errors: 1 }).lower).toBeCloseTo(0.1209, 3);
    expect(judgeEvidence("http probe", { requests: 2, errors: 1 }, undefined, 0.001).verdict).toBe("breach");
    expect(wilsonInterval({ requests: 500, errors: 1 }).lower).toBeCloseTo(0.000446, 5);
    expect(judgeEvidence("http probe", { requests: 500, errors: 1 }, undefined, 0.001).verdict).toBe("unproven");
  });

  it("passes a clean pool and keeps the bounds inside [0, 1]", () => {
    const e = judgeEvidence("http probe", { requests: 200, errors: 0 }, undefined, 0.001);
    expect(e).toMatchObject({ verdict: "within", rate: 0, lower: 0 });
    expect(e.upper).toBeGreaterThan(0);
    expect(e.upper).toBeLessThan(0.02);
    expect(wilsonInterval({ requests: 0, errors: 0 })).toEqual({ lower: 0, upper: 1 });
    expect(wilsonInterval({ requests: 10, errors: 10 }).upper).toBe(1);
  });

  it("does not blame the canary for an outage stable shares, but does when the canary is clearly worse", () => {
    expect(judgeEvidence("haproxy green", { requests: 100, errors: 20 }, { requests: 900, errors: 180 }, 0.001).verdict).toBe("shared");
    expect(judgeEvidence("haproxy green", { requests: 100, errors: 20 }, { requests: 900, errors: 0 }, 0.001).verdict).toBe("breach");
    expect(isSignificantlyWorse({ requests: 100, errors: 20 }, { requests: 900, errors: 180 })).toBe(false);
    expect(isSignificantlyWorse({ requests: 100, errors: 5 }, { requests: 900, errors: 0 })).toBe(true);
    expect(isSignificantlyWorse({ requests: 0, errors: 0 }, { requests: 900, errors: 0 })).toBe(false);
  });

  it("states what the probes deliver in a bake (the default min-samples)", () => {
    expect(samplesDeliveredInBake(20_000, 2_000, 20)).toBe(200);
    expect(samplesDeliveredInBake(2_000, 3_000, 20)).toBe(20);
  });

  it("prints a rate one way", () => {
    expect([0.001, 0.05, 0.125, 0.000446, 0, 1].map(formatRate)).toEqual(["0.1%", "5%", "12.5%", "0.0446%", "0%", "100%"]);
  });
});
