/** The `loadtest` command's inputs and outputs. */
import type { CommandSpec } from "../kernel/command.js";
import { githubTokenInput } from "../kernel/common-inputs.js";
// Every bundle that carries this spec also carries the worker threads' entry in its main file, which
// is what a worker imports (`workers: N`); see worker-entry.ts.
import "./worker-entry.js";

export const loadtestInputs = {
  mode: {
    kind: "enum",
    values: ["run", "merge"],
    default: "run",
    description: "run: drive load (optionally as one shard of a matrix). merge: merge the shard reports named in reports and evaluate thresholds once.",
  },
  target: { kind: "string", description: "Base URL of the system under test, e.g. https://staging.example.com (or target: in the scenario file)." },
  config: { kind: "path", description: "Scenario file (YAML or JSON, schema: schema/loadtest-scenario.schema.json) with requests, load model and thresholds." },
  rate: {
    kind: "string",
    description: "Open model: arrival rate in requests per second, or a multiple of baseline-rps like 10x. Overrides the scenario file.",
  },
  "baseline-rps": { kind: "number", min: 0, description: "Normal production traffic in req/s, the base of rate: 10x." },
  duration: { kind: "duration", min: 1000, description: "How long to measure, after the warm-up (default 30s, or load.duration in the scenario file)." },
  connections: { kind: "integer", min: 1, max: 10000, description: "Closed model: this many connections, each sending back to back (instead of a rate)." },
  "warm-up": { kind: "duration", description: "Send load this long before measuring; excluded from every statistic." },
  timeout: { kind: "duration", min: 1, description: "Per-request timeout (default 10s)." },
  workers: {
    kind: "string",
    default: "1",
    description:
      "Worker threads for this generator when one core cannot hold the rate: each takes 1/N of the arrivals (or connections) from one shared start, and their histograms merge exactly. auto: one per 20000 req/s, at most one per core.",
  },
  "max-in-flight": {
    kind: "integer",
    min: 1,
    // The same bound as load.max-in-flight in the scenario file: each slot is a pending request.
    max: 100000,
    description: "Open model: at most this many requests in flight; arrivals beyond it are dropped and counted (default 10000).",
  },
  thresholds: {
    kind: "list",
    description:
      "k6-style thresholds, one per line: http_req_duration: p(95)<500, http_req_failed: rate<0.001, availability>=99.9%, http_req_duration{name:login}: p(99)<800, http_req_duration: p(95)<500 each 10s. Defaults: p95 < 500 ms, error rate < 0.1 %, availability >= 99.9 %.",
  },
  "abort-on-fail": { kind: "boolean", default: "false", description: "Stop the run early when a threshold fails (after abort-grace)." },
  "abort-grace": { kind: "duration", default: "10s", description: "With abort-on-fail: measure at least this long before judging." },
  "min-samples": { kind: "integer", min: 1, default: "100", description: "Fewer measured requests than this make the verdict inconclusive." },
  "fail-on-inconclusive": {
    kind: "boolean",
    default: "true",
    description: "Fail the step when the verdict is inconclusive (generator-bound, too few samples, stopped early).",
  },
  "allowed-hosts": { kind: "list", description: "Hosts the test may send traffic to (example.com, *.example.com, host:port). Defaults to the target's host." },
  "max-duration": { kind: "duration", default: "30m", description: "Hard cap on the run's length (warm-up included); longer plans are refused." },
  "max-requests": {
    kind: "integer",
    min: 1,
    default: "10000000",
    description: "Hard cap on requests per generator; larger plans are refused and the run stops there.",
  },
  "circuit-breaker": {
    kind: "percent",
    default: "50%",
    description: "Stop when this share of the requests of the last 5 s failed (at least 100 requests); 0 disables.",
  },
  shard: { kind: "string", description: "k/N: run shard k of N, each at 1/N of the rate (or connections), from the shared start-at." },
  "start-at": {
    kind: "string",
    description: "Shared start time for the shards of a matrix: an ISO 8601 time or epoch milliseconds. Default: now.",
  },
  reports: { kind: "list", description: "merge mode: shard report files or directories holding them (e.g. the downloaded shard artifacts)." },
  "shard-artifacts": {
    kind: "string",
    default: "loadtest-shard-",
    description: "merge mode without reports: merge this run's artifacts whose names start with this prefix (needs actions: read).",
  },
  baseline: { kind: "path", description: "An earlier run's JSON report to compare with." },
  "baseline-workflow": {
    kind: "string",
    description: "Instead of baseline: the workflow file (e.g. loadtest.yml) whose latest successful run on the default branch holds the baseline artifact.",
  },
  "baseline-artifact": {
    kind: "string",
    default: "loadtest-report",
    description: "Name of the artifact holding the baseline report (with baseline-workflow).",
  },
  "regression-tolerance": { kind: "percent", default: "10%", description: "A metric regresses when it is worse than the baseline by more than this share..." },
  "regression-tolerance-ms": { kind: "duration", default: "20ms", description: "...and by more than this many milliseconds (both must be exceeded)." },
  "fail-on-regression": { kind: "boolean", default: "true", description: "Fail the step when a metric regressed against the baseline." },
  "report-dir": { kind: "path", default: "loadtest-report", description: "Directory for the JSON report and the JUnit file." },
  "github-token": githubTokenInput,
} as const;

export const loadtestSpec: CommandSpec<typeof loadtestInputs> = {
  name: "loadtest",
  title: "Shipline loadtest",
  description: "Drive HTTP load at a staging target with honest percentiles, hold it to thresholds, compare with a baseline and scale out over a matrix.",
  branding: { icon: "activity", color: "orange" },
  inputs: loadtestInputs,
  positional: { input: "reports", subcommands: { merge: { mode: "merge" } } },
  outputs: {
    conclusion: { description: "pass, fail or inconclusive." },
    requests: { description: "Requests completed." },
    rps: { description: "Achieved requests per second." },
    "p50-ms": { description: "Median latency in milliseconds." },
    "p95-ms": { description: "95th percentile latency in milliseconds." },
    "p99-ms": { description: "99th percentile latency in milliseconds." },
    "error-rate": { description: "Share of failed requests (0..1)." },
    availability: { description: "Share of successful requests in percent." },
    dropped: { description: "Requests that could not be sent on time." },
    "report-file": { description: "Path of the JSON report with the histograms." },
    "junit-file": { description: "Path of a JUnit XML file, one test case per threshold (gate reads it)." },
  },
};
