import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { haproxyCommand } from "../../src/deploy/providers/haproxy.js";
import { type Rig, startRig } from "../integration/deploy/haproxy-rig.js";
import { ROOT } from "../helpers/runner.js";

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe("dist/deploy-post (the post: step)", () => {
  function post(r: Rig, state: string | undefined) {
    return spawnSync(process.execPath, [join(ROOT, "dist/deploy-post/index.js")], {
      env: {
        PATH: process.env.PATH ?? "",
        "INPUT_HAPROXY-SOCKET": r.socket,
        INPUT_PROVIDER: "haproxy",
        INPUT_BACKEND: "app",
        INPUT_STABLE: "blue",
        INPUT_CANARY: "green",
        ...(state === undefined ? {} : { STATE_rollout: state }),
      },
      encoding: "utf8",
      timeout: 20_000,
    });
  }

  it("rolls the router back to stable when the main step died mid-rollout", async () => {
    rig = await startRig();
    await haproxyCommand(rig.socket, "set server app/green weight 50");
    await haproxyCommand(rig.socket, "set server app/blue weight 50");
    const r = post(rig, JSON.stringify({ rolloutId: "staging/1", environment: "staging" }));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("::warning::The deploy step ended without finishing rollout staging/1: rolling back to blue.");
    expect(await rig.weight("green")).toBe(0);
    expect(await rig.weight("blue")).toBe(100);
  }, 30_000);

  it("leaves the router alone when the main step finished (no saved rollout)", async () => {
    rig = await startRig();
    await haproxyCommand(rig.socket, "set server app/green weight 100");
    const r = post(rig, undefined);
    expect(r.status).toBe(0);
    expect(await rig.weight("green")).toBe(100);
  }, 30_000);
});
