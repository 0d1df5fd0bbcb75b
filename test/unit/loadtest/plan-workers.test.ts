import { describe, expect, it } from "vitest";
import { planLoad, planWorkerShares } from "../../../src/loadtest/core/plan.js";
import { createRecorded, recordDropped, recordSample } from "../../../src/loadtest/core/recorder.js";
import { arrivalTimeMs, shardArrivals } from "../../../src/loadtest/core/schedule.js";
import { computeVerdict } from "../../../src/loadtest/core/verdict.js";

const base = { target: "http://127.0.0.1:8080", allowedHosts: [], env: {} };

describe("workers input", () => {
  it.each([
    [{ rate: "1000" }, undefined, 1, 1],
    [{ rate: "1000" }, "3", 8, 3],
    [{ rate: "50000" }, "auto", 8, 3], // one per 20 000 req/s
    [{ rate: "50000" }, "auto", 2, 2], // at most one per core
    [{ rate: "50000", shard: "2/4" }, "auto", 8, 1], // the shard's own rate counts: 12 500 req/s
    [{ rate: "100" }, "AUTO", 8, 1],
    [{ connections: 3 }, "auto", 8, 3], // at most one per connection
  ] as const)("plans %j with workers %s on %i cores as %i threads", (o, workers, cores, expected) => {
    const { plan, problems } = planLoad({ ...base, ...o, workers, availableCores: cores });
    expect(problems).toEqual([]);
    expect(plan?.workers).toBe(expected);
  });

  it.each([
    ["0", /must be a whole number of threads from 1 to 64, or auto .*; got "0"/],
    ["65", /from 1 to 64/],
    ["two", /got "two"/],
    ["1.5", /got "1\.5"/],
  ])('refuses workers "%s", naming the input and the accepted form', (workers, message) => {
    const { plan, problems } = planLoad({ ...base, rate: "100", workers });
    expect(plan).toBeUndefined();
    expect(problems).toEqual([{ input: "workers", message: expect.stringMatching(message) }]);
  });

  it("refuses more workers than the closed model's connections", () => {
    const { problems } = planLoad({ ...base, connections: 4, shard: "1/2", workers: "3" });
    expect(problems).toEqual([
      { input: "workers", message: "is 3, more than the 2 connections this generator keeps open; use at most one worker per connection" },
    ]);
  });
});

describe("planWorkerShares", () => {
  it("gives the workers of shard 2/3 exactly that shard's arrivals, each arrival once, with the caps divided", () => {
    const { plan } = planLoad({ ...base, rate: "90", durationMs: 2000, shard: "2/3", workers: "4", maxRequests: 1000 });
    const shares = planWorkerShares(plan!);
    expect(shares.map((s) => s.shard)).toEqual([
      { index: 2, count: 12 },
      { index: 5, count: 12 },
      { index: 8, count: 12 },
      { index: 11, count: 12 },
    ]);
    expect(shares.map((s) => s.workers)).toEqual([1, 1, 1, 1]);
    expect(shares.map((s) => s.maxRequests)).toEqual([250, 250, 250, 250]);
    const profile = (plan!.model as { profile: Parameters<typeof arrivalTimeMs>[0] }).profile;
    const arrivalsOf = (shard: { index: number; count: number }) => {
      const { first, stride } = shardArrivals(shard);
      const out: number[] = [];
      for (let i = first; arrivalTimeMs(profile, i) !== undefined; i += stride) out.push(i);
      return out;
    };
    const union = shares.flatMap((s) => arrivalsOf(s.shard)).sort((a, b) => a - b);
    expect(union).toEqual(arrivalsOf(plan!.shard));
    expect(union).toHaveLength(60);
  });

  it("splits the closed model's connections as evenly as they go", () => {
    const { plan } = planLoad({ ...base, connections: 10, workers: "3" });
    expect(planWorkerShares(plan!).map((s) => (s.model as { connections: number }).connections)).toEqual([4, 3, 3]);
  });
});

describe("late-start drops in the verdict", () => {
  it("names both causes of drops and tells the user to set start-at further ahead", () => {
    const rec = createRecorded();
    for (let i = 0; i < 990; i++) recordSample(rec, { name: "a", scheduledMs: i, dispatchedMs: i, endMs: i + 1, status: 200 }, 0);
    for (let i = 0; i < 8; i++) recordDropped(rec, i, 0, "late-start");
    for (let i = 0; i < 2; i++) recordDropped(rec, 500 + i, 0);
    recordDropped(rec, 5, 10, "late-start"); // in the warm-up: not counted
    expect(rec).toMatchObject({ dropped: 10, lateStartDropped: 8 });
    const v = computeVerdict({ recorded: rec, durationMs: 1000, warmupMs: 0, thresholds: [], isOpenModel: true, complete: true });
    expect(v.verdict).toBe("inconclusive");
    expect(v.reasons).toEqual([
      "the generator dropped 10 of 1000 arrivals (1%): 2 because max-in-flight was reached (raise max-in-flight or shard the load); 8 because a generator started after start-at and skipped the arrivals whose time had passed (set start-at further ahead so every shard is ready)",
    ]);
  });
});
