import { describe, expect, it } from "vitest";
import {
  arrivalsBefore,
  arrivalTimeMs,
  parseRate,
  parseShard,
  planRequestCycle,
  type RateProfile,
  totalArrivals,
} from "../../../src/loadtest/core/schedule.js";

function allArrivals(p: RateProfile, first = 0, stride = 1): number[] {
  const out: number[] = [];
  for (let i = first; ; i += stride) {
    const t = arrivalTimeMs(p, i);
    if (t === undefined) return out;
    out.push(t);
  }
}

describe("arrival schedules", () => {
  it("spaces a constant rate evenly: 2000 req/s for 1.5 s is 3000 arrivals, 0.5 ms apart", () => {
    const p: RateProfile = { kind: "constant", rate: 2000, durationMs: 1500 };
    const a = allArrivals(p);
    expect(a).toHaveLength(3000);
    expect(totalArrivals(p)).toBe(3000);
    expect(a[1]).toBeCloseTo(0.5, 9);
    expect(a.at(-1)).toBeCloseTo(1499.5, 9);
  });

  it("ramps linearly: 0 → 100 req/s over 10 s then 100 for 5 s gives 500 + 500 arrivals with times on the integral", () => {
    const p: RateProfile = {
      kind: "ramp",
      startRate: 0,
      stages: [
        { durationMs: 10_000, target: 100 },
        { durationMs: 5_000, target: 100 },
      ],
    };
    const a = allArrivals(p);
    expect(a).toHaveLength(1000);
    expect(totalArrivals(p)).toBe(1000);
    // cumulative(t) = 5 t^2 in the first stage: arrival 125 at t = 5 s.
    expect(arrivalTimeMs(p, 125)).toBeCloseTo(5000, 6);
    for (const i of [10, 300, 499, 500, 777]) expect(arrivalsBefore(p, arrivalTimeMs(p, i) as number)).toBeCloseTo(i, 6);
    expect(a.every((t, i) => i === 0 || t > (a[i - 1] as number))).toBe(true);
  });

  it("gives each of N shards every N-th arrival, so together they are exactly the single run's schedule", () => {
    const p: RateProfile = {
      kind: "ramp",
      startRate: 50,
      stages: [
        { durationMs: 3000, target: 400 },
        { durationMs: 2000, target: 0 },
      ],
    };
    const single = allArrivals(p);
    const shards = [0, 1, 2, 3].map((k) => allArrivals(p, k, 4));
    expect(shards.flat().sort((a, b) => a - b)).toEqual(single);
  });

  it("spreads weighted requests evenly (smooth weighted round-robin)", () => {
    expect(planRequestCycle([3, 1])).toEqual([0, 0, 1, 0]);
    const cycle = planRequestCycle([5, 2, 1]);
    expect(cycle).toHaveLength(8);
    expect(cycle.filter((x) => x === 0)).toHaveLength(5);
  });
});

describe("rate and shard inputs", () => {
  it.each([
    ["200", undefined, 200],
    ["10x", 120, 1200],
    ["2.5x", 40, 100],
  ] as const)("reads rate %s with baseline %s as %s req/s", (raw, base, want) => {
    expect(parseRate(raw, base)).toBe(want);
  });

  it("explains a multiple without baseline-rps, and nonsense", () => {
    expect(parseRate("10x", undefined)).toMatch(/"baseline-rps" is not set/);
    expect(parseRate("fast", 10)).toMatch(/like 200, or a multiple of baseline-rps like 10x; got "fast"/);
  });

  it("reads shard k/N and rejects k outside 1..N", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("")).toEqual({ index: 1, count: 1 });
    expect(parseShard("5/4")).toMatch(/1 <= k <= N/);
    expect(parseShard("two")).toMatch(/k\/N like 2\/4/);
  });
});
