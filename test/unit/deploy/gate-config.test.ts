import { describe, expect, it } from "vitest";
import { type GateInputs, requestsPerCheck, resolveGates } from "../../../src/deploy/core/gate-config.js";
import type { ProviderConfig } from "../../../src/deploy/core/provider-config.js";

const inputs: GateInputs = { "probe-requests": 20, "probe-timeout": 5000, "loadtest-duration": 5000, "prometheus-threshold": "< 0.001" };
const canary = {
  strategy: "canary" as const,
  stages: [
    { weight: 10, bakeMs: 20_000 },
    { weight: 100, bakeMs: 0 },
  ],
};
const haproxy: ProviderConfig = { kind: "haproxy", socket: "/s", backend: "app", stable: "blue", canary: "green", hasStats: true };
const command: ProviderConfig = { kind: "command", command: "./move.sh" };
const names = { stable: "blue", canary: "green" };

describe("resolving the gates", () => {
  it("lists each configured gate as a typed value", () => {
    const r = resolveGates(
      { ...inputs, "probe-url": "http://x/health", "check-command": "./smoke.sh", "prometheus-url": "http://p:9090", "prometheus-query": "up" },
      canary,
      haproxy,
      names,
    );
    expect(r.problems).toEqual([]);
    expect(r.gates.map((g) => g.kind)).toEqual(["http", "haproxy-stats", "command", "prometheus"]);
  });

  it("returns every problem at once", () => {
    const r = resolveGates({ ...inputs, "loadtest-rate": "20", "prometheus-url": "http://p:9090", "prometheus-threshold": "about 1" }, canary, command, names);
    expect(r.problems.map((p) => p.input)).toEqual(["loadtest-target", "prometheus-query", "prometheus-threshold"]);
  });

  it("asks for evidence when no gate is configured, and for preview-url on a blue-green preview nothing could see", () => {
    expect(resolveGates(inputs, canary, command, names).problems.map((p) => p.input)).toEqual(["probe-url"]);
    const bg = {
      strategy: "blue-green" as const,
      stages: [
        { weight: 0, bakeMs: 60_000 },
        { weight: 100, bakeMs: 60_000 },
      ],
    };
    expect(resolveGates({ ...inputs, "probe-url": "http://x/" }, bg, command, names).problems.map((p) => p.input)).toEqual(["preview-url"]);
    expect(resolveGates({ ...inputs, "probe-url": "http://x/", "check-command": "./c.sh" }, bg, command, names).warnings).toEqual([
      "No preview-url: during the 0 % preview only check-command can see green; the HTTP probe sees blue.",
    ]);
  });

  it("names a bad Prometheus threshold from the plan file as a file problem, not an input", () => {
    const r = resolveGates(
      { ...inputs, "prometheus-url": "http://p", "prometheus-query": "up" },
      { ...canary, gates: { prometheus: { threshold: "lots" } } },
      command,
      names,
    );
    expect(r.fileProblems).toEqual(['"gates.prometheus.threshold" must be a comparison like "< 0.01" or ">= 99.9"; got "lots"']);
  });

  it("counts the requests one check delivers from the resolved gates: the probe's, or the load gate's when larger", () => {
    const probe = resolveGates({ ...inputs, "probe-url": "http://x/" }, canary, command, names).gates;
    expect(requestsPerCheck(probe)).toBe(20);
    const load = resolveGates({ ...inputs, "probe-url": "http://x/", "loadtest-rate": "12.5" }, canary, command, names).gates;
    expect(requestsPerCheck(load)).toBe(62);
    expect(requestsPerCheck(resolveGates({ ...inputs, "check-command": "./c.sh" }, canary, command, names).gates)).toBe(0);
  });
});
