import { describe, expect, it } from "vitest";
import { computeRolloutId, evaluateLock, lockRefName, parseState, type RolloutState, renderState } from "../../../src/deploy/core/rollout-state.js";
import { renderNotification } from "../../../src/deploy/core/notification.js";

const state = (over: Partial<RolloutState> = {}): RolloutState => ({
  rolloutId: "production/42",
  runId: "42",
  environment: "production",
  version: "2.0.0",
  deploymentId: 7,
  stage: 1,
  weight: 50,
  phase: "running",
  journal: [{ atMs: 1, stage: 1, weight: 50, event: "apply" }],
  ...over,
});

describe("rollout state", () => {
  it("leaves the run attempt out of the rollout id, so a re-run resumes", () => {
    expect(computeRolloutId("production", "42", "2.0.0")).toBe("production/42");
    expect(computeRolloutId("staging", undefined, "2.0.0")).toBe("staging/local-2.0.0");
  });

  it("names the lock ref outside refs/heads and refs/tags, with a safe environment name", () => {
    expect(lockRefName("prod eu/1")).toBe("shipline/deploy-lock/prod-eu-1");
  });

  it("round-trips through the tag message and rejects foreign messages", () => {
    expect(parseState(renderState(state()))).toEqual(state());
    expect(parseState("release v1.0.0")).toBeUndefined();
    expect(parseState("shipline-rollout-state v1\n{not json")).toBeUndefined();
  });

  it("keeps only the last 50 journal entries", () => {
    const journal = Array.from({ length: 80 }, (_, i) => ({ atMs: i, stage: 0, weight: 10, event: "apply" as const }));
    expect(parseState(renderState(state({ journal })))?.journal).toHaveLength(50);
  });

  it.each([
    ["no lock", undefined, "production/42", false, false, "free"],
    ["a finished rollout's lock", state({ phase: "done", rolloutId: "production/1" }), "production/42", false, false, "free"],
    ["our own rollout (a re-run)", state(), "production/42", false, false, "mine"],
    ["a waiting rollout, resumed", state({ phase: "waiting", rolloutId: "production/1" }), "production/42", true, true, "mine"],
    ["a waiting rollout, new start", state({ phase: "waiting", rolloutId: "production/1" }), "production/42", true, false, "busy"],
    ["a dead run's lock", state({ rolloutId: "production/1" }), "production/42", true, false, "stale"],
    ["a live run's lock", state({ rolloutId: "production/1" }), "production/42", false, false, "busy"],
  ])("treats %s as %s", (_n, holder, id, finished, resume, kind) => {
    expect(evaluateLock(holder, id, finished, resume).kind).toBe(kind);
  });

  it("treats a lock this run wrote while resuming another run's rollout as its own (a re-run of the resuming run)", () => {
    const resumedByRun77 = state({ rolloutId: "production/42", runId: "77", phase: "running" });
    expect(evaluateLock(resumedByRun77, "production/77", false, false, "77").kind).toBe("mine");
    expect(evaluateLock(resumedByRun77, "production/78", false, false, "78").kind).toBe("busy");
  });
});

describe("notifications", () => {
  it("marks a rollback critical and escapes Slack control characters", () => {
    const m = renderNotification({
      event: "rollback",
      environment: "prod",
      version: "<!channel>",
      reason: "p95 > 500 ms & rising",
      runUrl: "https://github.com/o/r/actions/runs/1",
    });
    expect(m.text).toBe("[critical] Rollout of &lt;!channel&gt; to prod rolled back (<https://github.com/o/r/actions/runs/1|run>)");
    expect(m.attachments[0]).toEqual({ color: "#a30200", text: "p95 &gt; 500 ms &amp; rising" });
  });
});
