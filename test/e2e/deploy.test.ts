import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubUnderTest, startGitHub } from "../fakes/github/index.js";
import { cleanupTempDirs } from "../helpers/git.js";
import { runBundle } from "../helpers/runner.js";
import { startRig } from "../integration/deploy/rig.js";

let gh: GitHubUnderTest;
beforeAll(async () => {
  gh = await startGitHub();
});
afterAll(async () => {
  await gh?.close();
  cleanupTempDirs();
});

function deploy(name: string, rig: { socket: string; url: string }) {
  return runBundle("deploy", {
    inputs: {
      "haproxy-socket": rig.socket,
      stages: "20%:1s,100%",
      "check-interval": "400ms",
      "probe-url": rig.url,
      "probe-requests": "10",
      "min-requests": "10",
      version: "2.0.0",
      environment: "staging",
      "environment-url": "https://staging.example.com",
    },
    token: gh.token,
    apiUrl: gh.apiUrl,
    env: { GITHUB_REPOSITORY: `${gh.owner}/${name}`, GITHUB_SHA: "e".repeat(40), GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main" },
    timeoutMs: 60_000,
  });
}

describe("dist/deploy as the runner runs it", () => {
  it("records the rollout as a GitHub deployment: queued, in_progress, then success", async () => {
    const rig = await startRig();
    const traffic = rig.startTraffic(100);
    try {
      const r = await deploy("deploy-ok", rig);
      expect(r.exitCode, r.stdout).toBe(0);
      const state = gh.fake.repo(gh.owner, "deploy-ok");
      expect(state.deployments).toHaveLength(1);
      const id = state.deployments[0]?.id as number;
      expect(r.outputs["deployment-id"]).toBe(String(id));
      expect((state.deploymentStatuses.get(id) ?? []).map((s) => s.state).reverse()).toEqual(["queued", "in_progress", "success"]);
      expect(r.summary).toContain("Rollout plan (canary)");
    } finally {
      await traffic.stop();
      await rig.close();
    }
  });

  it("marks the deployment failed when the rollout rolls back, with the reason", async () => {
    const rig = await startRig({ errorRate: 0.2 });
    const traffic = rig.startTraffic(100);
    try {
      const r = await deploy("deploy-bad", rig);
      expect(r.exitCode).toBe(1);
      expect(r.outputs.conclusion).toBe("rolled-back");
      const state = gh.fake.repo(gh.owner, "deploy-bad");
      const statuses = state.deploymentStatuses.get(state.deployments[0]?.id as number) ?? [];
      expect(statuses[0]?.state).toBe("failure");
      expect((statuses[0]?.description ?? "").length).toBeLessThanOrEqual(140);
      expect(r.annotations.find((a) => a.level === "error")?.message).toMatch(/^Rollout rolled-back: stage 1 \(20%\)/);
    } finally {
      await traffic.stop();
      await rig.close();
    }
  });
});
