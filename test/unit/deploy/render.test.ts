import { describe, expect, it } from "vitest";
import { judgeEvidence } from "../../../src/deploy/core/evidence.js";
import { type DryRunFacts, planWarnings, type RolloutReport, renderDryRun, renderRollout } from "../../../src/deploy/core/render.js";

const failed: RolloutReport = {
  conclusion: "rolled-back",
  reason: "stage 1 (10%): http probe saw 3 errors in 60 requests (5%); the 95% lower bound 2.01% is above the 0.1% limit",
  version: "2.0.0",
  startedAtMs: 0,
  timeToRollbackMs: 49,
  plan: "### Rollout plan (canary)\n\n| stage |\n",
  stages: [
    {
      index: 0,
      weight: 10,
      startedAtMs: 0,
      endedAtMs: 20_345,
      decision: "rolled back",
      minSamples: 200,
      evidence: [judgeEvidence("http probe", { requests: 60, errors: 3 }, undefined, 0.001)],
      samples: [
        { gate: "http probe", outcome: "pass", detail: "0 errors in 20 requests (0%)", requests: 20, errors: 0, atMs: 2000 },
        { gate: "http probe", outcome: "fail", detail: "3 errors in 20 requests (15%)", requests: 20, errors: 3, atMs: 4000 },
      ],
    },
  ],
};

describe("the rollout summary", () => {
  it("leads with the verdict and states the reason once, then the evidence per stage, with the plan last", () => {
    const md = renderRollout(failed);
    expect(md.startsWith("## ↩️ Rolled back: 2.0.0\n\nstage 1 \\(10%\\): http probe saw 3 errors in 60 requests \\(5%\\)")).toBe(true);
    expect(md.split("http probe saw 3 errors in 60").length - 1).toBe(1);
    expect(md).toContain("Traffic was back on stable 49ms after the first failed check.");
    expect(md).toContain("| 1 | 10% | 20.3s | ✅❌ | http probe: 3/60 errors \\(5%\\), 95% bounds 2.02%–11.9% (needs 200) | rolled back |");
    expect(md.indexOf("## ↩️")).toBeLessThan(md.indexOf("### Rollout plan"));
    expect(md.indexOf("### Stages")).toBeLessThan(md.indexOf("### Rollout plan"));
  });

  it("does not speak of a failed check when none failed (a cancel)", () => {
    const cancelled: RolloutReport = {
      ...failed,
      reason: "the job was cancelled",
      stages: [{ ...(failed.stages[0] as RolloutReport["stages"][number]), samples: [], evidence: [], decision: "cancelled" }],
    };
    const md = renderRollout(cancelled);
    expect(md).not.toContain("failed check");
    expect(md).toContain("Traffic was back on stable 49ms after the rollback was decided.");
    expect(md).toContain("| 1 | 10% | 20.3s |  | no counted requests | cancelled |");
  });

  it("prints no time-to-rollback sentence for a promotion", () => {
    expect(renderRollout({ ...failed, conclusion: "promoted", timeToRollbackMs: undefined })).not.toContain("Traffic was back");
  });
});

describe("plan warnings", () => {
  it("says nothing about a plan that can promote", () => {
    expect(planWarnings({ stages: [{ weight: 10, bakeMs: 20_000, checkIntervalMs: 2000, minSamples: 200, perCheck: 20, extensionMs: 20_000 }] })).toEqual([]);
  });
});

describe("the dry run", () => {
  const facts: DryRunFacts = {
    version: "2.0.0",
    environment: "production",
    strategy: "canary",
    provider: 'command "./route.sh"',
    stable: "blue",
    canary: "green",
    gates: ["http probe of http://127.0.0.1/health: 20 requests per check, status below 500"],
    errorRateMax: 0.01,
    p95MaxMs: 500,
    stages: [{ weight: 10, bakeMs: 2000, checkIntervalMs: 3000, minSamples: 0, perCheck: 20, extensionMs: 9000 }],
    plan: "### Rollout plan (canary)\n",
  };

  it("names the columns of its facts table, so no blank header row shows above them", () => {
    const md = renderDryRun(facts);
    expect(md).toContain("| decision | a real run would use |\n| --- | --- |\n| version | 2.0.0 |");
    expect(md).not.toMatch(/^\| \| \|$/m);
  });

  it("says it is a dry run and warns about a bake shorter than the check interval", () => {
    const md = renderDryRun(facts);
    expect(md.startsWith("## 🧪 Dry run: 2.0.0 to production")).toBe(true);
    expect(md).toContain("> [!WARNING]\n> Stage 1 (10%) bakes 2s, shorter than its 3s check interval");
  });
});
