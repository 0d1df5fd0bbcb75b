// Child process for the bench: runs one shipline load plan and prints a JSON line with the figures.
// Usage: node --import tsx bench/loadtest/drive.ts '<PlanOptions JSON>'
import { percentileMs } from "../../src/loadtest/core/histogram.js";
import { planLoad, type PlanOptions } from "../../src/loadtest/core/plan.js";
import { runLoad } from "../../src/loadtest/engine/run-load.js";

const options = JSON.parse(process.argv[2] ?? "{}") as Partial<PlanOptions>;
const { plan, problems } = planLoad({ allowedHosts: [], env: {}, ...options });
if (!plan) {
  console.error(JSON.stringify(problems));
  process.exit(2);
}
const started = performance.now();
const r = await runLoad(plan);
const elapsedMs = performance.now() - started;
const o = r.recorded.overall;
console.log(
  JSON.stringify({
    requests: o.requests,
    rps: o.requests / (r.durationMs / 1000),
    elapsedMs,
    errors: o.failed,
    dropped: r.recorded.dropped,
    p50: percentileMs(o.latency, 50),
    p95: percentileMs(o.latency, 95),
    p99: percentileMs(o.latency, 99),
    max: o.latency.maxValue / 1000,
    lagP99: percentileMs(r.recorded.lag, 99),
    statusCodes: o.statusCodes,
    secondsP95: r.recorded.seconds.map((x) => percentileMs(x.latency, 95)),
    secondsP99: r.recorded.seconds.map((x) => percentileMs(x.latency, 99)),
    errorSamples: r.errorSamples,
  }),
);
