/** The `loadtest` command's inputs and outputs. */
import type { CommandSpec } from "../kernel/command.js";

export const loadtestInputs = {
  target: { kind: "string", description: "Base URL of the system under test, e.g. https://staging.example.com." },
  config: { kind: "path", description: "Scenario file (YAML or JSON) with requests, load model and thresholds." },
  rate: { kind: "string", description: "Arrival rate in requests per second (open model), or a multiple of baseline-rps like 10x." },
  duration: { kind: "duration", default: "30s", description: "How long to drive load." },
  connections: { kind: "integer", min: 1, description: "Closed model: this many connections each sending back to back." },
  thresholds: {
    kind: "list",
    description: "k6-style thresholds such as http_req_duration: p(95)<500. Defaults: p95 < 500 ms, error rate < 0.1 %, availability >= 99.9 %.",
  },
  "allowed-hosts": { kind: "list", description: "Hosts the test may send traffic to. Defaults to the target's host." },
  shard: { kind: "string", description: "k/N: run shard k of N, each at 1/N of the rate." },
  "report-dir": { kind: "path", default: "loadtest-report", description: "Directory for the JSON report and the JUnit file." },
} as const;

export const loadtestSpec: CommandSpec<typeof loadtestInputs> = {
  name: "loadtest",
  title: "Shipline loadtest",
  description: "Drive HTTP load at a staging target with honest percentiles, hold it to thresholds, compare with a baseline and scale out over a matrix.",
  branding: { icon: "activity", color: "orange" },
  inputs: loadtestInputs,
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
