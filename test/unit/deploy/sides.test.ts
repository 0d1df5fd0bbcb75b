import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../../../src/deploy/core/provider-config.js";
import { type RolloutReport, renderRollout } from "../../../src/deploy/core/render.js";
import { resolveSides } from "../../../src/deploy/core/sides.js";

const haproxy: ProviderConfig = { kind: "haproxy", socket: "/run/haproxy.sock", backend: "app", stable: "blue", canary: "green", hasStats: true };
const unleash: ProviderConfig = { kind: "flag", service: "unleash", flag: "new-checkout" };
const flagd: ProviderConfig = { kind: "flag", service: "flagd", flag: "new-checkout" };
const defaults = { stable: "blue", canary: "green" };

describe("the names of a rollout's two sides", () => {
  it.each([
    ["a router keeps its server names", haproxy, defaults, { stable: "blue", canary: "green", holder: "the router", isFlag: false }],
    ["a router keeps names of its own", haproxy, { stable: "v1", canary: "v2" }, { stable: "v1", canary: "v2", holder: "the router", isFlag: false }],
    ["an unleash flag names them after its state", unleash, defaults, { stable: "flag off", canary: "flag on", holder: "Unleash", isFlag: true }],
    ["a flagd flag names them after its state", flagd, defaults, { stable: "flag off", canary: "flag on", holder: "the flag file", isFlag: true }],
    [
      "a flag keeps names the user set",
      unleash,
      { stable: "old checkout", canary: "green" },
      { stable: "old checkout", canary: "flag on", holder: "Unleash", isFlag: true },
    ],
  ])("%s", (_name, provider, names, want) => {
    expect(resolveSides(provider, names)).toEqual(want);
  });
});

describe("the time to rollback in the summary", () => {
  const report: RolloutReport = {
    conclusion: "rolled-back",
    reason: "the job was cancelled",
    version: "2.0.0",
    stages: [],
    timeToRollbackMs: 12,
    startedAtMs: 0,
  };

  it("says the flag was off for everyone after a flag rollout's rollback, and nothing of traffic on stable", () => {
    const md = renderRollout({ ...report, isFlag: true });
    expect(md).toContain("The flag was off for everyone 12ms after the rollback was decided.");
    expect(md).not.toContain("Traffic was back");
  });

  it("says traffic was back on stable after a router rollout's rollback", () => {
    expect(renderRollout(report)).toContain("Traffic was back on stable 12ms after the rollback was decided.");
  });
});
