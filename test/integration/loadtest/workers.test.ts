import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { histogramBuckets, percentileMs } from "../../../src/loadtest/core/histogram.js";
import { type PlanOptions, planLoad } from "../../../src/loadtest/core/plan.js";
import type { Scenario } from "../../../src/loadtest/core/scenario.js";
import { runLoadOnWorkers } from "../../../src/loadtest/engine/load-workers.js";
import { type LoadProgress, runLoad } from "../../../src/loadtest/engine/run-load.js";
import { startServer, type TestServer } from "./servers.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function server(o: Parameters<typeof startServer>[0] = {}) {
  const s = await startServer(o);
  servers.push(s);
  return s;
}

function plan(o: Partial<PlanOptions> & { target: string }) {
  const { plan, problems } = planLoad({ allowedHosts: [], env: {}, ...o });
  expect(problems).toEqual([]);
  return plan!;
}

const total = (h: Parameters<typeof histogramBuckets>[0]) => histogramBuckets(h).reduce((a, [, c]) => a + c, 0);

describe("worker threads (workers: N)", () => {
  it("splits the open model over 2 threads: the same requests per endpoint and per second as one thread, and one merged histogram counting every request", async () => {
    const s = await server({ delayMs: 2 });
    const scenario: Scenario = {
      requests: [
        { name: "a", path: "/a", weight: 3 },
        { name: "b", path: "/b" },
      ],
    };
    const p = plan({ target: s.url, rate: "400", durationMs: 2000, scenario, workers: "2" });
    expect(p.workers).toBe(2);
    const r = await runLoadOnWorkers(p);
    expect(r.complete).toBe(true);
    expect(r.recorded.overall.requests).toBe(800);
    expect(s.count).toBe(800);
    expect(r.sent).toBe(800);
    expect(total(r.recorded.overall.latency)).toBe(800);
    expect(r.recorded.overall.latency.totalCount).toBe(800);
    expect(Object.fromEntries(Object.entries(r.recorded.endpoints).map(([k, v]) => [k, v.requests]))).toEqual({ a: 600, b: 200 });
    expect(r.recorded.seconds.map((x) => x.requests)).toEqual([400, 400]);
    expect(r.recorded.dropped).toBe(0);
    expect(percentileMs(r.recorded.overall.latency, 50)).toBeGreaterThanOrEqual(2);
    // The threads started together: nobody was late, nothing was sent in a burst.
    expect(r.lateStartMs).toBeLessThan(50);
    expect(percentileMs(r.recorded.lag, 90)).toBeLessThan(50);
  });

  it("rejects with the thread's failure, naming the thread and the way out, when a worker fails", async () => {
    const p = plan({ target: "http://127.0.0.1:9", rate: "10", durationMs: 1000, workers: "2" });
    const failure = runLoadOnWorkers({ ...p, allowedHosts: ["staging.example.com"] });
    await expect(failure).rejects.toMatchObject({
      code: "internal",
      message: expect.stringMatching(/^Load worker thread [12] of 2 failed: .*target host 127\.0\.0\.1 is not in allowed-hosts/),
      hint: expect.stringMatching(/"workers: 1"/),
    });
  });

  it("splits the closed model's connections over the threads", async () => {
    const s = await server({ delayMs: 5 });
    const r = await runLoadOnWorkers(plan({ target: s.url, connections: 4, durationMs: 1000, workers: "2" }));
    expect(s.maxConcurrent).toBe(4);
    expect(r.recorded.overall.requests).toBeGreaterThan(100);
    expect(r.recorded.overall.latency.totalCount).toBe(r.recorded.overall.requests);
    // Every request sent is in the record, also the first ones, sent the instant the threads start.
    expect(r.sent).toBe(r.recorded.overall.requests);
    expect(s.count).toBe(r.recorded.overall.requests);
  });

  it("logs merged progress lines while the threads run", async () => {
    const s = await server({ delayMs: 1 });
    const seen: LoadProgress[] = [];
    await runLoadOnWorkers(plan({ target: s.url, rate: "200", durationMs: 1600, workers: "2" }), { progressIntervalMs: 500, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    const last = seen.at(-1) as LoadProgress;
    // Both threads' counts are in the line (each alone would show about half), with a p95 from their merged histograms.
    expect(last.requests).toBeGreaterThan(150);
    expect(last.rps).toBeGreaterThan(120);
    expect(last.p95Ms).toBeGreaterThanOrEqual(1);
  });

  it("stops every thread within a second when the signal aborts (SIGINT/SIGTERM) and returns the partial result", async () => {
    const s = await server({ delayMs: 20 });
    const controller = new AbortController();
    let abortedAt = 0;
    const r = await runLoadOnWorkers(plan({ target: s.url, rate: "200", durationMs: 10_000, workers: "2" }), {
      onProgress: () => {
        abortedAt = performance.now();
        controller.abort();
      },
      progressIntervalMs: 400,
      signal: controller.signal,
    });
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect(r).toMatchObject({ complete: false, stopReason: "cancelled" });
    expect(r.recorded.overall.requests).toBeGreaterThan(40);
    expect(r.recorded.overall.latency.totalCount).toBe(r.recorded.overall.requests);
  });

  it("judges abort-on-fail on the threads' merged record and stops them all", async () => {
    const s = await server({ delayMs: 1 });
    const seenCounts: number[] = [];
    const r = await runLoadOnWorkers(plan({ target: s.url, rate: "200", durationMs: 10_000, workers: "2" }), {
      shouldAbort: (rec, measuredMs) => {
        seenCounts.push(rec.overall.requests);
        return measuredMs >= 1000 ? `p95 too high after ${rec.overall.requests} requests` : undefined;
      },
    });
    expect(r).toMatchObject({ complete: false, stopReason: "aborted-on-threshold" });
    expect(r.stopDetail).toMatch(/^p95 too high after \d+ requests$/);
    // The merged record has both threads' requests: ~200 per second, not ~100.
    expect(Math.max(...seenCounts)).toBeGreaterThan(150);
    expect(r.durationMs).toBeLessThan(4000);
  });

  it("stops the other threads when one trips the circuit breaker", async () => {
    const probe = createServer();
    await new Promise<void>((ok) => probe.listen(0, "127.0.0.1", ok));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
    const r = await runLoadOnWorkers(plan({ target: `http://127.0.0.1:${port}`, rate: "200", durationMs: 10_000, workers: "2" }));
    expect(r).toMatchObject({ complete: false, stopReason: "circuit-breaker" });
    expect(r.stopDetail).toMatch(/circuit breaker stopped the run/);
    expect(r.recorded.overall.errors.refused).toBeGreaterThan(0);
    expect(r.durationMs).toBeLessThan(3000);
  });

  it("runs on the calling thread with workers: 1, exactly as runLoad", async () => {
    const s = await server();
    const p = plan({ target: s.url, rate: "100", durationMs: 1000 });
    expect(p.workers).toBe(1);
    const [a, b] = [await runLoadOnWorkers(p), await runLoad(p)];
    expect(a.recorded.overall.requests).toBe(100);
    expect(b.recorded.overall.requests).toBe(100);
  });
});
