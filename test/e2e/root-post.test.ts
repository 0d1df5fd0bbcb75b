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

/** Runs dist/main-post (the root action's post: step) as the runner does, with a rollout left at 50 %. */
async function postAfterDeathAt50(command: string) {
  rig = await startRig();
  await haproxyCommand(rig.socket, "set server app/green weight 50");
  await haproxyCommand(rig.socket, "set server app/blue weight 50");
  const r = spawnSync(process.execPath, [join(ROOT, "dist/main-post/index.js")], {
    env: {
      PATH: process.env.PATH ?? "",
      INPUT_COMMAND: command,
      "INPUT_HAPROXY-SOCKET": rig.socket,
      INPUT_PROVIDER: "haproxy",
      INPUT_BACKEND: "app",
      INPUT_STABLE: "blue",
      INPUT_CANARY: "green",
      STATE_rollout: JSON.stringify({ rolloutId: "staging/1", environment: "staging" }),
    },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { r, green: await rig.weight("green"), blue: await rig.weight("blue") };
}

describe("dist/main-post (the root action's post: step)", () => {
  it("with command: deploy, rolls the router back to stable when the main step died mid-rollout", async () => {
    const { r, green, blue } = await postAfterDeathAt50("deploy");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("rolling back to blue");
    expect([green, blue]).toEqual([0, 100]);
  }, 30_000);

  it("with any other command, does nothing", async () => {
    const { r, green, blue } = await postAfterDeathAt50("version");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect([green, blue]).toEqual([50, 50]);
  }, 30_000);
});
