// Child process for the bench: runs one shipline load plan and prints a JSON line with the figures.
// Usage: node --import tsx bench/loadtest/drive.ts '<PlanOptions JSON, plus startAtMs and histograms: true>'
// With "histograms": true the line also carries the encoded HDR histograms (as in the JSON report),
// for the shard-merge case to merge with the same code `shipline loadtest merge` uses.
import { percentileMs } from "../../src/loadtest/core/histogram.js";
import { planLoad, type PlanOptions } from "../../src/loadtest/core/plan.js";
import { encodeRecorded } from "../../src/loadtest/core/report.js";
import { runLoadOnWorkers } from "../../src/loadtest/engine/load-workers.js";

const { startAtMs, histograms, ...options } = JSON.parse(process.argv[2] ?? "{}") as Partial<PlanOptions> & { startAtMs?: number; histograms?: boolean };
const { plan, problems } = planLoad({ allowedHosts: [], env: {}, ...options });
if (!plan) {
  console.error(JSON.stringify(problems));
  process.exit(2);
}
const started = performance.now();
const r = await runLoadOnWorkers(plan, { startAtMs });
const elapsedMs = performance.now() - started;
const o = r.recorded.overall;
console.log(
  JSON.stringify({
    requests: o.requests,
    rps: o.requests / (r.durationMs / 1000),
    elapsedMs,
    errors: o.failed,
    dropped: r.recorded.dropped,
    lateStartMs: r.lateStartMs,
    p50: percentileMs(o.latency, 50),
    p95: percentileMs(o.latency, 95),
    p99: percentileMs(o.latency, 99),
    max: o.latency.maxValue / 1000,
    lagP99: percentileMs(r.recorded.lag, 99),
    statusCodes: o.statusCodes,
    secondsP95: r.recorded.seconds.map((x) => percentileMs(x.latency, 95)),
    secondsP99: r.recorded.seconds.map((x) => percentileMs(x.latency, 99)),
    errorSamples: r.errorSamples,
    ...(histograms ? { histograms: encodeRecorded(r.recorded) } : {}),
  }),
);
